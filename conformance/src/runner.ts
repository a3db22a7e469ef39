// Running vectors against an adapter and deciding the tiers: a tier is met when every vector of its
// level and of the levels below passes.
import { checkAck, checkConversion, checkValidation, outcomeShape } from './check.js';
import { LEVELS, TIER_NAMES, levelRank, type Adapter, type Level, type LoadedVector, type SessionVector, type ValidationOutcome } from './types.js';
import { vectorsDigest, vectorsUpTo } from './vectors.js';

export type CaseStatus = 'pass' | 'fail' | 'error';

export interface CaseResult {
  id: string;
  title: string;
  level: Level;
  kind: LoadedVector['kind'];
  file: string;
  source?: string;
  /** pass; fail (the answer differs from the expectation); error (the adapter gave no usable answer) */
  status: CaseStatus;
  failures: string[];
  durationMs: number;
}

export interface TierResult {
  level: Level;
  name: string;
  /** every vector of this level and below passed */
  met: boolean;
  /** vectors of exactly this level */
  total: number;
  passed: number;
  failed: string[];
}

export interface ConformanceReport {
  implementation: string;
  /** the level asked for: vectors above it were not run */
  requestedLevel: Level;
  /** the LEX version the vectors belong to: they are released with the spec */
  vectorsVersion: string;
  /** digest of the exact vectors run (see vectorsDigest) */
  vectorsDigest: string;
  lexVersion: string;
  runAt: string;
  tiers: TierResult[];
  highestTierMet: Level | null;
  /** the requested level is met */
  met: boolean;
  summary: { total: number; passed: number; failed: number; errored: number };
  cases: CaseResult[];
}

/** The reference check of an ACK sent by the implementation: the failures of a validation, in words. */
export type AckValidator = (ack: unknown, now: string) => string[];

export interface RunOptions {
  level?: Level;
  /** vectors run at the same time (stateless and session cases alike; each session has its own receiver) */
  concurrency?: number;
  ackValidator?: AckValidator;
  vectorsVersion?: string;
  lexVersion?: string;
  /** called after each case, for progress output */
  onCase?: (result: CaseResult) => void;
}

const messageIdOf = (text: string): string | undefined => {
  try {
    const id = JSON.parse(text)?.lex?.header?.messageId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
};

async function runSession(v: SessionVector, adapter: Adapter, ackValidator: AckValidator): Promise<string[]> {
  const session = await adapter.session();
  const failures: string[] = [];
  const acks: unknown[] = [];
  try {
    for (const [i, step] of v.steps.entries()) {
      const response = await session.submit({ text: step.input.text!, format: step.input.format, now: step.now, level: v.level });
      acks.push(response.ack);
      // the messageId answered: known for JSON-EDI input; for the other formats the ACK's own claim is trusted
      const answered = step.input.format === 'json' ? messageIdOf(step.input.text!) : undefined;
      const stepFailures = checkAck(response.ack, step.expect.ack, answered, acks, (ack) => ackValidator(ack, step.now));
      if (step.expect.stored !== undefined && response.stored !== step.expect.stored) {
        stepFailures.push(`the receiver holds ${response.stored} processed message(s), expected ${step.expect.stored}`);
      }
      failures.push(...stepFailures.map((f) => `step ${i}: ${f}`));
    }
  } finally {
    await session.close();
  }
  return failures;
}

/** Runs one vector; never throws (an adapter failure is a case in status `error`). */
export async function runVector(v: LoadedVector, adapter: Adapter, ackValidator: AckValidator = () => []): Promise<CaseResult> {
  const started = performance.now();
  let failures: string[] = [];
  let status: CaseStatus = 'pass';
  try {
    switch (v.kind) {
      case 'validate': {
        const outcome = await adapter.validate({
          text: v.input.text!, format: v.input.format, now: v.now, level: v.level,
          ...(v.previousStatus !== undefined ? { previousStatus: v.previousStatus } : {}),
        });
        const bad = outcomeShape(outcome);
        failures = bad ? [bad] : checkValidation(outcome as ValidationOutcome, v.expect);
        break;
      }
      case 'convert':
        failures = checkConversion(await adapter.convert({ text: v.input.text!, format: v.input.format, to: 'json', ...(v.now ? { now: v.now } : {}) }), v.expect.message, v.expect.match);
        break;
      case 'session':
        failures = await runSession(v, adapter, ackValidator);
        break;
    }
    if (failures.length) status = 'fail';
  } catch (e) {
    status = 'error';
    failures = [(e as Error).message ?? String(e)];
  }
  return {
    id: v.id, title: v.title, level: v.level, kind: v.kind, file: v.file,
    ...(v.source ? { source: v.source } : {}),
    status, failures, durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

async function pool<T, R>(items: readonly T[], n: number, work: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(n, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return out;
}

/** The tiers from case results: each level's own cases, and whether it and all below pass. */
export function tiersOf(cases: readonly CaseResult[], requested: Level): { tiers: TierResult[]; highest: Level | null } {
  const tiers: TierResult[] = [];
  let highest: Level | null = null;
  let below: boolean = true;
  for (const level of LEVELS) {
    if (levelRank(level) > levelRank(requested)) break;
    const own = cases.filter((c) => c.level === level);
    const failed = own.filter((c) => c.status !== 'pass').map((c) => c.id);
    const met: boolean = below && failed.length === 0;
    tiers.push({ level, name: TIER_NAMES[level], met, total: own.length, passed: own.length - failed.length, failed });
    if (met) highest = level;
    below = met;
  }
  return { tiers, highest };
}

/** Runs the vectors of `options.level` (default L3) and below against the adapter. */
export async function runConformanceSuite(vectors: readonly LoadedVector[], adapter: Adapter, options: RunOptions = {}): Promise<ConformanceReport> {
  const level = options.level ?? 'L3';
  const selected = vectorsUpTo(vectors, level);
  const cases = await pool(selected, options.concurrency ?? 1, async (v) => {
    const r = await runVector(v, adapter, options.ackValidator);
    options.onCase?.(r);
    return r;
  });
  const { tiers, highest } = tiersOf(cases, level);
  return {
    implementation: adapter.name,
    requestedLevel: level,
    vectorsVersion: options.vectorsVersion ?? options.lexVersion ?? '1.0.0',
    vectorsDigest: vectorsDigest(vectors),
    lexVersion: options.lexVersion ?? '1.0.0',
    runAt: new Date().toISOString(),
    tiers,
    highestTierMet: highest,
    met: highest !== null && levelRank(highest) >= levelRank(level),
    summary: {
      total: cases.length,
      passed: cases.filter((c) => c.status === 'pass').length,
      failed: cases.filter((c) => c.status === 'fail').length,
      errored: cases.filter((c) => c.status === 'error').length,
    },
    cases,
  };
}
