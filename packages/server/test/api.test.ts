// The REST API against both stores: every operation of the OpenAPI file, the four media types, the
// idempotency, lead-state and closure semantics, and every documented error status with its LEX body.
// Servers run with validateResponses: 'throw', so any response that does not match the file is a 500.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type Format, type LexMessage } from '@lexstandard/core';
import { ackBody, ackOf, cleanupTmp, closure, encode, idOf, lead, leadIdOf, MEDIA, serve, storeCases, subscription } from './support/helpers.js';

afterAll(cleanupTmp);

describe.each(storeCases())('REST API on $name', (store) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let c: Awaited<ReturnType<typeof serve>>['client'];

  beforeAll(async () => {
    server = await serve(await store.fresh('api'), { bodyLimit: 64 * 1024 });
    c = server.client;
  });
  afterAll(async () => {
    expect(server.responseViolations).toEqual([]);
    await server.close();
  });

  const count = () => server.store.countMessages('');

  it.each<Format>(['json', 'xml', 'x12', 'edifact'])('accepts a LEAD in %s: 202, a RECEIVED acknowledgment, stored and readable', async (format) => {
    const m = lead();
    const r = await c.submit(m, format);
    expect(r.status).toBe(202);
    // without an Accept header the acknowledgment comes in the request's own format (X12 824, EDIFACT APERAK)
    const ackText = r.text;
    const ack = format === 'json' ? r.json : parse(ackText, { from: format }).message;
    expect(r.headers.get('content-type')).toContain(MEDIA[format]);
    if (format === 'x12') expect(ackText).toContain('ST*824*');
    if (format === 'edifact') expect(ackText).toContain('APERAK:D:96A:UN');
    expect(ack.lex.header.messageType).toBe('ACKNOWLEDGMENT');
    expect(ackBody(ack)).toMatchObject({ originalMessageId: idOf(m), status: 'RECEIVED' });
    expect(r.headers.get('location')).toBe(`/messages/${idOf(m)}`);
    expect(r.headers.get('x-ratelimit-limit')).toBeNull(); // the limiter is off on this server

    const back = await c.get(`/messages/${idOf(m)}`, { accept: 'application/json' });
    expect(back.status).toBe(200);
    expect(back.json.lex.header.messageId).toBe(idOf(m));
    expect(back.json.lex.payload.lead.leadId).toBe(leadIdOf(m));
    // the body as received, in its own format
    const raw = await c.get(`/messages/${idOf(m)}`, { accept: MEDIA[format] });
    expect(raw.status).toBe(200);
    expect(raw.text).toBe(encode(m, format));
    const a = await c.get(`/messages/${idOf(m)}/acknowledgment`);
    expect(a.status).toBe(200);
    expect(a.json.lex.header.messageId).toBe((ack as any).lex.header.messageId);
  });

  it.each<Format>(['json', 'xml', 'x12', 'edifact'])('reads a %s body in UTF-16 (by its byte-order mark or its charset) as its UTF-8 form; an unknown charset is a 415', async (format) => {
    const post = async (m: LexMessage, bytes: Uint8Array, contentType: string) => {
      const res = await fetch(server.url + '/messages', { method: 'POST', headers: { 'content-type': contentType }, body: bytes });
      return { status: res.status, json: await res.json().catch(() => undefined) };
    };
    const le = (text: string) => Buffer.from(text, 'utf16le');
    const be = (text: string) => { const b = le(text); for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!]; return b; };
    const bodies: [string, (t: string) => Uint8Array, string][] = [
      ['UTF-16 LE with a byte-order mark', (t) => le('\ufeff' + t), MEDIA[format]],
      ['UTF-16 BE with a byte-order mark, whatever the charset says', (t) => be('\ufeff' + t), `${MEDIA[format]}; charset=utf-8`],
      ['UTF-16 BE by its charset', (t) => be(t), `${MEDIA[format]}; charset="UTF-16BE"`],
      ['Latin-1 by its charset', (t) => Buffer.from(t, 'latin1'), `${MEDIA[format]}; charset=ISO-8859-1`],
    ];
    for (const [name, bytes, contentType] of bodies) {
      const m = lead();
      (m as any).lex.payload.lead.customer.lastName = 'Müller-Lüdenscheidt';
      const r = await post(m, bytes(encode(m, format)), contentType);
      expect(r.status, name).toBe(202);
      const back = await c.get(`/messages/${idOf(m)}`, { accept: 'application/json' });
      expect(back.json.lex.payload.lead.customer.lastName, name).toBe('Müller-Lüdenscheidt');
    }
    const m = lead();
    const refused = await post(m, Buffer.from(encode(m, format)), `${MEDIA[format]}; charset=x-klingon`);
    expect(refused.status).toBe(415);
    expect(refused.json).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((await c.get(`/messages/${idOf(m)}`, { accept: 'application/json' })).status).toBe(404);
  });

  it.each<Format>(['json', 'xml', 'x12', 'edifact'])('reads a %s body that is not UTF-8 and names no charset, and says so in the acknowledgment (INPUT_NOT_UTF8)', async (format) => {
    const post = async (bytes: Uint8Array) => {
      const res = await fetch(server.url + '/messages', { method: 'POST', headers: { 'content-type': MEDIA[format] }, body: bytes });
      return { status: res.status, text: await res.text() };
    };
    const inputWarnings = (r: { text: string }) => {
      const ack = parse(r.text, { from: format }).message as any;
      return ((ack.lex.payload.acknowledgment.warnings ?? []) as { code: string; severity: string; message: string }[]).filter((w) => w.code === 'INPUT_NOT_UTF8');
    };
    const m = lead();
    (m as any).lex.payload.lead.customer.lastName = 'Müller-Lüdenscheidt';
    const latin1 = await post(Buffer.from(encode(m, format), 'latin1'));
    expect(latin1.status).toBe(202);
    const back = await c.get(`/messages/${idOf(m)}`, { accept: 'application/json' });
    expect(back.json.lex.payload.lead.customer.lastName).toBe('Müller-Lüdenscheidt');
    const [w, ...more] = inputWarnings(latin1);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ code: 'INPUT_NOT_UTF8', severity: 'WARNING' });
    expect(w!.message).toMatch(/0xFC/);
    // the same message in UTF-8: no such warning
    const utf8 = lead();
    (utf8 as any).lex.payload.lead.customer.lastName = 'Müller-Lüdenscheidt';
    const ok = await post(Buffer.from(encode(utf8, format)));
    expect(ok.status).toBe(202);
    expect(inputWarnings(ok)).toEqual([]);
    if (format !== 'json') return;
    // a batch in Latin-1: every acknowledgment says how the body was read
    const two = [lead(), lead()];
    for (const x of two) (x as any).lex.payload.lead.customer.lastName = 'Müller';
    const res = await fetch(server.url + '/messages/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ messages: [...two, { nope: 1 }] }), 'latin1') });
    expect(res.status).toBe(200);
    const acks = ((await res.json()) as any).acknowledgments as any[];
    expect(acks.map((a) => a.lex.payload.acknowledgment.status)).toEqual(['RECEIVED', 'RECEIVED', 'REJECTED']);
    for (const a of acks) expect(a.lex.payload.acknowledgment.warnings.map((w: any) => w.code)).toContain('INPUT_NOT_UTF8');
  });

  it('gives an acknowledgment as an 824 or an APERAK on request, naming what the format leaves out', async () => {
    const m = lead();
    expect((await c.submit(m, 'json')).status).toBe(202);
    for (const format of ['x12', 'edifact'] as const) {
      const a = await c.get(`/messages/${idOf(m)}/acknowledgment`, { accept: MEDIA[format] });
      expect(a.status).toBe(200);
      expect(a.headers.get('content-type')).toContain(MEDIA[format]);
      const back = parse(a.text, { from: format }).message as any;
      expect(back.lex.header.messageType).toBe('ACKNOWLEDGMENT');
      expect(ackBody(back)).toMatchObject({ originalMessageId: idOf(m), status: 'RECEIVED' });
      // what the JSON-EDI acknowledgment holds beyond the 824/APERAK mapping is named, not dropped unsaid
      const json = (await c.get(`/messages/${idOf(m)}/acknowledgment`, { accept: 'application/json' })).json;
      const notCarried = a.headers.get('x-lex-not-carried');
      if (json.lex.payload.acknowledgment.nextSteps) expect(notCarried).toContain('/lex/payload/acknowledgment/nextSteps');
      else expect(notCarried).toBeNull();
    }
  });

  it('answers in the format the Accept header asks for, or 406 when the message cannot be given in it', async () => {
    const m = lead();
    const r = await c.submit(m, 'json', '/messages', { accept: 'application/xml' });
    expect(r.status).toBe(202);
    expect(r.headers.get('content-type')).toContain('application/xml');
    expect(r.text).toContain('<Acknowledgment>');
    for (const [accept, type] of [['application/EDI-X12', 'application/EDI-X12'], ['application/EDIFACT', 'application/EDIFACT'], ['application/xml;q=0.5, application/json', 'application/json']]) {
      const g = await c.get(`/messages/${idOf(m)}`, { accept: accept! });
      expect(g.status).toBe(200);
      expect(g.headers.get('content-type')).toContain(type);
    }
    expect((await c.get(`/messages/${idOf(m)}`, { accept: 'text/html' })).status).toBe(406);
    const sub = subscription('SUB-ACCEPT-1');
    expect((await c.submit(sub)).status).toBe(202);
    const x12 = await c.get(`/messages/${idOf(sub)}`, { accept: 'application/EDI-X12' });
    expect(x12.status).toBe(406); // X12 carries LEAD messages only
    expect(x12.json).toMatchObject({ status: 406, code: 'NOT_ACCEPTABLE' });
  });

  it('a duplicate messageId gets the first acknowledgment again (200) and stores nothing (TC-004)', async () => {
    const m = lead();
    const first = await c.submit(m);
    const before = await count();
    const again = await c.submit(m);
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    // the same messageId in another format, with other content, is still the same message
    const changed = structuredClone(m) as any;
    changed.lex.payload.lead.customer.firstName = 'Janet';
    const third = await c.submit(changed, 'xml', '/leads', { accept: 'application/json' });
    expect(third.status).toBe(200);
    expect(third.json).toEqual(first.json);
    expect(await count()).toBe(before);
  });

  it('an invalid LEAD: 422 with a REJECTED acknowledgment carrying the validator\'s issues; nothing stored', async () => {
    const m = lead() as any;
    delete m.lex.payload.lead.customer.firstName;
    m.lex.payload.lead.status = 'PENDING';
    const before = await count();
    const r = await c.submit(m);
    expect(r.status).toBe(422);
    expect(ackBody(r.json).status).toBe('REJECTED');
    expect(ackBody(r.json).errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'REQUIRED_FIELD_MISSING', path: '/lex/payload/lead/customer/firstName' }),
      expect.objectContaining({ code: 'INVALID_ENUM_VALUE', path: '/lex/payload/lead/status' }),
    ]));
    expect(await count()).toBe(before);
    expect((await c.get(`/messages/${idOf(m)}`)).status).toBe(404);
    expect((await c.get(`/messages/${idOf(m)}/acknowledgment`)).status).toBe(404);
    // corrected, the same messageId is accepted: a rejection is not remembered
    m.lex.payload.lead.customer.firstName = 'Jane';
    m.lex.payload.lead.status = 'EXPRESSED_INTEREST';
    expect((await c.submit(m)).status).toBe(202);
  });

  // PostgreSQL text cannot hold NUL: a key with one must not reach a lookup (it failed the transaction: a 500)
  it('a leadId or messageId with a NUL character: 422 with a REJECTED acknowledgment, on both stores', async () => {
    const badLead = lead();
    (badLead as any).lex.payload.lead.leadId = 'LEAD\u0000-1';
    const a = await c.submit(badLead, 'json');
    expect(a.status).toBe(422);
    expect(ackBody(a.json).errors.map((e: any) => e.code)).toContain('INVALID_LEAD_ID');
    const badId = lead();
    (badId as any).lex.header.messageId = '550e8400-e29b-41d4-a716-44665544\u0000000';
    const b = await c.submit(badId, 'json');
    expect(b.status).toBe(422);
    expect(ackBody(b.json).errors.map((e: any) => e.code)).toContain('INVALID_UUID');
  });

  it('a message too broken to identify still gets a valid REJECTED acknowledgment', async () => {
    const m = lead() as any;
    m.lex.header.messageId = 'not-a-uuid';
    m.lex.header.senderId = 'no spaces allowed';
    const r = await c.submit(m);
    expect(r.status).toBe(422);
    expect(ackBody(r.json).originalMessageId).toBe('00000000-0000-4000-8000-000000000000');
    expect(ackBody(r.json).errors.map((e: any) => e.code)).toEqual(expect.arrayContaining(['INVALID_UUID', 'INVALID_PARTY_ID']));
  });

  it.each<[Format, string]>([
    ['json', '{"lex": {"version": "1.0.0", "header": '],
    ['json', '{"not": "lex"}'],
    ['xml', '<lex version="1.0.0"><Header><MessageId>'],
    ['xml', '<order/>'],
    ['x12', 'ISA*00*          *00*   ~'],
    ['x12', 'hello'],
    ['edifact', "UNB+UNOC:3+DEALER-001+MFR'UNH+1"],
    ['edifact', 'hello'],
  ])('a malformed %s body (%s): 400, REJECTED acknowledgment with an input code; nothing stored', async (format, body) => {
    const before = await count();
    const r = await c.submit(body, format);
    expect(r.status).toBe(400);
    const ack = format === 'xml' ? parse(r.text, { from: 'xml' }).message : r.json;
    const issue = ackBody(ack).errors[0];
    expect(['INVALID_JSON', 'NOT_A_LEX_MESSAGE']).toContain(issue.code);
    expect(issue.severity).toBe('CRITICAL');
    expect(await count()).toBe(before);
  });

  it('a wrong or missing media type: 415 problem; nothing stored', async () => {
    const before = await count();
    const m = JSON.stringify(lead());
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'application/EDI-X12-but-not-really' }]) {
      const r = await c.call('POST', '/messages', { body: m, headers });
      expect(r.status).toBe(415);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.json).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
    // no Content-Type at all (fetch would add text/plain, so a bare request)
    const bare = await new Promise<number>((resolve, reject) => {
      const u = new URL(server.url);
      const req = request({ host: u.hostname, port: u.port, path: '/messages', method: 'POST', headers: { 'content-length': Buffer.byteLength(m) } }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); });
      req.on('error', reject);
      req.end(m);
    });
    expect(bare).toBe(415);
    // X12 is not accepted by the closure operation (its file lists JSON-EDI and XML-EDI only)
    const x = await c.submit(lead(), 'x12', '/leads/LEAD-X/closure');
    expect(x.status).toBe(415);
    // media types are case-insensitive and may carry parameters
    expect((await c.call('POST', '/messages', { body: m, headers: { 'content-type': 'Application/JSON; charset=utf-8' } })).status).toBe(202);
    expect(await count()).toBe(before + 1);
  });

  it('a body over the limit: 413 problem; nothing stored', async () => {
    const m = lead() as any;
    m.lex.payload.lead.notes = 'x'.repeat(70 * 1024);
    const before = await count();
    const r = await c.submit(m);
    expect(r.status).toBe(413);
    expect(r.json).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    expect(await count()).toBe(before);
  });

  it('checks a status update against the stored lead (INVALID_STATUS_TRANSITION), and accepts a legal one', async () => {
    const first = lead({ status: 'DELIVERED' });
    expect((await c.submit(first)).status).toBe(202);
    const bad = lead({ leadId: leadIdOf(first), status: 'IN_NEGOTIATION' });
    const r = await c.submit(bad, 'xml', '/leads', { accept: 'application/json' });
    expect(r.status).toBe(422);
    expect(ackBody(r.json).errors).toEqual([expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION', path: '/lex/payload/lead/status' })]);
    const ok = lead({ leadId: leadIdOf(first), status: 'ARCHIVED' });
    expect((await c.submit(ok, 'json', '/leads')).status).toBe(202);
  });

  it('POST /leads takes LEAD messages only', async () => {
    const r = await c.submit(subscription('SUB-ON-LEADS'), 'json', '/leads');
    expect(r.status).toBe(422);
    expect(ackBody(r.json).errors[0]).toMatchObject({ code: 'PAYLOAD_TYPE_MISMATCH', path: '/lex/header/messageType' });
  });

  it('LEAD_CLOSURE: 404 for an unknown lead, 409 for a path that names another lead, then PROCESSED; the lead is closed', async () => {
    const l = lead();
    expect((await c.submit(l)).status).toBe(202);
    const ghost = lead();
    const n = await c.submit(closure(ghost), 'json', `/leads/${leadIdOf(ghost)}/closure`);
    expect(n.status).toBe(404);
    expect(n.json.code).toBe('LEAD_NOT_FOUND');
    const mismatch = await c.submit(closure(l), 'json', '/leads/SOME-OTHER-LEAD/closure');
    expect(mismatch.status).toBe(409);
    const close = closure(l);
    const ok = await c.submit(close, 'xml', `/leads/${leadIdOf(l)}/closure`);
    expect(ok.status).toBe(202);
    expect(ok.text).toContain('<Status>PROCESSED</Status>');
    expect((await server.store.getLead('', leadIdOf(l)))).toMatchObject({ closureStatus: 'WON', closureMessageId: idOf(close).toLowerCase() });
    // a closed lead takes no further status update but ARCHIVED
    const after = await c.submit(lead({ leadId: leadIdOf(l), status: 'ORDER' }));
    expect(after.status).toBe(422);
    expect(ackBody(after.json).errors[0].message).toContain('was closed (WON)');
    expect((await c.submit(lead({ leadId: leadIdOf(l), status: 'ARCHIVED' }))).status).toBe(202);
    // a wrong message type on the closure operation
    const wrong = await c.submit(lead({ leadId: leadIdOf(l) }), 'json', `/leads/${leadIdOf(l)}/closure`);
    expect(wrong.status).toBe(422);
  });

  it('subscriptions: 201 on create, listed, 200 on replay, cancelled with 204, then 404', async () => {
    const sub = subscription('SUB-API-1');
    const created = await c.submit(sub, 'json', '/subscriptions');
    expect(created.status).toBe(201);
    expect(ackBody(created.json).status).toBe('PROCESSED');
    expect((await c.submit(sub, 'json', '/subscriptions')).status).toBe(200);
    let list = await c.get('/subscriptions');
    expect(list.status).toBe(200);
    expect(list.json.subscriptions.map((s: any) => s.subscriptionId)).toContain('SUB-API-1');
    expect((await c.call('DELETE', '/subscriptions/SUB-API-1')).status).toBe(204);
    expect((await c.call('DELETE', '/subscriptions/SUB-API-1')).status).toBe(404);
    list = await c.get('/subscriptions');
    expect(list.json.subscriptions.map((s: any) => s.subscriptionId)).not.toContain('SUB-API-1');
    // UNSUBSCRIBE by message ends one too
    await c.submit(subscription('SUB-API-2'), 'json', '/subscriptions');
    await c.submit(subscription('SUB-API-2', 'UNSUBSCRIBE'), 'json', '/subscriptions');
    expect((await c.get('/subscriptions')).json.subscriptions.map((s: any) => s.subscriptionId)).not.toContain('SUB-API-2');
    expect((await c.submit(lead(), 'json', '/subscriptions')).status).toBe(422);
  });

  // A sender on a newer minor version sends members this receiver does not know: accepted with UNKNOWN_FIELD
  // warnings ("ignored"), and what is stored and served is the message as understood, which the file's schema
  // (no additional properties) describes. The responses are checked against the file (the suite fails otherwise).
  it('members the schema does not define: accepted with UNKNOWN_FIELD, left out of what is stored and served', async () => {
    const m = lead();
    (m as any).lex.header.routingHint = 'EU-1';
    (m as any).lex.payload.lead.customer.nickname = 'JJ';
    const r = await c.submit(m, 'json');
    expect(r.status).toBe(202);
    expect(ackBody(r.json).warnings.filter((w: any) => w.code === 'UNKNOWN_FIELD').map((w: any) => w.path)).toEqual(['/lex/header/routingHint', '/lex/payload/lead/customer/nickname']);
    for (const accept of ['application/json', 'application/xml', 'application/EDI-X12', 'application/EDIFACT']) {
      const back = await c.get(`/messages/${idOf(m)}`, { accept });
      expect(back.status, accept).toBe(200);
      const got = accept === 'application/json' ? back.json : parse(back.text).message as any;
      expect(got.lex.header.routingHint, accept).toBeUndefined();
      expect(got.lex.payload.lead.customer.nickname, accept).toBeUndefined();
      expect(got.lex.payload.lead.customer.lastName, accept).toBe((m as any).lex.payload.lead.customer.lastName);
    }
    const sub = subscription('SUB-API-UNKNOWN');
    (sub as any).lex.payload.subscription.deliveryWindow = 'nights';
    expect((await c.submit(sub, 'json', '/subscriptions')).status).toBe(201);
    const listed = (await c.get('/subscriptions')).json.subscriptions.find((s: any) => s.subscriptionId === 'SUB-API-UNKNOWN');
    expect(listed).toBeDefined();
    expect(listed.deliveryWindow).toBeUndefined();
    // a message with nothing ignored still comes back as its bytes were received
    const plain = lead();
    await c.submit(plain, 'json');
    expect((await c.get(`/messages/${idOf(plain)}`, { accept: 'application/json' })).text).toBe(encode(plain, 'json'));
  });

  it('a member with a 600-character name: accepted, the acknowledgment (valid against the file) points at its parent', async () => {
    const m = lead() as any;
    m.lex.payload.lead.customer['k'.repeat(600)] = 'v';
    const r = await c.submit(m, 'json');
    expect(r.status).toBe(202);
    expect(ackBody(r.json).warnings.filter((w: any) => w.code === 'UNKNOWN_FIELD').map((w: any) => w.path)).toEqual(['/lex/payload/lead/customer']);
    const batch = await c.call('POST', '/messages/batch', { body: JSON.stringify({ messages: [lead(), m] }), headers: { 'content-type': 'application/json' } });
    expect(batch.status).toBe(200);
  });

  it('an ACKNOWLEDGMENT from a partner is stored; the HTTP answer acknowledges it as the file says', async () => {

    const ack = ackOf(lead());
    const r = await c.submit(ack);
    expect(r.status).toBe(202);
    expect(ackBody(r.json)).toMatchObject({ originalMessageId: idOf(ack), status: 'PROCESSED' });
    expect((await c.get(`/messages/${idOf(ack)}`)).status).toBe(200);
  });

  it('batch: one acknowledgment per message in order (accepted, rejected, replayed, unreadable); >100 is 413', async () => {
    const a = lead();
    const b = lead() as any;
    delete b.lex.payload.lead.customer.firstName;
    const before = await count();
    const r = await c.call('POST', '/messages/batch', { body: JSON.stringify({ messages: [a, b, a, { nope: 1 }, ackOf(a)] }), headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(200);
    const acks = r.json.acknowledgments.map(ackBody);
    expect(acks.map((x: any) => x.status)).toEqual(['RECEIVED', 'REJECTED', 'RECEIVED', 'REJECTED', 'PROCESSED']);
    expect(r.json.acknowledgments[2]).toEqual(r.json.acknowledgments[0]);
    expect(acks[3].errors[0].code).toBe('NOT_A_LEX_MESSAGE');
    expect(await count()).toBe(before + 2);
    const tooMany = await c.call('POST', '/messages/batch', { body: JSON.stringify({ messages: Array.from({ length: 101 }, () => lead()) }), headers: { 'content-type': 'application/json' } });
    expect(tooMany.status).toBe(413);
    const broken = await c.call('POST', '/messages/batch', { body: '{"messages": [', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.json.code).toBe('INVALID_JSON');
    expect(broken.json.detail).toBe('the batch is not valid JSON: unexpected end of input (line 1, column 15)');
    expect((await c.call('POST', '/messages/batch', { body: '{"messages": []}', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await c.call('POST', '/messages/batch', { body: '<x/>', headers: { 'content-type': 'application/xml' } })).status).toBe(415);
    expect(await count()).toBe(before + 2);
    // a byte-order mark before the batch is dropped, as before a single message
    const bom = await c.call('POST', '/messages/batch', { body: '\ufeff' + JSON.stringify({ messages: [lead()] }), headers: { 'content-type': 'application/json' } });
    expect(bom.status).toBe(200);
    expect(bom.json.acknowledgments.map(ackBody).map((x: any) => x.status)).toEqual(['RECEIVED']);
    expect(await count()).toBe(before + 3);
  });

  it('parameters are checked against the file: 400 for a messageId that is not a UUID; 404 for unknown ones', async () => {
    const bad = await c.get('/messages/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('INVALID_PARAMETER');
    expect((await c.get('/messages/6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f00')).status).toBe(404);
    expect((await c.get('/schema/INQUIRY')).status).toBe(400);
    expect((await c.get('/nowhere')).status).toBe(404);
    // what the router cannot read, or reads before the operation does: problem bodies with documented statuses
    const long = await c.get(`/messages/${'a'.repeat(300)}`);
    expect([long.status, long.json.code]).toEqual([400, 'INVALID_PARAMETER']);
    const longer = await c.get(`/messages/${'a'.repeat(3000)}`);
    expect([longer.status, longer.json.code, longer.headers.get('content-type')]).toEqual([400, 'BAD_URL', 'application/problem+json; charset=utf-8']);
    const badEscape = await c.get('/messages/%E0%A4%A');
    expect([badEscape.status, badEscape.json.code]).toEqual([400, 'BAD_URL']);
    const closure = await c.call('POST', `/leads/${'L'.repeat(300)}/closure`, { body: '{}', headers: { 'content-type': 'application/json' } });
    expect(closure.status).not.toBe(414);
    // an operation without a request body ignores a Content-Type header, an empty one too (not a 415 it does not document)
    expect((await c.call('DELETE', '/subscriptions/SUB-NONE', { headers: { 'content-type': '' } })).status).toBe(404);
  });

  it('health, the schema of each message type, and the conformance operations this receiver does not host', async () => {
    const h = await c.get('/health');
    expect(h.status).toBe(200);
    expect(h.json).toMatchObject({ status: 'UP', lexVersion: '1.0.0' });
    for (const t of ['LEAD', 'ASSET', 'ACKNOWLEDGMENT', 'SUBSCRIPTION', 'LEAD_CLOSURE']) {
      const s = await c.get(`/schema/${t}`);
      expect(s.status).toBe(200);
      expect(s.headers.get('content-type')).toContain('application/schema+json');
      expect(s.json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.json.title).toBe(`LexMessage (${t})`);
    }
    const run = await c.call('POST', '/conformance/run', { body: '{"level":"L3"}', headers: { 'content-type': 'application/json' } });
    expect(run.status).toBe(403);
  });
});

describe('rate limit', () => {
  it('per sender: 429 with Retry-After and the rate headers once the bucket is empty; nothing stored; other senders unaffected', async () => {
    const [sqlite] = storeCases();
    const server = await serve(await sqlite!.fresh('rate'), { rateLimit: { perMinute: 60, burst: 3 } });
    try {
      const c = server.client;
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await c.submit(lead({ senderId: 'DEALER-RATE' }));
        statuses.push(last.status);
      }
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
      expect(last!.headers.get('retry-after')).toBe('1');
      expect(last!.headers.get('x-ratelimit-limit')).toBe('60');
      expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(last!.json).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(await server.store.countMessages()).toBe(3);
      const other = await c.submit(lead({ senderId: 'DEALER-OTHER' }));
      expect(other.status).toBe(202);
      expect(other.headers.get('x-ratelimit-remaining')).toBe('2');
      await new Promise((r) => setTimeout(r, 1100));
      expect((await c.submit(lead({ senderId: 'DEALER-RATE' }))).status).toBe(202);
      expect(server.responseViolations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('a receiver at L1', () => {
  it('returns what it accepted: a value a higher-level rule flagged (INVALID_MODEL_YEAR) comes back as received, in every format', async () => {
    const [sqlite] = storeCases();
    const server = await serve(await sqlite!.fresh('level1'), { level: 'L1' });
    try {
      const c = server.client;
      const m = lead() as any;
      m.lex.payload.lead.desiredProduct.year = 2200; // past the schema's maximum (2100): an L2 rule
      const r = await c.submit(m, 'json');
      expect(r.status).toBe(202);
      expect(ackBody(r.json).warnings.map((w: any) => [w.code, w.path])).toContainEqual(['INVALID_MODEL_YEAR', '/lex/payload/lead/desiredProduct/year']);
      for (const accept of ['application/json', 'application/xml', 'application/EDI-X12', 'application/EDIFACT']) {
        const back = await c.get(`/messages/${idOf(m)}`, { accept });
        // (the response check, in 'throw' mode here, answered 500 RESPONSE_VALIDATION_FAILED before)
        expect(back.status, `${accept}: ${back.text.slice(0, 300)}`).toBe(200);
        const got = accept === 'application/json' ? back.json : (parse(back.text).message as any);
        expect(got.lex.payload.lead.desiredProduct.year, accept).toBe(2200);
      }
      expect(server.responseViolations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
