// `lex conformance` as a function: options, reports and exit statuses.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runConformanceCli } from '../src/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'lex-conformance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const status = await runConformanceCli(argv, (s) => out.push(s), (s) => err.push(s));
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('lex conformance', () => {
  it('prints per-case results and the highest tier met; exit 0 when met', async () => {
    const r = await cli('--only', 'TC-');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^PASS  L1 session  TC-001/m);
    expect(r.out).toMatch(/highest tier met: L3 Full/);
  });

  it('--json prints the report object', async () => {
    const r = await cli('--only', 'TC-00', '--level', 'L2', '--json');
    const report = JSON.parse(r.out);
    expect(report.requestedLevel).toBe('L2');
    expect(report.highestTierMet).toBe('L2');
    expect(report.cases.map((c: any) => c.id)).toEqual(['TC-001', 'TC-002', 'TC-003', 'TC-004', 'TC-005', 'TC-006', 'TC-007', 'TC-008', 'TC-009']);
    expect(report.vectorsVersion).toBe('1.0.0');
    expect(report.vectorsDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('--markdown writes a publishable report', async () => {
    const file = join(scratch, 'report.md');
    const r = await cli('--only', 'TC-01', '--markdown', file);
    expect(r.status).toBe(0);
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# LEX conformance report/);
    expect(md).toMatch(/\| \*\*Highest tier met\*\* \| \*\*L3 Full\*\* \|/);
    expect(md).toMatch(/\| TC-016 \| L2 \| session \| PASS \|/);
  });

  it('exit 1 when the requested level is not met', async () => {
    const vec = join(scratch, 'wrong.json');
    const tc = JSON.parse(readFileSync(join(__dirname, '..', 'vectors', 'tc', 'TC-002.json'), 'utf8'));
    tc.vectors[0].id = 'WRONG-1';
    tc.vectors[0].expect = { valid: true };
    writeFileSync(vec, JSON.stringify(tc));
    const r = await cli('--vectors', vec);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^FAIL  L1 validate WRONG-1/m);
    expect(r.out).toMatch(/expected valid, got invalid/);
    expect(r.out).toMatch(/highest tier met: none/);
  });

  it('exit 2 on usage errors and unusable vectors', async () => {
    expect((await cli('--level', 'L4')).status).toBe(2);
    expect((await cli('--bogus')).status).toBe(2);
    expect((await cli('--concurrency', '0')).status).toBe(2);
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, '{"vectors": [{"id": "X", "title": "x", "level": "L9", "kind": "validate"}]}');
    const r = await cli('--vectors', bad);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/UNUSABLE_VECTORS: .*level must be L1, L2 or L3/);
    expect((await cli('--only', 'NO-SUCH-CASE')).status).toBe(2);
  });

  it('--impl runs an external command', async () => {
    const script = join(__dirname, '..', 'adapters', 'lex-adapter.mjs');
    const r = await cli('--impl', `node ${JSON.stringify(script)}`, '--only', 'TC-00', '--json');
    const report = JSON.parse(r.out);
    expect(report.implementation).toMatch(/^command: node .*lex-adapter\.mjs/);
    expect(report.summary.failed + report.summary.errored).toBe(0);
    expect(r.status).toBe(0);
  }, 120_000);
});
