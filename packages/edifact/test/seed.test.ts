// The seed EDIFACT examples, read as the partners wrote them: every value they carry, and one warning (code and
// position) per deviation from the canonical LEX ORDERS layout.
import { describe, expect, it } from 'vitest';
import { LexCodecError } from '@lexstandard/codec';
import { parseEdifact, toEdifact } from '../src/index.js';
import { seed, withoutVersion } from './helpers.js';

const brief = (ws: { code: string; position?: { segment?: number; element?: number; component?: number }; path?: string }[]) =>
  ws.map((w) => [w.code, w.position?.segment, w.position?.element ?? null, w.position?.component ?? null]);
/** the pointers of the required fields reported missing */
const required = (ws: { code: string; path?: string }[]) => ws.filter((w) => w.code === 'EDIFACT_REQUIRED_FIELD_MISSING').map((w) => w.path);

describe('seed reference-lead.edi (UNA declaring "*", IATB, legacy layouts)', () => {
  const { message, warnings } = parseEdifact(seed('reference-lead.edi'));
  const lex = message.lex as any;

  it('reads the envelope and header', () => {
    expect(lex.version).toBe('1.0.0');
    expect(lex.header).toEqual({
      messageId: '550e8400-e29b-41d4-a716-446655440000',
      messageType: 'LEAD',
      timestamp: '2026-03-23T00:00:00Z',
      senderId: 'DEALER-001',
      receiverId: 'MANUFACTURER-ABC',
    });
  });

  it('reads the lead field by field', () => {
    const lead = lex.payload.lead;
    expect(lead.leadId).toBe('LEAD-2026-001234');
    expect(lead.status).toBe('EXPRESSED_INTEREST');
    expect(lead.source).toBe('RETAILER_WEBSITE');
    expect(lead.customer.firstName).toBe('JANE');
    expect(lead.customer.lastName).toBe('SMITH');
    expect(lead.customer.email).toBe('JANE.SMITH@EXAMPLE.COM');
    expect(lead.customer.phone).toBe('13125559876');
    expect(lead.customer.address).toEqual({ street1: '123 MAIN STREET', street2: 'SUITE 100', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701', country: 'US' });
    expect(lead.desiredProduct).toEqual({ model: 'CAMRY', year: 2026, trim: 'LE', desiredFeatures: ['HYBRID', 'LEATHER INTERIOR'], priceRange: { minUSD: 25000, maxUSD: 35000 } });
    expect(lead.metadata).toEqual({ expirationDate: '2026-04-23T00:00:00Z' });
    expect(Object.keys(lead)).toEqual(['leadId', 'status', 'source', 'customer', 'desiredProduct', 'metadata']);
  });

  it('warns once per deviation, with its segment and element', () => {
    expect(brief(warnings)).toEqual([
      ['EDIFACT_UNA_MISMATCH', 1, 2, null], // UNA:*+,? ' — seven characters, '*' declared, '+' used
      ['EDIFACT_SYNTAX_IDENTIFIER', 2, 1, 1], // IATB:1
      ['EDIFACT_DATE_FORMAT', 2, 4, 2], // UNB time 143000 (HHMMSS where HHMM is due)
      ['EDIFACT_REQUIRED_FIELD_MISSING', 3, null, null], // no make in the LIN (at the UNH: the message lacks it)
      ['EDIFACT_TIME_MISSING', 5, 1, 3], // DTM+137:20260323:102
      ['EDIFACT_TIME_MISSING', 6, 1, 3], // DTM+039:20260423:102
      ['EDIFACT_VALUE_NOT_MAPPED', 7, 4, null], // NAD+BY …++DEALER 001
      ['EDIFACT_VALUE_NOT_MAPPED', 8, 4, null], // NAD+SH …++MANUFACTURER ABC
      ['EDIFACT_NAD_LAYOUT', 9, 2, null], // NAD+DP+JANE SMITH+… two elements early
      ['EDIFACT_NAME_UNSTRUCTURED', 9, 2, null], // JANE SMITH split on the last space
      ['EDIFACT_STREET_JOINED', 9, 3, null], // 123 MAIN STREET,SUITE 100
      ['EDIFACT_VALUE_NOT_MAPPED', 10, 2, null], // CTA+OC+JANE SMITH
      ['EDIFACT_ELEMENT_SHIFT', 12, 2, null], // COM++13125559876:TE
      ['EDIFACT_LIN_LAYOUT', 15, 3, null], // LIN+1++VC:2026:CAMRY:LE (no make)
      ['EDIFACT_IMD_LAYOUT', 16, 2, null], // IMD+F+***HYBRID
      ['EDIFACT_IMD_LAYOUT', 17, 2, null],
      ['EDIFACT_COMPOSITE_SPLIT', 18, 2, null], // PRI+INV+25000
      ['EDIFACT_COMPOSITE_SPLIT', 19, 2, null],
      ['EDIFACT_SEGMENT_COUNT_MISMATCH', 20, 1, null], // UNT+17 for 18 segments
    ]);
    for (const w of warnings) {
      expect(w.message.length).toBeGreaterThan(10);
      expect(w.position?.tag).toMatch(/^[A-Z]{3}$/);
    }
    expect(warnings.find((w) => w.code === 'EDIFACT_TIME_MISSING')!.path).toBe('/lex/header/timestamp');
    expect(required(warnings)).toEqual(['/lex/payload/lead/desiredProduct/make']);
    expect(warnings.find((w) => w.code === 'EDIFACT_NAD_LAYOUT')!.position).toMatchObject({ line: 9, column: 1, tag: 'NAD' });
  });

  it('fails in strict mode on the UNT count', () => {
    try {
      parseEdifact(seed('reference-lead.edi'), { strict: true });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LexCodecError);
      expect((e as LexCodecError).code).toBe('EDIFACT_SEGMENT_COUNT_MISMATCH');
      expect((e as LexCodecError).position).toMatchObject({ segment: 20, tag: 'UNT', element: 1 });
    }
  });

  it('goes back out and in again unchanged', () => {
    const out = toEdifact(message);
    const again = parseEdifact(out.output);
    // the seed lacks a field LEX requires (make): still reported, nothing else
    expect(again.warnings.filter((w) => w.code !== 'EDIFACT_REQUIRED_FIELD_MISSING')).toEqual([]);
    expect(required(again.warnings)).toEqual(required(warnings));
    expect(again.message).toEqual(message);
  });
});

describe('seed home-page-lead.edi (teaser: no UNA, ORDERS, BGM 220, NAD+BY as the customer)', () => {
  const { message, warnings } = parseEdifact(seed('home-page-lead.edi'));
  const lex = message.lex as any;

  it('reads every value the teaser carries', () => {
    expect(lex.header).toEqual({ messageId: '1', messageType: 'LEAD', timestamp: '2026-03-28T00:00:00Z', senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC' });
    expect(lex.payload.lead).toEqual({
      leadId: 'LEAD-2026-001234',
      status: 'EXPRESSED_INTEREST',
      customer: { firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com', phone: '+13125559876' },
    });
  });

  it('warns once per deviation, with its segment and element', () => {
    expect(brief(warnings)).toEqual([
      ['EDIFACT_FROM_ENVELOPE', 1, 2, 1], // senderId from UNB S002 (NAD+BY is the customer here)
      ['EDIFACT_FROM_ENVELOPE', 1, 3, 1], // receiverId from UNB S003
      ['EDIFACT_MESSAGE_TYPE', 2, 2, null], // ORDERS:D:96A:UN
      ['EDIFACT_REQUIRED_FIELD_MISSING', 2, null, null], // source
      ['EDIFACT_REQUIRED_FIELD_MISSING', 2, null, null], // customer address
      ['EDIFACT_REQUIRED_FIELD_MISSING', 2, null, null], // desiredProduct
      ['EDIFACT_CODE_UNKNOWN', 3, 1, 1], // BGM+220
      ['EDIFACT_TIME_MISSING', 4, 1, 3], // DTM+137:20260328:102
      ['EDIFACT_PARTY_QUALIFIER', 5, 1, null], // NAD+BY read as NAD+DP
      ['EDIFACT_NAME_UNSTRUCTURED', 5, 4, null], // Jane Smith
      ['EDIFACT_VALUE_NOT_MAPPED', 5, 2, 1], // CUST-001
      ['EDIFACT_VALUE_NOT_MAPPED', 6, 1, null], // CTA+IC
      ['EDIFACT_VALUE_INFERRED', 6, 2, 2], // the e-mail address in CTA
      ['EDIFACT_UNESCAPED_SEPARATOR', 7, 3, null], // TE:+13125559876
      ['EDIFACT_QUALIFIER_POSITION', 7, 2, 1], // COM++TE:…
      ['EDIFACT_VALUE_INFERRED', 8, 3, 1], // LIN item EXPRESSED_INTEREST is a lead status
      ['EDIFACT_VALUE_NOT_MAPPED', 8, 3, 2], // SA
    ]);
    expect(warnings.filter((w) => w.code === 'EDIFACT_VALUE_INFERRED').map((w) => w.path)).toEqual(['/lex/payload/lead/customer/email', '/lex/payload/lead/status']);
    expect(required(warnings)).toEqual(['/lex/payload/lead/source', '/lex/payload/lead/customer/address', '/lex/payload/lead/desiredProduct']);
  });

  it('goes back out and in again unchanged', () => {
    const again = parseEdifact(toEdifact(message).output);
    expect(again.warnings.filter((w) => w.code !== 'EDIFACT_REQUIRED_FIELD_MISSING')).toEqual([]);
    expect(required(again.warnings)).toEqual(required(warnings));
    expect(withoutVersion(again.message)).toEqual(withoutVersion(message));
  });
});
