// JSON → EDIFACT → JSON keeps every field the format carries, identical; every field it cannot carry is named
// by a FIELD_NOT_CARRIED warning with its JSON Pointer — exactly those, no more.
import { describe, expect, it } from 'vitest';
import { validate } from '@lexstandard/validator';
import { parseEdifact, parseEdifactInterchange, toEdifact, toEdifactInterchange } from '../src/index.js';
import { carried, clone, repo, richLead, seedJson, withoutVersion } from './helpers.js';
import { readFileSync } from 'node:fs';

const fullLead = JSON.parse(readFileSync(`${repo}packages/schema/generated/examples/full-lead.json`, 'utf8'));

const pointers = (ws: { code: string; path?: string }[]) => ws.filter((w) => w.code === 'FIELD_NOT_CARRIED').map((w) => w.path).sort();

describe('JSON → EDIFACT → JSON', () => {
  it('the seed minimal lead comes back identical (the version is implied by ALXLDE)', () => {
    const minimal = seedJson('minimal-lead.json');
    const out = toEdifact(minimal);
    expect(out.warnings).toEqual([]);
    const back = parseEdifact(out.output);
    expect(back.warnings).toEqual([]);
    expect(back.message).toEqual(minimal);
    expect(JSON.stringify(back.message)).toBe(JSON.stringify(minimal)); // members in schema order too
  });

  it('the home-page lead comes back identical', () => {
    const teaser = seedJson('home-page-lead.json');
    const back = parseEdifact(toEdifact(teaser).output);
    expect(back.message).toEqual(teaser);
  });

  it('a rich lead keeps every carried field and names exactly the uncarried ones', () => {
    const m = richLead();
    const out = toEdifact(m);
    expect(pointers(out.warnings)).toEqual([
      '/lex/header/ttl',
      '/lex/payload/lead/customer/dateOfBirth',
      '/lex/payload/lead/customer/fleetBuyer/unitsToOrder',
      '/lex/payload/lead/desiredProduct/condition',
      '/lex/payload/lead/desiredProduct/installedOptions/0/source',
      '/lex/payload/lead/financing/interestedInFinancing',
      '/lex/payload/lead/metadata/customFields/other',
      '/lex/payload/lead/metadata/priority',
      '/lex/payload/lead/tradeIn/condition',
    ]);
    // Š (Škoda) is outside ISO 8859-1: written, and reported
    expect(out.warnings.filter((w) => w.code !== 'FIELD_NOT_CARRIED').map((w) => [w.code, w.path])).toEqual([['EDIFACT_CHARACTER_SET', '/lex/payload/lead/desiredProduct/make']]);
    const back = parseEdifact(out.output);
    expect(back.warnings).toEqual([]);
    expect(withoutVersion(back.message)).toEqual(carried(m, out.warnings));
  });

  it('values holding + : \' ? and non-ASCII letters are released on output and restored on input', () => {
    const m = richLead();
    m.lex.payload.lead.leadId = "L+1:2'3?4";
    m.lex.payload.lead.customer.address.street1 = "Rue d'Aïre + Co: ?? ''";
    const out = toEdifact(m);
    expect(out.output).toContain("BGM+350+L?+1?:2?'3??4+9'");
    expect(out.output).toContain("Rue d?'Aïre ?+ Co?: ???? ?'?'");
    expect(out.output).toContain('Zoë');
    const back = parseEdifact(out.output);
    expect((back.message.lex as any).payload.lead.leadId).toBe("L+1:2'3?4");
    expect(withoutVersion(back.message)).toEqual(carried(m, out.warnings));
  });

  it('the full example lead (schema examples) keeps what EDIFACT carries', () => {
    const out = toEdifact(fullLead);
    const back = parseEdifact(out.output);
    expect(back.warnings).toEqual([]);
    expect(withoutVersion(back.message)).toEqual(carried(fullLead, out.warnings));
  });

  it('a valid message stays valid after the round trip when everything it holds is carried', () => {
    const minimal = seedJson('minimal-lead.json');
    const back = parseEdifact(toEdifact(minimal).output).message;
    expect(validate(back, { level: 'L1', now: minimal.lex.header.timestamp }).errors).toEqual([]);
  });

  it('an interchange of several messages comes back message by message, with their references', () => {
    const a = seedJson('minimal-lead.json');
    const b = richLead();
    const c = clone(a);
    c.lex.header.messageId = '9b2f5a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const out = toEdifactInterchange([a, b, c], { controlReference: 'IC42' });
    const r = parseEdifactInterchange(out.output);
    expect(r.warnings).toEqual([]);
    expect(r.controlReference).toBe('IC42');
    expect(r.sender).toBe('DEALER-001');
    expect(r.messages.map((m) => m.reference)).toEqual([a.lex.header.messageId, b.lex.header.messageId, c.lex.header.messageId]);
    expect(r.messages.map((m) => m.warnings)).toEqual([[], [], []]);
    expect(r.messages[0]!.message).toEqual(a);
    expect(withoutVersion(r.messages[1]!.message)).toEqual(carried(b, toEdifact(b).warnings));
    expect(r.messages[2]!.message).toEqual(c);
    // each message's FIELD_NOT_CARRIED warnings say which message they are about
    expect(out.warnings.filter((w) => w.path === '/lex/header/ttl')[0]!.message).toMatch(/^message 2: /);
  });
});

