// Strict output: a UNA that matches, exact UNT and UNZ counts, the control reference in UNB and UNZ, the segment
// order of the generated table — and an independent EDIFACT library (npm `edifact`) reads our bytes into the
// same segments, elements and components as we do.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LexCodecError } from '@lexstandard/codec';
import { elementsOf, ORDERS, SegmentTokenizer, toEdifact, toEdifactInterchange, type RawSegment } from '../src/index.js';
import { richLead, seedJson } from './helpers.js';

const require = createRequire(import.meta.url);
const EdifactParser = require('edifact/parser.js');

/** The `edifact` library's tokenization: segment name → elements → components (README usage). */
function peerSegments(text: string): { name: string; elements: string[][] }[] {
  const parser = new EdifactParser();
  parser.encoding('UNOC');
  const out: { name: string; elements: string[][] }[] = [];
  let elements: string[][] = [];
  parser.onopensegment = (name: string) => out.push({ name, elements: (elements = []) });
  parser.onelement = () => elements.push([]);
  parser.oncomponent = (v: string) => elements[elements.length - 1]!.push(v);
  parser.write(text);
  parser.end();
  return out;
}

function ourSegments(text: string): { name: string; elements: string[][] }[] {
  const t = new SegmentTokenizer();
  const segs: RawSegment[] = [...t.push(text), ...t.end()];
  return segs.filter((s) => s.tag !== 'UNA').map((s) => ({ name: s.tag, elements: elementsOf(s, t.delimiters!).map((e) => (typeof e === 'string' ? [e] : e)) }));
}

const lines = (text: string) => text.split("'\n").filter((l) => l);

