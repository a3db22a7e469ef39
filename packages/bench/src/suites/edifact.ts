// EDIFACT ORDERS (ALXLDE:D:96A:UN): parse (EDIFACT → LEX message objects, envelope checks, tolerated layouts
// and warnings included) and serialize (LEX → EDIFACT) of the two seed examples, of the seed minimal lead and
// the full lead as we write them, and of a generated interchange of 10,000 messages (one UNB, 10,000 UNH … UNT).
// Peer on the same bytes: the `edifact` npm Parser (encoding UNOC, no segment definitions), collecting every
// segment with its elements and components the way its README shows — a full parse into segments/elements,
// with no LEX mapping. Issue target: ours at least 3× faster. The library has no writer, so serialize is
// measured without a peer. The library's speed hangs on V8's allocation-site pretenuring (about six times slower
// with it, and whether it kicks in varies from run to run), so the harness also times it with pretenuring off, in a
// child process, and the target is judged by the lower ratio (harness.ts, "the peer without pretenuring").
import { readFileSync } from 'node:fs';
import { parseEdifact, parseEdifactInterchange, toEdifact, toEdifactInterchange } from '@lexstandard/edifact';
import { verdict, worstRatio, type Harness } from '../harness.js';
import { edifactParse as peerParse } from '../peers.js';

const root = new URL('../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

/** 10,000 distinct minimal leads (ids, names, years vary). */
function batchMessages(seed: any, n: number): any[] {
  const out: any[] = [];
  for (let i = 0; i < n; i++) {
    const m = structuredClone(seed);
    const hex = i.toString(16).padStart(12, '0');
    m.lex.header.messageId = `550e8400-e29b-41d4-a716-${hex}`;
    m.lex.payload.lead.leadId = `LEAD-2026-${String(i).padStart(6, '0')}`;
    m.lex.payload.lead.customer.firstName = ['Jane', 'John', 'Ana', 'Émile'][i % 4];
    m.lex.payload.lead.desiredProduct.year = 2020 + (i % 7);
    out.push(m);
  }
  return out;
}

export async function run(h: Harness): Promise<void> {
  const minimal = JSON.parse(read('conformance/examples/seed/minimal-lead.json'));
  const fullLead = JSON.parse(read('packages/schema/generated/examples/full-lead.json'));
  const messages = batchMessages(minimal, 10_000);
  const seedEdi = read('conformance/examples/seed/reference-lead.edi');
  const teaserEdi = read('conformance/examples/seed/home-page-lead.edi');
  const minimalEdi = toEdifact(minimal).output;
  const fullEdi = toEdifact(fullLead).output;
  const batchEdi = toEdifactInterchange(messages).output;
  // the seed's UNA (`UNA:*+,? '`, seven characters, '*' declared as element separator) makes the library
  // stop at once; the peer comparison runs on a copy with the standard UNA
  const seedStandardUna = seedEdi.replace(/^UNA[^\n]*\n/, "UNA:+.? '\n");

  h.section('EDIFACT ORDERS parse: EDIFACT → LEX message vs the `edifact` npm Parser on the same bytes (target: ratio ≥ 3.00×)');
  await h.compare(`seed reference-lead.edi as written: EDIFACT → LEX (${seedEdi.length} B; the library refuses its UNA)`, seedEdi.length, () => parseEdifact(seedEdi));
  const inputs: [string, string, (t: string) => unknown][] = [
    ['seed reference-lead, standard UNA', seedStandardUna, parseEdifact],
    ['seed home-page teaser', teaserEdi, parseEdifact],
    ['seed minimal lead (our output)', minimalEdi, parseEdifact],
    ['full lead (our output)', fullEdi, parseEdifact],
    ['10,000-message interchange', batchEdi, parseEdifactInterchange],
  ];
  for (const [name, text, parse] of inputs) {
    const c = await h.compare(`${name}: EDIFACT → LEX (${text.length} B)`, text.length, () => parse(text), { name: 'edifact Parser', fn: () => peerParse(text), id: 'edifact', text }, '≥ 3.00×');
    h.note(verdict(c, 3, 'EDIFACT → LEX, the edifact Parser'), { case: name, ratio: c.ratio, ratioNoPretenuring: c.ratioNoPretenuring, judged: worstRatio(c) });
  }

  h.section('EDIFACT ORDERS serialize: LEX message → EDIFACT (the `edifact` library has no writer: no peer)');
  const seedMessage = parseEdifact(seedEdi).message;
  const teaserMessage = parseEdifact(teaserEdi).message;
  const cases: [string, number, () => unknown][] = [
    ['seed reference lead (parsed)', toEdifact(seedMessage).output.length, () => toEdifact(seedMessage)],
    ['seed home-page teaser (parsed)', toEdifact(teaserMessage).output.length, () => toEdifact(teaserMessage)],
    ['seed minimal lead', minimalEdi.length, () => toEdifact(minimal)],
    ['full lead', fullEdi.length, () => toEdifact(fullLead)],
    ['10,000-message interchange', batchEdi.length, () => toEdifactInterchange(messages)],
  ];
  for (const [name, bytes, ours] of cases) await h.compare(`${name}: LEX → EDIFACT (${bytes} B out)`, bytes, ours);
}
