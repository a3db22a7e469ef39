// `lex serve` (and the package's own `lex-server` bin): starts the receiver and runs until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startServer, type ServerOptions } from './server.js';
import { DEFAULT_DB, parseDbUrl, StoreUrlError } from './store/index.js';

export const SERVE_USAGE = `Usage: lex serve [--db sqlite:PATH|postgres://USER@HOST:PORT/DB] [--port N] [--host ADDR] [options]

Runs the LEX reference receiver: the REST API of the OpenAPI file (POST /messages in JSON-EDI, XML-EDI,
X12 850 and EDIFACT ORDERS, batches, acknowledgments, lead closure, subscriptions, health) with
idempotent intake on SQLite (a file, created on first start) or PostgreSQL (migrated on start).
  --db URL              sqlite:PATH (default ${DEFAULT_DB}), sqlite::memory:, or postgres://… (also $LEX_DB)
  --port N              TCP port (default 8080; 0 picks a free one)
  --host ADDR           address to listen on (default 127.0.0.1)
  --base-path PATH      serve the operations under PATH, e.g. /v1 as in the OpenAPI file's server URLs
  --body-limit BYTES    largest message body (default 1048576); larger bodies get 413
  --rate-limit N        messages per minute per sender (default 1000; 0 turns the limit off)
  --burst N             how many of them may arrive at once (default: the rate limit)
  --level L1|L2|L3      conformance level whose rules are errors (default L2)
  --party-id ID         senderId of acknowledgments when a message's receiverId is BROADCAST (default LEX-RECEIVER)
  --test-hooks          honour the conformance hooks (X-LEX-Test-Now/-Level/-Namespace/-Skip-Validation):
                        for \`lex conformance --http URL\`, never in production
  --log                 log requests (Fastify's JSON logger) on standard error
Prints "lex serve: listening on URL (DB)" once it accepts requests. SIGINT or SIGTERM: stops taking
requests, commits what was received and exits 0.
Exit status: 0 stopped by a signal, 2 usage or unusable database URL, 3 the server could not start.`;

type Out = (s: string) => void;

const int = (name: string, v: string | undefined, min: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number of at least ${min}, not ${v}`);
  return n;
};

class UsageError extends Error {}

export function serveOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): (ServerOptions & { port: number; host: string }) | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'base-path': { type: 'string' }, 'body-limit': { type: 'string' },
      'rate-limit': { type: 'string' }, burst: { type: 'string' }, level: { type: 'string' }, 'party-id': { type: 'string' },
      'test-hooks': { type: 'boolean', default: false }, log: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length) throw new UsageError(`serve takes no arguments, got ${positionals.join(' ')}`);
  const db = values.db ?? env.LEX_DB ?? DEFAULT_DB;
  parseDbUrl(db);
  const level = values.level?.toUpperCase();
  if (level !== undefined && level !== 'L1' && level !== 'L2' && level !== 'L3') throw new UsageError(`--level must be L1, L2 or L3, not ${values.level}`);
  const rate = int('--rate-limit', values['rate-limit'], 0);
  const burst = int('--burst', values.burst, 1);
  const port = int('--port', values.port, 0) ?? 8080;
  if (port > 65535) throw new UsageError(`--port must be at most 65535, not ${port}`);
  const partyId = values['party-id'];
  if (partyId !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(partyId)) throw new UsageError(`--party-id must be a LEX party id (letters, digits, inner hyphens), not ${partyId}`);
  const bodyLimit = int('--body-limit', values['body-limit'], 1);
  const basePath = values['base-path'];
  if (basePath !== undefined && !/^\/[A-Za-z0-9._~\/-]*$/.test(basePath)) throw new UsageError(`--base-path must be a path such as /v1, not ${basePath}`);
  return {
    db, port, host: values.host ?? '127.0.0.1',
    ...(bodyLimit !== undefined ? { bodyLimit } : {}),
    ...(basePath !== undefined ? { basePath } : {}),
    rateLimit: rate === 0 ? false : { perMinute: rate ?? 1000, ...(burst !== undefined ? { burst } : {}) },
    ...(level ? { level: level as 'L1' } : {}),
    ...(partyId ? { partyId } : {}),
    testHooks: values['test-hooks'] === true,
    logger: values.log === true,
  };
}

/** Runs `lex serve ARGS`; resolves with the exit status when the server has stopped. */
export async function runServe(argv: string[], out: Out = (s) => console.log(s), err: Out = (s) => console.error(s)): Promise<number> {
  let options: ReturnType<typeof serveOptions>;
  try {
    options = serveOptions(argv);
  } catch (e) {
    if (e instanceof UsageError || e instanceof StoreUrlError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`lex serve: USAGE: ${(e as Error).message}\n\n${SERVE_USAGE}`);
      return 2;
    }
    throw e;
  }
  if (options === 'help') { out(SERVE_USAGE); return 0; }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(options);
  } catch (e) {
    err(`lex serve: cannot start: ${(e as Error).message}`);
    return 3;
  }
  out(`lex serve: listening on ${server.url}${options.basePath?.replace(/\/+$/, '') ?? ''} (${server.store.description})${options.testHooks ? ' with conformance hooks' : ''}`);
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      err(`lex serve: ${signal}: stopping`);
      server.close().then(() => resolve(0), (e) => { err(`lex serve: stopping failed: ${(e as Error).message}`); resolve(3); });
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}
