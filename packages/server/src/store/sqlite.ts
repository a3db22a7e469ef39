// SQLite through better-sqlite3: one file, WAL, synchronous=FULL (every commit reaches the disk before
// transact() returns, so an acknowledgment is never sent for a message a power cut could lose). One writer:
// transactions run one at a time, synchronously; a batch of submissions shares one commit (group commit).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { keyOf, type BatchKeys, type LeadRecord, type MessageRecord, type Snapshot, type Store, type SubscriptionRecord, type Writes } from './types.js';

type Row = Record<string, any>;

const toMessage = (r: Row): MessageRecord => ({
  namespace: r.namespace, messageId: r.message_id, messageType: r.message_type, senderId: r.sender_id, receiverId: r.receiver_id,
  leadId: r.lead_id, format: r.format, raw: r.raw, message: r.message, receivedAt: r.received_at, ack: r.ack, ackStatus: r.ack_status,
  httpStatus: r.http_status,
});
const toLead = (r: Row): LeadRecord => ({
  namespace: r.namespace, leadId: r.lead_id, status: r.status, lastMessageId: r.last_message_id, updatedAt: r.updated_at,
  closureStatus: r.closure_status, closureMessageId: r.closure_message_id, closedAt: r.closed_at,
});
const toSubscription = (r: Row): SubscriptionRecord => ({
  namespace: r.namespace, subscriptionId: r.subscription_id, senderId: r.sender_id, payload: r.payload, active: r.active === 1,
  messageId: r.message_id, updatedAt: r.updated_at,
});

export interface SqliteOptions {
  /** 'FULL' (default) or 'NORMAL' (WAL: a commit survives a crash of the process, not of the machine) */
  synchronous?: 'FULL' | 'NORMAL';
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly description: string;
  readonly maxConcurrentBatches = 1;
  private readonly db: Database.Database;
  private readonly q: Record<string, Database.Statement>;
  private readonly tx: Database.Transaction<(keys: BatchKeys, decide: (s: Snapshot) => { writes: Writes; result: unknown }) => unknown>;

  constructor(file: string, options: SqliteOptions = {}) {
    const memory = file === ':memory:';
    const path = memory ? file : resolve(file);
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    this.description = `sqlite:${path}`;
    this.db = new Database(path);
    if (!memory) {
      const mode = this.db.pragma('journal_mode = WAL', { simple: true });
      if (String(mode).toLowerCase() !== 'wal') throw new Error(`${path}: cannot switch SQLite to WAL (journal_mode is ${mode})`);
    }
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const d = this.db;
    this.q = {
      getMessage: d.prepare('SELECT * FROM lex_messages WHERE namespace = ? AND message_id = ?'),
      getLead: d.prepare('SELECT * FROM lex_leads WHERE namespace = ? AND lead_id = ?'),
      insertMessage: d.prepare(`INSERT INTO lex_messages (namespace, message_id, message_type, sender_id, receiver_id, lead_id, format, raw, message, received_at, ack, ack_status, http_status)
        VALUES (@namespace, @messageId, @messageType, @senderId, @receiverId, @leadId, @format, @raw, @message, @receivedAt, @ack, @ackStatus, @httpStatus)`),
      upsertLead: d.prepare(`INSERT INTO lex_leads (namespace, lead_id, status, last_message_id, updated_at, closure_status, closure_message_id, closed_at)
        VALUES (@namespace, @leadId, @status, @lastMessageId, @updatedAt, @closureStatus, @closureMessageId, @closedAt)
        ON CONFLICT (namespace, lead_id) DO UPDATE SET status = excluded.status, last_message_id = excluded.last_message_id, updated_at = excluded.updated_at,
          closure_status = excluded.closure_status, closure_message_id = excluded.closure_message_id, closed_at = excluded.closed_at`),
      upsertSubscription: d.prepare(`INSERT INTO lex_subscriptions (namespace, subscription_id, sender_id, payload, active, message_id, updated_at)
        VALUES (@namespace, @subscriptionId, @senderId, @payload, @active, @messageId, @updatedAt)
        ON CONFLICT (namespace, subscription_id) DO UPDATE SET sender_id = excluded.sender_id, payload = excluded.payload, active = excluded.active,
          message_id = excluded.message_id, updated_at = excluded.updated_at`),
      listSubscriptions: d.prepare('SELECT * FROM lex_subscriptions WHERE namespace = ? AND active = 1 ORDER BY subscription_id'),
      cancelSubscription: d.prepare('UPDATE lex_subscriptions SET active = 0, updated_at = ? WHERE namespace = ? AND subscription_id = ? AND active = 1'),
      count: d.prepare('SELECT count(*) AS n FROM lex_messages'),
      countNs: d.prepare('SELECT count(*) AS n FROM lex_messages WHERE namespace = ?'),
      version: d.prepare('SELECT coalesce(max(version), 0) AS v FROM lex_schema_migrations'),
      ping: d.prepare('SELECT 1 AS one'),
    };
    this.tx = d.transaction((keys: BatchKeys, decide: (s: Snapshot) => { writes: Writes; result: unknown }) => this.runBatch(keys, decide));
  }

