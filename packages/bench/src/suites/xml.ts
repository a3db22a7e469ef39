// XML-EDI: parse (XML → LEX message) and serialize (LEX → XML) of the seed minimal lead, of a full lead using
// every block, and of a 10,000-document batch (one <lexBatch> wrapping 10,000 <lex> documents, ≈ 9 MB).
// Peers on the same bytes: saxes tokenizing (events only, no object built) — issue target: our full XML → LEX
// conversion at least as fast — and fast-xml-parser building its generic object tree.
import { readFileSync } from 'node:fs';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { parseXml, parseXmlBatch, toXml, toXmlBatch } from '@lexstandard/xml';
import { verdict, worstRatio, type Harness } from '../harness.js';
import { saxesTokenize } from '../peers.js';

const root = new URL('../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
/** Inputs as they arrive from a file or socket: one flat string (not the rope that concatenation builds). */
const flat = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

/** 10,000 distinct minimal leads (ids, names and years vary). */
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
  const fxp = new XMLParser({ ignoreAttributes: false, parseTagValue: true });
  const builder = new XMLBuilder({ ignoreAttributes: false });

  const seedXml = read('conformance/examples/seed/minimal-lead.xml');
  const fullLead = JSON.parse(read('packages/schema/generated/examples/full-lead.json'));
  const fullXml = flat(toXml(fullLead).output);
  const messages = batchMessages(JSON.parse(read('conformance/examples/seed/minimal-lead.json')), 10_000);
  const batchXml = flat(toXmlBatch(messages).output);
  const inputs: [string, string, (t: string) => unknown][] = [
    ['seed minimal lead', seedXml, parseXml],
    ['full lead (every block)', fullXml, parseXml],
    ['10,000-document <lexBatch>', batchXml, parseXmlBatch],
  ];

  h.section('XML-EDI parse: XML → LEX message vs saxes tokenizing the same bytes (target: ratio ≥ 1.00×)');
  for (const [name, text, parse] of inputs) {
    const c = await h.compare(`${name}: XML → LEX (${text.length} B)`, text.length, () => parse(text), { name: 'saxes (tokenize)', fn: () => saxesTokenize(text), id: 'saxes', text }, '≥ 1.00×');
    h.note(verdict(c, 1, 'XML → LEX, saxes'), { case: name, ratio: c.ratio, ratioNoPretenuring: c.ratioNoPretenuring, judged: worstRatio(c) });
  }
  h.section('XML-EDI parse vs fast-xml-parser (generic object tree, same bytes)');
  for (const [name, text, parse] of inputs) {
    await h.compare(`${name}: XML → LEX (${text.length} B)`, text.length, () => parse(text), { name: 'fast-xml-parser', fn: () => fxp.parse(text) });
  }

  h.section('XML-EDI serialize: LEX message → XML vs fast-xml-parser XMLBuilder on its own tree of the same document');
  const seedMessage = JSON.parse(read('conformance/examples/seed/minimal-lead.json'));
  const cases: [string, number, () => unknown, unknown][] = [
    ['seed minimal lead', seedXml.length, () => toXml(seedMessage), fxp.parse(seedXml)],
    ['full lead (every block)', fullXml.length, () => toXml(fullLead), fxp.parse(fullXml)],
    ['10,000-document <lexBatch>', batchXml.length, () => toXmlBatch(messages), fxp.parse(batchXml)],
  ];
  for (const [name, bytes, ours, tree] of cases) {
    await h.compare(`${name}: LEX → XML (${bytes} B out)`, bytes, ours, { name: 'XMLBuilder', fn: () => builder.build(tree) });
  }
}
