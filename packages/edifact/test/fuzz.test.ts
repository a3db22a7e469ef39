// A short fuzz run (the long one: npx tsx packages/edifact/scripts/fuzz.ts <seconds>).
import { expect, it } from 'vitest';
import { fuzz } from '../scripts/fuzz.js';

it('mutated inputs parse or fail with a LexCodecError, quickly, the same in chunks, stable on rewrite (≈2 s)', () => {
  const report = fuzz({ seconds: 2, seed: 20260323 });
  expect(report.failures).toEqual([]);
  expect(report.runs).toBeGreaterThan(1000);
  expect(report.parsed).toBeGreaterThan(0);
  expect(report.rejected).toBeGreaterThan(0);
}, 30_000);
