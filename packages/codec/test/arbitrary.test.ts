import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '@lexstandard/validator';
import { lexMessageArbitrary } from '../src/arbitrary.js';
import { COVERAGE, missingRequired, notCarried } from '../src/index.js';

describe('lexMessageArbitrary', () => {
  it('draws LEAD messages that pass the canonical schema', () => {
    fc.assert(
      fc.property(lexMessageArbitrary(), (m) => {
        const r = validate(m, { level: 'L1', now: m.lex.header.timestamp });
        expect(r.errors).toEqual([]);
        expect(m.lex.header.messageType).toBe('LEAD');
      }),
      { numRuns: 50 },
    );
  });
  it('covers optional blocks', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(lexMessageArbitrary(), (m) => { Object.keys((m.lex.payload as any).lead).forEach((k) => seen.add(k)); }), { numRuns: 60 });
    for (const block of ['tradeIn', 'financing', 'metadata', 'aviationLead', 'realEstateLead']) expect(seen).toContain(block);
  });
});

describe('notCarried', () => {
  it('names the uncarried fields by JSON Pointer and not the carried ones', () => {
    const m = { lex: { version: '1.0.0', header: { messageId: 'x', messageType: 'LEAD', timestamp: 't', senderId: 'a', receiverId: 'b' }, payload: { lead: { leadId: 'L', customer: { firstName: 'J', dateOfBirth: '1990-01-01' }, metadata: { customFields: { salesRepId: 'SR', other: 'x' } } } } } };
    const paths = notCarried(m, 'x12').map((w) => w.path);
    expect(paths).toContain('/lex/version');
    expect(paths).toContain('/lex/payload/lead/customer/dateOfBirth');
    expect(paths).toContain('/lex/payload/lead/metadata/customFields/other');
    expect(paths).not.toContain('/lex/payload/lead/metadata/customFields/salesRepId');
    expect(paths).not.toContain('/lex/payload/lead/leadId');
    expect(notCarried(m, 'xml')).toEqual([]);
  });
  it('reports a member LEX does not define', () => {
    const m = { lex: { header: { messageId: 'x', bogus: 1 } } };
    expect(notCarried(m, 'xml').map((w) => w.path)).toEqual(['/lex/header/bogus']);
  });
});

describe('notCarried on arrays', () => {
  it('array items are carried when their array is, and their uncarried members are named', () => {
    const m = { lex: { payload: { lead: { desiredProduct: { desiredFeatures: ['HYBRID'], installedOptions: [{ name: 'Mats', partNumber: 'P-1' }] } } } } };
    const paths = notCarried(m, 'x12').map((w) => w.path);
    expect(paths).toEqual(['/lex/payload/lead/desiredProduct/installedOptions/0/partNumber']);
  });
  it('every message type can be drawn', () => {
    for (const messageType of ['LEAD', 'ASSET', 'ACKNOWLEDGMENT', 'SUBSCRIPTION', 'LEAD_CLOSURE'] as const) {
      fc.assert(fc.property(lexMessageArbitrary({ messageType }), (m) => m.lex.header.messageType === messageType), { numRuns: 5 });
    }
  });
});

describe('missingRequired', () => {
  /** every [parent, key] of an object member in the message (array items excluded: removing one shifts indexes) */
  const members = (v: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] => {
    if (Array.isArray(v)) for (const x of v) members(x, out);
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) { out.push([v as Record<string, unknown>, k]); members((v as Record<string, unknown>)[k], out); }
    return out;
  };
  it('finds nothing in valid messages', () => {
    fc.assert(fc.property(lexMessageArbitrary(), (m) => { expect(missingRequired(m)).toEqual([]); }), { numRuns: 50 });
  });
  it('names exactly the required fields the validator finds missing, after any one member is removed', () => {
    fc.assert(
      fc.property(lexMessageArbitrary(), fc.nat(), (m, pick) => {
        const now = m.lex.header.timestamp;
        const all = members(m.lex);
        const [holder, key] = all[pick % all.length]!;
        delete holder[key];
        const r = validate(m, { level: 'L1', now });
        // (the validator also names a field of an either-or requirement, an e-mail or a phone: not required as such)
        const template = (p: string) => p.replace(/\/\d+(?=\/|$)/g, '/*');
        const byValidator = r.errors.filter((e) => e.code === 'REQUIRED_FIELD_MISSING' && COVERAGE[template(e.path)]?.required).map((e) => e.path).sort();
        expect(missingRequired(m).sort()).toEqual(byValidator);
      }),
      { numRuns: 300 },
    );
  });
  it('reports a missing block once, not its fields, and items by index', () => {
    const m = { lex: { version: '1.0.0', header: { messageId: 'x', messageType: 'LEAD', timestamp: 't', senderId: 'a', receiverId: 'b' }, payload: { lead: { leadId: 'L', status: 'NEW', source: 'S', customer: { firstName: 'J', lastName: 'S', address: { street1: '1', city: 'c', postalCode: 'p', country: 'US' } }, desiredProduct: { make: 'M', model: 'X', installedOptions: [{ name: 'a' }, {}] } } } } };
    expect(missingRequired(m)).toEqual(['/lex/payload/lead/desiredProduct/installedOptions/1/name']);
    delete (m.lex.payload.lead as any).customer;
    expect(missingRequired(m)).toEqual(['/lex/payload/lead/customer', '/lex/payload/lead/desiredProduct/installedOptions/1/name']);
    expect(missingRequired({ lex: { header: 'not an object' } })).toEqual(['/lex/version', '/lex/payload']);
  });
});
