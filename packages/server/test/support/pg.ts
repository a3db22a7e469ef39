// A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, pg_ctl start on a free
// loopback port (and a socket in the same folder), stopped and deleted afterwards. The binaries come from
// PATH or Debian's /usr/lib/postgresql/<version>/bin. PostgreSQL refuses to run as root: as root the
// commands run as the `postgres` user (created by Debian's package) through runuser.
//
// No binaries: an error, so CI fails loudly; LEX_SKIP_PG=1 skips the PostgreSQL tests on a machine
// without PostgreSQL (local runs only).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const SKIP_PG = process.env.LEX_SKIP_PG === '1';

/** The folder holding initdb and pg_ctl, or undefined. */
export function findPgBin(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) {
    const dir = onPath.replace(/\/pg_ctl$/, '');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = join(root, v, 'bin');
    if (existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb'))) return dir;
  }
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  /** postgres://lex@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  dir: string;
  /** a new empty database; its URL */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, args: string[]) {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd as string, argv as string[], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

/** Starts a cluster; throws (with the reason) when PostgreSQL is not installed or does not start. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) {
    throw new Error('PostgreSQL is not installed: no pg_ctl/initdb on PATH or under /usr/lib/postgresql/*/bin. Install Debian\'s postgresql package (.ci/run does), or set LEX_SKIP_PG=1 to skip the PostgreSQL tests locally.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'lex-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'lex', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start']);
  } catch (e) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot start PostgreSQL from ${bin}: ${(e as { stderr?: string }).stderr || (e as Error).message}\n${log}`);
  }
  const url = `postgres://lex@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url, port, dir,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      return `postgres://lex@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
