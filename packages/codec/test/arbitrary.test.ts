import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '@lexstandard/validator';
import { lexMessageArbitrary } from '../src/arbitrary.js';
import { notCarried } from '../src/index.js';

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
