// The ACKNOWLEDGMENT as an X12 824 application advice: the layout partners expect (ST*824 in a GS*AG group, BGN,
// N1*FR/TO, one OTI loop, a TED loop per error or warning with its RED), read back by node-x12 in strict mode and by
// our reader (ST01 824 → the ACKNOWLEDGMENT table).
import { describe, expect, test } from 'vitest';
import { X12Parser } from 'node-x12';
import { parseX12, parseX12Interchange, toX12, toX12Interchange, X12InterchangeWriter } from '../src/index.js';
import { seedJson, segmentsOf } from './helpers.js';

const ack = {
  lex: {
    version: '1.0.0',
    header: {
      messageId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', messageType: 'ACKNOWLEDGMENT', timestamp: '2026-03-23T14:31:00Z',
      senderId: 'MANUFACTURER-ABC', receiverId: 'DEALER-001', correlationId: '550e8400-e29b-41d4-a716-446655440000',
    },
    payload: {
      acknowledgment: {
        originalMessageId: '550e8400-e29b-41d4-a716-446655440000',
        status: 'REJECTED',
        processedAt: '2026-03-23T14:31:00Z',
        errors: [
          { code: 'REQUIRED_FIELD_MISSING', message: 'customer.email or customer.phone must be present.', path: '/lex/payload/lead/customer/email', severity: 'ERROR', suggestedAction: 'Send customer.email or customer.phone.' },
          { code: 'INVALID_ENUM_VALUE', message: 'status is not a lead status.', severity: 'CRITICAL' },
        ],
        warnings: [{ code: 'PHONE_NOT_E164', message: 'Phone number is not in E.164 form.', path: '/lex/payload/lead/customer/phone', severity: 'WARNING' }],
      },
    },
  },
} as const;

describe('ACKNOWLEDGMENT → 824', () => {
  test('writes the 824 layout in a GS*AG group', () => {
    const out = toX12(ack as any, { controlNumber: 42 });
    expect(segmentsOf(out.output)).toEqual([
      'ISA*00*          *00*          *ZZ*MANUFACTURER-AB*ZZ*DEALER-001     *260323*1431*^*00501*000000042*0*P*:',
      'GS*AG*MANUFACTURER-AB*DEALER-001*20260323*1431*42*X*005010',
      'ST*824*0001*ALX001',
      'BGN*00*7c9e6679-7425-40de-944b-e07fc1f90ae7*20260323*143100*UT*550e8400-e29b-41d4-a716-446655440000',
      'N1*FR*MANUFACTURER-ABC',
      'N1*TO*DEALER-001',
      'OTI*TR*TN*550e8400-e29b-41d4-a716-446655440000',
      'DTM*009*20260323*143100*UT',
      'TED*848*customer.email or customer.phone must be present.*****/lex/payload/lead/customer/email*Send customer.email or customer.phone.',
      'RED*ERROR**ZZ**ZZ*REQUIRED_FIELD_MISSING',
      'TED*848*status is not a lead status.',
      'RED*CRITICAL**ZZ**ZZ*INVALID_ENUM_VALUE',
      'TED*ZZZ*Phone number is not in E.164 form.*****/lex/payload/lead/customer/phone',
      'RED*WARNING**ZZ**ZZ*PHONE_NOT_E164',
      'SE*13*0001',
      'GE*1*42',
      'IEA*1*000000042',
    ]);
    // only the ISA id is shortened; nothing is dropped
    expect(out.warnings.map((w) => w.code)).toEqual(['X12_ENVELOPE_ID_TRUNCATED']);
  });

  test('node-x12 (strict) reads it: one AG group, one 824 with its segments', () => {
    const out = toX12(ack as any);
    const ic: any = new X12Parser(true).parse(out.output);
    expect(ic.functionalGroups.length).toBe(1);
    const group = ic.functionalGroups[0];
    expect(group.header.elements[0].value).toBe('AG');
    const tx = group.transactions[0];
    expect(tx.header.elements[0].value).toBe('824');
    const tags = tx.segments.map((s: any) => s.tag);
    expect(tags).toEqual(['BGN', 'N1', 'N1', 'OTI', 'DTM', 'TED', 'RED', 'TED', 'RED', 'TED', 'RED']);
    expect(Number(tx.trailer.elements[0].value)).toBe(tags.length + 2);
  });

  test('reads back identical, without a warning (ST01 824 selects the ACKNOWLEDGMENT table)', () => {
    const back = parseX12(toX12(ack as any).output, { strict: true });
    expect(back.warnings).toEqual([]);
    expect(back.message).toEqual(ack);
  });

  test('every status has its own OTI01 code', () => {
    const codes: Record<string, string> = { RECEIVED: 'TH', PROCESSED: 'TA', REJECTED: 'TR', ERROR: 'TE', DUPLICATE: 'TP' };
    for (const [status, code] of Object.entries(codes)) {
      const m = structuredClone(ack) as any;
      m.lex.payload.acknowledgment.status = status;
      const out = toX12(m).output;
      expect(out).toContain(`OTI*${code}*TN*`);
      expect((parseX12(out).message as any).lex.payload.acknowledgment.status).toBe(status);
    }
  });

  test('nextSteps is reported as not carried, with its pointer', () => {
    const m = structuredClone(ack) as any;
    m.lex.payload.acknowledgment.nextSteps = { leadId: 'LEAD-1' };
    const w = toX12(m).warnings.find((x) => x.code === 'FIELD_NOT_CARRIED');
    expect(w?.path).toBe('/lex/payload/acknowledgment/nextSteps');
  });

  test('a LEAD and its ACK in one interchange: two functional groups (ALX, AG), counts exact', () => {
    const lead = seedJson('minimal-lead.json');
    const out = toX12Interchange([lead, ack as any], { controlNumber: 7 });
    const segs = segmentsOf(out.output);
    expect(segs.filter((s) => s.startsWith('GS*')).map((s) => s.split('*')[1])).toEqual(['ALX', 'AG']);
    expect(segs.filter((s) => s.startsWith('GE*'))).toEqual(['GE*1*7', 'GE*1*8']);
    expect(segs[segs.length - 1]).toBe('IEA*2*000000007');
    const back = parseX12Interchange(out.output, { strict: true });
    expect(back.warnings).toEqual([]);
    expect(back.messages.map((m) => m.message.lex.header.messageType)).toEqual(['LEAD', 'ACKNOWLEDGMENT']);
    expect(back.messages.map((m) => m.control.group)).toEqual(['7', '8']);
    // the streaming writer writes the same text
    const writer = new X12InterchangeWriter({ controlNumber: 7 });
    const streamed = writer.write(lead).output + writer.write(ack).output + writer.end();
    expect(streamed).toBe(out.output);
  });

  test('an ST01 LEX has no table for is read as an 850, with a warning', () => {
    const text = toX12(seedJson('minimal-lead.json')).output.replace('ST*850*', 'ST*855*');
    const r = parseX12(text);
    expect(r.message.lex.header.messageType).toBe('LEAD');
    expect(r.warnings.map((w) => `${w.code}@${w.position?.tag}${w.position?.element}`)).toContain('X12_UNEXPECTED_VALUE@ST1');
  });
});
