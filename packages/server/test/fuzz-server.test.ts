// A short run of the server fuzz script (scripts/fuzz-server.ts runs it for longer): mutated messages, batches, odd
// media types, charsets, Accept headers, test hooks and path parameters sent to every operation must get answers the
// OpenAPI file documents (each response is checked against it), never a 500, quickly. On both stores: PostgreSQL
// refuses what SQLite takes (a NUL in a key).
import { describe, expect, it } from 'vitest';
import { fuzzServer } from '../scripts/fuzz-server.js';
import { storeCases } from './support/helpers.js';

describe.each(storeCases())('fuzz (short run) on $name', (store) => {
  it('every answer is one the file documents, never a 500', async () => {
    const db = store.name === 'sqlite' ? 'sqlite::memory:' : await store.fresh('fuzz');
    const report = await fuzzServer(3000, 20261207, db);
    expect(report.failures).toEqual([]);
    expect(report.requests).toBeGreaterThan(500);
    // requests of every kind got through to the operations: accepted, rejected and refused ones
    for (const status of [200, 202, 400, 404, 415, 422]) expect(report.statuses[status] ?? 0, `status ${status}`).toBeGreaterThan(0);
    expect(report.slowestMs).toBeLessThan(1000);
  }, 60_000);
});