describe('what the writer reports', () => {
  it('a fraction of a second is not carried (EDIFACT_PRECISION_LOST)', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.header.timestamp = '2026-03-23T14:30:00.250Z';
    const out = toEdifact(m);
    expect(out.warnings.map((w) => [w.code, w.path])).toContainEqual(['EDIFACT_PRECISION_LOST', '/lex/header/timestamp']);
    expect((parseEdifact(out.output).message.lex as any).header.timestamp).toBe('2026-03-23T14:30:00Z');
  });

  it('characters outside ISO 8859-1 are written with an EDIFACT_CHARACTER_SET warning', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.payload.lead.customer.lastName = '王';
    const out = toEdifact(m);
    expect(out.warnings.map((w) => [w.code, w.path])).toContainEqual(['EDIFACT_CHARACTER_SET', '/lex/payload/lead/customer/lastName']);
    expect((parseEdifact(out.output).message.lex as any).payload.lead.customer.lastName).toBe('王');
  });

  it('lone surrogates are left out like control characters (UTF-8 output would make U+FFFD of them); U+FFFD itself is a character', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.payload.lead.customer.lastName = 'Sm\ufffdi\ud800th\udc00 😀';
    const out = toEdifact(m);
    const w = out.warnings.find((x) => x.path === '/lex/payload/lead/customer/lastName')!;
    expect([w.code, w.message]).toEqual(['EDIFACT_CHARACTER_SET', '/lex/payload/lead/customer/lastName holds control characters or lone surrogates, which EDIFACT text cannot carry: they are left out']);
    expect(out.output).toContain("NAD+DP+++Sm\ufffdith 😀:Jane+");
    expect((parseEdifact(Buffer.from(out.output, 'utf8').toString('utf8')).message.lex as any).payload.lead.customer.lastName).toBe('Sm\ufffdith 😀');
  });

  it('a leap second ends a UTC day only: 235960 is read, 143060 is EDIFACT_INVALID_VALUE as the validator has it', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.header.timestamp = '2026-12-31T23:59:60Z';
    const back = parseEdifact(toEdifact(m).output);
    expect(back.warnings).toEqual([]);
    expect((back.message.lex as any).header.timestamp).toBe('2026-12-31T23:59:60Z');
    m.lex.header.timestamp = '2026-03-23T14:30:60Z';
    expect(parseEdifact(toEdifact(m).output).warnings.map((w) => w.code)).toContain('EDIFACT_INVALID_VALUE');
  });

  it('an empty segment after the UNZ is reported by parseEdifact as by the stream reader (it was dropped unsaid)', () => {
    const text = toEdifact(seedJson('minimal-lead.json')).output + "'";
    expect(parseEdifact(text).warnings.map((w) => w.code)).toEqual(['EDIFACT_EMPTY_SEGMENT']);
  });

  it('a value of the wrong type is left out with EDIFACT_VALUE_NOT_WRITTEN', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.payload.lead.desiredProduct.year = '2026';
    const out = toEdifact(m);
    expect(out.warnings.map((w) => [w.code, w.path])).toContainEqual(['EDIFACT_VALUE_NOT_WRITTEN', '/lex/payload/lead/desiredProduct/year']);
    expect(out.output).toContain('LIN+1++VC::Toyota:Camry');
  });

  it('a coded value that is neither a LEX value nor a code is written as it is, with EDIFACT_CODE_UNKNOWN (a reader would change it)', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.header.messageType = 'FOO';
    const out = toEdifact(m);
    expect(out.warnings.map((w) => [w.code, w.path])).toContainEqual(['EDIFACT_CODE_UNKNOWN', '/lex/header/messageType']);
    expect(out.output).toContain("BGM+FOO+LEAD-2026-001234+9'");
    // what the warning foretells: the reader takes it for the one code it knows
    expect((parseEdifact(out.output).message.lex as any).header.messageType).toBe('LEAD');
    // LEX values without a code of their own are written as they are and read back, without the warning
    for (const type of ['LEAD', 'ASSET']) {
      m.lex.header.messageType = type;
      expect(toEdifact(m).warnings.map((w) => w.code)).not.toContain('EDIFACT_CODE_UNKNOWN');
    }
  });

  it('a changed lex.version is reported (ALXLDE implies 1.0.0, which comes back on input)', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.version = '1.1.0';
    expect(pointers(toEdifact(m).warnings)).toEqual(['/lex/version']);
    expect(parseEdifact(toEdifact(m).output).message.lex.version).toBe('1.0.0');
  });

  it('a message that is not a LEAD: the payload is reported as not carried', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.header.messageType = 'ASSET';
    m.lex.payload = { asset: { assetId: 'A-1' } };
    const out = toEdifact(m);
    expect(pointers(out.warnings)).toEqual(['/lex/payload/asset']);
    expect(out.output).toContain('BGM+ASSET');
    expect((parseEdifact(out.output).message.lex as any).header.messageType).toBe('ASSET');
  });
});
