// The HTTP adapter: a LEX receiver behind the REST API of the OpenAPI file (e.g. `lex serve --test-hooks`),
// tested over the wire. Every vector becomes requests the API defines:
//   validate  POST /messages (Content-Type of the vector's format); the acknowledgment is the outcome:
//             REJECTED → invalid with its errors, otherwise valid with its warnings. A previousStatus is
//             set up by first submitting the same lead with that status, so the receiver checks the
//             transition against the lead it holds, as it would in production.
//   convert   POST /messages, then GET /messages/{messageId} with Accept: application/json (the conversion
//             vectors include incomplete messages, so they are stored without validation, X-LEX-Test-Skip-Validation).
//   session   POST /messages per step; `stored` counts the session's messageIds that GET /messages/{id}
//             finds.
// The receiver's clock, the level and a fresh store partition per case are sent as conformance hooks
// (X-LEX-Test-Now, X-LEX-Test-Level, X-LEX-Test-Namespace), which the server honours only when started for
// testing; the adapter checks that it does before running anything.
import { randomUUID } from 'node:crypto';
import type { Adapter, ConvertRequest, Format, Level, ReportedIssue, Session, SubmitRequest, SubmitResponse, ValidateRequest, ValidationOutcome } from '../types.js';

export const FORMAT_MEDIA: Record<Format, string> = {
  json: 'application/json',
  xml: 'application/xml',
  x12: 'application/EDI-X12',
  edifact: 'application/EDIFACT',
};

export interface HttpAdapterOptions {
  /** per-request time limit, ms (default 30 000) */
  timeoutMs?: number;
  name?: string;
}

export class HttpAdapterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HttpAdapterError';
  }
}

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Answer {
  status: number;
  /** the Location header: where an accepted message can be fetched */
  location: string | null;
  contentType: string;
  text: string;
  json: unknown;
}

const issuesOf = (list: unknown): ReportedIssue[] =>
  (Array.isArray(list) ? list : []).filter(isObj).map((i) => ({
    code: String(i.code),
    path: typeof i.path === 'string' ? i.path : '',
    ...(typeof i.severity === 'string' ? { severity: i.severity } : {}),
    ...(typeof i.message === 'string' ? { message: i.message } : {}),
  }));

