// Fuzzes the EDIFACT parser: mutated seed examples and our own output (flipped, deleted, duplicated and
// inserted characters — separators, release characters, controls, non-Latin letters —, truncations, spliced
// inputs, shuffled segments, random text). Every input must parse or fail with a LexCodecError, quickly; chunked
// input must give the whole-string result; whatever parses must survive a write and a second read unchanged.
//
//   npx tsx packages/edifact/scripts/fuzz.ts [seconds=10] [seed]
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LexCodecError } from '@lexstandard/codec';
import { EdifactStreamParser, parseEdifactInterchange, toEdifact, toEdifactInterchange } from '../src/index.js';
import { mutateText, seededRandom, textEdits, type TextEdit } from '@lexstandard/codec/random';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => readFileSync(repo + p, 'utf8');

export interface FuzzFailure { kind: string; detail: string; input: string }
export interface FuzzReport { runs: number; parsed: number; rejected: number; slowestMs: number; codes: Record<string, number>; failures: FuzzFailure[] }


function corpus(): string[] {
  const minimal = JSON.parse(read('conformance/examples/seed/minimal-lead.json'));
  const full = JSON.parse(read('packages/schema/generated/examples/full-lead.json'));
  const tricky = structuredClone(minimal);
  tricky.lex.payload.lead.leadId = "L?+1:2'3??4";
  tricky.lex.payload.lead.customer.lastName = "O'Brien-Núñez ?";
  return [
    read('conformance/examples/seed/reference-lead.edi'),
    read('conformance/examples/seed/home-page-lead.edi'),
    toEdifact(minimal).output,
    toEdifact(full, { newline: true }).output,
    toEdifactInterchange([minimal, tricky, full]).output,
  ];
}

const ALPHABET = "+:'? *\n\r\t.,UNABHTZ0123456789ÀéñØ王\u0000\u0001\u001f\u007f\ufeff\ufffd";

const ALPHABET_CHARS = [...ALPHABET];

/** two segments swapped */
const swapSegments: TextEdit = (s, _at, r) => {
  const segs = s.split("'");
  const i = Math.floor(r() * segs.length), j = Math.floor(r() * segs.length);
  [segs[i], segs[j]] = [segs[j]!, segs[i]!];
  return segs.join("'");
};
/** a run of one character of the alphabet */
const insertRun: TextEdit = (s, at, r) => s.slice(0, at) + ALPHABET_CHARS[Math.floor(r() * ALPHABET_CHARS.length)]!.repeat(1 + Math.floor(r() * 8)) + s.slice(at);
/** random text of the alphabet instead of the input */
const randomText: TextEdit = (_s, _at, r) => Array.from({ length: Math.floor(r() * 80) }, () => ALPHABET_CHARS[Math.floor(r() * ALPHABET_CHARS.length)]!).join('');
/** the character here replaced by one of the alphabet */
const replaceFromAlphabet: TextEdit = (s, at, r) => s.slice(0, at) + ALPHABET_CHARS[Math.floor(r() * ALPHABET_CHARS.length)]! + s.slice(at + 1);

function mutate(input: string, r: () => number, pool: string[]): string {
  return mutateText(input, r, {
    // (a third of them in or just before an envelope segment, UNA, UNB, UNH, UNT, UNZ, where the parser's checks are)
    near: { pattern: /UN[ABHTZ]/g, span: 40, before: 4 },
    edits: [
      replaceFromAlphabet, textEdits.insert(ALPHABET_CHARS), textEdits.remove(20), textEdits.truncate(), textEdits.duplicate(60),
      textEdits.splice(pool, 200), swapSegments, insertRun, randomText,
    ],
  });
}

/** the error code and position a parse throws ('parsed' when it does not) */
function codeOf(f: () => unknown): string {
  try {
    f();
    return 'parsed';
  } catch (e) {
    return e instanceof LexCodecError ? `${e.code} ${JSON.stringify(e.position)}` : `uncaught ${String(e)}`;
  }
}

