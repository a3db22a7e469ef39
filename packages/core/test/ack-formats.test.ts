// An ACKNOWLEDGMENT in every format through @lexstandard/core: serialize writes an 824 / APERAK, parse() detects
// the format and reads it back into the same ACKNOWLEDGMENT, convert goes between them, and the result validates.
import { describe, expect, it } from 'vitest';
import { convert, createAcknowledgment, createMessage, parse, parseEdifact, parseX12, serialize, validate, type LeadPayload } from '../src/index.js';

const NOW = new Date('2026-03-23T14:31:00Z');
const lead: LeadPayload = {
  leadId: 'LEAD-2026-001234',
  status: 'EXPRESSED_INTEREST',
  source: 'RETAILER_WEBSITE',
  customer: { firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com', address: { street1: '123 Main Street', city: 'Springfield', postalCode: '62701', country: 'US' } },
  desiredProduct: { make: 'Toyota', model: 'Camry', year: 2026 },
};
const received = createMessage('LEAD', lead, { senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC', now: NOW });
const ack = createAcknowledgment(received, {
  status: 'REJECTED',
  errors: [{ code: 'REQUIRED_FIELD_MISSING', message: 'customer.phone is missing.', path: '/lex/payload/lead/customer/phone', severity: 'ERROR' }],
  now: NOW,
});

describe('ACKNOWLEDGMENT through core', () => {
  it('serialize → parse (detected) gives the same ACKNOWLEDGMENT in X12 (824) and EDIFACT (APERAK)', () => {
    const x12 = serialize(ack, 'x12');
    expect(x12.output).toContain('ST*824*');
    const edi = serialize(ack, 'edifact');
    expect(edi.output).toContain('+APERAK:D:96A:UN:ALXACK');
    for (const [text, format] of [[x12.output, 'x12'], [edi.output, 'edifact']] as const) {
      const r = parse(text);
      expect(r.format).toBe(format);
      expect(r.message).toEqual(ack);
      expect(validate(r.message, { now: NOW }).valid).toBe(true);
    }
    expect(parseX12(x12.output).message).toEqual(ack);
    expect(parseEdifact(edi.output).message).toEqual(ack);
  });

  it('convert goes 824 → APERAK → JSON-EDI without a loss', () => {
    const edi = convert(serialize(ack, 'x12').output, 'edifact');
    expect(edi.from).toBe('x12');
    const json = convert(edi.output, 'json');
    expect(JSON.parse(json.output)).toEqual(ack);
  });

  it('LEAD messages still travel as 850 / ORDERS', () => {
    expect(serialize(received, 'x12').output).toContain('ST*850*');
    expect(serialize(received, 'edifact').output).toContain('+ALXLDE:D:96A:UN');
  });
});
