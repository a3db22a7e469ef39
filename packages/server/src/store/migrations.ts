// Schema migrations, numbered, one SQL text per dialect. A store applies, in one transaction, every
// migration above the version recorded in lex_schema_migrations; never edit an applied one, add the next.

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'messages, leads, subscriptions',
    sqlite: `
      CREATE TABLE lex_messages (
        namespace    TEXT NOT NULL,
        message_id   TEXT NOT NULL,
        message_type TEXT NOT NULL,
        sender_id    TEXT,
        receiver_id  TEXT,
        lead_id      TEXT,
        format       TEXT NOT NULL,
        raw          TEXT NOT NULL,
        message      TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        ack          TEXT,
        ack_status   TEXT,
        http_status  INTEGER NOT NULL,
        PRIMARY KEY (namespace, message_id)
      ) WITHOUT ROWID;
      CREATE INDEX lex_messages_lead ON lex_messages (namespace, lead_id) WHERE lead_id IS NOT NULL;
      CREATE TABLE lex_leads (
        namespace          TEXT NOT NULL,
        lead_id            TEXT NOT NULL,
        status             TEXT,
        last_message_id    TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        closure_status     TEXT,
        closure_message_id TEXT,
        closed_at          TEXT,
        PRIMARY KEY (namespace, lead_id)
      ) WITHOUT ROWID;
      CREATE TABLE lex_subscriptions (
        namespace       TEXT NOT NULL,
        subscription_id TEXT NOT NULL,
        sender_id       TEXT,
        payload         TEXT NOT NULL,
        active          INTEGER NOT NULL,
        message_id      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        PRIMARY KEY (namespace, subscription_id)
      ) WITHOUT ROWID;`,
    postgres: `
      CREATE TABLE lex_messages (
        namespace    text NOT NULL,
        message_id   text NOT NULL,
        message_type text NOT NULL,
        sender_id    text,
        receiver_id  text,
        lead_id      text,
        format       text NOT NULL,
        raw          text NOT NULL,
        message      text NOT NULL,
        received_at  timestamptz NOT NULL,
        ack          text,
        ack_status   text,
        http_status  integer NOT NULL,
        PRIMARY KEY (namespace, message_id)
      );
      CREATE INDEX lex_messages_lead ON lex_messages (namespace, lead_id) WHERE lead_id IS NOT NULL;
      CREATE TABLE lex_leads (
        namespace          text NOT NULL,
        lead_id            text NOT NULL,
        status             text,
        last_message_id    text NOT NULL,
        updated_at         timestamptz NOT NULL,
        closure_status     text,
        closure_message_id text,
        closed_at          timestamptz,
        PRIMARY KEY (namespace, lead_id)
      );
      CREATE TABLE lex_subscriptions (
        namespace       text NOT NULL,
        subscription_id text NOT NULL,
        sender_id       text,
        payload         text NOT NULL,
        active          boolean NOT NULL,
        message_id      text NOT NULL,
        updated_at      timestamptz NOT NULL,
        PRIMARY KEY (namespace, subscription_id)
      );`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const MIGRATIONS_TABLE = {
  sqlite: `CREATE TABLE IF NOT EXISTS lex_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  postgres: `CREATE TABLE IF NOT EXISTS lex_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
};
