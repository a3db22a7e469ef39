import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canTransition, ERROR_CODES, LEAD_STATUSES, LEAD_TRANSITIONS, validate, vinCheckDigit, type ValidateOptions } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const readJson = (p: string) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));
const minimal = () => readJson('conformance/examples/seed/minimal-lead.json');
const NOW = '2026-03-23T14:31:00Z';
const FULL_TYPES = ['lead', 'asset', 'acknowledgment', 'subscription', 'lead-closure'];

/** A copy of the seed minimal lead with `edit` applied to its lead payload. */
function lead(edit: (l: any, m: any) => void = () => {}) {
  const m = minimal();
  edit(m.lex.payload.lead, m);
  return m;
}
const run = (m: unknown, o: ValidateOptions = {}) => validate(m, { now: NOW, ...o });
const codesAt = (issues: { code: string; path: string }[]) => issues.map((i) => `${i.code} ${i.path}`);
const P = '/lex/payload/lead';

describe('the seeds', () => {
  it('the minimal valid example is valid', () => {
    const r = run(minimal());
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(codesAt(r.warnings)).toEqual([`FINGERPRINT_MISSING ${P}/deduplication/customerFingerprint`, `CONSENT_RECORD_REQUIRED ${P}/metadata/compliance/consentRecord`]);
    expect(r.warnings.every((w) => w.severity === 'WARNING')).toBe(true);
  });
  it('the home page example gets one precise error per missing required field', () => {
    const r = run(readJson('conformance/examples/seed/home-page-lead.json'), { now: '2026-03-28T14:30:30Z' });
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([
      { code: 'REQUIRED_FIELD_MISSING', path: `${P}/customer/address`, message: 'required field address is missing', severity: 'ERROR' },
      { code: 'REQUIRED_FIELD_MISSING', path: `${P}/desiredProduct`, message: 'required field desiredProduct is missing', severity: 'ERROR' },
      { code: 'REQUIRED_FIELD_MISSING', path: `${P}/source`, message: 'required field source is missing', severity: 'ERROR' },
    ]);
  });
  it('every generated full example (one per message type, every field used) is valid at L3', () => {
    for (const t of FULL_TYPES) {
      const r = run(readJson(`packages/schema/generated/examples/full-${t}.json`), { level: 'L3', now: '2026-03-23T14:30:30Z' });
      expect({ t, errors: r.errors, warnings: r.warnings }).toEqual({ t, errors: [], warnings: [] });
    }
  });
});

