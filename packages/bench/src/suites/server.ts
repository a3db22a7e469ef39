// The reference receiver under load: `lex-server` (@lexstandard/server, the same as `lex serve`) in its own
// process on 127.0.0.1, autocannon posting distinct JSON-EDI LEADs (a fresh messageId each) to POST /messages
// for a bounded time, on SQLite (WAL, synchronous=FULL) and on PostgreSQL (a throwaway local cluster).
// Reported: sustained submissions/s (2xx answers, each one acknowledged after a durable commit) and latency
// percentiles; afterwards the stored count is checked against the acknowledged count.
//   npm run bench -- server
//   LEX_BENCH_SERVER_SECONDS (default 10), LEX_BENCH_SERVER_CONNECTIONS (default 64), LEX_SKIP_PG=1
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '@lexstandard/server';
import { startPgCluster, SKIP_PG, type PgCluster } from '../../../server/test/support/pg.js';
import type { Harness } from '../harness.js';

const root = new URL('../../../../', import.meta.url);
const SERVER_BIN = new URL('packages/server/dist/bin.js', root).pathname;
const SECONDS = Number(process.env.LEX_BENCH_SERVER_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LEX_BENCH_SERVER_CONNECTIONS ?? 64);
const WARMUP_SECONDS = 2;

function start(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BIN, '--db', db, '--port', '0', '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`lex-server did not start: ${out}`)); }, 30_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1]! }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`lex-server exited (${code}): ${out}`)); });
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null) return resolve();
  const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
  child.once('exit', () => { clearTimeout(t); resolve(); });
  child.kill('SIGTERM');
});

function load(url: string, seconds: number): Promise<autocannon.Result> {
  const seed = JSON.parse(readFileSync(new URL('conformance/examples/seed/minimal-lead.json', root), 'utf8'));
  const template = JSON.stringify(seed).replace(seed.lex.header.timestamp, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const id = seed.lex.header.messageId as string;
  return autocannon({
    url, connections: CONNECTIONS, duration: seconds, pipelining: 1,
    requests: [{
      method: 'POST', path: '/messages', headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: template.replace(id, randomUUID()) }),
    }],
  });
}

async function bench(h: Harness, name: string, db: string) {
  const { child, url } = await start(db);
  try {
    const warm = await load(url, WARMUP_SECONDS);
    const r = await load(url, SECONDS);
    const ok = r['2xx'];
    const perSec = ok / (r.duration || SECONDS);
    const store = await openStore(db);
    const stored = await store.countMessages();
    await store.close();
    const line = `${name.padEnd(10)} ${perSec.toFixed(0).padStart(6)} submissions/s sustained over ${SECONDS} s, ${CONNECTIONS} connections; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; `
      + `${r.non2xx} non-2xx, ${r.errors} errors; ${stored} stored for ${warm['2xx'] + ok} acknowledged (+ the requests in flight at the end of each run)`;
    h.note(line, { suite: 'server', store: name, submissionsPerSec: Math.round(perSec), p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max, seconds: SECONDS, connections: CONNECTIONS, non2xx: r.non2xx, errors: r.errors, acknowledged: warm['2xx'] + ok, stored });
    // autocannon drops the answers still in flight when a run's time is up: those messages are stored, not counted
    const acked = warm['2xx'] + ok;
    if (stored < acked || stored - acked > 2 * CONNECTIONS) h.note(`${name}: WARNING: ${stored} stored for ${acked} acknowledged (at most ${2 * CONNECTIONS} more expected: the requests in flight when each run ended)`);
  } finally {
    await stop(child);
  }
}

export async function run(h: Harness) {
  h.section(`Reference receiver: POST /messages over loopback (lex-server, autocannon, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up)`);
  const dir = mkdtempSync(join(tmpdir(), 'lex-bench-server-'));
  try {
    await bench(h, 'SQLite', `sqlite:${join(dir, 'bench.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (SKIP_PG) { h.note('PostgreSQL: skipped (LEX_SKIP_PG=1)'); return; }
  let cluster: PgCluster | undefined;
  try {
    cluster = await startPgCluster();
    await bench(h, 'PostgreSQL', await cluster.createDatabase('lex_bench'));
  } finally {
    await cluster?.stop();
  }
}
