// The pieces without a server: the contract read from the OpenAPI file, content negotiation, the rate limiter.
import { describe, expect, it } from 'vitest';
import { loadOpenApi } from '@lexstandard/openapi';
import { Contract, createServer, defaultContract, negotiate, RateLimiter } from '../src/index.js';

describe('the contract comes from the generated OpenAPI file', () => {
  const contract = defaultContract();

  it('has every path and operation of the file, with its media types and statuses', () => {
    const doc = loadOpenApi();
    const ops = Object.values<any>(doc.paths).flatMap((item) => ['get', 'post', 'delete', 'put', 'patch'].filter((m) => item[m]).map((m) => item[m].operationId));
    expect([...contract.operations.keys()].sort()).toEqual(ops.sort());
    const submit = contract.operations.get('submitMessage')!;
    expect([...submit.requestContent.values()].map((c) => c.mediaType)).toEqual(['application/json', 'application/xml', 'application/EDI-X12', 'application/EDIFACT']);
    expect([...submit.responses.keys()]).toEqual(expect.arrayContaining(['200', '202', '400', '413', '415', '422', '429', '500']));
  });

  it('checks responses: undocumented statuses, media types and bodies are violations', () => {
    const health = contract.operations.get('healthCheck')!;
    expect(contract.checkResponse(health, 200, 'application/json', { status: 'UP', lexVersion: '1.0.0' })).toEqual([]);
    expect(contract.checkResponse(health, 200, 'application/json', { status: 'FINE', lexVersion: '1.0.0' })).not.toEqual([]);
    expect(contract.checkResponse(health, 418, 'application/json', {})[0]!.message).toMatch(/not a documented response/);
    expect(contract.checkResponse(health, 200, 'text/plain', 'UP')[0]!.message).toMatch(/not a documented media type/);
  });

  it('expected pointers pass problems at or under them only: the rest of the body is still checked', () => {
    const health = contract.operations.get('healthCheck')!;
    const bad = { status: 'FINE', lexVersion: 7 };
    expect([...new Set(contract.checkResponse(health, 200, 'application/json', bad).map((p) => p.pointer))].sort()).toEqual(['/lexVersion', '/status']);
    expect([...new Set(contract.checkResponse(health, 200, 'application/json', bad, undefined, new Set(['/status'])).map((p) => p.pointer))]).toEqual(['/lexVersion']);
    expect(contract.checkResponse(health, 200, 'application/json', bad, undefined, new Set(['/stat'])).length).toBeGreaterThanOrEqual(2);
    expect(contract.checkResponse(health, 200, 'application/json', bad, undefined, new Set(['']))).toEqual([]);
  });

  it('a server refuses to start when the file has an operation it does not implement', async () => {
    const doc = structuredClone(loadOpenApi());
    doc.paths['/leads/{leadId}/history'] = { get: { operationId: 'getLeadHistory', responses: { 200: { description: 'x' } } } };
    await expect(createServer({ contract: new Contract(doc), db: 'sqlite::memory:' })).rejects.toThrow(/getLeadHistory/);
  });
});

describe('content negotiation', () => {
  const both = ['application/json', 'application/xml'];
  it('picks by quality and specificity, the preferred type on ties, nothing when nothing fits', () => {
    expect(negotiate(undefined, both)).toBe('application/json');
    expect(negotiate(undefined, both, 'application/xml')).toBe('application/xml');
    expect(negotiate('*/*', both, 'application/xml')).toBe('application/xml');
    expect(negotiate('application/xml', both)).toBe('application/xml');
    expect(negotiate('application/json;q=0.4, application/xml;q=0.9', both)).toBe('application/xml');
    expect(negotiate('application/*;q=0.5, application/json;q=0', both)).toBe('application/xml');
    expect(negotiate('text/html', both)).toBeUndefined();
    expect(negotiate('APPLICATION/EDI-X12', ['application/json', 'application/EDI-X12'])).toBe('application/EDI-X12');
  });
});

