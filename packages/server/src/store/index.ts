// Opens the store a database URL names: sqlite:PATH (default), sqlite::memory:, or postgres://… / postgresql://…
import { PostgresStore, type PostgresOptions } from './postgres.js';
import { SqliteStore, type SqliteOptions } from './sqlite.js';
import type { Store } from './types.js';

export * from './types.js';
export { SqliteStore, PostgresStore, type SqliteOptions, type PostgresOptions };
export { MIGRATIONS, LATEST_VERSION } from './migrations.js';

export const DEFAULT_DB = 'sqlite:lex.db';

export class StoreUrlError extends Error {}

/** What a database URL names, without opening it. */
export function parseDbUrl(url: string): { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string } {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (/^sqlite:/i.test(url)) {
    let file = url.slice('sqlite:'.length);
    if (file.startsWith('//')) file = file.slice(2); // sqlite:///abs/path and sqlite://rel/path
    if (!file) throw new StoreUrlError(`${url}: no file after sqlite:`);
    return { kind: 'sqlite', file };
  }
  throw new StoreUrlError(`${url}: a database URL is sqlite:PATH, sqlite::memory: or postgres://USER@HOST:PORT/DB`);
}

export async function openStore(url: string = DEFAULT_DB, options: SqliteOptions & PostgresOptions = {}): Promise<Store> {
  const target = parseDbUrl(url);
  return target.kind === 'sqlite' ? new SqliteStore(target.file, options) : PostgresStore.open(target.url, options);
}
