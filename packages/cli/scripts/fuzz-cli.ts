// Fuzzes the lex command for a time budget, in this process through main(): mutated messages, interchanges and
// batches in the four formats (some of them as UTF-16 or 8-bit bytes, or with bytes that are not UTF-8) go through
// every command that reads a message — validate, convert to each format, ack, fingerprint — with random options,
// bad ones among them. What every run must show:
//   - a documented exit status other than 3 (0, 1 or 2), and no internal error or stack trace on standard error;
//   - with --json, every line on standard error is JSON (convert, fingerprint) and standard output is (validate);
//   - exit 2 (unusable input or usage) prints nothing on standard output;
//   - what convert writes with exit 0 or 1 reads back in the target format (no failure, a single message parses),
//     unless the writer said it does not validate (XML_OUTPUT_NOT_VALID);
//     `lex ack` prints an ACKNOWLEDGMENT that parses; `lex fingerprint` 64 lowercase hex digits;
//   - no run takes more than a second.
//
//   npx tsx packages/cli/scripts/fuzz-cli.ts 60 [seed]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mutateText, seededRandom, textEdits } from '@lexstandard/codec/random';
import { parse, readMessages, serialize, writeMessages, type Format, type LexMessage } from '@lexstandard/core';
import { main } from '../src/main.js';

export interface CliFuzzReport {
  seed: number;
  runs: number;
  /** runs per exit status */
  exits: Record<string, number>;
  slowestMs: number;
  failures: string[];
}

