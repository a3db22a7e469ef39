// A message read without a field LEX requires is reported (EDIFACT_REQUIRED_FIELD_MISSING, with the field's pointer
// and the UNH's position), as X12 does: the LEX message it gives is not valid, and the user is told why.
import { describe, expect, it } from 'vitest';
import { validate } from '@lexstandard/validator';
import { EdifactStreamParser, ORDERS, parseEdifact, parseEdifactInterchange, toEdifact, toEdifactInterchange } from '../src/index.js';
import { clone, seedJson } from './helpers.js';

const minimal = seedJson('minimal-lead.json');
const withoutLeadId = clone(minimal);
delete withoutLeadId.lex.payload.lead.leadId;
const missing = (ws: { code: string; path?: string }[]) => ws.filter((w) => w.code === 'EDIFACT_REQUIRED_FIELD_MISSING').map((w) => w.path);

describe('required fields a message does not carry', () => {
  it('the generated table lists the required fields ORDERS carries, in schema order', () => {
    const pointers = ORDERS.required.map((r) => r.pointer);
    expect(pointers).toContain('/lex/payload/lead/leadId');
    expect(pointers).toContain('/lex/payload/lead/desiredProduct/make');
    expect(pointers.indexOf('/lex/header')).toBeLessThan(pointers.indexOf('/lex/header/senderId'));
    // only fields the schema requires and ORDERS has a place for (itself or a member)
    expect(pointers).not.toContain('/lex/payload/lead/customer/email');
  });

  it('a lead without a leadId: one warning at the UNH, the rest read as written', () => {
    const text = toEdifact(withoutLeadId).output;
    const { message, warnings } = parseEdifact(text);
    expect(message).toEqual(withoutLeadId);
    expect(warnings).toEqual([
      {
        code: 'EDIFACT_REQUIRED_FIELD_MISSING',
        path: '/lex/payload/lead/leadId',
        message: 'the message does not carry /lex/payload/lead/leadId, which LEX requires',
        position: expect.objectContaining({ segment: 3, tag: 'UNH', offset: text.indexOf('UNH') }),
      },
    ]);
    // the validator says the same of the message
    expect(validate(message).errors.map((e) => e.path)).toContain('/lex/payload/lead/leadId');
  });

  it('a lead without a customer: the customer is reported, not each of its fields', () => {
    const m = clone(minimal);
    delete m.lex.payload.lead.customer;
    expect(missing(parseEdifact(toEdifact(m).output).warnings)).toEqual(['/lex/payload/lead/customer']);
  });

  it('among canonical messages in an interchange, only the one that lacks it is reported, at its own UNH', () => {
    const out = toEdifactInterchange([minimal, withoutLeadId, minimal]).output;
    const r = parseEdifactInterchange(out);
    expect(r.messages.map((m) => missing(m.warnings))).toEqual([[], ['/lex/payload/lead/leadId'], []]);
    const unh = [...out.matchAll(/UNH\+/g)].map((m) => m.index);
    expect(r.messages[1]!.warnings[0]!.position).toMatchObject({ tag: 'UNH', offset: unh[1] });
    expect(r.messages[1]!.message).toEqual(withoutLeadId);
  });

  it('read in chunks of any size: the same warnings', () => {
    const out = toEdifactInterchange([minimal, withoutLeadId]).output;
    const whole = parseEdifactInterchange(out).messages.map((m) => m.warnings);
    for (const size of [1, 7, 64]) {
      const p = new EdifactStreamParser();
      const got = [];
      for (let at = 0; at < out.length; at += size) got.push(...p.push(out.slice(at, at + size)));
      got.push(...p.end().messages);
      expect(got.map((m) => m.warnings)).toEqual(whole);
    }
  });

  it('no NAD+BY and a garbled UNB that gives no sender: the senderId is reported', () => {
    const text = toEdifact(minimal).output.replace(/UNB\+UNOC:3\+[^+]*\+/, 'UNB+UNOC:3++').replace("NAD+BY+DEALER-001'", '').replace('UNT+12+', 'UNT+11+');
    const { message, warnings } = parseEdifact(text);
    expect((message.lex as any).header.senderId).toBeUndefined();
    expect(missing(warnings)).toEqual(['/lex/header/senderId']);
  });
});
