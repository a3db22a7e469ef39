// A short run of the conversion fuzz script (scripts/fuzz-convert.ts runs it for longer): mutated seeds and outputs
// in every format, parsed and written in all four; our output reads back strictly, and a valid message's output
// is the same when read back and written again.
import { expect, test } from 'vitest';
import { fuzzConvert } from '../scripts/fuzz-convert.js';

test('fuzz (short run): every output is strict, and valid messages convert out and in again unchanged', () => {
  const report = fuzzConvert(3000, 20261207);
  expect(report.failures).toEqual([]);
  expect(report.parsed).toBeGreaterThan(500);
  expect(report.roundTrips).toBeGreaterThan(500);
}, 30_000);
