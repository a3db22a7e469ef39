// Fuzzes the XML-EDI parser: mutated seeds, reference examples, canonical outputs and hostile snippets, for a
// time budget. Every input must either parse or fail with a LexCodecError that has a code and a position; no
// other exception, no hang (each input is timed). Whatever parses must serialize, and that output must parse.
//   npx tsx packages/xml/scripts/fuzz.ts [seconds=30] [seed]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LexCodecError } from '@lexstandard/codec';
import { parseXml, parseXmlBatch, toXml } from '../src/index.js';
import { mutateText, seededRandom, textEdits, type TextEdit } from '@lexstandard/codec/random';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

export const ERROR_CODES = new Set([
  'XML_MALFORMED', 'XML_DTD_FORBIDDEN', 'XML_UNDEFINED_ENTITY', 'XML_DEPTH_LIMIT', 'XML_TOO_LARGE', 'XML_NOT_LEX',
  'XML_UNSUPPORTED_ENCODING',
]);

export function corpus(): string[] {
  const out: string[] = [];
  const seedDir = `${repo}conformance/examples/seed/`;
  for (const f of readdirSync(seedDir)) if (f.endsWith('.xml')) out.push(readFileSync(seedDir + f, 'utf8'));
  const examples = `${repo}packages/schema/generated/examples/`;
  if (existsSync(examples)) {
    for (const f of readdirSync(examples)) if (f.endsWith('.json')) out.push(toXml(JSON.parse(readFileSync(examples + f, 'utf8')), { pretty: f.length % 2 === 0 }).output);
  }
  const ref = '/work/shared/reference/examples/';
  if (existsSync(ref)) {
    for (const d of readdirSync(ref)) {
      const dir = `${ref}${d}/xml/`;
      if (existsSync(dir)) for (const f of readdirSync(dir)) out.push(readFileSync(dir + f, 'utf8'));
    }
  }
  out.push(
    '<?xml version="1.0"?><!DOCTYPE lex [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><lex>&b;</lex>',
    '<lex version="1.0.0"><Header><MessageId><![CDATA[x<y]]></MessageId></Header><!-- c --><?pi x?></lex>',
    '<lexBatch xmlns="https://lexstandard.org/schema/1.0"><lex version="1.0.0"><Header/></lex></lexBatch>',
  );
  return out;
}

const TOKENS = [
  '<', '>', '/>', '</', '&', '&amp;', '&lt;', '&#x41;', '&#0;', '&#xD800;', '&foo;', '&#99999999;', '<!DOCTYPE x>', '<!ENTITY e "x">',
  '<![CDATA[', ']]>', '<!--', '-->', '<?', '?>', '"', "'", '=', ' ', '\n', '\r\n', '\t', '\u0000', '\u0001', '\uD800', '\uDC00',
  '\uFFFE', '\uFFFD', 'é', '😀', 'xmlns="urn:x"', 'xmlns:p="urn:y"', 'p:', 'version="1.0.0"', '<Header>', '</Header>', '<Payload>',
  '<Lead>', '<Year>abc</Year>', '<Year>2026</Year>', '<DoNotCall>maybe</DoNotCall>', '<Email/>', '<CustomFields><Field>x</Field></CustomFields>',
  '<DesiredFeatures><Feature>a</Feature></DesiredFeatures>', '<a>'.repeat(70), '</a>'.repeat(70),
];


/** the next element name lowerCamel-cased (a common partner mistake) */
const lowerCamelName: TextEdit = (s, at) => s.slice(0, at) + s.slice(at).replace(/<(\/?)([A-Z])/, (_m, sl: string, c: string) => `<${sl}${c.toLowerCase()}`);

export function mutate(input: string, rand: () => number, others: string[]): string {
  return mutateText(input, rand, {
    edits: [
      textEdits.insert(TOKENS), textEdits.remove(20), textEdits.truncate(), textEdits.duplicate(40), textEdits.replaceChar(0x110),
      textEdits.splice(others, 200), lowerCamelName, textEdits.insertRandom(30, 256),
    ],
  });
}

export interface FuzzStats { runs: number; parsed: number; rejected: Record<string, number>; slowestMs: number; seed: number }

/** Runs for `seconds`; throws (with the seed and the input) on the first violation. */
export function fuzz(seconds: number, seed = Date.now() >>> 0): FuzzStats {
  const rand = seededRandom(seed);
  const inputs = corpus();
  const stats: FuzzStats = { runs: 0, parsed: 0, rejected: {}, slowestMs: 0, seed };
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const base = inputs[Math.floor(rand() * inputs.length)]!;
    const input = mutate(base, rand, inputs);
    const batch = rand() < 0.2;
    const t0 = performance.now();
    try {
      const r = batch ? parseXmlBatch(input) : parseXml(input);
      stats.parsed++;
      // whatever parses writes out, and what is written parses again
      const messages = 'messages' in r ? r.messages : [r.message];
      for (const m of messages) parseXml(toXml(m).output);
    } catch (err) {
      if (!(err instanceof LexCodecError) || !ERROR_CODES.has(err.code) || !err.position) {
        throw new Error(`fuzz seed ${seed}, run ${stats.runs}: unexpected ${err instanceof LexCodecError ? `code ${err.code}${err.position ? '' : ' without a position'}` : (err as Error)?.stack ?? String(err)}\ninput: ${JSON.stringify(input.slice(0, 2000))}`);
      }
      stats.rejected[err.code] = (stats.rejected[err.code] ?? 0) + 1;
    }
    const ms = performance.now() - t0;
    if (ms > stats.slowestMs) stats.slowestMs = ms;
    if (ms > 2000) throw new Error(`fuzz seed ${seed}, run ${stats.runs}: one input took ${ms.toFixed(0)} ms (${input.length} chars)`);
    stats.runs++;
  }
  return stats;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = Number(process.argv[2] ?? 30);
  const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : undefined;
  const stats = fuzz(seconds, seed);
  console.log(`xml fuzz: ${stats.runs} inputs in ${seconds} s (seed ${stats.seed}): ${stats.parsed} parsed, rejected ${JSON.stringify(stats.rejected)}, slowest ${stats.slowestMs.toFixed(1)} ms`);
}