export function createHttpAdapter(baseUrl: string, options: HttpAdapterOptions = {}): Adapter {
  const base = baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  let checked: Promise<void> | undefined;

  const request = async (method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> => {
    let res: Response;
    try {
      res = await fetch(/^https?:/.test(path) ? path : base + path, { method, headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new HttpAdapterError(`${method} ${base}${path}: ${(e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e as Error).message}`);
    }
    const text = await res.text();
    const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let json: unknown;
    if (text && (contentType === 'application/json' || contentType.endsWith('+json'))) {
      try { json = JSON.parse(text); } catch { throw new HttpAdapterError(`${method} ${path}: ${res.status} with a ${contentType} body that is not JSON`); }
    }
    return { status: res.status, location: res.headers.get('location'), contentType, text, json };
  };

  const hooks = (namespace: string, now: string | undefined, level: Level) => ({
    'X-LEX-Test-Namespace': namespace,
    'X-LEX-Test-Now': now ?? 'message',
    'X-LEX-Test-Level': level,
    Accept: 'application/json',
  });

  /** The receiver must honour the hooks, or every clock-bound vector would fail for the wrong reason. */
  const ensureHooks = () =>
    (checked ??= (async () => {
      const ns = `probe-${randomUUID()}`;
      let res: Response;
      try {
        res = await fetch(`${base}/health`, { headers: { 'X-LEX-Test-Namespace': ns }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        throw new HttpAdapterError(`GET ${base}/health: ${(e as Error).message}`);
      }
      await res.arrayBuffer();
      if (res.status !== 200) throw new HttpAdapterError(`GET ${base}/health answered ${res.status}: the receiver is not up`);
      if (res.headers.get('x-lex-test-namespace') !== ns) {
        throw new HttpAdapterError(`${base} does not honour the conformance hooks (X-LEX-Test-Now, -Level, -Namespace): start it for testing, e.g. lex serve --test-hooks`);
      }
    })());

  /** POST /messages; the acknowledgment (JSON-EDI), or null when the receiver sent none (a received ACKNOWLEDGMENT). */
  const submit = async (namespace: string, r: { text: string; format: Format; now?: string; level: Level }, extra: Record<string, string> = {}): Promise<{ answer: Answer; ack: Record<string, any> | null }> => {
    const answer = await request('POST', '/messages', { ...hooks(namespace, r.now, r.level), ...extra, 'Content-Type': FORMAT_MEDIA[r.format] }, r.text);
    if (answer.status === 429) throw new HttpAdapterError('the receiver rate-limited the conformance run (429): start it without a rate limit for testing');
    if (answer.status >= 500) throw new HttpAdapterError(`POST /messages answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    const ack = isObj(answer.json) && isObj(answer.json.lex) ? answer.json : null;
    return { answer, ack };
  };

  const outcomeOf = (answer: Answer, ack: Record<string, any> | null): ValidationOutcome => {
    if (ack) {
      const body = ack.lex?.payload?.acknowledgment ?? {};
      const rejected = body.status === 'REJECTED';
      return { valid: !rejected, errors: rejected ? issuesOf(body.errors) : [], warnings: issuesOf(body.warnings) };
    }
    // no acknowledgment: accepted (2xx), or refused with the issues (if any) in a problem body
    if (answer.status >= 200 && answer.status < 300) return { valid: true, errors: [], warnings: [] };
    const p = isObj(answer.json) ? answer.json : {};
    const errors = issuesOf(p.errors);
    return { valid: false, errors: errors.length ? errors : [{ code: String(p.code ?? `HTTP_${answer.status}`), path: '', message: String(p.detail ?? answer.text.slice(0, 200)) }], warnings: issuesOf(p.warnings) };
  };

  /** Submits a copy of the lead with `status` and a fresh messageId, so the receiver holds the lead at that status. */
  const seedLead = async (namespace: string, r: ValidateRequest) => {
    let message: any;
    try { message = JSON.parse(r.text); } catch { return; }
    if (r.format !== 'json' || !isObj(message?.lex?.payload?.lead) || !isObj(message.lex.header)) return;
    const seed = structuredClone(message);
    seed.lex.header.messageId = randomUUID();
    seed.lex.payload.lead.status = r.previousStatus;
    const { answer } = await submit(namespace, { text: JSON.stringify(seed), format: 'json', now: r.now, level: r.level });
    if (answer.status !== 202) throw new HttpAdapterError(`setting up previousStatus ${r.previousStatus}: the receiver answered ${answer.status} to the lead at that status`);
  };

  return {
    name: options.name ?? `http: ${base}`,
    async validate(r: ValidateRequest): Promise<ValidationOutcome> {
      await ensureHooks();
      const ns = `v-${randomUUID()}`;
      if (r.previousStatus !== undefined) await seedLead(ns, r);
      const { answer, ack } = await submit(ns, r);
      return outcomeOf(answer, ack);
    },
    async convert(r: ConvertRequest): Promise<unknown> {
      await ensureHooks();
      const ns = `c-${randomUUID()}`;
      // conversion is not validation: stored as read, with the message's own clock unless the vector has one
      const { answer, ack } = await submit(ns, { text: r.text, format: r.format, ...(r.now !== undefined ? { now: r.now } : {}), level: 'L1' }, { 'X-LEX-Test-Skip-Validation': 'true' });
      if (answer.status !== 202 && answer.status !== 200) {
        const errors = ack ? issuesOf(ack.lex?.payload?.acknowledgment?.errors).map((i) => `${i.code} at ${i.path || '/'}`).join(', ') : answer.text.slice(0, 200);
        throw new HttpAdapterError(`POST /messages answered ${answer.status}, so there is nothing to fetch back: ${errors}`);
      }
      // where the message is: the Location of the answer, else the messageId the acknowledgment names
      const id = ack?.lex?.payload?.acknowledgment?.originalMessageId;
      const where = answer.location ?? (typeof id === 'string' ? `/messages/${encodeURIComponent(id)}` : undefined);
      if (where === undefined) throw new HttpAdapterError('the answer names no Location and the acknowledgment no originalMessageId');
      const path = answer.location ? new URL(answer.location, `${base}/`).href : where;
      const back = await request('GET', path, { ...hooks(ns, r.now, 'L1'), 'X-LEX-Test-Skip-Validation': 'true', Accept: 'application/json' });
      if (back.status !== 200) throw new HttpAdapterError(`GET ${path} answered ${back.status}`);
      return back.json;
    },
    async session(): Promise<Session> {
      await ensureHooks();
      const ns = `s-${randomUUID()}`;
      const seen = new Set<string>();
      return {
        async submit(r: SubmitRequest): Promise<SubmitResponse> {
          const { ack } = await submit(ns, r);
          let id: unknown;
          try { id = r.format === 'json' ? JSON.parse(r.text)?.lex?.header?.messageId : undefined; } catch { id = undefined; }
          if (typeof id !== 'string') id = ack?.lex?.payload?.acknowledgment?.originalMessageId;
          if (typeof id === 'string') seen.add(id.toLowerCase());
          let stored = 0;
          for (const m of seen) {
            const got = await request('GET', `/messages/${encodeURIComponent(m)}`, { ...hooks(ns, r.now, r.level), Accept: 'application/json' });
            if (got.status === 200) stored++;
            else if (got.status !== 404 && got.status !== 400) throw new HttpAdapterError(`GET /messages/${m} answered ${got.status}`);
          }
          return { ack, stored };
        },
        async close() {},
      };
    },
  };
}
