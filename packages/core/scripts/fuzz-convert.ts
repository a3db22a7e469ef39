// Fuzzes conversion for a time budget: the seed examples and our own output in every format, mutated (characters
// inserted, deleted, changed, repeated), are parsed; whatever parses is written in all four formats, and each output
// must be strict: our own reader takes it without a syntax warning (an ISA that is not fixed width, a tolerated
// layout, a bare '&', …), or the writer said it is not valid (XML_OUTPUT_NOT_VALID). For a message the validator
// takes, reading the output back and writing it again must give the same output. Never another error than
// LexCodecError.
//
//   npx tsx packages/core/scripts/fuzz-convert.ts 60 [seed]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mutateText, seededRandom, textEdits } from '@lexstandard/codec/random';
import { LexCodecError, parse, serialize, validate, type Format, type LexMessage } from '../src/index.js';

const seedDir = new URL('../../../conformance/examples/seed/', import.meta.url);
const read = (url: URL) => readFileSync(url, 'utf8');

export interface ConvertFuzzReport {
  seed: number;
  inputs: number;
  parsed: number;
  written: number;
  /** outputs of valid messages read back and written again */
  roundTrips: number;
  failures: string[];
}

const FORMATS: Format[] = ['json', 'xml', 'x12', 'edifact'];
const SPECIAL = ['*', '~', ':', '^', '+', "'", '?', '<', '>', '&', '"', '\\', '\n', '\r', ' ', '  ', 'é', 'Ł', '😀', '\ufffd', '\ud800', '\udc00', '&amp;', '?+', "?'", '\t', '0', '-1', '99999999999', '.5'];
/** warnings that say the input deviated from strict syntax: our own output must never give one */
const SYNTAX = /^(X12_(ISA_NOT_FIXED_WIDTH|NEWLINE_TERMINATOR|ALTERNATE_POSITION|SEGMENT_OUT_OF_ORDER|UNKNOWN_SEGMENT|SEGMENT_NOT_MAPPED|ELEMENT_NOT_MAPPED|UNEXPECTED_VALUE|COUNT|CONTROL)|EDIFACT_(UNA|SYNTAX|ELEMENT_SHIFT|UNESCAPED|COMPOSITE_SPLIT|SEGMENT_COUNT|NAD_LAYOUT|LIN_LAYOUT|IMD_LAYOUT|QUALIFIER_POSITION|VALUE_NOT_MAPPED|STREET_JOINED|NAME_UNSTRUCTURED)|XML_(BARE|DECLARATION|NAMESPACE|UNKNOWN|DUPLICATE))/;
/** the receiver's clock for the validation: the seeds' own time */
const NOW = new Date('2026-03-23T14:31:00Z');

function corpus(): string[] {
  const files = ['reference-lead.x12', 'home-page-lead.x12', 'reference-lead.edi', 'home-page-lead.edi', 'home-page-lead.xml', 'minimal-lead.xml', 'home-page-lead.json', 'minimal-lead.json'];
  const out = files.map((f) => read(new URL(f, seedDir)));
  const full = JSON.parse(read(new URL('../../schema/generated/examples/full-lead.json', import.meta.url))) as LexMessage;
  for (const f of FORMATS) out.push(serialize(full, f).output);
  return out;
}

function mutate(input: string, r: () => number): string {
  return mutateText(input, r, {
    maxRounds: 3,
    edits: [textEdits.insert(SPECIAL), textEdits.remove(5), textEdits.replaceChar(32 + 0x250, 32), textEdits.duplicate(30)],
  });
}

/** Runs for `ms` milliseconds. */
export function fuzzConvert(ms: number, seed = Date.now()): ConvertFuzzReport {
  const r = seededRandom(seed);
  const inputs = corpus();
  const report: ConvertFuzzReport = { seed, inputs: 0, parsed: 0, written: 0, roundTrips: 0, failures: [] };
  const fail = (what: string, from: string, input: string) => report.failures.push(`${what}\n  from ${from}: ${JSON.stringify(input).slice(0, 1500)}`);
  const end = Date.now() + ms;
  while (Date.now() < end && report.failures.length < 20) {
    report.inputs++;
    const input = mutate(inputs[Math.floor(r() * inputs.length)]!, r);
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(input);
    } catch (e) {
      if (!(e instanceof LexCodecError)) fail(`parse threw ${String(e)}`, '?', input);
      continue;
    }
    report.parsed++;
    const valid = validate(parsed.message, { level: 'L1', now: NOW }).valid;
    for (const to of FORMATS) {
      let out: ReturnType<typeof serialize>;
      try {
        out = serialize(parsed.message, to);
      } catch (e) {
        if (!(e instanceof LexCodecError)) fail(`writing ${to} threw ${String(e)}`, parsed.format, input);
        continue;
      }
      report.written++;
      // (the XML writer writes what the XSD rejects with XML_OUTPUT_NOT_VALID: said, not silent)
      if (to === 'xml' && out.warnings.some((w) => w.code === 'XML_OUTPUT_NOT_VALID')) continue;
      let back: ReturnType<typeof parse>;
      try {
        back = parse(out.output, { from: to });
      } catch (e) {
        fail(`our ${to} output does not read: ${(e as Error).message}`, parsed.format, input);
        continue;
      }
      const syntax = back.warnings.filter((w) => SYNTAX.test(w.code));
      if (syntax.length) fail(`our ${to} output reads with ${syntax.map((w) => `${w.code} (${w.message.slice(0, 120)})`).join('; ')}`, parsed.format, input);
      // an invalid messageType or a missing messageId are not promised to travel unchanged
      if (!valid) continue;
      report.roundTrips++;
      try {
        const again = serialize(back.message, to).output;
        if (again !== out.output) {
          let i = 0;
          while (i < again.length && again[i] === out.output[i]) i++;
          fail(`our ${to} output changes when read back and written again, at ${i}: ${JSON.stringify(out.output.slice(Math.max(0, i - 60), i + 60))} → ${JSON.stringify(again.slice(Math.max(0, i - 60), i + 60))}`, parsed.format, input);
        }
      } catch (e) {
        fail(`writing ${to} again threw ${String(e)}`, parsed.format, input);
      }
    }
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seconds = Number(process.argv[2] ?? 30);
  const report = fuzzConvert(seconds * 1000, process.argv[3] ? Number(process.argv[3]) : undefined);
  console.log(`convert fuzz: seed ${report.seed}, ${report.inputs} inputs in ${seconds} s, ${report.parsed} parsed, ${report.written} written, ${report.roundTrips} round trips of valid messages`);
  for (const f of report.failures.slice(0, 5)) console.log(`FAIL ${f}`);
  process.exitCode = report.failures.length ? 1 : 0;
}
