import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LeadClosurePayload, LexMessageOf } from '@lexstandard/types';
import { createAcknowledgment, createLeadClosure, createMessage, decodeInput, fingerprint, fingerprintSource, inputAckIssues, parseTime, utcSeconds, validate, type LeadPayload } from '../src/index.js';
import { ACK_ISSUE_LIMITS } from '../src/builders.js';

const NOW = new Date('2026-03-23T14:30:00.123Z');
const lead: LeadPayload = {
  leadId: 'LEAD-2026-001234',
  status: 'EXPRESSED_INTEREST',
  source: 'RETAILER_WEBSITE',
  customer: { firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com', address: { street1: '123 Main Street', city: 'Springfield', postalCode: '62701', country: 'US' } },
  desiredProduct: { make: 'Toyota', model: 'Camry', year: 2026 },
};

describe('createMessage', () => {
  it('fills version, a UUID v4 messageId and a UTC timestamp to the second', () => {
    const m = createMessage('LEAD', lead, { senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC', now: NOW });
    expect(m.lex.version).toBe('1.0.0');
    expect(m.lex.header.messageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(m.lex.header.timestamp).toBe('2026-03-23T14:30:00Z');
    expect(m.lex.payload.lead).toBe(lead);
    expect(validate(m, { now: NOW }).valid).toBe(true);
    const other = createMessage('LEAD', lead, { senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC' });
    expect(other.lex.header.messageId).not.toBe(m.lex.header.messageId);
  });
  it('is typed by the generated types: a wrong field is a compile error', () => {
    expectTypeOf<Parameters<typeof createMessage>[0]>().toEqualTypeOf<'LEAD' | 'ASSET' | 'ACKNOWLEDGMENT' | 'SUBSCRIPTION' | 'LEAD_CLOSURE'>();
    // @ts-expect-error — `colour` is not a field of a LEAD payload
    createMessage('LEAD', { ...lead, colour: 'red' }, { senderId: 'A', receiverId: 'B' });
    // @ts-expect-error — status must be one of the 15 lead statuses
    createMessage('LEAD', { ...lead, status: 'WARM' }, { senderId: 'A', receiverId: 'B' });
    // @ts-expect-error — a LEAD payload where an ASSET is expected
    createMessage('ASSET', lead, { senderId: 'A', receiverId: 'B' });
    // @ts-expect-error — senderId is required
    createMessage('LEAD', lead, { receiverId: 'B' });
  });
  it('returns LexMessageOf<T>: the payload member of the type is there and typed', () => {
    const m = createMessage('LEAD', lead, { senderId: 'A', receiverId: 'B' });
    expectTypeOf(m).toEqualTypeOf<LexMessageOf<'LEAD'>>();
    expectTypeOf(m.lex.payload.lead).toEqualTypeOf<LeadPayload>();
    expectTypeOf(m.lex.header.messageType).toEqualTypeOf<'LEAD'>();
    const closure: LexMessageOf<'LEAD_CLOSURE'> = createLeadClosure({ originalLeadId: 'L-1', closureStatus: 'WON', senderId: 'A', receiverId: 'B' });
    expectTypeOf(closure.lex.payload.leadClosure.closureStatus).toEqualTypeOf<LeadClosurePayload['closureStatus']>();
    // @ts-expect-error — a LEAD message does not say it is an ASSET
    const asset: LexMessageOf<'ASSET'> = m;
    // @ts-expect-error — a LexMessageOf<'LEAD'> needs its lead
    const empty: LexMessageOf<'LEAD'> = { lex: { ...m.lex, payload: {} } };
    void asset, void empty;
  });
});

describe('createAcknowledgment', () => {
  const received = createMessage('LEAD', lead, { senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC', now: NOW });
  it('answers the sender with correlationId = originalMessageId = the received messageId', () => {
    const ack = createAcknowledgment(received, { status: 'PROCESSED', now: NOW });
    expect(ack.lex.header).toMatchObject({ messageType: 'ACKNOWLEDGMENT', senderId: 'MANUFACTURER-ABC', receiverId: 'DEALER-001', correlationId: received.lex.header.messageId });
    expect(ack.lex.payload.acknowledgment).toEqual({ originalMessageId: received.lex.header.messageId, status: 'PROCESSED', processedAt: '2026-03-23T14:30:00Z' });
    expect(validate(ack, { now: NOW, level: 'L3' })).toEqual({ valid: true, errors: [], warnings: [] });
  });
  it('carries the validation errors of a rejected message', () => {
    const bad = structuredClone(received) as any;
    delete bad.lex.payload.lead.source;
    const result = validate(bad, { now: NOW });
    const ack = createAcknowledgment(bad, { status: 'REJECTED', errors: result.errors, now: NOW });
    expect(ack.lex.payload.acknowledgment.errors).toEqual([{ code: 'REQUIRED_FIELD_MISSING', message: 'required field source is missing', severity: 'ERROR', path: '/lex/payload/lead/source' }]);
    expect(validate(ack, { now: NOW }).valid).toBe(true);
  });
  it('an issue about a member with a very long name still gives a valid ACK: the path is its deepest ancestor that fits, the message cut', () => {
    const bad = structuredClone(received) as any;
    const key = 'x'.repeat(600);
    bad.lex.payload.lead.customer[key] = 'y'.repeat(2000);
    const result = validate(bad, { now: NOW });
    const unknown = result.warnings.find((w) => w.code === 'UNKNOWN_FIELD')!;
    expect(unknown.path).toBe(`/lex/payload/lead/customer/${key}`);
    const ack = createAcknowledgment(bad, { status: 'PROCESSED', warnings: [...result.warnings, { ...unknown, message: 'z'.repeat(1200) + '😀', suggestedAction: 'w'.repeat(700) }], now: NOW });
    const [first, long] = ack.lex.payload.acknowledgment.warnings!.filter((w) => w.code === 'UNKNOWN_FIELD');
    expect(first!.path).toBe('/lex/payload/lead/customer');
    expect(long!.message).toHaveLength(ACK_ISSUE_LIMITS.message);
    expect(long!.message.endsWith('z…')).toBe(true);
    expect(long!.suggestedAction).toHaveLength(ACK_ISSUE_LIMITS.suggestedAction);
    expect(validate(ack, { now: NOW, level: 'L3' })).toEqual({ valid: true, errors: [], warnings: [] });
  });
  it('the limits are the ackIssue schema\'s', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schema/blocks/ack-issue.schema.json', import.meta.url), 'utf8'));
    for (const [name, max] of Object.entries(ACK_ISSUE_LIMITS)) expect(schema.properties[name].maxLength, name).toBe(max);
  });
});

describe('inputAckIssues', () => {
  it('turns how the bytes were read into ACK warnings for the whole message, and nothing else', () => {
    const { warnings } = decodeInput(Buffer.from('{"lex":{"header":{"senderId":"M\u00fcller"}}}', 'latin1'));
    const codec = { code: 'X12_ISA_NOT_FIXED_WIDTH', message: 'the ISA segment is 98 characters long', position: { segment: 1 } };
    const issues = inputAckIssues([...warnings, codec]);
    expect(issues).toEqual([{ code: 'INPUT_NOT_UTF8', severity: 'WARNING', message: warnings[0]!.message, suggestedAction: expect.stringMatching(/^send UTF-8/) }]);
    const ack = createAcknowledgment(createMessage('LEAD', lead, { senderId: 'A', receiverId: 'B' }), { status: 'RECEIVED', warnings: issues });
    expect(validate(ack).valid).toBe(true);
    expect(ack.lex.payload.acknowledgment.warnings).toEqual(issues);
  });
});

describe('parseTime and utcSeconds', () => {
  it('reads ISO 8601 times with a four-digit year and a zone (or a date), and nothing Date.parse merely tolerates', () => {
    expect(parseTime('2026-03-23T14:30:00Z')?.toISOString()).toBe('2026-03-23T14:30:00.000Z');
    expect(parseTime('2026-03-23T14:30:00.5+02:00')?.toISOString()).toBe('2026-03-23T12:30:00.500Z');
    expect(parseTime('2026-03-23T14:30Z')?.toISOString()).toBe('2026-03-23T14:30:00.000Z');
    expect(parseTime('2026-03-23')?.toISOString()).toBe('2026-03-23T00:00:00.000Z');
    expect(parseTime('2024-02-29T00:00:00Z')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    // Date.parse takes each of these (the year 20200, March 2, the next midnight, local time)
    for (const bad of ['20200', '20200Z', '2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', '2026-03-23T24:00:00Z', '2026-03-23T14:30:00', 'March 23, 2026', '+020200-01-01T00:00:00Z', '']) {
      expect(parseTime(bad), bad).toBeUndefined();
    }
  });
  it('utcSeconds writes a LEX timestamp, and refuses a time none can hold', () => {
    expect(utcSeconds(new Date('2026-03-23T14:30:00.123Z'))).toBe('2026-03-23T14:30:00Z');
    expect(() => utcSeconds(new Date(Date.UTC(20200, 0, 1)))).toThrow(RangeError);
    expect(() => utcSeconds(new Date(NaN))).toThrow(RangeError);
    expect(() => createMessage('LEAD', lead, { senderId: 'A', receiverId: 'B', now: new Date(Date.UTC(-1, 0, 1)) })).toThrow(RangeError);
  });
});

describe('createLeadClosure', () => {
  it('closes a lead, correlated to its message', () => {
    const received = createMessage('LEAD', lead, { senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC', now: NOW });
    const c = createLeadClosure({ lead: received, closureStatus: 'WON', closureReason: 'CUSTOMER_PURCHASED_ASSET', senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC', now: NOW });
    expect(c.lex.payload.leadClosure).toMatchObject({ originalLeadId: 'LEAD-2026-001234', closureStatus: 'WON', originalLeadSource: 'RETAILER_WEBSITE' });
    expect(c.lex.header.correlationId).toBe(received.lex.header.messageId);
    expect(validate(c, { now: NOW, level: 'L3' }).errors).toEqual([]);
    expect(() => createLeadClosure({ closureStatus: 'LOST', senderId: 'A', receiverId: 'B' })).toThrow(/originalLeadId/);
  });
});

describe('fingerprint (SHA256_V1)', () => {
  // Expected digests computed independently with coreutils: printf '%s' 'jane.smith@example.com|3125559876|smith' | sha256sum
  it('matches hand-computed vectors', () => {
    expect(fingerprint({ email: 'jane.smith@example.com', phone: '+13125559876', lastName: 'Smith' })).toBe('90881f1ad170392cc5b5b09f0169dea62a8378e48c3e0a7d20b984620ef1b1e0');
    expect(fingerprintSource({ email: ' Jane.Smith@Example.COM ', phone: '+1 (312) 555-9876', lastName: '  Smith ' })).toBe('jane.smith@example.com|3125559876|smith');
  });
  it('normalises phone formats and strips diacritics', () => {
    const a = fingerprint({ email: 'a@b.co', phone: '+1 312.555.9876', lastName: 'Muñoz' });
    expect(fingerprint({ email: 'A@B.CO', phone: '(312) 555-9876', lastName: 'munoz' })).toBe(a);
    expect(fingerprintSource({ email: 'x@y.z', phone: '0033 1 23 45 67 89', lastName: 'Ångström-Éluard' })).toBe('x@y.z|3123456789|angstrom-eluard');
    expect(fingerprint({ email: 'a@b.co', lastName: 'Muñoz' })).toBe('782d5b4fbd79df9e97984ad28e863b419a9eb9e00c067af6fe45bf351176d5f7');
  });
  it('is 64 lower-case hex and passes the validator at L3', () => {
    const fp = fingerprint({ email: 'jane.smith@example.com', lastName: 'Smith' });
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
  });
});
