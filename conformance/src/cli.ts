// `lex conformance`: the command line of the runner (the lex CLI delegates here).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCommandAdapter } from './adapters/command.js';
import { createHttpAdapter } from './adapters/http.js';
import { createInProcessAdapter, loadCore } from './adapters/inprocess.js';
import { formatJson, formatMarkdown, formatText } from './report.js';
import { runConformanceSuite, type AckValidator } from './runner.js';
import { LEVELS, type Adapter, type Level } from './types.js';
import { DEFAULT_VECTORS_DIR, loadVectors, VectorError } from './vectors.js';

export const CONFORMANCE_USAGE = `Usage: lex conformance [--level L1|L2|L3] [--impl "<command>" | --http URL] [--json] [--markdown FILE]

Runs the public LEX conformance vectors against an implementation and reports, case by case, which
tiers it meets (L1 Basic, L2 Standard, L3 Full). A tier is met when every vector of its level and
below passes.
  --level L1|L2|L3       highest level to run (default L3)
  --impl "<command>"     test an external implementation through the command adapter (protocol:
                         conformance/README.md); default: this project's own packages, in process
  --persistent           --impl: send the stateless cases to one long-running process
                         (LEX_CONFORMANCE_OPERATION=serve) instead of starting one per case
  --http URL             test a receiver over HTTP through the REST API (e.g. lex serve --test-hooks)
  --json                 print the report as JSON
  --markdown FILE        also write the report as Markdown to FILE (- for standard output)
  --failures-only        text report: list only the cases that did not pass
  --vectors PATH         vector file or folder to run instead of the shipped vectors (repeatable)
  --only PREFIX          run only the cases whose id starts with PREFIX (repeatable; debugging:
                         tiers then count the selected cases only)
  --concurrency N        cases run at the same time (default 1 in process, 4 with --impl)
  --timeout MS           --impl: time limit per case or session request (default 30000)
Exit status: 0 the requested level is met, 1 it is not, 2 usage or unusable vectors, 3 internal error.`;

/** The LEX version of this suite: the vectors are released with the spec (@lexstandard/core's SPEC_VERSION). */
export async function vectorsVersion(): Promise<string> {
  return (await import('@lexstandard/core')).SPEC_VERSION;
}

/** The reference check of the ACKs an implementation sends: they must be valid LEX messages at L3. */
export async function referenceAckValidator(): Promise<AckValidator> {
  const core = await loadCore();
  return (ack, now) => core.validate(ack, { now, level: 'L3' }).errors.map((e) => `${e.code} at ${e.path || '/'}`);
}

type Out = (s: string) => void;

/** Runs one `lex conformance` command line; returns the exit status. */
export async function runConformanceCli(argv: string[], out: Out = (s) => console.log(s), err: Out = (s) => console.error(s)): Promise<number> {
  let values: Record<string, any>;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        level: { type: 'string' },
        impl: { type: 'string' },
        http: { type: 'string' },
        persistent: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        markdown: { type: 'string' },
        'failures-only': { type: 'boolean', default: false },
        vectors: { type: 'string', multiple: true },
        only: { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    err(`lex conformance: USAGE: ${(e as Error).message}\n\n${CONFORMANCE_USAGE}`);
    return 2;
  }
  if (values.help) { out(CONFORMANCE_USAGE); return 0; }
  const usage = (m: string) => { err(`lex conformance: USAGE: ${m}\n\n${CONFORMANCE_USAGE}`); return 2; };

  const level = String(values.level ?? 'L3').toUpperCase() as Level;
  if (!LEVELS.includes(level)) return usage(`--level must be L1, L2 or L3, not ${values.level}`);
  const int = (v: string | undefined, min: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n >= min ? n : NaN;
  };
  const concurrency = int(values.concurrency, 1);
  const timeout = int(values.timeout, 1);
  if (Number.isNaN(concurrency)) return usage(`--concurrency must be a whole number of at least 1, not ${values.concurrency}`);
  if (Number.isNaN(timeout)) return usage(`--timeout must be a whole number of milliseconds, not ${values.timeout}`);
  if (values.impl !== undefined && !String(values.impl).trim()) return usage('--impl needs a command');
  if (values.persistent && values.impl === undefined) return usage('--persistent goes with --impl');

  let vectors;
  try {
    vectors = loadVectors(values.vectors ?? DEFAULT_VECTORS_DIR);
  } catch (e) {
    if (e instanceof VectorError) { err(`lex conformance: UNUSABLE_VECTORS: ${e.message}`); return 2; }
    throw e;
  }
  if (values.only) vectors = vectors.filter((v) => (values.only as string[]).some((p) => v.id.startsWith(p)));
  if (vectors.length === 0) { err('lex conformance: UNUSABLE_VECTORS: no vectors selected'); return 2; }

  if (values.impl !== undefined && values.http !== undefined) return usage('--impl and --http exclude each other');
  const adapter: Adapter = values.http !== undefined
    ? createHttpAdapter(String(values.http), { ...(timeout !== undefined ? { timeoutMs: timeout } : {}) })
    : values.impl !== undefined
    ? createCommandAdapter(values.impl, { persistent: values.persistent, ...(timeout !== undefined ? { timeoutMs: timeout } : {}) })
    : await createInProcessAdapter();
  const report = await runConformanceSuite(vectors, adapter, {
    level,
    concurrency: concurrency ?? (values.impl !== undefined || values.http !== undefined ? 4 : 1),
    ackValidator: await referenceAckValidator(),
    vectorsVersion: await vectorsVersion(),
    lexVersion: await vectorsVersion(),
  });
  await adapter.close?.();
  if (values.only) report.implementation += ` (subset: ${(values.only as string[]).join(', ')})`;

  if (values.markdown !== undefined) {
    const md = formatMarkdown(report);
    if (values.markdown === '-') out(md);
    else writeFileSync(values.markdown, md);
  }
  if (values.json) out(formatJson(report));
  else if (values.markdown !== '-') out(formatText(report, { passes: !values['failures-only'] }));
  return report.met ? 0 : 1;
}
