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