describe('rate limiter (token bucket)', () => {
  it('takes tokens per key, refills with time, all or nothing across keys', () => {
    let t = 0;
    const r = new RateLimiter({ perMinute: 60, burst: 2 }, () => t);
    expect(r.take(new Map([['a', 1]]))).toMatchObject({ allowed: true, remaining: 1, limit: 60 });
    expect(r.take(new Map([['a', 1]]))).toMatchObject({ allowed: true, remaining: 0 });
    expect(r.take(new Map([['a', 1]]))).toMatchObject({ allowed: false, retryAfter: 1 });
    expect(r.take(new Map([['b', 2]]))).toMatchObject({ allowed: true });
    t += 1000;
    expect(r.take(new Map([['a', 1], ['b', 2]]))).toMatchObject({ allowed: false }); // b has one token only
    expect(r.take(new Map([['a', 1]]))).toMatchObject({ allowed: true }); // a kept its token
  });
});

describe('test hooks', () => {
  it('X-LEX-Test-Now takes ISO 8601 times only; a message timestamp no LEX time can hold is not the clock; bad hooks where no 400 is documented, and skip-validation without a messageType', async () => {
    const server = await createServer({ db: 'sqlite::memory:', testHooks: true, validateResponses: 'throw', rateLimit: false });
    try {
      const body = (timestamp: string) => JSON.stringify({ lex: { version: '1.0.0', header: { messageId: '6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f01', messageType: 'LEAD', timestamp, senderId: 'DEALER-001', receiverId: 'OEM-1' }, payload: { lead: { leadId: 'L-1', status: 'NEW', source: 'OTHER' } } } });
      const post = (now: string, timestamp = '2026-03-23T14:30:00Z') => server.app.inject({ method: 'POST', url: '/messages', headers: { 'content-type': 'application/json', 'x-lex-test-now': now }, payload: body(timestamp) });
      // Date.parse reads "20200" as the year 20200, whose ISO form (+020200-…) no LEX timestamp matches
      for (const now of ['20200', '2026-02-30T00:00:00Z', 'yesterday']) {
        const r = await post(now);
        expect([r.statusCode, r.json().code], now).toEqual([400, 'INVALID_TEST_HOOK']);
      }
      const r = await post('message', '20200Z');
      expect(r.statusCode).toBe(422);
      const ack = r.json().lex;
      expect(ack.header.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(ack.payload.acknowledgment.errors.map((e: { path: string }) => e.path)).toContain('/lex/header/timestamp');
      // an operation that documents no 400 answers as without the bad hook (health: 200, HEAD too)
      for (const method of ['GET', 'HEAD'] as const) {
        const h = await server.app.inject({ method, url: '/health', headers: { 'x-lex-test-level': 'L9', 'x-lex-test-now': '20200' } });
        expect(h.statusCode, method).toBe(200);
      }
      // skipping validation still needs a messageType to store the message by: a REJECTED ACK, not a 500
      const untyped = JSON.parse(body('2026-03-23T14:30:00Z'));
      delete untyped.lex.header.messageType;
      const u = await server.app.inject({ method: 'POST', url: '/messages', headers: { 'content-type': 'application/json', 'x-lex-test-skip-validation': 'true' }, payload: JSON.stringify(untyped) });
      expect(u.statusCode).toBe(422);
      expect(u.json().lex.payload.acknowledgment.errors.map((e: { path: string }) => e.path)).toEqual(['/lex/header/messageType']);
      // …and a messageId that is not even well-formed text (a lone surrogate): its Location is still a URI
      const odd = JSON.parse(body('2026-03-23T14:30:00Z'));
      odd.lex.header.messageId = 'id-\ud800-1';
      const o = await server.app.inject({ method: 'POST', url: '/messages', headers: { 'content-type': 'application/json', 'x-lex-test-skip-validation': 'true' }, payload: JSON.stringify(odd) });
      expect(o.statusCode).toBe(202);
      expect(o.headers.location).toBe('/messages/id-%EF%BF%BD-1');
      expect(server.responseViolations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
