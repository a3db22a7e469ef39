// The stores themselves: created and migrated on first start, WAL and synchronous=FULL on SQLite,
// migrations applied once (also when two servers start at the same time on PostgreSQL), URLs.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LATEST_VERSION, openStore, parseDbUrl, StoreUrlError } from '../src/index.js';
import { cleanupTmp, storeCases } from './support/helpers.js';

afterAll(cleanupTmp);

describe('database URLs', () => {
  it('sqlite:PATH, sqlite::memory:, postgres:// and postgresql://; anything else is refused', () => {
    expect(parseDbUrl('sqlite:data/lex.db')).toEqual({ kind: 'sqlite', file: 'data/lex.db' });
    expect(parseDbUrl('sqlite:///var/lib/lex.db')).toEqual({ kind: 'sqlite', file: '/var/lib/lex.db' });
    expect(parseDbUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', file: ':memory:' });
    expect(parseDbUrl('postgres://lex@127.0.0.1:5432/lex')).toMatchObject({ kind: 'postgres' });
    expect(parseDbUrl('postgresql://lex@127.0.0.1/lex')).toMatchObject({ kind: 'postgres' });
    expect(() => parseDbUrl('mysql://x')).toThrow(StoreUrlError);
    expect(() => parseDbUrl('sqlite:')).toThrow(StoreUrlError);
  });
});

describe.each(storeCases())('$name store', (store) => {
  it('is created and migrated on first start, and reopened without migrating again', async () => {
    const url = await store.fresh('migrate');
    const a = await openStore(url);
    expect(await a.schemaVersion()).toBe(LATEST_VERSION);
    expect(await a.countMessages()).toBe(0);
    await a.close();
    const b = await openStore(url);
    expect(await b.schemaVersion()).toBe(LATEST_VERSION);
    await b.close();
  });

  it('two processes starting at once migrate once', async () => {
    const url = await store.fresh('race');
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    expect(await a.schemaVersion()).toBe(LATEST_VERSION);
    expect(await b.schemaVersion()).toBe(LATEST_VERSION);
    await a.close();
    await b.close();
  });

  it.runIf(store.name === 'sqlite')('SQLite: a file in a folder created on first start, WAL, synchronous=FULL', async () => {
    const url = await store.fresh('wal');
    const file = url.slice('sqlite:'.length).replace(/wal\.db$/, 'sub/dir/wal.db');
    const s = await openStore(`sqlite:${file}`);
    expect(existsSync(file)).toBe(true);
    await s.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(s.description).toBe(`sqlite:${file}`);
  });

  it.runIf(store.name === 'postgres')('PostgreSQL: an unreachable server is an error at start, not at the first request', async () => {
    await expect(openStore('postgres://lex@127.0.0.1:1/none')).rejects.toThrow();
  });
});
