// Fuzzes readMessages for a time budget: mutated interchanges, NDJSON and XML batches (the seed examples and our
// own multi-message output) are read whole and again in random byte or text chunks (or cut just around envelope segments). Every reading must give the
// same items (messages, warnings, errors with their positions) and the same stream warnings, quickly, and never
// throw. And a text that parse() reads as one message must read as that one message in a stream too, with the
// same warnings (the stream's envelope warnings with the message's), and one that parse() refuses must not read;
// likewise for an interchange or batch and parseX12Interchange, parseEdifactInterchange, parseXmlBatch.
//
//   npx tsx packages/core/scripts/fuzz-stream.ts 60 [seed]
import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mutateText, seededRandom, textEdits } from '@lexstandard/codec/random';
import { parseEdifactInterchange, toEdifactInterchange } from '@lexstandard/edifact';
import { parseX12Interchange, toX12Interchange } from '@lexstandard/x12';
import { parseXmlBatch, toXmlBatch } from '@lexstandard/xml';
import { detectFormat, LexCodecError, parse, readMessages, toJson, type Format, type LexMessage, type LexWarning, type StreamSource } from '../src/index.js';

const seedDir = new URL('../../../conformance/examples/seed/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedDir), 'utf8');

export interface StreamFuzzReport {
  seed: number;
  runs: number;
  items: number;
  slowestMs: number;
  failures: { detail: string; input: string }[];
}

function corpus(): string[] {
  const minimal = JSON.parse(seed('minimal-lead.json'));
  const home = JSON.parse(seed('home-page-lead.json'));
  const named = structuredClone(minimal);
  named.lex.payload.lead.customer.firstName = 'Łukasz Zoë';
  const three = [minimal, home, named];
  return [
    seed('reference-lead.x12'), seed('home-page-lead.x12'), seed('reference-lead.edi'), seed('home-page-lead.edi'),
    seed('minimal-lead.xml'), seed('home-page-lead.xml'), seed('minimal-lead.json'),
    toX12Interchange(three).output, toEdifactInterchange(three, { newline: true }).output, toEdifactInterchange(three).output,
    toXmlBatch(three).output, three.map((m) => toJson(m).output.replace(/\n\s*/g, '')).join('\n') + '\n',
  ];
}

/** where a splitter decides whether a next interchange or document starts */
const BOUNDARY = /ISA|IEA|UNA|UNB|UNZ|<lex|<\/lex|\n\{/g;

const SPECIAL = ['~', '*', "'", '+', ':', '?', '\n', '\r\n', '<', '>', '&', '{', '}', '"', '\u0000', '\ufffd', 'Ł', '王', '\ud83d\ude00', 'ST*850*0009~', "UNH+9+ALXLDE:D:96A:UN'", '<lex>', '\ufeff'];

/**
 * Elements a <lexBatch> holds besides its <lex> documents (it skips them), well-formed or not: a name with a `+`,
 * unquoted and repeated attributes, unknown and null character references, a mismatched end tag, a DOCTYPE, a `<` in
 * an attribute value, and harmless ones (comments, PIs, other namespaces, nesting).
 */
const BATCH_EXTRAS = [
  '<note>kept out</note>', '<x:ext xmlns:x="urn:example"><x:a b="1"/></x:ext>', '<meta><lex/></meta>', '<!-- a comment -->',
  '<?audit by="x"?>', '<empty/>', '<bad+name/>', '<e a=1/>', '<e a="1" a="2"/>', '<e>&bogus;</e>', '<e>&#0;</e>',
  '<e></f>', '<e><!DOCTYPE e></e>', '<e a="<"/>', '<e>&amp;&#x41;</e>', '<lex', '</e>',
];

/** Inserts one of BATCH_EXTRAS right after a document's end tag (or the batch's start tag), between documents. */
function betweenDocuments(s: string, _at: number, r: () => number): string {
  const ends: number[] = [];
  for (const m of s.matchAll(/<\/lex>|<lexBatch[^>]*>/g)) ends.push(m.index + m[0].length);
  if (ends.length === 0) return s;
  const at = ends[Math.floor(r() * ends.length)]!;
  return s.slice(0, at) + (r() < 0.3 ? '\n  ' : '') + BATCH_EXTRAS[Math.floor(r() * BATCH_EXTRAS.length)]! + s.slice(at);
}

function mutate(input: string, r: () => number, pool: string[]): string {
  return mutateText(input, r, {
    minRounds: 0, maxRounds: 3,
    // (a third of them within the first characters of an envelope segment, an ISA's separators, a UNA, or just before one)
    near: { pattern: BOUNDARY, span: 112, before: 4 },
    edits: [
      textEdits.truncate(), textEdits.remove(30), textEdits.insert(SPECIAL), textEdits.replaceChar(0x2100),
      textEdits.duplicate(200), textEdits.append(pool), textEdits.splice(pool, 300), betweenDocuments,
    ],
  });
}

/** Everything a reading gives, as text to compare. */
async function outcome(source: StreamSource): Promise<{ text: string; items: number }> {
  const stream = readMessages(source);
  const items: unknown[] = [];
  try {
    for await (const item of stream) {
      items.push(item.ok
        ? { index: item.index, format: item.format, control: item.control, message: item.message, warnings: item.warnings }
        : { index: item.index, format: item.format, control: item.control, error: [item.error.code, item.error.message, item.error.position], fatal: item.fatal, warnings: item.warnings });
    }
  } catch (e) {
    items.push({ thrown: String((e as Error)?.stack ?? e) });
  }
  return { text: JSON.stringify({ items, warnings: stream.warnings }), items: items.length };
}

function byteChunks(bytes: Uint8Array, r: () => number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const max = [3, 40, 700, 70_000][Math.floor(r() * 4)]!;
  for (let at = 0; at < bytes.length;) {
    const n = 1 + Math.floor(r() * max);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

/**
 * Cuts of `length` units (characters or bytes), two or three of them a few units around envelope segments: where
 * the splitters decide what a next interchange is, and where chunks of random sizes seldom fall.
 */
function boundaryCuts(text: string, length: number, r: () => number): number[] {
  const starts = [...text.matchAll(BOUNDARY)].map((m) => m.index!);
  const cuts = new Set<number>();
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n && starts.length; k++) {
    const at = starts[Math.floor(r() * starts.length)]! + Math.floor(r() * 120) - 8;
    // in bytes the characters before may be longer: scale the offset, near enough for a cut around the tag
    const cut = Math.round((at * length) / Math.max(1, text.length));
    if (cut > 0 && cut < length) cuts.add(cut);
  }
  return [...cuts].sort((a, b) => a - b);
}

function cutAt<T extends string | Uint8Array>(whole: T, cuts: number[]): T[] {
  const out: T[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(whole.slice(from, c) as T);
    from = c;
  }
  out.push(whole.slice(from) as T);
  return out;
}

function textChunks(text: string, r: () => number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    const n = 1 + Math.floor(r() * 50);
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

type WholeReading = { messages: LexMessage[]; warnings: LexWarning[] };

/** the whole-input reader of an interchange or batch: its messages and all its warnings */
const WHOLE: Record<string, (text: string) => WholeReading> = {
  x12: (text) => { const r = parseX12Interchange(text); return { messages: r.messages.map((t) => t.message), warnings: [...r.warnings, ...r.messages.flatMap((t) => t.warnings)] }; },
  edifact: (text) => { const r = parseEdifactInterchange(text); return { messages: r.messages.map((m) => m.message), warnings: [...r.warnings, ...r.messages.flatMap((m) => m.warnings)] }; },
  xml: (text) => { const r = parseXmlBatch(text); return { messages: r.messages, warnings: r.warnings }; },
};

/**
 * What a whole-input reader (`reader`, named `what`) and a stream reading of the same text disagree on, if anything:
 * the messages, the warnings (the stream's envelope warnings with its messages'), or one refusing what the other
 * reads. `single`: the reader takes one message (parse()), so the stream "reads it" when it gives one message.
 */
async function versusStream(input: string, what: string, reader: () => WholeReading, single: boolean, from?: Format): Promise<string | undefined> {
  let read: WholeReading | undefined;
  let refused = '';
  try {
    read = reader();
  } catch (e) {
    refused = e instanceof LexCodecError ? `${e.code} ${e.message}` : `threw ${String(e)}`;
  }
  const stream = readMessages([input], from ? { from } : {});
  const items = [];
  for await (const item of stream) items.push(item);
  const ok = items.flatMap((i) => (i.ok ? [i] : []));
  // (a batch parser's warnings name the document: /1/lex/… is /lex/… of the second)
  const codes = (ws: LexWarning[]) => ws.map((w) => `${w.code} ${(w.path ?? '').replace(/^\/\d+(?=\/)/, '')}`).sort().join(', ');
  if (!read) {
    const readsIt = ok.length === items.length && (single ? items.length === 1 : items.length > 0);
    return readsIt ? `${what} refuses it (${refused}); the stream reads ${single ? 'it' : `all ${ok.length}`}` : undefined;
  }
  if (items.length !== read.messages.length || ok.length !== read.messages.length) return `${what} reads ${read.messages.length} messages; the stream gives ${ok.length} of ${items.length} items: ${items.filter((i) => !i.ok).map((i) => !i.ok && `${i.error.code} ${i.error.message}`).join('; ')}`;
  for (let k = 0; k < ok.length; k++) {
    const a = JSON.stringify(read.messages[k]), b = JSON.stringify(ok[k]!.message);
    if (a === b) continue;
    let d = 0;
    while (a[d] === b[d]) d++;
    return `message ${k + 1} differs between ${what} (…${a.slice(Math.max(0, d - 80), d + 80)}) and the stream (…${b.slice(Math.max(0, d - 80), d + 80)})`;
  }
  const a = codes(read.warnings), b = codes([...stream.warnings, ...ok.flatMap((i) => i.warnings)]);
  return a === b ? undefined : `${what} warns [${a}], the stream [${b}]`;
}

/** parse() against the stream, and for a single interchange or batch the format's whole-input reader too */
async function wholeReadersVersusStream(input: string): Promise<string | undefined> {
  const differs = await versusStream(input, 'parse()', () => { const r = parse(input); return { messages: [r.message], warnings: r.warnings }; }, true);
  if (differs) return differs;
  const format = detectFormat(input);
  const whole = format ? WHOLE[format] : undefined;
  // the whole-input readers take one interchange (or several with the same separators, for X12); one after
  // another, in other separators too, they are a stream's to read
  const headers = (input.match(format === 'x12' ? /ISA/g : format === 'edifact' ? /UN[AB]/g : /<\?xml/g) ?? []).length;
  if (!whole || headers > (format === 'edifact' && input.includes('UNA') ? 2 : 1)) return undefined;
  return versusStream(input, `the ${format} reader`, () => whole(input), false, format!);
}

export async function fuzzStream(ms: number, seedValue = Date.now() % 1_000_000): Promise<StreamFuzzReport> {
  const r = seededRandom(seedValue);
  const pool = corpus();
  const report: StreamFuzzReport = { seed: seedValue, runs: 0, items: 0, slowestMs: 0, failures: [] };
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const input = mutate(pool[Math.floor(r() * pool.length)]!, r, pool);
    const bytes = new TextEncoder().encode(input);
    // now and then a byte that is not UTF-8 (a Latin-1 letter, a cut sequence): decoded in the fallback from there
    if (bytes.length && r() < 0.15) bytes[Math.floor(r() * bytes.length)] = 0x80 + Math.floor(r() * 0x80);
    // text chunks are compared with the whole text, byte chunks with the whole bytes (encoding a lone surrogate
    // makes U+FFFD, which is binary data; a byte-order mark is dropped by the byte decoder)
    const viaText = r() < 0.3;
    const t0 = performance.now();
    const whole = await outcome(viaText ? [input] : [bytes]);
    report.slowestMs = Math.max(report.slowestMs, performance.now() - t0);
    report.runs++;
    report.items += whole.items;
    const fail = (detail: string) => { if (report.failures.length < 20) report.failures.push({ detail, input }); };
    if (whole.text.includes('"thrown"')) fail(`readMessages threw: ${whole.text.slice(0, 400)}`);
    // half of the readings cut at random sizes, half a few characters around the envelope segments
    const around = r() < 0.5;
    const chunks = around
      ? viaText ? cutAt(input, boundaryCuts(input, input.length, r)) : cutAt(bytes, boundaryCuts(input, bytes.length, r))
      : viaText ? textChunks(input, r) : byteChunks(bytes, r);
    if (viaText) {
      const differs = await wholeReadersVersusStream(input);
      if (differs) fail(differs);
    }
    const again = await outcome(chunks);
    if (again.text !== whole.text) {
      let d = 0;
      while (again.text[d] === whole.text[d]) d++;
      const from = Math.max(0, d - 200);
      fail(`${viaText ? 'text' : 'byte'} chunks${around ? ' cut around envelope segments' : ''} give\n…${again.text.slice(from, d + 300)}\nthe whole input gives\n…${whole.text.slice(from, d + 300)}`);
    }
  }
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = Number(process.argv[2] ?? 10);
  const report = await fuzzStream(seconds * 1000, process.argv[3] === undefined ? undefined : Number(process.argv[3]));
  console.log(`stream fuzz: seed ${report.seed}, ${report.runs} inputs in ${seconds} s, ${report.items} items, slowest ${report.slowestMs.toFixed(1)} ms`);
  for (const f of report.failures) { console.error(`FAILURE: ${f.detail}\ninput: ${JSON.stringify(f.input.slice(0, 400))}`); if (process.env.LEX_FUZZ_DUMP) appendFileSync(process.env.LEX_FUZZ_DUMP, JSON.stringify(f.input) + "\n"); }
  if (report.failures.length) process.exit(1);
}
