// Inputs for the streaming tests: varied leads, X12 interchanges with several GS groups, NDJSON, XML batches,
// and a generator of large X12 interchanges that never holds more than one transaction.
import { readFileSync } from 'node:fs';
import type { LexMessage } from '../src/index.js';
import { toX12Interchange } from '@lexstandard/x12';

const SEED = JSON.parse(readFileSync(new URL('../../../conformance/examples/seed/minimal-lead.json', import.meta.url), 'utf8')) as LexMessage;

const FIRST = ['Jane', 'John', 'Ana', 'Émile', 'Zoë', 'Łukasz', 'Mei', 'Olu'];
const LAST = ['Smith', 'Okafor', 'García', 'Müller', 'Nakamura', 'Novák'];
const MAKES: [string, string][] = [['Toyota', 'Camry'], ['Ford', 'F-150'], ['Cessna', '172'], ['Sea Ray', 'SLX 260'], ['Caterpillar', '320'], ['Honda', 'Civic']];

/** Lead n: a distinct, valid message (ids, names, product, year vary). */
export function lead(n: number): LexMessage {
  const m = structuredClone(SEED) as any;
  m.lex.header.messageId = `550e8400-e29b-41d4-a716-${n.toString(16).padStart(12, '0')}`;
  const l = m.lex.payload.lead;
  l.leadId = `LEAD-2026-${String(n).padStart(6, '0')}`;
  l.customer.firstName = FIRST[n % FIRST.length];
  l.customer.lastName = LAST[n % LAST.length];
  l.customer.email = `customer${n}@example.com`;
  const [make, model] = MAKES[n % MAKES.length]!;
  l.desiredProduct.make = make;
  l.desiredProduct.model = model;
  l.desiredProduct.year = 2018 + (n % 9);
  return m as LexMessage;
}

export const leads = (from: number, count: number) => Array.from({ length: count }, (_, i) => lead(from + i));

/**
 * One ISA holding several GS groups (group g gets control number g + 1), each with the transactions of its
 * messages: the GS … GE of toX12Interchange for each group, under one ISA/IEA.
 */
export function x12Groups(groups: LexMessage[][]): string {
  const outs = groups.map((g, i) => toX12Interchange(g, { controlNumber: i + 1 }).output.split('~\n').filter(Boolean));
  const isa = outs[0]![0]!.replace(/\*\d{9}\*0\*P\*/, '*000000077*0*P*');
  const body: string[] = [];
  for (const segs of outs) body.push(...segs.slice(1, -1));
  return [isa, ...body, `IEA*${groups.length}*000000077`].map((s) => s + '~\n').join('');
}

/** Replaces the BEG of transaction `st02` of group `gs06` with a segment whose tag is not valid X12. */
export function breakBeg(x12: string, gs06: string, st02: string): string {
  const g = x12.lastIndexOf('GS*', x12.indexOf(`*${gs06}*X*005010~`));
  const st = x12.indexOf(`ST*850*${st02}*`, g);
  const beg = x12.indexOf('BEG*', st);
  return x12.slice(0, beg) + 'b3g*' + x12.slice(beg + 4);
}

/** Splits text into pieces of n characters. */
export function pieces(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}

/** Splits bytes into pieces of n bytes (so multi-byte characters are cut). */
export function bytePieces(text: string, n: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += n) out.push(bytes.subarray(i, i + n));
  return out;
}

/**
 * A large X12 interchange, generated transaction by transaction in chunks of about `chunk` characters, never
 * held whole: one ISA/GS, `count` transactions of varied leads, GE/IEA. Yields the text in order.
 */
export function* bigX12(count: number, chunk = 1 << 20): Generator<string> {
  const template = toX12Interchange([lead(0)], { controlNumber: 1 }).output.split('~\n').filter(Boolean);
  const isa = template[0]!, gs = template[1]!;
  const st = template.indexOf(template.find((s) => s.startsWith('ST*'))!);
  const se = template.findIndex((s) => s.startsWith('SE*'));
  const body = template.slice(st + 1, se);
  let buf = isa + '~\n' + gs + '~\n';
  for (let i = 0; i < count; i++) {
    const st02 = String(i + 1).padStart(4, '0');
    const first = FIRST[i % FIRST.length]!, last = LAST[i % LAST.length]!;
    const [make, model] = MAKES[i % MAKES.length]!;
    const seg = body.map((s) =>
      s.startsWith('REF*TN*') ? `REF*TN*550e8400-e29b-41d4-a716-${i.toString(16).padStart(12, '0')}`
        : s.startsWith('BEG*') ? s.replace(/LEAD-\d{4}-\d+/, `LEAD-2026-${String(i).padStart(6, '0')}`)
          : s.startsWith('NM1*IL*') ? `NM1*IL*1*${last}*${first}`
            : s.startsWith('PER*') ? s.replace(/[^*]+@[^*]+/, `customer${i}@example.com`)
              : s.startsWith('IT1*') ? s.replace(/\*\d{4}\*[^*]+\*[^*~]+$/, `*${2018 + (i % 9)}*${make}*${model}`)
                : s);
    buf += `ST*850*${st02}*ALX001~\n` + seg.map((s) => s + '~\n').join('') + `SE*${seg.length + 2}*${st02}~\n`;
    if (buf.length >= chunk) {
      yield buf;
      buf = '';
    }
  }
  yield buf + `GE*${count}*1~\nIEA*1*000000001~\n`;
}