describe('envelope', () => {
  it('a value that is not a LEX message is reported, not thrown', () => {
    for (const v of [null, 42, 'x', [], {}, { LEX: {} }]) {
      const r = validate(v);
      expect(r.valid).toBe(false);
      expect(r.errors).toEqual([expect.objectContaining({ code: 'NOT_A_LEX_MESSAGE', path: '', severity: 'CRITICAL' })]);
    }
  });
  it('an unknown messageType is a CRITICAL INVALID_ENUM_VALUE on the header (TC-003)', () => {
    const r = run(lead((_, m) => { m.lex.header.messageType = 'INQUIRY'; }));
    expect(r.errors).toEqual([expect.objectContaining({ code: 'INVALID_ENUM_VALUE', path: '/lex/header/messageType', severity: 'CRITICAL' })]);
  });
  it('the payload must hold the member the messageType names', () => {
    const r = run(lead((_, m) => { m.lex.header.messageType = 'ASSET'; }));
    expect(r.errors).toEqual([expect.objectContaining({ code: 'PAYLOAD_TYPE_MISMATCH', path: '/lex/payload/asset', severity: 'CRITICAL' })]);
    const two = run(lead((l, m) => { m.lex.payload.asset = {}; }));
    expect(two.errors.map((e) => e.code)).toContain('PAYLOAD_TYPE_MISMATCH');
  });
  it('an unsupported version is CRITICAL', () => {
    const r = run(lead((_, m) => { m.lex.version = '2.0.0'; }));
    expect(r.errors).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_VERSION', path: '/lex/version', severity: 'CRITICAL' })]);
  });
  it('messageId must be a UUID v4', () => {
    const r = run(lead((_, m) => { m.lex.header.messageId = '550e8400-e29b-11d4-a716-446655440000'; }));
    expect(codesAt(r.errors)).toEqual(['INVALID_UUID /lex/header/messageId']);
  });
  it('timestamps must be UTC ending in Z and a real date', () => {
    for (const ts of ['2026-03-23T14:30:00+01:00', '2026-03-23 14:30:00', '2026-02-30T10:00:00Z', '2026-03-23T14:30Z', '2026-03-23T14:30:60Z']) {
      const r = run(lead((_, m) => { m.lex.header.timestamp = ts; }));
      expect(codesAt(r.errors), ts).toEqual(['INVALID_TIMESTAMP_FORMAT /lex/header/timestamp']);
    }
  });
  it('a leap second ends a UTC day only, and is no way around the timestamp window', () => {
    expect(run(lead((_, m) => { m.lex.header.timestamp = '2026-03-22T23:59:60Z'; })).valid).toBe(true);
    // (Date.parse gives NaN for :60, which compared as neither too old nor in the future)
    expect(codesAt(run(lead((_, m) => { m.lex.header.timestamp = '2016-12-31T23:59:60Z'; })).errors)).toEqual(['TIMESTAMP_TOO_OLD /lex/header/timestamp']);
    expect(codesAt(run(lead((_, m) => { m.lex.header.timestamp = '2027-12-31T23:59:60Z'; })).errors)).toEqual(['TIMESTAMP_IN_FUTURE /lex/header/timestamp']);
  });
  it('date-time is what ajv-formats (full) says it is, leap seconds and offsets included', async () => {
    const { dateTime } = await import('../src/formats.js');
    const ajvFormats = await import('ajv-formats/dist/formats.js');
    const full = ((ajvFormats as any).default?.fullFormats ?? (ajvFormats as any).fullFormats)['date-time'];
    const theirs = (s: string) => (typeof full === 'function' ? full(s) : full.validate(s));
    const samples = ['2026-03-23T14:30:00Z', '2026-03-23T14:30:60Z', '2026-12-31T23:59:60Z', '2026-12-31T23:59:60.25Z', '2027-01-01T00:59:60+01:00',
      '2026-12-31T18:59:60-05:00', '2026-12-31T23:59:60+01:00', '2026-12-31T23:58:60Z', '2026-12-31T22:59:60Z', '2026-03-23T24:00:00Z', '2026-03-23T14:60:00Z',
      '2026-02-29T10:00:00Z', '2028-02-29T10:00:00Z', '2026-03-23T14:30:00.123+05:30', '2026-03-23t14:30:00z', '2026-03-23T14:30:00+24:00', '2026-03-23T14:30:61Z'];
    for (const s of samples) expect(dateTime(s), s).toBe(theirs(s));
  });
  it('an unknown member is a warning, not a rejection', () => {
    const r = run(lead((l) => { l.colour = 'red'; }));
    expect(r.valid).toBe(true);
    expect(codesAt(r.warnings)).toContain(`UNKNOWN_FIELD ${P}/colour`);
  });
});

