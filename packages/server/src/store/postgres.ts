// PostgreSQL through node-postgres, behind the same interface as SQLite. A batch is one transaction:
// transaction-scoped advisory locks on every messageId and leadId it touches (taken in one statement, in
// sorted order, so batches cannot deadlock each other, also across server processes), then set-based
// reads, the caller's decisions, set-based writes and COMMIT. The default synchronous_commit=on makes
// COMMIT return only after the WAL is flushed: the acknowledgment follows a durable write.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { LATEST_VERSION, MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { keyOf, type BatchKeys, type Key, type LeadRecord, type MessageRecord, type Snapshot, type Store, type SubscriptionRecord, type Writes } from './types.js';

type Row = Record<string, any>;

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));

const toMessage = (r: Row): MessageRecord => ({
  namespace: r.namespace, messageId: r.message_id, messageType: r.message_type, senderId: r.sender_id, receiverId: r.receiver_id,
  leadId: r.lead_id, format: r.format, raw: r.raw, message: r.message, receivedAt: iso(r.received_at), ack: r.ack, ackStatus: r.ack_status,
  httpStatus: r.http_status,
});
const toLead = (r: Row): LeadRecord => ({
  namespace: r.namespace, leadId: r.lead_id, status: r.status, lastMessageId: r.last_message_id, updatedAt: iso(r.updated_at),
  closureStatus: r.closure_status, closureMessageId: r.closure_message_id, closedAt: isoOrNull(r.closed_at),
});
const toSubscription = (r: Row): SubscriptionRecord => ({
  namespace: r.namespace, subscriptionId: r.subscription_id, senderId: r.sender_id, payload: r.payload, active: r.active,
  messageId: r.message_id, updatedAt: iso(r.updated_at),
});

/** A 64-bit advisory lock key for one record. */
function lockKey(kind: string, k: Key): bigint {
  return createHash('sha256').update(`${kind}\u0000${k.namespace}\u0000${k.id}`).digest().readBigInt64BE(0);
}

/** The migration lock: one server at a time applies migrations. */
const MIGRATION_LOCK = 0x4c45585f4d4947n; // "LEX_MIG"

export interface PostgresOptions {
  /** connections in the pool (default 10) */
  poolSize?: number;
  /** batches committed at the same time (default 4) */
  concurrentBatches?: number;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly description: string;
  readonly maxConcurrentBatches: number;
  private readonly pool: pg.Pool;