  private migrate() {
    this.db.exec(MIGRATIONS_TABLE.sqlite);
    this.db.transaction(() => {
      // BEGIN IMMEDIATE semantics: take the write lock before reading the version (another process may migrate too)
      const current = (this.db.prepare('SELECT coalesce(max(version), 0) AS v FROM lex_schema_migrations').get() as Row).v as number;
      if (current > LATEST_VERSION) throw new Error(`${this.description}: the database is at schema version ${current}, newer than this server (${LATEST_VERSION})`);
      for (const m of MIGRATIONS) {
        if (m.version <= current) continue;
        this.db.exec(m.sqlite);
        this.db.prepare('INSERT INTO lex_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
    }).immediate();
  }

  private readonly runBatch = (keys: BatchKeys, decide: (s: Snapshot) => { writes: Writes; result: unknown }) => {
    const snapshot: Snapshot = { messages: new Map(), leads: new Map() };
    for (const k of keys.messages) {
      const r = this.q.getMessage!.get(k.namespace, k.id) as Row | undefined;
      if (r) snapshot.messages.set(keyOf(k.namespace, k.id), toMessage(r));
    }
    for (const k of keys.leads) {
      const r = this.q.getLead!.get(k.namespace, k.id) as Row | undefined;
      if (r) snapshot.leads.set(keyOf(k.namespace, k.id), toLead(r));
    }
    const { writes, result } = decide(snapshot);
    for (const m of writes.messages) this.q.insertMessage!.run(m);
    for (const l of writes.leads) this.q.upsertLead!.run(l);
    for (const s of writes.subscriptions) this.q.upsertSubscription!.run({ ...s, active: s.active ? 1 : 0 });
    return result;
  };
  async transact<T>(keys: BatchKeys, decide: (snapshot: Snapshot) => { writes: Writes; result: T }): Promise<T> {
    return this.tx.immediate(keys, decide) as T;
  }

  async getMessage(namespace: string, messageId: string) {
    const r = this.q.getMessage!.get(namespace, messageId) as Row | undefined;
    return r ? toMessage(r) : undefined;
  }

  async getLead(namespace: string, leadId: string) {
    const r = this.q.getLead!.get(namespace, leadId) as Row | undefined;
    return r ? toLead(r) : undefined;
  }

  async listSubscriptions(namespace: string) {
    return (this.q.listSubscriptions!.all(namespace) as Row[]).map(toSubscription);
  }

  async cancelSubscription(namespace: string, subscriptionId: string, at: string) {
    return this.q.cancelSubscription!.run(at, namespace, subscriptionId).changes > 0;
  }

  async countMessages(namespace?: string) {
    return ((namespace === undefined ? this.q.count!.get() : this.q.countNs!.get(namespace)) as Row).n as number;
  }

  async schemaVersion() {
    return (this.q.version!.get() as Row).v as number;
  }

  async ping() {
    this.q.ping!.get();
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}