describe('business rules, both ways', () => {
  const at = (ts: string) => lead((_, m) => { m.lex.header.timestamp = ts; });
  it('TIMESTAMP_IN_FUTURE: more than 60 s ahead of the clock (TC-005)', () => {
    expect(run(at('2026-03-23T14:32:00Z')).valid).toBe(true); // exactly 60 s
    expect(codesAt(run(at('2026-03-23T14:32:01Z')).errors)).toEqual(['TIMESTAMP_IN_FUTURE /lex/header/timestamp']);
    expect(run(at('2026-03-23T14:36:00Z')).errors[0]!.severity).toBe('CRITICAL');
  });
  it('TIMESTAMP_TOO_OLD: more than 7 days before the clock', () => {
    expect(run(at('2026-03-16T14:31:00Z')).valid).toBe(true); // exactly 7 days
    expect(codesAt(run(at('2026-03-16T14:30:59Z')).errors)).toEqual(['TIMESTAMP_TOO_OLD /lex/header/timestamp']);
  });
  it('the clock is injectable as a Date, epoch ms or ISO string, and rejects nonsense', () => {
    const m = minimal();
    for (const now of [new Date(NOW), Date.parse(NOW), NOW]) expect(validate(m, { now }).valid).toBe(true);
    expect(validate(m, { now: '2027-01-01T00:00:00Z' }).errors[0]!.code).toBe('TIMESTAMP_TOO_OLD');
    expect(() => validate(m, { now: 'yesterday' })).toThrow(TypeError);
    expect(() => validate(m, { level: 'L9' as never })).toThrow(TypeError);
  });
  it('INVALID_STATUS_TRANSITION against the previous status (TC-008)', () => {
    const m = lead((l) => { l.status = 'IN_NEGOTIATION'; });
    expect(codesAt(run(m, { previousStatus: 'DELIVERED' }).errors)).toEqual([`INVALID_STATUS_TRANSITION ${P}/status`]);
    expect(run(m, { previousStatus: 'EXPRESSED_INTEREST' }).valid).toBe(true);
    expect(run(m, { previousStatus: 'IN_NEGOTIATION' }).valid).toBe(true); // an update that keeps the status
    expect(run(lead((l) => { l.status = 'ARCHIVED'; }), { previousStatus: 'ARCHIVED' }).valid).toBe(false);
    expect(run(lead((l) => { l.status = 'ARCHIVED'; }), { previousStatus: 'SHOPPING' }).valid).toBe(true);
    expect(run(m, { previousStatus: 'DELIVERED', level: 'L1' }).valid).toBe(true); // L2 rule, a warning at L1
  });
  it('INVALID_EMAIL_FORMAT (TC-006), an L2 rule', () => {
    const m = lead((l) => { l.customer.email = 'not-an-email'; });
    expect(run(m).errors).toEqual([expect.objectContaining({ code: 'INVALID_EMAIL_FORMAT', path: `${P}/customer/email`, severity: 'ERROR' })]);
    expect(run(m, { level: 'L1' }).valid).toBe(true);
    expect(codesAt(run(m, { level: 'L1' }).warnings)).toContain(`INVALID_EMAIL_FORMAT ${P}/customer/email`);
    expect(run(lead((l) => { l.customer.email = 'o\'brien+leads@sub.example.co.uk'; })).valid).toBe(true);
  });
  it('INVALID_PHONE_FORMAT (TC-007) and the E.164 preference', () => {
    expect(codesAt(run(lead((l) => { l.customer.phone = '123'; })).errors)).toEqual([`INVALID_PHONE_FORMAT ${P}/customer/phone`]);
    const national = run(lead((l) => { l.customer.phone = '(312) 555-1234'; }));
    expect(national.valid).toBe(true);
    expect(codesAt(national.warnings)).toContain(`PHONE_NOT_E164 ${P}/customer/phone`);
    expect(codesAt(run(lead((l) => { l.customer.phone = '+13125551234'; })).warnings).join()).not.toContain('PHONE_NOT_E164');
  });
  it('messages never repeat personal data (x-lex.pii): they name the rule, other values are quoted', () => {
    const m = lead((l) => {
      l.customer.email = 'jane smith at example';
      l.customer.phone = '(312) 555-1234';
      l.customer.firstName = 'J4ne';
      l.customer.dateOfBirth = '1990-13-45';
      l.customer.address.street1 = 'x'.repeat(300);
      l.desiredProduct.year = 1492;
    });
    const r = run(m);
    const text = JSON.stringify([...r.errors, ...r.warnings]);
    for (const v of ['jane smith', '555-1234', 'J4ne', '1990-13-45', 'xxxx']) expect(text).not.toContain(v);
    expect(codesAt(r.errors)).toEqual(expect.arrayContaining([`INVALID_EMAIL_FORMAT ${P}/customer/email`, `INVALID_NAME_FORMAT ${P}/customer/firstName`, `INVALID_DATE_FORMAT ${P}/customer/dateOfBirth`, `FIELD_TOO_LONG ${P}/customer/address/street1`]));
    expect(r.errors.find((i) => i.path.endsWith('/email'))!.message).toBe('the value (personal data, not repeated) is not a valid email');
    expect(r.errors.find((i) => i.path.endsWith('/street1'))!.message).toBe('300 characters; at most 100 allowed');
    // a value that is not personal data is still quoted, so the sender sees what was wrong
    expect(r.errors.find((i) => i.path.endsWith('/year'))!.message).toContain('1492');
  });
  it('email is required unless phone is present, and the reverse: one error when neither', () => {
    const none = run(lead((l) => { delete l.customer.email; }));
    expect(codesAt(none.errors)).toEqual([`REQUIRED_FIELD_MISSING ${P}/customer/email`]);
    expect(none.errors[0]!.message).toBe('one of email, phone is required');
    expect(run(lead((l) => { delete l.customer.email; l.customer.phone = '+13125551234'; })).valid).toBe(true);
    expect(run(lead((l) => { l.customer.phone = '+13125551234'; })).valid).toBe(true);
  });
  it('LOAN_TERM_OUT_OF_RANGE on preferredLoanTerm (TC-010)', () => {
    const term = (n: number) => run(lead((l) => { l.financing = { preferredLoanTerm: n }; }));
    expect(codesAt(term(96).errors)).toEqual([`LOAN_TERM_OUT_OF_RANGE ${P}/financing/preferredLoanTerm`]);
    expect(codesAt(term(0).errors)).toEqual([`LOAN_TERM_OUT_OF_RANGE ${P}/financing/preferredLoanTerm`]);
    expect(term(84).valid).toBe(true);
    expect(term(12).valid).toBe(true);
  });
  it('POST_ORDER_REQUIRES_PARENT_ID for post-order lead types (TC-009)', () => {
    for (const t of ['ACCESSORY', 'PROTECTION_PLAN', 'SUBSCRIPTION', 'RETAILER_INSTALLED_OPTION', 'SERVICE_UPGRADE']) {
      expect(codesAt(run(lead((l) => { l.leadType = t; })).errors), t).toEqual([`POST_ORDER_REQUIRES_PARENT_ID ${P}/parentOrderId`]);
      expect(run(lead((l) => { l.leadType = t; l.parentOrderId = 'ORD-1'; })).valid, t).toBe(true);
    }
    for (const t of ['PRIMARY', 'CROSS_SELL', 'TEST_DRIVE']) expect(run(lead((l) => { l.leadType = t; })).valid, t).toBe(true);
  });
  it('CONSENT_RECORD_REQUIRED for personal data at L3 (TC-011)', () => {
    const m = lead();
    expect(codesAt(run(m, { level: 'L3' }).errors)).toEqual([`CONSENT_RECORD_REQUIRED ${P}/metadata/compliance/consentRecord`]);
    const withConsent = lead((l) => { l.metadata = { compliance: { consentRecord: { consentCollectionMethod: 'WEB_FORM', collectedAt: '2026-03-23T14:29:00Z' } } }; l.deduplication = { customerFingerprint: 'a'.repeat(64), fingerprintVersion: 'SHA256_V1' }; });
    expect(run(withConsent, { level: 'L3' })).toEqual({ valid: true, errors: [], warnings: [] });
  });
  it('INVALID_FINGERPRINT_FORMAT: 64 lower-case hex (TC-012)', () => {
    for (const fp of ['A'.repeat(64), 'a'.repeat(63), 'g'.repeat(64)]) {
      const m = lead((l) => { l.deduplication = { customerFingerprint: fp, fingerprintVersion: 'SHA256_V1' }; });
      expect(codesAt(run(m, { level: 'L3' }).errors), fp).toContain(`INVALID_FINGERPRINT_FORMAT ${P}/deduplication/customerFingerprint`);
      expect(run(m).valid).toBe(true); // an L3 rule: a warning at L2
    }
  });
  it('EV warnings (TC-013, TC-018)', () => {
    const ev = (e: object) => run(lead((l) => { l.desiredProduct.evSpecifications = e; }), { level: 'L3' });
    expect(codesAt(ev({ estimatedRangeKm: 500 }).warnings)).toContain(`EV_RANGE_STANDARD_MISSING ${P}/desiredProduct/evSpecifications/estimatedRangeKm`);
    expect(codesAt(ev({ estimatedRangeKm: 500, rangeStandard: 'WLTP' }).warnings).join()).not.toContain('EV_RANGE');
    expect(codesAt(ev({ drivetrainType: 'BEV', chargePort: { connectorType: 'CCS2' } }).warnings)).toContain(`EV_DC_SPEC_MISSING ${P}/desiredProduct/evSpecifications/chargePort/maxDcChargingKw`);
    expect(codesAt(ev({ drivetrainType: 'BEV', chargePort: { connectorType: 'CCS2', maxDcChargingKw: 150 } }).warnings).join()).not.toContain('EV_DC');
  });
  it('lead intelligence: stale scores warn (TC-014), intentScore outside 0..1 fails (TC-015)', () => {
    const intel = (i: object) => run(lead((l) => { l.leadIntelligence = i; }), { level: 'L3' });
    expect(codesAt(intel({ modelMetadata: { dataFreshnessDays: 14 } }).warnings)).toContain(`INTELLIGENCE_SCORES_STALE ${P}/leadIntelligence/modelMetadata/dataFreshnessDays`);
    expect(codesAt(intel({ modelMetadata: { dataFreshnessDays: 7 } }).warnings).join()).not.toContain('STALE');
    expect(codesAt(intel({ intentScore: 1.5 }).errors)).toContain(`INTENT_SCORE_OUT_OF_RANGE ${P}/leadIntelligence/intentScore`);
    expect(codesAt(intel({ intentScore: 1 }).errors).join()).not.toContain('INTENT');
  });
  it('MESSAGE_EXPIRED when the TTL has passed (TC-019)', () => {
    const ttl = (expiresAt: string) => run(lead((_, m) => { m.lex.header.ttl = { expiresAt }; }), { level: 'L3' });
    expect(codesAt(ttl('2026-03-23T14:00:00Z').errors)).toContain('MESSAGE_EXPIRED /lex/header/ttl/expiresAt');
    expect(codesAt(ttl('2026-03-24T14:00:00Z').errors).join()).not.toContain('EXPIRED');
  });
  it('RANGE_MIN_EXCEEDS_MAX', () => {
    expect(codesAt(run(lead((l) => { l.desiredProduct.priceRange = { minUSD: 40000, maxUSD: 30000 }; })).errors)).toEqual([`RANGE_MIN_EXCEEDS_MAX ${P}/desiredProduct/priceRange/minUSD`]);
    expect(run(lead((l) => { l.desiredProduct.priceRange = { minUSD: 30000, maxUSD: 30000 }; })).valid).toBe(true);
  });
  it('VIN: format is an error, a North American check digit mismatch a warning', () => {
    expect(vinCheckDigit('1HGCV1F35JA123456')).toBe('5');
    expect(vinCheckDigit('11111111111111111')).toBe('1');
    expect(codesAt(run(lead((l) => { l.tradeIn = { vin: '1HGCV1F3OJA12345' }; })).errors)).toEqual([`INVALID_VIN_FORMAT ${P}/tradeIn/vin`]);
    const mismatch = run(lead((l) => { l.tradeIn = { vin: '1HGCV1F32JA123456' }; }));
    expect(mismatch.valid).toBe(true);
    expect(codesAt(mismatch.warnings)).toContain(`VIN_CHECK_DIGIT_MISMATCH ${P}/tradeIn/vin`);
    expect(codesAt(run(lead((l) => { l.tradeIn = { vin: '1HGCV1F35JA123456' }; })).warnings).join()).not.toContain('VIN');
  });
  it('an ACKNOWLEDGMENT must answer the message its correlationId names', () => {
    const ack = readJson('packages/schema/generated/examples/full-acknowledgment.json');
    ack.lex.payload.acknowledgment.originalMessageId = '6fa459ea-ee8a-4ca4-894e-db77e160355e';
    expect(codesAt(run(ack, { now: '2026-03-23T14:30:00Z' }).errors)).toEqual(['CORRELATION_ID_MISMATCH /lex/payload/acknowledgment/originalMessageId']);
    delete ack.lex.header.correlationId;
    const r = run(ack, { now: '2026-03-23T14:30:00Z' });
    expect(r.valid).toBe(true);
    expect(codesAt(r.warnings)).toContain('CORRELATION_ID_MISSING /lex/header/correlationId');
  });
});

