// The command adapter end to end: the runner starts conformance/adapters/lex-adapter.mjs (our packages
// behind the documented protocol, from the built dist) for stateless cases and for sessions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommandAdapter } from '../src/adapters/command.js';
import { runConformanceSuite } from '../src/runner.js';
import { PACKAGE_ROOT } from '../src/vectors.js';
import { ackValidator, byId, vectors } from './helpers.js';

const script = join(PACKAGE_ROOT, 'adapters', 'lex-adapter.mjs');
const CASES = ['TC-002', 'TC-008', 'TC-013', 'IN-001', 'TC-001', 'TC-004', 'TC-016', 'SES-002', 'XF-001-x12', 'XF-002-edifact', 'XV-001', 'SEED-008'];

describe('command adapter through the reference adapter script', () => {
  it('needs the built package', () => {
    expect(existsSync(join(PACKAGE_ROOT, 'dist', 'index.js')), 'run npm run build first').toBe(true);
  });

  it('passes validate, convert and session cases end to end', async () => {
    const adapter = createCommandAdapter(`node ${JSON.stringify(script)}`, { timeoutMs: 60_000 });
    const r = await runConformanceSuite(CASES.map(byId), adapter, { ackValidator, concurrency: 4 });
    expect(r.cases.map((c) => [c.id, c.status, c.failures])).toEqual(CASES.map((id) => [id, 'pass', []]).sort((a, b) => CASES.indexOf(a[0] as string) - CASES.indexOf(b[0] as string)));
    expect(r.cases.map((c) => c.kind)).toEqual(expect.arrayContaining(['validate', 'convert', 'session']));
  }, 120_000);

  it('persistent mode: one serving process meets L3 on every vector', async () => {
    const adapter = createCommandAdapter(`node ${JSON.stringify(script)}`, { persistent: true, timeoutMs: 60_000 });
    const r = await runConformanceSuite(vectors, adapter, { ackValidator, concurrency: 4 });
    await adapter.close?.();
    expect(r.cases.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.failures.join(' | ')}`)).toEqual([]);
    expect(r.highestTierMet).toBe('L3');
  }, 180_000);

  it('reports a broken command as errored cases, not as a crash', async () => {
    const cases = ['TC-002', 'TC-001'].map(byId);
    const garbage = await runConformanceSuite(cases, createCommandAdapter(`node -e "process.stdout.write('hello')"`), { ackValidator });
    expect(garbage.cases.map((c) => c.status)).toEqual(['error', 'error']);
    expect(garbage.cases[0]!.failures[0]).toMatch(/not one JSON document/);
    const failing = await runConformanceSuite(cases, createCommandAdapter(`node -e "console.error('boom'); process.exit(3)"`), { ackValidator });
    expect(failing.cases[0]!.failures[0]).toMatch(/exited with status 3.*boom/);
    expect(failing.met).toBe(false);
    const deaf = createCommandAdapter(`node -e "process.stdin.resume()"`, { persistent: true, timeoutMs: 1_000 });
    const silent = await runConformanceSuite([byId('TC-002')], deaf, { ackValidator });
    await deaf.close?.();
    expect(silent.cases[0]!.failures[0]).toMatch(/no response line within 1000 ms/);
  }, 60_000);

  it('an external command that accepts everything fails the rejection cases', async () => {
    const acceptAll = `node -e "process.stdin.resume(); process.stdin.on('end', () => console.log(JSON.stringify({ valid: true, errors: [], warnings: [] })))"`;
    const r = await runConformanceSuite(['TC-002', 'TC-017', 'TC-013'].map(byId), createCommandAdapter(acceptAll), { ackValidator });
    expect(r.cases.map((c) => [c.id, c.status])).toEqual([['TC-002', 'fail'], ['TC-017', 'pass'], ['TC-013', 'fail']]);
  }, 60_000);
});
