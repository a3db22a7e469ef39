// `lex serve`: starts the reference receiver, answers over HTTP, stops cleanly on SIGTERM; usage errors exit 2.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/bin/lex.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../conformance/examples/seed/minimal-lead.json', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lex-serve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('lex serve', () => {
  it('serves the API on a SQLite file created on first start, and exits 0 on SIGTERM', async () => {
    const db = join(tmp, 'data', 'lex.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', `sqlite:${db}`, '--port', '0', '--test-hooks'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const t = setTimeout(() => reject(new Error(`no "listening" line: ${out}`)), 30_000);
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) { clearTimeout(t); resolve(m[1]!); }
        });
        child.once('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      const lead = readFileSync(SEED, 'utf8');
      const r = await fetch(`${url}/messages`, { method: 'POST', body: lead, headers: { 'content-type': 'application/json', 'x-lex-test-now': '2026-03-23T14:31:00Z' } });
      expect(r.status).toBe(202);
      expect((await r.json()).lex.payload.acknowledgment.status).toBe('RECEIVED');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('usage errors exit 2 with the usage', () => {
    for (const args of [['--db', 'mysql://x'], ['--port', 'eighty'], ['--level', 'L4'], ['extra']]) {
      const r = spawnSync(process.execPath, [BIN, 'serve', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^lex serve: USAGE: /);
    }
    const help = spawnSync(process.execPath, [BIN, 'serve', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--rate-limit N/);
  });
});
