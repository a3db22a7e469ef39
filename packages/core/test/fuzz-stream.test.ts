// A short run of the stream fuzz script (scripts/fuzz-stream.ts runs it for longer): mutated interchanges, NDJSON and
// XML batches read whole and in random chunks must give the same items and stream warnings, and never throw.
import { expect, test } from 'vitest';
import { fuzzStream } from '../scripts/fuzz-stream.js';

test('fuzz (short run): readMessages gives the same at any chunking, and never throws', async () => {
  const report = await fuzzStream(3000, 20261203);
  expect(report.failures).toEqual([]);
  expect(report.runs).toBeGreaterThan(500);
  expect(report.slowestMs).toBeLessThan(500);
}, 30_000);