describe('every enum, both ways', () => {
  const fields: { pointer: string; enum?: { value: string }[] }[] = readJson('packages/schema/generated/fields.json').fields;
  const enumFields = fields.filter((f) => f.enum && !f.pointer.endsWith('/messageType'));
  const get = (doc: any, path: string[]) => path.reduce((o, k) => (o == null ? undefined : o[k]), doc);

  it('each enum value is accepted and a value outside it is INVALID_ENUM_VALUE on that field', () => {
    let tested = 0;
    for (const t of FULL_TYPES) {
      const base = readJson(`packages/schema/generated/examples/full-${t}.json`);
      for (const f of enumFields) {
        const segs = f.pointer.slice(1).split('/').map((s) => (s === '*' ? '0' : s));
        const parent = get(base, segs.slice(0, -1));
        const key = segs.at(-1)!;
        if (parent == null || !(key in parent)) continue;
        const isArray = Array.isArray(parent[key]);
        const path = '/' + segs.join('/') + (isArray ? '/0' : '');
        for (const { value } of f.enum!) {
          const m = structuredClone(base);
          get(m, segs.slice(0, -1))[key] = isArray ? [value] : value;
          const r = validate(m, { now: '2026-03-23T14:30:30Z', level: 'L3' });
          expect(r.errors.filter((e) => e.path.startsWith(path)), `${t} ${path}=${value}`).toEqual([]);
        }
        const bad = structuredClone(base);
        get(bad, segs.slice(0, -1))[key] = isArray ? ['NOT_A_VALUE'] : 'NOT_A_VALUE';
        const r = validate(bad, { now: '2026-03-23T14:30:30Z', level: 'L3' });
        expect(codesAt(r.errors), `${t} ${path}`).toEqual([`INVALID_ENUM_VALUE ${path}`]);
        tested++;
      }
    }
    expect(tested).toBeGreaterThan(60);
  });
});

