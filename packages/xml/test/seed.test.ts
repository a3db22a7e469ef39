// The seed examples (normative) and the reference examples (informative) read as written.
import { describe, expect, it } from 'vitest';
import { parseXml, toXml } from '../src/index.js';
import { read, readJson, referenceExamples } from './helpers.js';

describe('seed minimal lead (EDI reference, XML-EDI example)', () => {
  it('parses to exactly the JSON of the seed JSON-EDI example, without warnings', () => {
    const { message, warnings } = parseXml(read('conformance/examples/seed/minimal-lead.xml'));
    expect(message).toStrictEqual(readJson('conformance/examples/seed/minimal-lead.json'));
    expect(warnings).toEqual([]);
  });

  it('is what toXml writes for the seed JSON, up to whitespace between elements', () => {
    const ours = toXml(readJson('conformance/examples/seed/minimal-lead.json')).output;
    const strip = (x: string) => x.replace(/>\s+</g, '><').trim();
    expect(strip(ours)).toBe(strip(read('conformance/examples/seed/minimal-lead.xml')));
  });
});

describe('seed home page teaser', () => {
  const text = read('conformance/examples/seed/home-page-lead.xml');

  it('parses with the data it carries', () => {
    const { message } = parseXml(text);
    const json = readJson('conformance/examples/seed/home-page-lead.json');
    // the XML teaser carries the envelope, the lead id and the status (its JSON sibling also has a customer)
    expect(message.lex.version).toBe(json.lex.version);
    expect(message.lex.header).toStrictEqual(json.lex.header);
    expect(message.lex.payload).toStrictEqual({ lead: { leadId: json.lex.payload.lead.leadId, status: json.lex.payload.lead.status } });
  });

  it('warns once per lowerCamel element name and for the missing namespace, with positions', () => {
    const { warnings } = parseXml(text);
    const ns = warnings.filter((w) => w.code === 'XML_NAMESPACE_MISSING');
    expect(ns).toHaveLength(1);
    expect(ns[0]!.position).toMatchObject({ line: 2, column: 1 });
    const cased = warnings.filter((w) => w.code === 'XML_ELEMENT_NAME_CASE');
    const names = cased.map((w) => /<(\w+)>/.exec(w.message)![1]);
    expect(names).toEqual(['header', 'messageId', 'messageType', 'timestamp', 'senderId', 'receiverId', 'payload', 'lead', 'leadId', 'status']);
    expect(cased[1]!.position).toMatchObject({ line: 4, column: 1 });
    // the teaser carries no source, customer or product, which LEX requires of a lead: reported once each, at <lead>
    const lacking = warnings.filter((w) => w.code === 'XML_REQUIRED_FIELD_MISSING');
    expect(lacking.map((w) => w.path)).toEqual(['/lex/payload/lead/source', '/lex/payload/lead/customer', '/lex/payload/lead/desiredProduct']);
    expect(lacking.every((w) => w.position?.line === lacking[0]!.position?.line && w.position?.column === 1)).toBe(true);
    expect(warnings.every((w) => ['XML_NAMESPACE_MISSING', 'XML_ELEMENT_NAME_CASE', 'XML_REQUIRED_FIELD_MISSING'].includes(w.code))).toBe(true);
  });
});

describe('reference examples (/work/shared/reference/examples/*/xml)', () => {
  const examples = referenceExamples();
  it.skipIf(examples.length === 0)('parse without throwing and keep their envelope and lead identity', () => {
    for (const [name, text] of examples) {
      const { message, warnings } = parseXml(text);
      const lex = message.lex as any;
      expect(lex.header.messageType, name).toBe('LEAD');
      expect(typeof lex.header.messageId, name).toBe('string');
      expect(typeof lex.payload.lead.leadId, name).toBe('string');
      expect(typeof lex.payload.lead.status, name).toBe('string');
      // everything left out is named, with its place
      for (const w of warnings.filter((w) => w.code === 'UNKNOWN_ELEMENT')) {
        expect(w.position?.line, name).toBeGreaterThan(0);
        expect(w.position?.column, name).toBeGreaterThan(0);
        expect(w.message).toMatch(/^\/\S+ is not part of LEX XML-EDI/);
      }
    }
  });

  it.skipIf(examples.length === 0)('read the automotive example’s typed values and repeated options', () => {
    const [, text] = examples.find(([n]) => n.startsWith('automotive/'))!;
    const { message, warnings } = parseXml(text);
    const lead = (message.lex.payload as any).lead;
    expect(lead.desiredProduct.year).toBe(2026);
    expect(lead.tradeIn.mileage).toBe(42000);
    expect(lead.desiredProduct.installedOptions.map((o: any) => o.partNumber)).toEqual(['BMW-M-41-OPT-2CS', 'BMW-M-41-OPT-CEP', 'BMW-HK-OPT-688']);
    expect(warnings.map((w) => w.code)).toContain('XML_ARRAY_WRAPPER');
    const unknown = warnings.find((w) => w.code === 'UNKNOWN_ELEMENT' && w.message.includes('/sourceDetail'))!;
    expect(unknown.path).toBe('/lex/payload/lead');
    expect(unknown.position).toMatchObject({ line: 28, column: 7 });
  });
});
