// Fuzzes the reference receiver for a time budget: mutated messages in the four formats, batches, odd media types,
// charsets and Accept headers, bytes that are not UTF-8, odd path parameters, sent to every operation in process
// (Fastify inject, SQLite in memory). Every answer must be one the OpenAPI file documents for the operation (the
// server checks each response against the file and answers 500 when it does not match), never a 500, quickly.
//
//   npx tsx packages/server/scripts/fuzz-server.ts 60 [seed] [--db postgres://…]   (default: SQLite in memory)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mutateText, seededRandom, textEdits } from '@lexstandard/codec/random';
import { serialize, type Format, type LexMessage } from '@lexstandard/core';
import { createServer } from '../src/index.js';

const seedDir = new URL('../../../conformance/examples/seed/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedDir), 'utf8');

export interface ServerFuzzReport {
  seed: number;
  requests: number;
  /** how many answers had each status */
  statuses: Record<number, number>;
  slowestMs: number;
  failures: { request: string; status: number; body: string }[];
}

const MEDIA: Record<Format, string> = { json: 'application/json', xml: 'application/xml', x12: 'application/EDI-X12', edifact: 'application/EDIFACT' };
const OTHER_MEDIA = ['text/plain', 'application/octet-stream', 'application/json; charset=utf-16', 'application/xml; charset="ISO-8859-1"', 'application/json; charset=x-unknown', 'APPLICATION/JSON', 'application/json;;', ''];
const ACCEPT = [undefined, 'application/json', 'application/xml', 'application/EDI-X12', 'application/EDIFACT', '*/*', 'text/html', 'application/xml;q=0.1, application/json;q=0.9', 'application/*;q=0', 'application/json;q=abc', ',,;', 'application/problem+json', '*/*;q=0'];
/** the conformance hooks (the server runs with them on), right and wrong */
const HOOKS: [string, string][] = [['x-lex-test-level', 'L1'], ['x-lex-test-level', 'L3'], ['x-lex-test-level', 'L9'], ['x-lex-test-namespace', 'case-1'], ['x-lex-test-namespace', '../x'], ['x-lex-test-skip-validation', 'true'], ['x-lex-test-now', '2026-03-23T14:31:00Z'], ['x-lex-test-now', '20200']];
const SPECIAL = ['<', '>', '&', '"', '{', '}', '[', ']', ',', ':', '*', '~', "'", '+', '?', '\n', '\u0000', '\\u0000', '&#0;', '\ufffd', '\ud800', '\\ud800', '💥', 'ISA', 'UNH', '<lex>', '"lex"', '-1', '1e999'];

/** messages of every type in every format the operations take */
function corpus(): { format: Format; text: string }[] {
  const out: { format: Format; text: string }[] = [];
  const files: [string, Format][] = [
    ['reference-lead.x12', 'x12'], ['home-page-lead.x12', 'x12'], ['reference-lead.edi', 'edifact'], ['home-page-lead.edi', 'edifact'],
    ['home-page-lead.xml', 'xml'], ['minimal-lead.xml', 'xml'], ['home-page-lead.json', 'json'], ['minimal-lead.json', 'json'],
  ];
  for (const [file, format] of files) out.push({ format, text: seed(file) });
  const minimal = JSON.parse(seed('minimal-lead.json')) as LexMessage;
  for (const format of ['json', 'xml', 'x12', 'edifact'] as const) out.push({ format, text: serialize(minimal, format).output });
  // the other message types, from the schema's generated examples
  for (const name of ['lead', 'asset', 'subscription', 'lead-closure', 'acknowledgment']) {
    const m = JSON.parse(readFileSync(new URL(`../../schema/generated/examples/full-${name}.json`, import.meta.url), 'utf8')) as LexMessage;
    out.push({ format: 'json', text: JSON.stringify(m) }, { format: 'xml', text: serialize(m, 'xml').output });
  }
  return out;
}

function mutate(input: string, r: () => number, pool: string[]): string {
  return mutateText(input, r, {
    minRounds: 0, maxRounds: 3,
    near: { pattern: /messageId|MessageId|REF\*TN|UNH|"status"|<Status>|messageType|MessageType/g, span: 40, before: 4 },
    edits: [
      textEdits.truncate(), textEdits.remove(20), textEdits.insert(SPECIAL), textEdits.replaceChar(0x3000),
      textEdits.duplicate(80), textEdits.bumpDigits(), textEdits.splice(pool, 300),
    ],
  });
}

/** a fresh messageId (and a receiver's clock that accepts the seed timestamps is set by the test hooks) */
function freshIds(text: string, r: () => number): string {
  const hex = () => Math.floor(r() * 16).toString(16);
  return text.replace(/550e8400-e29b-41d4-a716-446655440000/g, () => `550e8400-e29b-41d4-a716-${Array.from({ length: 12 }, hex).join('')}`);
}

/** Runs for `ms` milliseconds. */
export async function fuzzServer(ms: number, seedValue = Date.now(), db = 'sqlite::memory:'): Promise<ServerFuzzReport> {
  const r = seededRandom(seedValue);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  // the server's error log (what a 500 came from), kept for the failure report
  const logged: string[] = [];
  const logger = { level: 'error', stream: { write: (line: string) => { logged.push(line); if (logged.length > 50) logged.shift(); } } };
  const server = await createServer({ db, validateResponses: 'throw', rateLimit: false, testHooks: true, logger: logger as never });
  const bodies = corpus();
  const pool = bodies.map((b) => b.text);
  const seen: string[] = []; // ids the store may hold
  const report: ServerFuzzReport = { seed: seedValue, requests: 0, statuses: {}, slowestMs: 0, failures: [] };
  const end = Date.now() + ms;
  try {
    while (Date.now() < end) {
      const body = pick(bodies);
      let text = freshIds(mutate(body.text, r, pool), r);
      const id = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/.exec(text)?.[0];
      if (id && seen.length < 500) seen.push(id);
      let method: 'GET' | 'POST' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'PUT' | 'PATCH' = 'POST';
      let url: string;
      let payload: string | Buffer | undefined = text;
      const headers: Record<string, string> = { 'content-type': r() < 0.85 ? MEDIA[body.format] : pick(OTHER_MEDIA) };
      const accept = pick(ACCEPT);
      if (accept) headers.accept = accept;
      // the receiver's clock at the message's own time, so that the seeds' timestamps are not "too old"
      if (r() < 0.7) headers['x-lex-test-now'] = 'message';
      if (r() < 0.1) {
        const [k, v] = pick(HOOKS);
        headers[k] = v;
        // what is stored unvalidated is read back only with the same hook (the conformance runner's way): in a
        // namespace of its own, so that the other requests, whose responses are checked, never meet it
        if (k === 'x-lex-test-skip-validation') headers['x-lex-test-namespace'] = 'unvalidated';
      }
      const op = r();
      if (op < 0.4) url = '/messages';
      else if (op < 0.5) url = pick(['/leads', '/assets', '/subscriptions']);
      else if (op < 0.57) url = `/leads/${encodeURIComponent(pick(['LEAD-2026-001234', 'X', '%', '../..', 'a'.repeat(300), '']))}/closure`;
      else if (op < 0.7) {
        url = '/messages/batch';
        const items = Array.from({ length: Math.floor(r() * 5) }, () => {
          const b = pick(bodies.filter((x) => x.format === 'json'));
          try { return JSON.parse(freshIds(b.text, r)); } catch { return null; }
        });
        text = mutate(JSON.stringify({ messages: items }), r, pool);
        payload = text;
        headers['content-type'] = r() < 0.9 ? 'application/json' : pick(OTHER_MEDIA);
      } else if (op < 0.85) {
        method = 'GET';
        payload = undefined;
        const mid = r() < 0.7 && seen.length ? pick(seen) : pick(['not-a-uuid', '00000000-0000-4000-8000-000000000000', '%00', 'ZZZ']);
        url = `/messages/${encodeURIComponent(mid)}${r() < 0.5 ? '/acknowledgment' : ''}`;
      } else if (op < 0.9) {
        method = pick(['GET', 'DELETE'] as const);
        payload = undefined;
        url = method === 'GET' ? pick(['/subscriptions', '/health', '/schema/LEAD', '/schema/NOPE', '/conformance/report/x']) : `/subscriptions/${encodeURIComponent(pick(['SUB-1', 'x', '']))}`;
      } else if (op < 0.95) url = pick(['/messages', '/conformance/run', '/subscriptions']);
      else {
        // methods the file has no operation for, and HEAD of the GET operations
        method = pick(['HEAD', 'OPTIONS', 'PUT', 'PATCH'] as const);
        url = pick(['/messages', '/health', '/subscriptions', `/messages/${seen[0] ?? 'x'}`, '/schema/LEAD']);
        if (method === 'HEAD' || method === 'OPTIONS') payload = undefined;
      }
      // bytes that are not UTF-8, or UTF-16 with its byte-order mark
      if (typeof payload === 'string' && r() < 0.15) payload = r() < 0.5 ? Buffer.from(payload, 'latin1') : Buffer.from('\ufeff' + payload, 'utf16le');
      const started = performance.now();
      let status = 0;
      let answer = '';
      try {
        const res = await server.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
        status = res.statusCode;
        answer = res.body;
      } catch (e) {
        answer = `inject threw: ${e instanceof Error ? e.stack : String(e)}`;
      }
      const took = performance.now() - started;
      report.requests++;
      report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      if (took > report.slowestMs) report.slowestMs = took;
      if (status === 0 || status >= 500 || took > 2000) {
        const error = status >= 500 && logged.length ? ` [logged: ${logged[logged.length - 1]!.slice(0, 1500)}]` : '';
        report.failures.push({ request: `${method} ${url} ${JSON.stringify(headers)} ${typeof payload === 'string' ? payload.slice(0, 4000) : payload ? `<${payload.length} bytes> ${payload.toString('latin1').slice(0, 4000)}` : ''}`, status, body: answer.slice(0, 2000) + error });
        logged.length = 0;
        if (report.failures.length >= 20) break;
      }
    }
  } finally {
    for (const v of server.responseViolations) report.failures.push({ request: '(response check)', status: 500, body: v });
    await server.close();
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dbAt = args.indexOf('--db');
  const db = dbAt >= 0 ? args.splice(dbAt, 2)[1] : undefined;
  const seconds = Number(args[0] ?? 30);
  const report = await fuzzServer(seconds * 1000, args[1] ? Number(args[1]) : undefined, db);
  console.log(`server fuzz: seed ${report.seed}, ${report.requests} requests in ${seconds} s, statuses ${JSON.stringify(report.statuses)}, slowest ${report.slowestMs.toFixed(1)} ms`);
  for (const f of report.failures.slice(0, 5)) console.log(`FAIL ${f.status}: ${f.request.slice(0, 600)}\n  → ${f.body.slice(0, 800)}`);
  process.exitCode = report.failures.length ? 1 : 0;
}