const FORMATS: Format[] = ['json', 'xml', 'x12', 'edifact'];
const root = new URL('../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

/** single messages and streams of several, in every format */
async function corpus(): Promise<string[]> {
  const seeds = ['reference-lead.x12', 'home-page-lead.x12', 'reference-lead.edi', 'home-page-lead.edi', 'home-page-lead.xml', 'minimal-lead.xml', 'home-page-lead.json', 'minimal-lead.json'];
  const out = seeds.map((f) => read(`conformance/examples/seed/${f}`));
  const minimal = JSON.parse(read('conformance/examples/seed/minimal-lead.json')) as LexMessage;
  const others = ['lead', 'acknowledgment', 'asset'].map((n) => JSON.parse(read(`packages/schema/generated/examples/full-${n}.json`)) as LexMessage);
  for (const m of [minimal, ...others]) for (const f of FORMATS) {
    try {
      out.push(serialize(m, f).output);
    } catch { /* (X12 holds no ASSET) */ }
  }
  const three = [minimal, others[0]!, minimal];
  for (const f of FORMATS) {
    let text = '';
    await writeMessages(three, f, (chunk) => { text += chunk; });
    out.push(text);
  }
  return out;
}

const SPECIAL = ['*', '~', ':', '^', '+', "'", '?', '<', '>', '&', '"', '{', '}', ',', '\n', '\r\n', '\u0000', '\ufffd', '\ufeff', 'Ł', '😀', '\ud800',
  'ST*850*0009~', "UNH+9+ALXLDE:D:96A:UN'", '<lex>', '"status":"WON"', '"messageType":"FOO"', '-1', '1e999', '"2026-02-30T25:00:00Z"'];

/** the input's bytes: mostly UTF-8, sometimes UTF-16 with its byte-order mark, 8-bit text, or bytes that are not UTF-8 */
function bytesOf(text: string, r: () => number): Buffer {
  const k = r();
  if (k < 0.8) return Buffer.from(text, 'utf8');
  if (k < 0.87) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (k < 0.94) return Buffer.from(text, 'latin1');
  const b = Buffer.from(text, 'utf8');
  for (let i = 0, n = 1 + Math.floor(r() * 3); i < n && b.length; i++) b[Math.floor(r() * b.length)] = 0x80 + Math.floor(r() * 0x80);
  return b;
}

/** an option value, sometimes a bad one */
function optionValue(r: () => number, good: string[], bad: string[]): string {
  return r() < 0.85 ? good[Math.floor(r() * good.length)]! : bad[Math.floor(r() * bad.length)]!;
}

function commandLine(file: string, r: () => number): string[] {
  const k = r();
  const args: string[] = [];
  const maybe = (p: number, ...xs: string[]) => { if (r() < p) args.push(...xs); };
  const format = () => optionValue(r, FORMATS, ['yaml', '', 'X12', '--json']);
  if (k < 0.45) {
    args.push('convert', file, '--to', format());
    maybe(0.15, '--from', format());
    maybe(0.4, '--json');
    maybe(0.2, '--fail-fast');
  } else if (k < 0.7) {
    args.push('validate', file);
    maybe(0.4, '--json');
    maybe(0.3, '--now', optionValue(r, ['2026-03-23T14:31:00Z', '2026-03-23T14:31:00.5+02:00'], ['20200', 'yesterday', '']));
    maybe(0.2, '--level', optionValue(r, ['L1', 'L2', 'L3', 'l3'], ['L4', '']));
    maybe(0.1, '--previous-status', optionValue(r, ['NEW', 'CONTACTED', 'WON'], ['FOO', '']));
    maybe(0.1, '--from', format());
  } else if (k < 0.9) {
    args.push('ack', file);
    maybe(0.3, '--now', optionValue(r, ['2026-03-23T14:31:00Z'], ['20200', 'soon']));
    maybe(0.3, '--to', format());
    maybe(0.1, '--sender', optionValue(r, ['RECEIVER-1', 'Ł*~\'+'], ['']));
    maybe(0.1, '--level', optionValue(r, ['L1', 'L3'], ['L9']));
  } else {
    args.push('fingerprint', file);
    maybe(0.4, '--json');
    maybe(0.1, '--from', format());
  }
  maybe(0.03, optionValue(r, ['--help'], ['--bogus', '-x', 'extra-file']));
  return args;
}

/** what a stack trace or an internal error looks like on standard error */
const STACK = /\n\s+at (?:async )?(?:\S+ \()?(?:file|node):|TypeError|ReferenceError|RangeError: Maximum|internal error:/;

/** whether `text` written by convert --to `to` reads back: a single message parses, a stream has no failure */
async function readsBack(text: string, to: Format): Promise<string | undefined> {
  try {
    const stream = readMessages([text], { from: to });
    for await (const item of stream) if (!item.ok) return `item ${item.index}: ${item.error.code} ${item.error.message}`;
    return undefined;
  } catch (e) {
    return `${(e as Error).message}`;
  }
}

/** Runs for `ms` milliseconds. */
export async function fuzzCli(ms: number, seed = Date.now()): Promise<CliFuzzReport> {
  const r = seededRandom(seed);
  const pool = await corpus();
  const dir = mkdtempSync(join(tmpdir(), 'lex-fuzz-cli-'));
  const report: CliFuzzReport = { seed, runs: 0, exits: {}, slowestMs: 0, failures: [] };
  const stdout = process.stdout;
  const realWrite = stdout.write;
  let captured: string[] = [];
  // convert and ack write to process.stdout themselves (the rest through `out`): collected while a run lasts
  const capture = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((x) => typeof x === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof stdout.write;
  const end = Date.now() + ms;
  try {
    for (let run = 0; Date.now() < end && report.failures.length < 10; run++) {
      const text = mutateText(pool[Math.floor(r() * pool.length)]!, r, {
        minRounds: 0, maxRounds: 3,
        near: { pattern: /ISA|ST\*|UNH|UNB|<lex|"lex"|messageType|MessageType|"status"|email|Email/g, span: 40, before: 4 },
        edits: [textEdits.truncate(), textEdits.remove(20), textEdits.insert(SPECIAL), textEdits.replaceChar(0x3000), textEdits.duplicate(120), textEdits.bumpDigits(), textEdits.splice(pool, 300), textEdits.append(pool)],
      });
      const file = join(dir, `input-${run % 4}`);
      writeFileSync(file, bytesOf(text, r));
      const argv = commandLine(file, r);
      const out: string[] = [];
      const err: string[] = [];
      captured = [];
      const started = performance.now();
      stdout.write = capture;
      let exit: number;
      try {
        exit = await main(argv, (s) => out.push(s), (s) => err.push(s));
      } finally {
        stdout.write = realWrite;
      }
      const took = performance.now() - started;
      report.runs++;
      report.exits[exit] = (report.exits[exit] ?? 0) + 1;
      if (took > report.slowestMs) report.slowestMs = took;
      const written = captured.join('') + out.join('\n');
      const problems: string[] = [];
      if (exit !== 0 && exit !== 1 && exit !== 2) problems.push(`exit ${exit}`);
      const stack = err.find((l) => STACK.test(l));
      if (stack !== undefined) problems.push(`stderr: ${stack.slice(0, 300)}`);
      const [command] = argv;
      const json = argv.includes('--json') && !argv.includes('--help') && exit !== 2;
      if (json && (command === 'convert' || command === 'fingerprint')) {
        const bad = err.find((l) => { try { JSON.parse(l); return false; } catch { return true; } });
        if (bad !== undefined) problems.push(`stderr line is not JSON: ${bad.slice(0, 200)}`);
      }
      if (json && command === 'validate') {
        // one message: the result object; many: one JSON object per line, the last the summary
        let one = true;
        try { JSON.parse(written); } catch { one = false; }
        if (!one) {
          const lines = written.trim().split('\n');
          const objects = lines.map((l) => { try { return JSON.parse(l) as { type?: string }; } catch { return undefined; } });
          if (objects.some((o) => o === undefined || !['result', 'error', 'warning', 'summary'].includes(o.type ?? ''))) problems.push(`validate --json printed no JSON: ${written.slice(0, 200)}`);
          else if (objects[objects.length - 1]!.type !== 'summary') problems.push(`validate --json of many messages ends without its summary: ${lines[lines.length - 1]!.slice(0, 200)}`);
        }
      }
      if (exit === 2 && written !== '' && !argv.includes('--help') && command !== 'validate') problems.push(`exit 2 with output: ${written.slice(0, 200)}`);
      if (!argv.includes('--help') && exit !== 2) {
        if (command === 'convert') {
          const to = argv[argv.indexOf('--to') + 1]!.toLowerCase() as Format;
          // (output the writer said does not validate — XML_OUTPUT_NOT_VALID, a <lex/> of a message with nothing LEX
          // in it — need not read back)
          const notValid = err.some((l) => l.includes('XML_OUTPUT_NOT_VALID'));
          const back = written === '' ? 'nothing written' : notValid ? undefined : await readsBack(written, to);
          if (back !== undefined && !(exit === 1 && written === '')) problems.push(`the ${to} output does not read back: ${back}`);
        } else if (command === 'ack') {
          try {
            const ack = parse(written).message as { lex: { header: { messageType: string } } };
            if (ack.lex.header.messageType !== 'ACKNOWLEDGMENT') problems.push(`ack printed a ${ack.lex.header.messageType}`);
          } catch (e) {
            problems.push(`the ACK does not parse: ${(e as Error).message}`);
          }
        } else if (command === 'fingerprint' && exit === 0) {
          const fp = argv.includes('--json') ? (JSON.parse(written) as { fingerprint: string }).fingerprint : written.trim();
          if (!/^[0-9a-f]{64}$/.test(fp)) problems.push(`fingerprint printed ${JSON.stringify(written.slice(0, 100))}`);
        }
      }
      if (took > 1000) problems.push(`took ${took.toFixed(0)} ms`);
      if (problems.length) {
        report.failures.push(`run ${run} (seed ${seed}): lex ${argv.join(' ')} → exit ${exit}\n  ${problems.join('\n  ')}\n  input: ${JSON.stringify(text.slice(0, 600))}`);
        writeFileSync(join(dir, `failure-${report.failures.length}`), text);
      }
    }
  } finally {
    stdout.write = realWrite;
    if (report.failures.length === 0) rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seconds = Number(process.argv[2] ?? 10);
  const seed = process.argv[3] === undefined ? Date.now() : Number(process.argv[3]);
  const report = await fuzzCli(seconds * 1000, seed);
  console.error(`cli fuzz: seed ${report.seed}, ${report.runs} runs in ${seconds} s, exits ${JSON.stringify(report.exits)}, slowest ${report.slowestMs.toFixed(1)} ms`);
  for (const f of report.failures) console.error(`FAIL ${f}`);
  process.exitCode = report.failures.length ? 1 : 0;
}
