// Fuzzes the X12 parser for a time budget: every input must either parse or throw LexCodecError — never
// another error, never a hang. Inputs are mutations of the seed examples and of our own output.
//
//   npx tsx packages/x12/scripts/fuzz.ts 60        # 60 seconds
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LexCodecError } from '@lexstandard/codec';
import { parseX12Interchange, toX12, toX12Interchange, X12Reader } from '../src/index.js';
import { mutateText, seededRandom, textEdits, type TextEdit } from '@lexstandard/codec/random';

const here = dirname(fileURLToPath(import.meta.url));
const seedDir = join(here, '..', '..', '..', 'conformance', 'examples', 'seed');

export interface FuzzReport {
  runs: number;
  parsed: number;
  rejected: Record<string, number>;
  /** the slowest single input, in ms */
  slowest: number;
  failures: { input: string; error: string }[];
}


function corpus(): string[] {
  const seeds = ['reference-lead.x12', 'home-page-lead.x12'].map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const minimal = JSON.parse(readFileSync(join(seedDir, 'minimal-lead.json'), 'utf8'));
  const home = JSON.parse(readFileSync(join(seedDir, 'home-page-lead.json'), 'utf8'));
  return [
    ...seeds,
    toX12(minimal).output,
    toX12(home, { newline: false }).output,
    toX12Interchange([minimal, home, minimal]).output,
  ];
}

const SPECIAL = ['*', '~', ':', '^', '\n', '\r', '\u0000', '\ufffd', 'ISA', 'IEA', 'ST*850*0001~', 'SE*1*0001~', 'GS*', 'GE*1*1~', '*'.repeat(40), ' '];

/** the segment terminator replaced everywhere */
const changeTerminator: TextEdit = (s, _at, r) => s.replace(/~/g, ['~', '\n', '', '*', '!'][Math.floor(r() * 5)]!);

function mutate(input: string, r: () => number): string {
  return mutateText(input, r, {
    // (a third of them in or just before an envelope segment, where the reader's checks are)
    near: { pattern: /ISA|GS|ST|SE|GE|IEA/g, span: 112, before: 4 },
    edits: [
      textEdits.truncate(), textEdits.remove(20), textEdits.insert(SPECIAL), textEdits.replaceChar(256), textEdits.duplicate(80),
      changeTerminator, textEdits.insertRandom(64, 0x3000), textEdits.bumpDigits(), textEdits.splice(corpus_, 200),
    ],
  });
}

let corpus_: string[] = [];

/** what a parse gave, comparable across whole and chunked reading */
const outcome = (r: { messages: unknown[]; warnings: unknown[] }) => JSON.stringify(r);
const codeOf = (e: unknown) => (e instanceof LexCodecError ? `error ${e.code} ${JSON.stringify(e.position)}` : `uncaught ${String(e)}`);

function readChunked(text: string, size: number, strict: boolean) {
  const reader = new X12Reader({ strict });
  const messages = [];
  for (let at = 0; at < text.length; at += size) messages.push(...reader.push(text.slice(at, at + size)));
  messages.push(...reader.end());
  return { messages, warnings: reader.warnings };
}

/** Runs for `ms` milliseconds. */
export function runFuzz(ms: number, seed = Date.now()): FuzzReport & { seed: number } {
  corpus_ = corpus();
  const r = seededRandom(seed);
  const report: FuzzReport & { seed: number } = { seed, runs: 0, parsed: 0, rejected: {}, slowest: 0, failures: [] };
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const input = mutate(corpus_[Math.floor(r() * corpus_.length)]!, r);
    const strict = r() < 0.3;
    const t0 = performance.now();
    let whole: string;
    try {
      whole = outcome(parseX12Interchange(input, { strict }));
      report.parsed++;
    } catch (e) {
      whole = codeOf(e);
      if (e instanceof LexCodecError) report.rejected[e.code] = (report.rejected[e.code] ?? 0) + 1;
      else if (report.failures.length < 20) report.failures.push({ input, error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e) });
    }
    report.slowest = Math.max(report.slowest, performance.now() - t0);
    report.runs++;
    // the same input pushed in chunks: the same messages and warnings, or the same error
    const size = 1 + Math.floor(r() * 40);
    let chunked: string;
    try {
      chunked = outcome(readChunked(input, size, strict));
    } catch (e) {
      chunked = codeOf(e);
    }
    if (chunked !== whole && report.failures.length < 20) report.failures.push({ input, error: `chunks of ${size} give ${chunked.slice(0, 300)}\nthe whole string gives ${whole.slice(0, 300)}` });
  }
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = Number(process.argv[2] ?? 10);
  const seed = process.argv[3] === undefined ? Date.now() : Number(process.argv[3]);
  const report = runFuzz(seconds * 1000, seed);
  console.log(`x12 fuzz: seed ${report.seed}, ${report.runs} inputs in ${seconds}s, ${report.parsed} parsed, slowest ${report.slowest.toFixed(1)} ms`);
  console.log('rejected:', report.rejected);
  if (report.failures.length) {
    for (const f of report.failures) console.error(`FAILURE: ${f.error}\ninput: ${JSON.stringify(f.input.slice(0, 500))}`);
    process.exit(1);
  }
}
