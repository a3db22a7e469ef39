// A short run of the schema-diff fuzz script (scripts/fuzz-diff.ts runs it for longer): random maintainer edits of
// a copy of schema/, diffed both ways. Additive one way must be breaking the other, editorial stays editorial, and
// a single edit gets the verdict of its kind.
import { describe, expect, it } from 'vitest';
import { fuzzDiff } from '../scripts/fuzz-diff.js';

describe('fuzz (short run)', () => {
  it('every edit is classified as its kind, and undoing an additive edit is breaking', () => {
    const report = fuzzDiff(4000, 20261207);
    expect(report.failures).toEqual([]);
    expect(report.runs).toBeGreaterThan(20);
    for (const verdict of ['breaking', 'additive', 'editorial']) expect(report.verdicts[verdict] ?? 0, verdict).toBeGreaterThan(0);
  }, 60_000);
});
