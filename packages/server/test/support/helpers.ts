// Shared by the server tests: the two stores, fresh messages, a started server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createAcknowledgment, createLeadClosure, createMessage, serialize, utcSeconds, type Format, type LexMessage } from '@lexstandard/core';
import pg from 'pg';
import { startServer, type ServerOptions } from '../../src/index.js';

export const REPO = new URL('../../../../', import.meta.url);
export const CLI = new URL('packages/cli/dist/bin/lex.js', REPO).pathname;
export const SERVER_BIN = new URL('../../dist/bin.js', import.meta.url).pathname;

export interface StoreCase {
  name: 'sqlite' | 'postgres';
  /** a fresh, empty database; its URL */
  fresh(label: string): Promise<string>;
}

const tmpDirs: string[] = [];
let dbCounter = 0;

export const STORES: StoreCase[] = [
  {
    name: 'sqlite',
    async fresh(label) {
      const dir = mkdtempSync(join(tmpdir(), 'lex-server-'));
      tmpDirs.push(dir);
      return `sqlite:${join(dir, `${label}.db`)}`;
    },
  },
  {
    name: 'postgres',
    async fresh(label) {
      const base = inject('pgUrl');
      const name = `${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${++dbCounter}`;
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      return base.replace(/\/[^/]*$/, `/${name}`);
    },
  },
];

/** The stores to run against: both, or SQLite alone with LEX_SKIP_PG=1. */
export const storeCases = () => STORES.filter((s) => s.name === 'sqlite' || inject('pgUrl') !== '');

export function cleanupTmp() {
  for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

const seed = JSON.parse(readFileSync(new URL('conformance/examples/seed/minimal-lead.json', REPO), 'utf8')) as LexMessage;

/** A valid LEAD (the seed minimal lead) with a fresh messageId and leadId, timestamped now. */
export function lead(over: { messageId?: string; leadId?: string; status?: string; senderId?: string; now?: Date } = {}): LexMessage {
  const m = structuredClone(seed) as any;
  m.lex.header.messageId = over.messageId ?? randomUUID();
  m.lex.header.timestamp = utcSeconds(over.now ?? new Date());
  if (over.senderId) m.lex.header.senderId = over.senderId;
  m.lex.payload.lead.leadId = over.leadId ?? `LEAD-${randomUUID().slice(0, 8)}`;
  if (over.status) m.lex.payload.lead.status = over.status;
  return m;
}

export const idOf = (m: LexMessage) => (m as any).lex.header.messageId as string;
export const leadIdOf = (m: LexMessage) => (m as any).lex.payload.lead.leadId as string;

export function closure(of: LexMessage, status: 'WON' | 'LOST' = 'WON', originalLeadId?: string): LexMessage {
  return createLeadClosure({
    senderId: 'MANUFACTURER-ABC', receiverId: 'DEALER-001', closureStatus: status, lead: of as any,
    ...(originalLeadId ? { originalLeadId } : {}),
    ...(status === 'WON' ? { closureReason: 'CUSTOMER_PURCHASED_ASSET' } : { closureReason: 'CUSTOMER_CHOSE_COMPETITOR' }),
  }) as unknown as LexMessage;
}

export function subscription(id: string, action: 'SUBSCRIBE' | 'UNSUBSCRIBE' | 'UPDATE' = 'SUBSCRIBE'): LexMessage {
  return createMessage('SUBSCRIPTION', { subscriptionId: id, action, subscriptionType: 'LEAD_UPDATES', deliveryEndpoint: 'https://dealer.example.com/lex', deliveryFormat: 'JSON_EDI' } as any,
    { senderId: 'DEALER-001', receiverId: 'MANUFACTURER-ABC' }) as unknown as LexMessage;
}

export function ackOf(m: LexMessage): LexMessage {
  return createAcknowledgment(m as any, { status: 'PROCESSED' }) as unknown as LexMessage;
}

export const MEDIA: Record<Format, string> = { json: 'application/json', xml: 'application/xml', x12: 'application/EDI-X12', edifact: 'application/EDIFACT' };

export function encode(m: LexMessage, format: Format): string {
  return format === 'json' ? JSON.stringify(m) : serialize(m, format).output;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** A client for one server URL. */
export function client(url: string) {
  const call = async (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Reply> => {
    const res = await fetch(url + path, { method, headers: init.headers ?? {}, ...(init.body !== undefined ? { body: init.body } : {}) });
    const text = await res.text();
    let json: any;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    return { status: res.status, headers: res.headers, text, json };
  };
  return {
    call,
    submit: (m: LexMessage | string, format: Format = 'json', path = '/messages', headers: Record<string, string> = {}) =>
      call('POST', path, { body: typeof m === 'string' ? m : encode(m, format), headers: { 'content-type': MEDIA[format], ...headers } }),
    get: (path: string, headers: Record<string, string> = {}) => call('GET', path, { headers }),
  };
}

/** A started server on a loopback port; responses are checked against the OpenAPI file (a violation answers 500). */
export async function serve(db: string, options: ServerOptions = {}) {
  const server = await startServer({ db, port: 0, validateResponses: 'throw', rateLimit: false, ...options });
  return Object.assign(server, { client: client(server.url) });
}

export const ackBody = (m: any) => m?.lex?.payload?.acknowledgment;
