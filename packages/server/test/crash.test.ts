// No acknowledged message is lost when the server process dies: `lex-server` (the same runServe as
// `lex serve`) is started as a child process, loaded with concurrent submissions, killed with SIGKILL in
// the middle of the run and started again on the same database. Every messageId that got a 2xx
// acknowledgment must be stored, and answered with the same acknowledgment when sent again.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { cleanupTmp, client, idOf, lead, SERVER_BIN, storeCases } from './support/helpers.js';

afterAll(cleanupTmp);

const CONCURRENCY = 32;
const KILL_AFTER_MS = 1500;
const MAX_REQUESTS = 50_000;
const MAX_RUN_MS = 10_000;

function start(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BIN, '--db', db, '--port', '0', '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server did not start within 30 s: ${out}${err}`)); }, 30_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1]! }); }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}) before listening: ${out}${err}`)); });
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (c) => resolve(c))));

describe.each(storeCases())('SIGKILL in the middle of a load run on $name', (store) => {
  it('every acknowledged message is stored after the restart', async () => {
    const db = await store.fresh('crash');
    const first = await start(db);
    const acked = new Map<string, string>(); // messageId → the acknowledgment text
    let sent = 0;
    let failed = 0;
    let killed = false;
    const c = client(first.url);
    const started = Date.now();
    const killer = setTimeout(() => { killed = true; first.child.kill('SIGKILL'); }, KILL_AFTER_MS);
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (!killed && sent < MAX_REQUESTS && Date.now() - started < MAX_RUN_MS) {
        const m = lead();
        sent++;
        try {
          const r = await c.submit(m);
          if (r.status === 202 || r.status === 200) acked.set(idOf(m), r.text);
          else throw new Error(`unexpected ${r.status}: ${r.text.slice(0, 200)}`);
        } catch (e) {
          if (!killed) throw e;
          failed++;
        }
      }
    }));
    clearTimeout(killer);
    expect(killed).toBe(true);
    expect(await exited(first.child)).toBe(null); // killed by the signal, not exited
    expect(acked.size).toBeGreaterThan(100);

    const second = await start(db);
    try {
      const c2 = client(second.url);
      const missing: string[] = [];
      for (const id of acked.keys()) if ((await c2.get(`/messages/${id}`)).status !== 200) missing.push(id);
      const s = await openStore(db);
      const stored = await s.countMessages();
      await s.close();
      console.log(`${store.name}: ${sent} sent, ${acked.size} acknowledged before SIGKILL at ${KILL_AFTER_MS} ms, ${failed} cut off, ${stored} stored after restart, ${missing.length} acknowledged but missing`);
      expect(missing).toEqual([]);
      // what was stored but not acknowledged can only be the requests in flight at the kill
      expect(stored).toBeGreaterThanOrEqual(acked.size);
      expect(stored - acked.size).toBeLessThanOrEqual(CONCURRENCY);
      // sent again, an acknowledged message gets the very same acknowledgment (200)
      const sample = [...acked].slice(0, 50);
      for (const [id, text] of sample) {
        const again = await c2.get(`/messages/${id}/acknowledgment`);
        expect(again.status).toBe(200);
        expect(again.json).toEqual(JSON.parse(text));
      }
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
    } finally {
      if (second.child.exitCode === null) second.child.kill('SIGKILL');
    }
  });
});