function chunkedParse(text: string, size: number) {
  const p = new EdifactStreamParser();
  const messages = [];
  for (let at = 0; at < text.length; at += size) messages.push(...p.push(text.slice(at, at + size)));
  messages.push(...p.end().messages);
  return messages.map((m) => m.message);
}

export function fuzz(options: { seconds: number; seed?: number }): FuzzReport {
  const r = seededRandom(options.seed ?? Date.now());
  const pool = corpus();
  const report: FuzzReport = { runs: 0, parsed: 0, rejected: 0, slowestMs: 0, codes: {}, failures: [] };
  const end = Date.now() + options.seconds * 1000;
  const fail = (kind: string, detail: string, input: string) => {
    if (report.failures.length < 20) report.failures.push({ kind, detail, input });
  };
  while (Date.now() < end) {
    const input = mutate(pool[Math.floor(r() * pool.length)]!, r, pool);
    report.runs++;
    const t = performance.now();
    let result: ReturnType<typeof parseEdifactInterchange> | undefined;
    try {
      result = parseEdifactInterchange(input);
      report.parsed++;
    } catch (e) {
      if (e instanceof LexCodecError) {
        report.rejected++;
        report.codes[e.code] = (report.codes[e.code] ?? 0) + 1;
        // an internal error is a bug caught by the guard, not a verdict on the input
        if (e.code.endsWith('INTERNAL_ERROR')) fail('internal', e.message, input);
      } else fail('uncaught', String((e as Error)?.stack ?? e), input);
    }
    const ms = performance.now() - t;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (ms > 500) fail('slow', `${ms.toFixed(0)} ms for ${input.length} characters`, input);
    // the same input pushed in chunks: the same messages, or the same error at the same position
    const size = 1 + Math.floor(r() * 40);
    if (!result) {
      const whole = codeOf(() => parseEdifactInterchange(input));
      const chunked = codeOf(() => chunkedParse(input, size));
      if (chunked !== whole) fail('chunked', `chunks of ${size} give ${chunked} where the whole string gives ${whole}`, input);
      continue;
    }
    try {
      const again = chunkedParse(input, size);
      if (JSON.stringify(again) !== JSON.stringify(result.messages.map((m) => m.message))) fail('chunked', `chunks of ${size} differ from the whole string`, input);
    } catch (e) {
      fail('chunked', `chunks throw ${String(e)} where the whole string parses`, input);
    }
    for (const m of result.messages) {
      try {
        const out = toEdifact(m.message);
        const back = parseEdifactInterchange(out.output).messages[0]!.message as any;
        // a message without a messageId gets its sequence number as UNH reference (EDIFACT_MESSAGE_REFERENCE_GENERATED)
        if ((m.message.lex as any).header.messageId === undefined) delete back.lex.header.messageId;
        if (JSON.stringify(back) !== JSON.stringify(m.message)) fail('unstable', `${JSON.stringify(m.message)} → ${JSON.stringify(back)}`, input);
      } catch (e) {
        // a message read without its header (a garbled envelope) is refused by the writer with a code: no bug
        if (e instanceof LexCodecError && e.code === 'EDIFACT_INVALID_MESSAGE' && (m.message.lex as any)?.header === undefined) continue;
        fail('rewrite', String((e as Error)?.stack ?? e), input);
      }
    }
  }
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = Number(process.argv[2] ?? 10);
  const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : Date.now() % 1_000_000;
  const report = fuzz({ seconds, seed });
  console.log(`edifact fuzz: ${report.runs} inputs in ${seconds} s (seed ${seed}): ${report.parsed} parsed, ${report.rejected} rejected with LexCodecError, slowest ${report.slowestMs.toFixed(1)} ms`);
  console.log(`  codes: ${Object.entries(report.codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const f of report.failures) console.log(`FAIL ${f.kind}: ${f.detail}\n  input: ${JSON.stringify(f.input.slice(0, 400))}`);
  process.exit(report.failures.length ? 1 : 0);
}
