// The conformance runner over HTTP: the server, started with the conformance hooks, meets L3 through the
// runner's HTTP adapter, on both stores.
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpAdapter, DEFAULT_VECTORS_DIR, loadVectors, referenceAckValidator, runConformanceSuite } from '@lexstandard/conformance';
import { cleanupTmp, serve, storeCases } from './support/helpers.js';

afterAll(cleanupTmp);

describe.each(storeCases())('conformance over HTTP on $name', (store) => {
  it('meets L3 (every vector of L1, L2 and L3 passes)', async () => {
    const server = await serve(await store.fresh('conformance'), { testHooks: true });
    try {
      const report = await runConformanceSuite(loadVectors(DEFAULT_VECTORS_DIR), createHttpAdapter(server.url), {
        level: 'L3', concurrency: 8, ackValidator: await referenceAckValidator(),
      });
      const failures = report.cases.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.failures.join('; ')}`);
      expect(failures).toEqual([]);
      expect(report.highestTierMet).toBe('L3');
      expect(report.summary.total).toBeGreaterThan(800);
      expect(server.responseViolations).toEqual([]);
    } finally {
      await server.close();
    }
  }, 180_000);

  it('the adapter refuses a server started without the hooks, before running anything', async () => {
    const server = await serve(await store.fresh('nohooks'));
    try {
      const adapter = createHttpAdapter(server.url);
      await expect(adapter.session()).rejects.toThrow(/does not honour the conformance hooks/);
    } finally {
      await server.close();
    }
  });
});