describe('results', () => {
  it('one issue per field, in a stable order', () => {
    const m = lead((l) => { l.leadId = 'bad id with spaces and more than fifty characters in it, really'; l.customer.firstName = ''; l.status = 'NOPE'; });
    const r = run(m);
    expect(codesAt(r.errors)).toEqual([`FIELD_TOO_SHORT ${P}/customer/firstName`, `INVALID_LEAD_ID ${P}/leadId`, `INVALID_ENUM_VALUE ${P}/status`]);
    expect(run(m)).toEqual(r);
  });
  it('every code the validator emits is in the catalogue, with a level and a severity', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(['L1', 'L2', 'L3'], code).toContain(info.level);
      expect(['CRITICAL', 'ERROR', 'WARNING'], code).toContain(info.severity);
    }
  });
});

describe('lifecycle table', () => {
  it('has the 15 statuses, targets that are statuses, and ARCHIVED final', () => {
    expect(LEAD_STATUSES).toHaveLength(15);
    for (const [from, tos] of Object.entries(LEAD_TRANSITIONS)) for (const to of tos) expect(LEAD_STATUSES, `${from}→${to}`).toContain(to);
    expect(LEAD_TRANSITIONS.ARCHIVED).toEqual([]);
    expect(canTransition('DELIVERED', 'IN_NEGOTIATION')).toBe(false);
    expect(canTransition('CART', 'SHOPPING')).toBe(true);
    expect(canTransition('TEST_DRIVE_COMPLETED', 'SHOPPING')).toBe(true);
    expect(canTransition('NOPE', 'SHOPPING')).toBe(false);
  });
});