  private constructor(url: string, options: PostgresOptions) {
    const u = new URL(url);
    if (u.password) u.password = '***';
    this.description = u.toString();
    this.pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // an idle client that loses its connection must not crash the server
    this.pool.on('error', () => {});
    this.maxConcurrentBatches = options.concurrentBatches ?? 4;
  }

  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(url, options);
    try {
      await store.migrate();
    } catch (e) {
      await store.pool.end().catch(() => {});
      throw e;
    }
    return store;
  }

  private async migrate() {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
      await c.query(MIGRATIONS_TABLE.postgres);
      const current = Number((await c.query('SELECT coalesce(max(version), 0) AS v FROM lex_schema_migrations')).rows[0].v);
      if (current > LATEST_VERSION) throw new Error(`${this.description}: the database is at schema version ${current}, newer than this server (${LATEST_VERSION})`);
      for (const m of MIGRATIONS) {
        if (m.version <= current) continue;
        await c.query(m.postgres);
        await c.query('INSERT INTO lex_schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async transact<T>(keys: BatchKeys, decide: (snapshot: Snapshot) => { writes: Writes; result: T }): Promise<T> {
    const locks = [...new Set([...keys.messages.map((k) => lockKey('m', k)), ...keys.leads.map((k) => lockKey('l', k))])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const c = await this.pool.connect();
    let broken = false;
    try {
      await c.query('BEGIN');
      if (locks.length) await c.query('SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k', [locks.map(String)]);
      const snapshot: Snapshot = { messages: new Map(), leads: new Map() };
      if (keys.messages.length) {
        const r = await c.query('SELECT m.* FROM lex_messages m JOIN unnest($1::text[], $2::text[]) AS k(ns, id) ON m.namespace = k.ns AND m.message_id = k.id',
          [keys.messages.map((k) => k.namespace), keys.messages.map((k) => k.id)]);
        for (const row of r.rows) snapshot.messages.set(keyOf(row.namespace, row.message_id), toMessage(row));
      }
      if (keys.leads.length) {
        const r = await c.query('SELECT l.* FROM lex_leads l JOIN unnest($1::text[], $2::text[]) AS k(ns, id) ON l.namespace = k.ns AND l.lead_id = k.id',
          [keys.leads.map((k) => k.namespace), keys.leads.map((k) => k.id)]);
        for (const row of r.rows) snapshot.leads.set(keyOf(row.namespace, row.lead_id), toLead(row));
      }
      const { writes, result } = decide(snapshot);
      await this.write(c, writes);
      await c.query('COMMIT');
      return result;
    } catch (e) {
      try { await c.query('ROLLBACK'); } catch { broken = true; }
      throw e;
    } finally {
      c.release(broken);
    }
  }

  private async write(c: pg.PoolClient, w: Writes) {
    if (w.messages.length) {
      const cols = (f: (m: MessageRecord) => unknown) => w.messages.map(f);
      await c.query(`INSERT INTO lex_messages (namespace, message_id, message_type, sender_id, receiver_id, lead_id, format, raw, message, received_at, ack, ack_status, http_status)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[], $11::text[], $12::text[], $13::int[])`,
        [cols((m) => m.namespace), cols((m) => m.messageId), cols((m) => m.messageType), cols((m) => m.senderId), cols((m) => m.receiverId), cols((m) => m.leadId),
          cols((m) => m.format), cols((m) => m.raw), cols((m) => m.message), cols((m) => m.receivedAt), cols((m) => m.ack), cols((m) => m.ackStatus), cols((m) => m.httpStatus)]);
    }
    if (w.leads.length) {
      const cols = (f: (l: LeadRecord) => unknown) => w.leads.map(f);
      await c.query(`INSERT INTO lex_leads (namespace, lead_id, status, last_message_id, updated_at, closure_status, closure_message_id, closed_at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::timestamptz[])
        ON CONFLICT (namespace, lead_id) DO UPDATE SET status = excluded.status, last_message_id = excluded.last_message_id, updated_at = excluded.updated_at,
          closure_status = excluded.closure_status, closure_message_id = excluded.closure_message_id, closed_at = excluded.closed_at`,
        [cols((l) => l.namespace), cols((l) => l.leadId), cols((l) => l.status), cols((l) => l.lastMessageId), cols((l) => l.updatedAt),
          cols((l) => l.closureStatus), cols((l) => l.closureMessageId), cols((l) => l.closedAt)]);
    }
    if (w.subscriptions.length) {
      const cols = (f: (s: SubscriptionRecord) => unknown) => w.subscriptions.map(f);
      await c.query(`INSERT INTO lex_subscriptions (namespace, subscription_id, sender_id, payload, active, message_id, updated_at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::timestamptz[])
        ON CONFLICT (namespace, subscription_id) DO UPDATE SET sender_id = excluded.sender_id, payload = excluded.payload, active = excluded.active,
          message_id = excluded.message_id, updated_at = excluded.updated_at`,
        [cols((s) => s.namespace), cols((s) => s.subscriptionId), cols((s) => s.senderId), cols((s) => s.payload), cols((s) => s.active), cols((s) => s.messageId), cols((s) => s.updatedAt)]);
    }
  }

  async getMessage(namespace: string, messageId: string) {
    const r = await this.pool.query('SELECT * FROM lex_messages WHERE namespace = $1 AND message_id = $2', [namespace, messageId]);
    return r.rows[0] ? toMessage(r.rows[0]) : undefined;
  }

  async getLead(namespace: string, leadId: string) {
    const r = await this.pool.query('SELECT * FROM lex_leads WHERE namespace = $1 AND lead_id = $2', [namespace, leadId]);
    return r.rows[0] ? toLead(r.rows[0]) : undefined;
  }

  async listSubscriptions(namespace: string) {
    const r = await this.pool.query('SELECT * FROM lex_subscriptions WHERE namespace = $1 AND active ORDER BY subscription_id', [namespace]);
    return r.rows.map(toSubscription);
  }

  async cancelSubscription(namespace: string, subscriptionId: string, at: string) {
    const r = await this.pool.query('UPDATE lex_subscriptions SET active = false, updated_at = $1 WHERE namespace = $2 AND subscription_id = $3 AND active', [at, namespace, subscriptionId]);
    return (r.rowCount ?? 0) > 0;
  }

  async countMessages(namespace?: string) {
    const r = namespace === undefined
      ? await this.pool.query('SELECT count(*)::int AS n FROM lex_messages')
      : await this.pool.query('SELECT count(*)::int AS n FROM lex_messages WHERE namespace = $1', [namespace]);
    return r.rows[0].n as number;
  }

  async schemaVersion() {
    return Number((await this.pool.query('SELECT coalesce(max(version), 0) AS v FROM lex_schema_migrations')).rows[0].v);
  }

  async ping() {
    await this.pool.query('SELECT 1');
  }

  async close() {
    await this.pool.end();
  }
}
