// The ACKNOWLEDGMENT as an EDIFACT APERAK (APERAK:D:96A:UN:ALXACK): the layout partners expect (BGM 305, DTM,
// RFF+ACW to the acknowledged message, NAD+MS/MR, one ERC-FTX-RFF group per error or warning), tokenized the same
// way by the independent `edifact` library, and read back by our reader (UNH APERAK → the ACKNOWLEDGMENT table).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { elementsOf, EdifactInterchangeWriter, parseEdifact, parseEdifactInterchange, SegmentTokenizer, toEdifact, toEdifactInterchange, type RawSegment } from '../src/index.js';
import { seedJson } from './helpers.js';

const require = createRequire(import.meta.url);
const EdifactParser = require('edifact/parser.js');

function peerSegments(text: string): { name: string; elements: string[][] }[] {
  const parser = new EdifactParser();
  parser.encoding('UNOC');
  const out: { name: string; elements: string[][] }[] = [];
  let elements: string[][] = [];
  parser.onopensegment = (name: string) => out.push({ name, elements: (elements = []) });
  parser.onelement = () => elements.push([]);
  parser.oncomponent = (v: string) => elements[elements.length - 1]!.push(v);
  parser.write(text);
  parser.end();
  return out;
}

function ourSegments(text: string): { name: string; elements: string[][] }[] {
  const t = new SegmentTokenizer();
  const segs: RawSegment[] = [...t.push(text), ...t.end()];
  return segs.filter((s) => s.tag !== 'UNA').map((s) => ({ name: s.tag, elements: elementsOf(s, t.delimiters!).map((e) => (typeof e === 'string' ? [e] : e)) }));
}

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
          { code: 'INVALID_ENUM_VALUE', message: "status isn't a lead status: 'PENDING'?", severity: 'CRITICAL' },
        ],
        warnings: [{ code: 'PHONE_NOT_E164', message: 'Phone number is not in E.164 form.', path: '/lex/payload/lead/customer/phone', severity: 'WARNING' }],
      },
    },
  },
} as const;

describe('ACKNOWLEDGMENT → APERAK', () => {
  it('writes the APERAK layout', () => {
    const out = toEdifact(ack as any, { newline: true, controlReference: 'ACK1' });
    expect(out.output).toBe("UNA:+.? '\n" + [
      'UNB+UNOC:3+MANUFACTURER-ABC+DEALER-001+260323:1431+ACK1',
      'UNH+7c9e6679-7425-40de-944b-e07fc1f90ae7+APERAK:D:96A:UN:ALXACK',
      'BGM+305+7c9e6679-7425-40de-944b-e07fc1f90ae7+27',
      'DTM+137:20260323143100:204',
      'DTM+9:20260323143100:204',
      'RFF+ZZZ:550e8400-e29b-41d4-a716-446655440000',
      'RFF+ACW:550e8400-e29b-41d4-a716-446655440000',
      'NAD+MS+MANUFACTURER-ABC',
      'NAD+MR+DEALER-001',
      'ERC+REQUIRED_FIELD_MISSING:ERR:ZZZ',
      'FTX+AAO++ERROR+customer.email or customer.phone must be present.:Send customer.email or customer.phone.',
      'RFF+ZZZ:/lex/payload/lead/customer/email',
      'ERC+INVALID_ENUM_VALUE:ERR:ZZZ',
      "FTX+AAO++CRITICAL+status isn?'t a lead status?: ?'PENDING?'??",
      'ERC+PHONE_NOT_E164:WRN:ZZZ',
      'FTX+AAO++WARNING+Phone number is not in E.164 form.',
      'RFF+ZZZ:/lex/payload/lead/customer/phone',
      'UNT+17+7c9e6679-7425-40de-944b-e07fc1f90ae7',
      'UNZ+1+ACK1',
      '',
    ].join("'\n"));
    // /lex/version is implied by the message identifier, as for ORDERS, and restored on input: nothing is left out
    expect(out.warnings).toEqual([]);
  });

  it('the edifact library tokenizes it into the same segments, elements and components', () => {
    const out = toEdifact(ack as any).output;
    const peer = peerSegments(out);
    expect(peer).toEqual(ourSegments(out));
    expect(peer.find((s) => s.name === 'UNH')!.elements[1]).toEqual(['APERAK', 'D', '96A', 'UN', 'ALXACK']);
    expect(peer.filter((s) => s.name === 'ERC').map((s) => s.elements[0])).toEqual([
      ['REQUIRED_FIELD_MISSING', 'ERR', 'ZZZ'], ['INVALID_ENUM_VALUE', 'ERR', 'ZZZ'], ['PHONE_NOT_E164', 'WRN', 'ZZZ'],
    ]);
  });

  it('reads back identical, without a warning (UNH APERAK selects the ACKNOWLEDGMENT table)', () => {
    const back = parseEdifact(toEdifact(ack as any).output, { strict: true });
    expect(back.warnings).toEqual([]);
    expect(back.message).toEqual(ack);
  });

  it('every status has its own BGM message function code', () => {
    const codes: Record<string, string> = { RECEIVED: '23', PROCESSED: '29', REJECTED: '27', ERROR: '12', DUPLICATE: '7' };
    for (const [status, code] of Object.entries(codes)) {
      const m = structuredClone(ack) as any;
      m.lex.payload.acknowledgment.status = status;
      const out = toEdifact(m).output;
      expect(out).toContain(`BGM+305+7c9e6679-7425-40de-944b-e07fc1f90ae7+${code}'`);
      expect((parseEdifact(out).message as any).lex.payload.acknowledgment.status).toBe(status);
    }
  });

  it('nextSteps is reported as not carried, with its pointer', () => {
    const m = structuredClone(ack) as any;
    m.lex.payload.acknowledgment.nextSteps = { leadId: 'LEAD-1' };
    expect(toEdifact(m).warnings.map((w) => w.path)).toContain('/lex/payload/acknowledgment/nextSteps');
  });

  it('a LEAD and its ACK in one interchange: ORDERS then APERAK; the streaming writer writes the same', () => {
    const lead = seedJson('minimal-lead.json');
    const out = toEdifactInterchange([lead, ack as any], { controlReference: 'X1' });
    const back = parseEdifactInterchange(out.output, { strict: true });
    expect(back.warnings).toEqual([]);
    expect(back.messages.map((m) => m.message.lex.header.messageType)).toEqual(['LEAD', 'ACKNOWLEDGMENT']);
    expect(back.messages[1]!.message).toEqual(ack);
    const writer = new EdifactInterchangeWriter({ controlReference: 'X1' });
    expect(writer.write(lead).output + writer.write(ack).output + writer.end()).toBe(out.output);
  });
});