describe('strict output', () => {
  const minimal = seedJson('minimal-lead.json');

  it('writes the canonical interchange for the seed minimal lead', () => {
    const out = toEdifact(minimal, { newline: true, controlReference: '000000001' }).output;
    expect(out).toBe([
      "UNA:+.? '",
      'UNB+UNOC:3+DEALER-001+MANUFACTURER-ABC+260323:1430+000000001',
      'UNH+550e8400-e29b-41d4-a716-446655440000+ALXLDE:D:96A:UN',
      'BGM+350+LEAD-2026-001234+9',
      'DTM+137:20260323143000:204',
      'RFF+ST:EXPRESSED_INTEREST',
      'RFF+LS:RETAILER_WEBSITE',
      'NAD+BY+DEALER-001',
      'NAD+SH+MANUFACTURER-ABC',
      'NAD+DP+++Smith:Jane+123 Main Street+Springfield++62701+US',
      'CTA+OC',
      'COM+jane.smith@example.com:EM',
      'LIN+1++VC:2026:Toyota:Camry',
      'UNT+12+550e8400-e29b-41d4-a716-446655440000',
      'UNZ+1+000000001',
    ].map((l, i) => (i === 0 ? `${l}\n` : `${l}'\n`)).join(''));
  });

  it('without newline: one line, the UNA still first and matching what is used', () => {
    const out = toEdifact(minimal).output;
    expect(out.startsWith("UNA:+.? 'UNB+UNOC:3+")).toBe(true);
    expect(out).not.toContain('\n');
    expect(out.endsWith("'")).toBe(true);
  });

  it('UNT counts UNH..UNT exactly, UNZ counts the messages and repeats the control reference', () => {
    const messages = [minimal, richLead(), seedJson('home-page-lead.json')];
    const out = toEdifactInterchange(messages, { newline: true }).output;
    const segs = lines(out).slice(1); // after the UNA
    const unb = segs[0]!.split('+');
    const unz = segs[segs.length - 1]!.split('+');
    expect(unz).toEqual(['UNZ', '3', unb[5]]);
    expect(unb[5]).toBe('550E8400E29B41'); // default control reference: from the first messageId
    let open = -1;
    let count = 0;
    segs.forEach((s, i) => {
      if (s.startsWith('UNH+')) open = i;
      if (s.startsWith('UNT+')) {
        const [, n, ref] = s.split('+');
        expect(Number(n)).toBe(i - open + 1);
        expect(ref).toBe(segs[open]!.split('+')[1]);
        count++;
      }
    });
    expect(count).toBe(3);
  });

  it('writes the segments in the order of the generated table, lines numbered', () => {
    const out = toEdifact(richLead(), { newline: true }).output;
    const tags = lines(out).map((l) => l.slice(0, 3));
    expect(tags.slice(0, 4)).toEqual(['UNA', 'UNB', 'UNH', 'BGM']);
    expect(tags.slice(-2)).toEqual(['UNT', 'UNZ']);
    const body = lines(out).slice(3, -2);
    const order = body.map((l) => l.slice(0, 3));
    // message level first (BGM, DTM, RFF, NAD groups), then the LIN groups
    expect(order.indexOf('LIN')).toBeGreaterThan(order.lastIndexOf('NAD'));
    expect(order.lastIndexOf('DTM')).toBeLessThan(order.indexOf('RFF'));
    expect(body.filter((l) => l.startsWith('LIN+')).map((l) => l.split('+')[1])).toEqual(['1', '2']);
    expect(body.filter((l) => l.startsWith('LIN+')).map((l) => l.split('+')[3]!.split(':')[0])).toEqual(['VC', 'VT']);
    // COM sits in the NAD+DP group, after its CTA trigger
    const dp = body.findIndex((l) => l.startsWith('NAD+DP'));
    expect(body[dp + 1]!.startsWith('RFF+CT') || body[dp + 1]!.startsWith('CTA')).toBe(true);
    expect(body.findIndex((l) => l.startsWith('CTA+OC'))).toBeLessThan(body.findIndex((l) => l.startsWith('COM+')));
  });

  it('the table orders slots as D.96A ORDERS: BGM, DTM, RFF, NAD (CTA, COM), LIN (IMD, MEA, QTY, PRI, RFF)', () => {
    const top = ORDERS.slots.filter((s) => s.parent < 0).map((s) => s.tag);
    expect([...new Set(top)]).toEqual(['BGM', 'DTM', 'RFF', 'NAD', 'LIN']);
    const dp = ORDERS.slots.findIndex((s) => s.tag === 'NAD' && s.match[0]![2] === 'DP');
    const com = ORDERS.slots.findIndex((s) => s.tag === 'COM');
    expect(ORDERS.slots[ORDERS.slots[com]!.parent]!.tag).toBe('CTA');
    expect(ORDERS.slots[ORDERS.slots[com]!.parent]!.parent).toBe(dp);
  });

  it('rejects a control reference that UNB 0020 cannot hold', () => {
    for (const bad of ['', 'ABCDEFGHIJKLMNO', 'A+B', 'Ä']) {
      expect(() => toEdifact(minimal, { controlReference: bad })).toThrow(LexCodecError);
    }
    expect(() => toEdifact(null as any)).toThrow(LexCodecError);
    expect(() => toEdifactInterchange([])).toThrow(LexCodecError);
  });
});

describe('the npm `edifact` library reads our output', () => {
  const cases: [string, unknown][] = [
    ['seed minimal lead', seedJson('minimal-lead.json')],
    ['rich lead with + : \' ? and accented letters', (() => {
      const m = richLead();
      m.lex.payload.lead.desiredProduct.make = 'Skoda';
      m.lex.payload.lead.leadId = "L+1:2'3?4";
      return m;
    })()],
  ];
  for (const [name, message] of cases) {
    it(`${name}: the same segments, elements and components`, () => {
      for (const newline of [false, true]) {
        const out = toEdifact(message as any, { newline }).output;
        const theirs = peerSegments(out);
        expect(theirs.length).toBeGreaterThan(10);
        expect(theirs).toEqual(ourSegments(out));
      }
    });
  }

  it('a 200-message interchange', () => {
    const messages = Array.from({ length: 200 }, (_, i) => {
      const m = richLead();
      m.lex.payload.lead.desiredProduct.make = 'Skoda';
      m.lex.payload.lead.leadId = `LEAD-${i}`;
      return m;
    });
    const out = toEdifactInterchange(messages).output;
    expect(peerSegments(out)).toEqual(ourSegments(out));
  });
});
