// A short run of the CLI fuzz script (scripts/fuzz-cli.ts runs it for longer): mutated messages and streams in the
// four formats, as UTF-8, UTF-16 and 8-bit bytes, through validate, convert, ack and fingerprint with random (and
// bad) options. Every run must end with exit 0, 1 or 2, never an internal error or a stack trace, with --json
// output that is JSON, nothing on standard output for unusable input, and output that reads back.
import { describe, expect, it } from 'vitest';
import { fuzzCli } from '../scripts/fuzz-cli.js';

describe('fuzz (short run)', () => {
  it('every command line ends with a documented status and output that reads back', async () => {
    const report = await fuzzCli(3000, 20261207);
    expect(report.failures).toEqual([]);
    expect(report.runs).toBeGreaterThan(300);
    // runs of every outcome: converted or valid, invalid or a failed transaction, unusable input or usage
    for (const exit of [0, 1, 2]) expect(report.exits[exit] ?? 0, `exit ${exit}`).toBeGreaterThan(0);
    expect(report.slowestMs).toBeLessThan(1000);
  }, 60_000);
});
