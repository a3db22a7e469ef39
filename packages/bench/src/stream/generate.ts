// Large X12 and EDIFACT interchanges for the streaming bench, written to a file as they are generated (never held
// whole). The transactions come from a pool of 512 realistic leads — the seed reference lead, the seed minimal lead
// and the full generated lead, with names, e-mail, phone, address, product, year and ids varied by a seeded
// generator — serialized once by the codecs; each transaction written gets its own message id and control number.
import { createWriteStream, readFileSync } from 'node:fs';
import { parseX12, toEdifact, toX12 } from '@lexstandard/core';
import { seededRandom } from '@lexstandard/codec/random';

const root = new URL('../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');


const FIRST = ['Jane', 'John', 'Ana', 'Émile', 'Zoë', 'Łukasz', 'Mei', 'Olu', 'Priya', 'Sven', 'Aisha', 'Diego'];
const LAST = ['Smith', 'Okafor', 'García', 'Müller', 'Nakamura', 'Novák', 'Johansson', 'Rossi', 'Kowalski', 'Haddad'];
const CITIES: [string, string, string][] = [['Springfield', 'IL', '62701'], ['Austin', 'TX', '73301'], ['Portland', 'OR', '97201'], ['Miami', 'FL', '33101'], ['Denver', 'CO', '80201'], ['Boston', 'MA', '02108']];
const PRODUCTS: [string, string][] = [['Toyota', 'Camry'], ['Ford', 'F-150'], ['Cessna', '172 Skyhawk'], ['Sea Ray', 'SLX 260'], ['Caterpillar', '320 GC'], ['Honda', 'Civic'], ['Tesla', 'Model Y'], ['John Deere', '8R 410']];

type Msg = any;

/** 512 varied leads from the three bases. */
function pool(): Msg[] {
  const reference = parseX12(read('conformance/examples/seed/reference-lead.x12')).message;
  const minimal = JSON.parse(read('conformance/examples/seed/minimal-lead.json'));
  const full = JSON.parse(read('packages/schema/generated/examples/full-lead.json'));
  const bases = [reference, reference, minimal, reference, full, minimal, reference, full];
  const rnd = seededRandom(20260323);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Msg[] = [];
  for (let i = 0; i < 512; i++) {
    const m = structuredClone(bases[i % bases.length]);
    const lead = m.lex.payload.lead;
    m.lex.header.messageId = `550e8400-e29b-41d4-a716-${i.toString(16).padStart(12, '0')}`;
    if (lead.leadId) lead.leadId = `LEAD-2026-${String(100000 + i)}`;
    const c = lead.customer;
    if (c) {
      const first = pick(FIRST), last = pick(LAST);
      c.firstName = first;
      c.lastName = last;
      if ('email' in c) c.email = `${first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${i}@example.com`;
      if ('phone' in c) c.phone = `+1312555${String(1000 + Math.floor(rnd() * 9000))}`;
      if (c.address) {
        const [city, state, zip] = pick(CITIES);
        c.address.street1 = `${1 + Math.floor(rnd() * 9999)} ${pick(['Main', 'Oak', 'Harbor', 'Airport', 'Mill'])} ${pick(['Street', 'Avenue', 'Road'])}`;
        c.address.city = city;
        if ('state' in c.address) c.address.state = state;
        c.address.postalCode = zip;
      }
    }
    const p = lead.desiredProduct;
    if (p) {
      const [make, model] = pick(PRODUCTS);
      p.make = make;
      p.model = model;
      if ('year' in p) p.year = 2015 + Math.floor(rnd() * 12);
    }
    out.push(m);
  }
  return out;
}

const uuid = (n: number) => `7c9e6679-7425-40de-944b-${n.toString(16).padStart(12, '0')}`;

/** Writes text in large pieces, waiting for the file to drain. */
function writer(file: string) {
  const out = createWriteStream(file, { highWaterMark: 1 << 22 });
  let buf = '';
  /** bytes put so far (written or buffered), counted piece by piece */
  let bytes = 0;
  return {
    async put(s: string) {
      buf += s;
      bytes += Buffer.byteLength(s);
      if (buf.length >= 1 << 22) await this.flush();
    },
    async flush() {
      if (!buf) return;
      const ok = out.write(buf);
      buf = '';
      if (!ok) await new Promise<void>((r) => out.once('drain', () => r()));
    },
    get bytes() { return bytes; },
    async close() {
      await this.flush();
      await new Promise<void>((r) => out.end(() => r()));
      return bytes;
    },
  };
}

/** An X12 interchange of about `target` bytes: one ISA, GS groups of 5,000 transactions. */
export async function generateX12(file: string, target: number): Promise<{ bytes: number; messages: number }> {
  const bodies = pool().map((m) => {
    const segs = toX12(m, { controlNumber: 1 }).output.split('~\n').filter(Boolean);
    const st = segs.findIndex((s) => s.startsWith('ST*'));
    const se = segs.findIndex((s) => s.startsWith('SE*'));
    return { isa: segs[0]!, gs: segs[1]!, body: segs.slice(st + 1, se) };
  });
  const w = writer(file);
  await w.put(bodies[0]!.isa + '~\n');
  const GROUP = 5000;
  let n = 0;
  let groups = 0;
  const trailer = 40;
  while (w.bytes + trailer < target) {
    groups++;
    await w.put(bodies[0]!.gs.replace(/\*1\*X\*005010$/, `*${groups}*X*005010`) + '~\n');
    let sets = 0;
    while (sets < GROUP && w.bytes + trailer < target) {
      const { body } = bodies[n % bodies.length]!;
      const st02 = String(++sets).padStart(4, '0');
      let text = `ST*850*${st02}*ALX001~\n`;
      for (const s of body) text += (s.startsWith('REF*TN*') ? `REF*TN*${uuid(n)}` : s) + '~\n';
      text += `SE*${body.length + 2}*${st02}~\n`;
      await w.put(text);
      n++;
    }
    await w.put(`GE*${sets}*${groups}~\n`);
  }
  await w.put(`IEA*${groups}*000000001~\n`);
  return { bytes: await w.close(), messages: n };
}

/** An EDIFACT interchange of about `target` bytes: one UNB, many UNH … UNT, UNZ with the count. */
export async function generateEdifact(file: string, target: number): Promise<{ bytes: number; messages: number }> {
  const bodies = pool().map((m) => {
    const out = toEdifact(m).output;
    const segs = out.replace(/^UNA.{6}/, '').split("'").filter((s) => s.trim() !== '').map((s) => s.replace(/^\n/, ''));
    const unh = segs.findIndex((s) => s.startsWith('UNH+'));
    const unt = segs.findIndex((s) => s.startsWith('UNT+'));
    return { una: out.slice(0, 9), unb: segs[0]!, unhTail: segs[unh]!.slice(segs[unh]!.indexOf('+', 4)), body: segs.slice(unh + 1, unt) };
  });
  const w = writer(file);
  const first = bodies[0]!;
  const ref = 'LEXBENCH0001';
  await w.put(first.una + first.unb.replace(/\+[^+]*$/, `+${ref}`) + "'");
  let n = 0;
  const trailer = 40;
  while (w.bytes + trailer < target) {
    const { body, unhTail } = bodies[n % bodies.length]!;
    const id = uuid(n);
    let text = `UNH+${id}${unhTail}'`;
    for (const s of body) text += s + "'";
    text += `UNT+${body.length + 2}+${id}'`;
    await w.put(text);
    n++;
  }
  await w.put(`UNZ+${n}+${ref}'`);
  return { bytes: await w.close(), messages: n };
}
