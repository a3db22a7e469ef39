import { describe, expect, it } from 'vitest';
import { fuzz } from '../scripts/fuzz.js';

describe('fuzz (short run; longer: npx tsx packages/xml/scripts/fuzz.ts <seconds>)', () => {
  it('every mutated input parses or fails with a typed, positioned LexCodecError, quickly', () => {
    const stats = fuzz(2, 20260323);
    expect(stats.runs).toBeGreaterThan(100);
    expect(stats.parsed).toBeGreaterThan(0);
    expect(Object.keys(stats.rejected)).toContain('XML_MALFORMED');
  }, 30_000);
});
