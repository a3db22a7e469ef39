// Comparing what an implementation answered with what a vector expects. Every check returns the
// list of failures in words (empty = pass), so a report can say exactly what went wrong.
import type { AckExpectation, ExpectedIssue, ReportedIssue, ValidateExpectation, ValidationOutcome } from './types.js';

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

const showIssue = (i: { code: string; path: string; severity?: string }) => `${i.severity ? `${i.severity} ` : ''}${i.code} at ${i.path || '/'}`;
const list = (issues: readonly ReportedIssue[]) => (issues.length ? issues.map(showIssue).join(', ') : 'none');

/** Whether `reported` holds an issue with the expected code and path (and severity, when the vector names one). */
function has(reported: readonly ReportedIssue[], e: ExpectedIssue): boolean {
  return reported.some((r) => r.code === e.code && r.path === e.path && (e.severity === undefined || r.severity === e.severity));
}

/** Checks the shape of a validation result object; a malformed one is a failure of its own. */
export function outcomeShape(o: unknown): string | undefined {
  if (!isObj(o)) return 'the result is not an object { valid, errors, warnings }';
  if (typeof o.valid !== 'boolean') return 'the result has no boolean "valid"';
  for (const k of ['errors', 'warnings'] as const) {
    if (!Array.isArray(o[k])) return `the result has no "${k}" array`;
    for (const i of o[k]) if (!isObj(i) || typeof i.code !== 'string' || typeof i.path !== 'string') return `an entry of "${k}" lacks a string code and path`;
  }
  return undefined;
}

/**
 * A validation outcome against its expectation: the same `valid`; every expected error among the errors
 * and every expected warning among the warnings (further issues are allowed: the vectors pin the
 * behaviour they test, not everything an implementation may add).
 */
export function checkValidation(actual: ValidationOutcome, expect: ValidateExpectation): string[] {
  const failures: string[] = [];
  if (actual.valid !== expect.valid) {
    failures.push(`expected ${expect.valid ? 'valid' : 'invalid'}, got ${actual.valid ? 'valid' : 'invalid'} (errors: ${list(actual.errors)})`);
  }
  if (expect.valid && actual.errors.length) failures.push(`expected no errors, got ${list(actual.errors)}`);
  for (const e of expect.errors ?? []) {
    if (!has(actual.errors, e)) failures.push(`expected error ${showIssue(e)}; errors were: ${list(actual.errors)}`);
  }
  for (const w of expect.warnings ?? []) {
    if (!has(actual.warnings, w)) failures.push(`expected warning ${showIssue(w)}; warnings were: ${list(actual.warnings)}`);
  }
  return failures;
}

const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON Pointers where two JSON values differ (missing, extra or changed), at most `limit`.
 * With `subset`, members the actual value has beyond the expected ones are not differences.
 */
export function jsonDiff(expected: unknown, actual: unknown, limit = 8, subset = false): string[] {
  const out: string[] = [];
  const walk = (e: unknown, a: unknown, p: string) => {
    if (out.length >= limit) return;
    if (Array.isArray(e) && Array.isArray(a)) {
      for (let i = 0; i < Math.max(e.length, a.length); i++) {
        if (i >= a.length) out.push(`${p}/${i} missing`);
        else if (i >= e.length) out.push(`${p}/${i} unexpected`);
        else walk(e[i], a[i], `${p}/${i}`);
      }
      return;
    }
    if (isObj(e) && isObj(a)) {
      for (const k of Object.keys(e)) {
        if (!(k in a)) out.push(`${p}/${escape(k)} missing`);
        else walk(e[k], a[k], `${p}/${escape(k)}`);
      }
      if (!subset) for (const k of Object.keys(a)) if (!(k in e)) out.push(`${p}/${escape(k)} unexpected (${short(a[k])})`);
      return;
    }
    if (!Object.is(e, a)) out.push(`${p || '/'} is ${short(a)}, expected ${short(e)}`);
  };
  walk(expected, actual, '');
  return out;
}

const short = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
};

/**
 * A converted message against the expected JSON-EDI (member order does not matter). `subset`: the
 * expected members must be there with these values; others may be present too.
 */
export function checkConversion(actual: unknown, expected: unknown, match: 'exact' | 'subset' = 'exact'): string[] {
  const diff = jsonDiff(expected, actual, 8, match === 'subset');
  return diff.length ? [`the JSON-EDI differs from the expected message: ${diff.join('; ')}`] : [];
}

/**
 * An ACK against its expectation. `answered` is the messageId of the submitted message (when it had one);
 * `earlier` holds the ACKs of the previous steps; `validateAck` is the reference check of the ACK itself.
 */
export function checkAck(
  ack: unknown,
  expect: AckExpectation | null | undefined,
  answered: string | undefined,
  earlier: readonly unknown[],
  validateAck: (ack: unknown) => string[],
): string[] {
  if (expect === undefined) return [];
  if (expect === null) return ack === null || ack === undefined ? [] : ['expected no ACK for this message, got one'];
  if (!isObj(ack)) return ['expected an ACKNOWLEDGMENT message, got none'];
  const failures: string[] = [];
  const header = ack.lex?.header;
  const body = ack.lex?.payload?.acknowledgment;
  if (!isObj(header) || header.messageType !== 'ACKNOWLEDGMENT' || !isObj(body)) {
    return [`expected an ACKNOWLEDGMENT message, got ${short(ack)}`];
  }
  failures.push(...validateAck(ack).map((f) => `the ACK itself is not a valid LEX message: ${f}`));
  if (answered !== undefined && String(body.originalMessageId).toLowerCase() !== answered.toLowerCase()) {
    failures.push(`the ACK's originalMessageId is ${short(body.originalMessageId)}, expected the submitted messageId ${answered}`);
  }
  if (expect.status !== undefined) {
    const ok = Array.isArray(expect.status) ? expect.status : [expect.status];
    if (!ok.includes(body.status)) failures.push(`the ACK status is ${short(body.status)}, expected ${ok.join(' or ')}`);
  }
  const issues = (k: 'errors' | 'warnings'): ReportedIssue[] => (Array.isArray(body[k]) ? (body[k] as unknown[]).filter((i): i is ReportedIssue => isObj(i)) : []);
  for (const e of expect.errors ?? []) {
    if (!has(issues('errors'), e)) failures.push(`the ACK lacks error ${showIssue(e)}; it carries: ${list(issues('errors'))}`);
  }
  for (const w of expect.warnings ?? []) {
    if (!has(issues('warnings'), w)) failures.push(`the ACK lacks warning ${showIssue(w)}; it carries: ${list(issues('warnings'))}`);
  }
  if (expect.sameAsStep !== undefined) {
    const diff = jsonDiff(earlier[expect.sameAsStep], ack, 4);
    if (diff.length) failures.push(`expected the same ACK as at step ${expect.sameAsStep} (idempotent replay), but it differs: ${diff.join('; ')}`);
  }
  return failures;
}
