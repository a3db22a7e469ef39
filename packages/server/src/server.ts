// The HTTP side: Fastify serves the operations of the generated OpenAPI file. Routes are made from the
// file's paths at start-up and bound to handlers by operationId (an operation without a handler, or a
// handler without an operation, stops the start); content types, parameters and bodies are checked
// against the file; every response is checked against the file before it is sent.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { decodeInput, inputAckIssues, invalidJson, LexCodecError, parse, parseTime, serialize, SPEC_VERSION, type AckIssue, type LexMessage, type LexWarning, type ValidationIssue } from '@lexstandard/core';
import { lexSchema } from '@lexstandard/schema';
import { PAYLOAD_MEMBER } from '@lexstandard/types';
import { Contract, mediaTypeOf, negotiate, type Operation, type SchemaIssue } from './contract.js';
import { acceptedWithWarnings, ignoredMembers, Intake, rejectedAck, senderOf, type Format, type Level, type Outcome, type Route, type Submission } from './intake.js';
import { RateLimiter, type RateDecision, type RateLimitOptions } from './ratelimit.js';
import { openStore, type Store } from './store/index.js';

type Json = Record<string, any>;

export const MEDIA_FORMAT: Record<string, Format> = {
  'application/json': 'json',
  'application/xml': 'xml',
  'application/edi-x12': 'x12',
  'application/edifact': 'edifact',
};
const PROBLEM = 'application/problem+json';
/** the media type of each format, as the OpenAPI file spells it */
const FORMAT_MEDIA: Record<Format, string> = { json: 'application/json', xml: 'application/xml', x12: 'application/EDI-X12', edifact: 'application/EDIFACT' };

/** encodeURIComponent, with a lone surrogate (which it throws on) written as U+FFFD */
const encodeText = (c: string) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '%EF%BF%BD' : encodeURIComponent(c));
/** a path segment for a Location header: every character encodeURIComponent encodes, lone surrogates as U+FFFD */
const pathSegment = (s: string) => s.replace(/[^A-Za-z0-9\-_.!~*'()]/gu, encodeText);

/** Fields the chosen format left out of a response body: named in X-LEX-Not-Carried, never dropped unsaid. */
function notCarriedHeader(reply: FastifyReply, warnings: readonly { code: string; path?: string }[]): void {
  const pointers = warnings.filter((w) => w.code === 'FIELD_NOT_CARRIED' && w.path).map((w) => w.path!);
  if (!pointers.length) return;
  // header text is visible ASCII: other characters (a custom field's name), '%' and ',' are percent-encoded, as in a URI
  const encode = (p: string) => p.replace(/[^\x20-\x7e]|[%,]/gu, encodeText);
  let value = pointers.map(encode).join(',');
  // a header has to stay a header: past 4,000 characters the list is cut at a pointer boundary and ends in ",..."
  if (value.length > 4000) value = value.slice(0, value.lastIndexOf(',', 4000)) + ',...';
  reply.header('X-LEX-Not-Carried', value);
}

export interface ServerOptions {
  /** sqlite:PATH (default sqlite:lex.db), sqlite::memory: or postgres://… */
  db?: string;
  /** an open store instead of `db` (closed with the server unless keepStore) */
  store?: Store;
  keepStore?: boolean;
  /** largest body of one message, bytes (default 1 MiB) */
  bodyLimit?: number;
  /** largest body of POST /messages/batch, bytes (default 16 MiB) */
  batchBodyLimit?: number;
  /** messages per minute per sender (default 1000, the standard tier of the API text); false: no limit */
  rateLimit?: RateLimitOptions | false;
  /** conformance level whose rules are errors (default L2; rules above it come back as warnings) */
  level?: Level;
  /** senderId of acknowledgments when the message's receiverId is BROADCAST or unusable (default LEX-RECEIVER) */
  partyId?: string;
  /**
   * Conformance hooks: honour X-LEX-Test-Now (the receiver's clock, or `message` for the message's own
   * timestamp), X-LEX-Test-Level, X-LEX-Test-Namespace (a separate store partition) and
   * X-LEX-Test-Skip-Validation: true (store what could be read, for conversion cases). Never in production.
   */
  testHooks?: boolean;
  /** checking responses against the OpenAPI file: throw (answer 500 instead), log (default), off */
  validateResponses?: 'throw' | 'log' | 'off';
  /** the receiver's clock */
  clock?: () => Date;
  /** Fastify's logger (default off) */
  logger?: boolean;
  /** the OpenAPI contract (default: @lexstandard/openapi's lex-openapi.json) */
  contract?: Contract;
  /** most submissions per commit (default 256) */
  maxBatch?: number;
  /** path prefix of every operation, e.g. /v1 as in the file's server URLs (default: none) */
  basePath?: string;
}

export interface LexServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly contract: Contract;
  /** responses that did not match the OpenAPI file (with validateResponses log or throw; distinct, at most 1000) */
  readonly responseViolations: string[];
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

interface Hooks { now: Date; level: Level; namespace: string; fromMessage: boolean; skipValidation: boolean }

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, detail: string, readonly extra: Json = {}) { super(detail); }
}

let sharedContract: Contract | undefined;
/** The contract of the packaged OpenAPI file, compiled once per process. */
export function defaultContract(): Contract {
  if (!sharedContract) {
    sharedContract = new Contract();
    sharedContract.warm();
  }
  return sharedContract;
}

/** The canonical schema of one message type: the envelope with messageType and payload member fixed. */
export function messageTypeSchema(type: string): Json | undefined {
  const member = (PAYLOAD_MEMBER as Record<string, string>)[type];
  if (!member) return undefined;
  const base = structuredClone(lexSchema);
  const id = String(base.$id ?? 'https://lexstandard.org/schema/1.0/lex.schema.json');
  return {
    ...base,
    $id: id.replace(/[^/]*$/, `${member}.message.schema.json`),
    title: `LexMessage (${type})`,
    allOf: [
      ...(Array.isArray(base.allOf) ? base.allOf : []),
      { properties: { lex: { properties: { header: { properties: { messageType: { const: type } } }, payload: { required: [member] } } } } },
    ],
  };
}

const HANDLED = new Set([
  'submitMessage', 'submitLead', 'submitAsset', 'createSubscription', 'submitLeadClosure', 'submitBatch', 'getMessage', 'getAcknowledgment',
  'listSubscriptions', 'cancelSubscription', 'getSchema', 'healthCheck', 'runConformance', 'getConformanceReport',
]);
const SUBMIT_ROUTE: Record<string, Route> = { submitMessage: 'messages', submitLead: 'leads', submitAsset: 'assets', createSubscription: 'subscriptions', submitLeadClosure: 'closure' };

/** the longest path parameter the router hands to an operation (its schema then decides) */
const MAX_PARAM_LENGTH = 2048;

function codecIssue(e: unknown): ValidationIssue {
  const codec = e instanceof LexCodecError ? e.code : 'UNREADABLE';
  const notLex = codec === 'NOT_A_LEX_MESSAGE' || /_NOT_LEX$/.test(codec);
  const message = `${codec}: ${(e as Error).message ?? String(e)}`;
  return { code: notLex ? 'NOT_A_LEX_MESSAGE' : 'INVALID_JSON', path: '', severity: 'CRITICAL', message: message.length > 1000 ? message.slice(0, 997) + '...' : message };
}

export async function createServer(options: ServerOptions = {}): Promise<LexServer> {
  const contract = options.contract ?? defaultContract();
  for (const id of contract.operations.keys()) if (!HANDLED.has(id)) throw new Error(`the OpenAPI file has an operation this server does not implement: ${id}`);
  for (const id of HANDLED) if (!contract.operations.has(id)) throw new Error(`this server implements ${id}, which the OpenAPI file does not have`);

  const store = options.store ?? (await openStore(options.db));
  const partyId = options.partyId ?? 'LEX-RECEIVER';
  const intake = new Intake(store, { partyId, maxBatch: options.maxBatch ?? 256 });
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? { perMinute: 1000 });
  const clock = options.clock ?? (() => new Date());
  const defaultLevel: Level = options.level ?? 'L2';
  const validateMode = options.validateResponses ?? 'log';
  const violations: string[] = [];
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const batchBodyLimit = options.batchBodyLimit ?? 16 * 1024 * 1024;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath && !/^\/[A-Za-z0-9._~\/-]*$/.test(basePath)) throw new Error(`basePath must be a path such as /v1, not ${options.basePath}`);

  /** what decoding a request's body found (bytes that are not UTF-8): warnings in every acknowledgment it gets */
  const bodyIssues = new WeakMap<FastifyRequest, AckIssue[]>();
  const issuesOf = (req: FastifyRequest): AckIssue[] => bodyIssues.get(req) ?? [];
  const app = Fastify({
    logger: options.logger ?? false, bodyLimit, forceCloseConnections: false, return503OnClosing: true,
    // a long path parameter reaches the operation, whose parameter schema answers it (400), not the router (414)
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // a URL the router cannot read (bad percent-encoding, a parameter longer than that): a problem body like every
    // other answer, 400 as each operation documents for bad parameters
    frameworkErrors: (error, req, reply) => {
      const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? `a path parameter is longer than ${MAX_PARAM_LENGTH} characters` : 'the request URL is not valid (percent-encoding that is not UTF-8?)';
      problem(reply, undefined, 400, 'BAD_URL', detail, limiter?.peek(ipKey(req)), {}, req.url.slice(0, 200));
    },
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      const { text, warnings } = decodeBody(body as Buffer, req.headers['content-type']);
      if (warnings.length) bodyIssues.set(req, inputAckIssues(warnings));
      done(null, text);
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  // ---- sending: every response goes through here and is checked against the file ----------------

  const rateHeaders = (reply: FastifyReply, rate: RateDecision | undefined) => {
    if (!rate) return;
    reply.header('X-RateLimit-Limit', String(rate.limit));
    reply.header('X-RateLimit-Remaining', String(rate.remaining));
    if (!rate.allowed) reply.header('Retry-After', String(rate.retryAfter));
  };

  const send = (reply: FastifyReply, op: Operation | undefined, status: number, rate: RateDecision | undefined, body?: { media: string; text: string; value: unknown; decoded?: unknown; expected?: ReadonlySet<string> }) => {
    // a conformance run that stores unvalidated messages (conversion cases) reads them back unchecked too
    const unchecked = options.testHooks === true && reply.request.headers['x-lex-test-skip-validation'] === 'true';
    if (op && validateMode !== 'off' && !unchecked) {
      const problems: SchemaIssue[] = contract.checkResponse(op, status, body?.media, body?.value, body?.decoded, body?.expected);
      if (problems.length) {
        const line = `${op.operationId} ${status} ${body?.media ?? '(no body)'}: ${problems.map((p) => p.message).join('; ')}`;
        if (violations.length < 1000 && !violations.includes(line)) {
          violations.push(line);
          if (validateMode === 'log' && !options.logger) console.error(`lex server: response does not match the OpenAPI file: ${line}`);
        }
        if (validateMode === 'throw') {
          const text = JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'RESPONSE_VALIDATION_FAILED', detail: line });
          reply.code(500).header('content-type', PROBLEM);
          rateHeaders(reply, rate);
          return reply.send(text);
        }
        app.log.error(`response does not match the OpenAPI file: ${line}`); // (logged once above when Fastify's logger is off)
      }
    }
    reply.code(status);
    rateHeaders(reply, rate);
    if (body) reply.header('content-type', body.media).send(body.text);
    else reply.send();
    return reply;
  };

  const problem = (reply: FastifyReply, op: Operation | undefined, status: number, code: string, detail: string, rate: RateDecision | undefined, extra: Json = {}, instance?: string) => {
    const value = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, code, detail, ...(instance ? { instance } : {}), ...extra };
    return send(reply, op, status, rate, { media: PROBLEM, text: JSON.stringify(value), value });
  };

  /** An ACKNOWLEDGMENT in the negotiated format (JSON-EDI or XML-EDI; the request's format when no Accept). */
  const sendAck = (reply: FastifyReply, req: FastifyRequest, op: Operation, status: number, ack: LexMessage, rate: RateDecision | undefined, requestFormat?: Format) => {
    const offered = contract.responseMediaTypes(op, status).filter((m) => m.toLowerCase() !== PROBLEM);
    const preferred = FORMAT_MEDIA[requestFormat ?? 'json'];
    const media = negotiate(req.headers.accept, offered, preferred) ?? offered.find((m) => m.toLowerCase() === 'application/json') ?? 'application/json';
    const format = MEDIA_FORMAT[media.toLowerCase()] ?? 'json';
    if (format === 'json') return send(reply, op, status, rate, { media, text: JSON.stringify(ack), value: ack });
    const out = serialize(ack, format);
    notCarriedHeader(reply, out.warnings);
    return send(reply, op, status, rate, { media, text: out.output, value: out.output, decoded: ack });
  };

  // ---- request checks that come from the file ---------------------------------------------------

  const hooksOf = (req: FastifyRequest, op: Operation): Hooks => {
    const base: Hooks = { now: clock(), level: defaultLevel, namespace: '', fromMessage: false, skipValidation: false };
    if (!options.testHooks) return base;
    // an operation that documents no 400 (health) cannot refuse a bad hook: it answers as without hooks
    if (!op.responses.has('400')) return base;
    const h = req.headers;
    const now = h['x-lex-test-now'];
    if (typeof now === 'string') {
      if (now === 'message') base.fromMessage = true;
      else {
        const t = parseTime(now);
        if (t === undefined) throw new HttpError(400, 'INVALID_TEST_HOOK', `X-LEX-Test-Now must be an ISO 8601 time (2026-03-23T14:30:00Z) or "message", not ${JSON.stringify(now).slice(0, 100)}`);
        base.now = t;
      }
    }
    const level = h['x-lex-test-level'];
    if (typeof level === 'string') {
      if (level !== 'L1' && level !== 'L2' && level !== 'L3') throw new HttpError(400, 'INVALID_TEST_HOOK', 'X-LEX-Test-Level must be L1, L2 or L3');
      base.level = level;
    }
    if (h['x-lex-test-skip-validation'] === 'true') base.skipValidation = true;
    const ns = h['x-lex-test-namespace'];
    if (typeof ns === 'string') {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(ns)) throw new HttpError(400, 'INVALID_TEST_HOOK', 'X-LEX-Test-Namespace must be 1 to 64 characters A-Z a-z 0-9 _ -');
      base.namespace = ns;
    }
    return base;
  };

  const checkParams = (op: Operation, req: FastifyRequest) => {
    const params = req.params as Record<string, string>;
    for (const p of op.parameters) {
      if (p.in !== 'path') continue;
      const value = params[p.name];
      const problems = contract.checkParameter(p, value);
      if (problems.length) throw new HttpError(400, 'INVALID_PARAMETER', problems.map((x) => x.message).join('; '));
    }
  };

  /** The body's media type, which must be one the operation accepts (415 otherwise). */
  const requestMedia = (op: Operation, req: FastifyRequest): string => {
    const media = mediaTypeOf(req.headers['content-type']);
    const accepted = [...op.requestContent.values()].map((c) => c.mediaType);
    if (!media || !op.requestContent.has(media)) {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `${media ? `Content-Type ${media} is` : 'a request without Content-Type is'} not accepted here; send one of ${accepted.join(', ')}`);
    }
    if (op.requestRequired && (typeof req.body !== 'string' || req.body.length === 0)) throw new HttpError(400, 'EMPTY_BODY', 'the request has no body');
    return media;
  };

  const ipKey = (req: FastifyRequest) => `addr:${req.ip}`;
  const takeRate = (costs: Map<string, number>): RateDecision | undefined => {
    if (!limiter) return undefined;
    const d = limiter.take(costs);
    if (!d.allowed) throw Object.assign(new HttpError(429, 'RATE_LIMITED', `rate limit of ${d.limit} messages per minute exceeded; retry after ${d.retryAfter} s`), { rate: d });
    return d;
  };

  const nowFor = (hooks: Hooks, message: unknown): Date => {
    if (!hooks.fromMessage) return hooks.now;
    // a second after the message's own timestamp, when it is a time a LEX timestamp can hold (not "20200Z")
    const ts = (message as any)?.lex?.header?.timestamp;
    const t = typeof ts === 'string' ? parseTime(ts) : undefined;
    return t === undefined ? hooks.now : parseTime(new Date(t.getTime() + 1000).toISOString()) ?? t;
  };

  // ---- handlers ------------------------------------------------------------------------------------

  type Handler = (op: Operation, req: FastifyRequest, reply: FastifyReply, hooks: Hooks) => Promise<unknown>;

  const submitOne: Handler = async (op, req, reply, hooks) => {
    const media = requestMedia(op, req);
    const format = MEDIA_FORMAT[media]!;
    const raw = req.body as string;
    let message: LexMessage;
    try {
      message = parse(raw, { from: format }).message;
    } catch (e) {
      const rate = takeRate(new Map([[ipKey(req), 1]]));
      return sendAck(reply, req, op, 400, rejectedAck({ lex: { header: {} } }, [codecIssue(e)], issuesOf(req), hooks.now, partyId), rate, format);
    }
    const sender = senderOf(message);
    const rate = takeRate(new Map([[sender ? `${hooks.namespace}:sender:${sender}` : ipKey(req), 1]]));
    const route = SUBMIT_ROUTE[op.operationId]!;
    const submission: Submission = {
      route, message, format, raw, now: nowFor(hooks, message), level: hooks.level, namespace: hooks.namespace, skipValidation: hooks.skipValidation, inputIssues: issuesOf(req),
      ...(route === 'closure' ? { pathLeadId: (req.params as Json).leadId as string } : {}),
    };
    const [outcome] = await intake.submit([submission]);
    return answer(op, req, reply, outcome!, rate, format);
  };

  const answer = (op: Operation, req: FastifyRequest, reply: FastifyReply, o: Outcome, rate: RateDecision | undefined, format: Format) => {
    switch (o.kind) {
      case 'accepted':
        reply.header('Location', `${basePath}/messages/${pathSegment(o.messageId)}`);
        return sendAck(reply, req, op, o.status, o.ack, rate, format);
      case 'replay':
        return sendAck(reply, req, op, 200, o.ack, rate, format);
      case 'rejected':
        return sendAck(reply, req, op, 422, o.ack, rate, format);
      case 'problem':
        return problem(reply, op, o.status, o.code, o.detail, rate);
    }
  };

  const submitBatch: Handler = async (op, req, reply, hooks) => {
    const media = requestMedia(op, req);
    let value: any;
    const text = req.body as string;
    // a byte-order mark is dropped, as parseJson drops it from a single message
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
      value = JSON.parse(body);
    } catch (e) {
      // where and why, from core (V8's own message names no position on Node 20)
      throw new HttpError(400, 'INVALID_JSON', `the batch is ${invalidJson(body, e).message}`);
    }
    const schema = contract.requestSchema(op, media);
    const max = schema?.properties?.messages?.maxItems;
    if (Array.isArray(value?.messages) && typeof max === 'number' && value.messages.length > max) {
      throw new HttpError(413, 'BATCH_TOO_LARGE', `a batch holds at most ${max} messages, this one ${value.messages.length}`);
    }
    const problems = contract.checkRequestBody(op, media, value);
    if (problems.length) throw new HttpError(400, 'INVALID_BATCH', problems.map((p) => p.message).join('; '));
    const items: unknown[] = value.messages;
    const costs = new Map<string, number>();
    for (const m of items) {
      const s = m && typeof m === 'object' && 'lex' in m ? senderOf(m as LexMessage) : undefined;
      const k = s ? `${hooks.namespace}:sender:${s}` : ipKey(req);
      costs.set(k, (costs.get(k) ?? 0) + 1);
    }
    const rate = takeRate(costs);
    const readable: Submission[] = [];
    const slots: (LexMessage | number)[] = items.map((m) => {
      if (!m || typeof m !== 'object' || Array.isArray(m) || !('lex' in m)) {
        return rejectedAck({ lex: { header: {} } }, [{ code: 'NOT_A_LEX_MESSAGE', path: '', severity: 'CRITICAL', message: 'not a LEX message: expected an object with a top-level "lex" member' }], issuesOf(req), hooks.now, partyId);
      }
      readable.push({ route: 'messages', message: m as LexMessage, format: 'json', raw: JSON.stringify(m), now: nowFor(hooks, m), level: hooks.level, namespace: hooks.namespace, inputIssues: issuesOf(req) });
      return readable.length - 1;
    });
    const outcomes = await intake.submit(readable);
    const acks = slots.map((s) => {
      if (typeof s !== 'number') return s;
      const o = outcomes[s]!;
      if (o.kind === 'problem') throw new Error(`unexpected batch outcome ${o.kind}`);
      return o.ack;
    });
    const result = { acknowledgments: acks };
    return send(reply, op, 200, rate, { media: 'application/json', text: JSON.stringify(result), value: result });
  };

  const readRate = (req: FastifyRequest) => takeRate(new Map([[ipKey(req), 1]]));
  const messageIdParam = (req: FastifyRequest) => String((req.params as Json).messageId).toLowerCase();

  const getMessage: Handler = async (op, req, reply, hooks) => {
    const rate = readRate(req);
    const record = await store.getMessage(hooks.namespace, messageIdParam(req));
    if (!record) return problem(reply, op, 404, 'MESSAGE_NOT_FOUND', `no message ${(req.params as Json).messageId} was received`, rate);
    const message = JSON.parse(record.message) as LexMessage;
    const isLead = record.messageType === 'LEAD';
    const offered = contract.responseMediaTypes(op, 200).filter((m) => isLead || ['json', 'xml'].includes(MEDIA_FORMAT[m.toLowerCase()] ?? ''));
    const media = negotiate(req.headers.accept, offered, 'application/json');
    if (!media) return problem(reply, op, 406, 'NOT_ACCEPTABLE', `a ${record.messageType} message is available as ${offered.join(', ')}`, rate);
    const format = MEDIA_FORMAT[media.toLowerCase()]!;
    // the body as received when it is in the asked format, unless members of it were ignored (the stored message
    // is the message as understood, without them: the acknowledgment names them)
    const ack = record.ack ? (JSON.parse(record.ack) as LexMessage) : undefined;
    const asReceived = record.format === format && !(ack && ignoredMembers(ack));
    // a receiver below L3 accepts values that break rules above its level (INVALID_MODEL_YEAR at L1: a year
    // past the schema's maximum) with a warning in the acknowledgment, and returns them as received
    const expected = ack ? acceptedWithWarnings(ack) : undefined;
    if (format === 'json') {
      const text = asReceived ? record.raw : JSON.stringify(message);
      return send(reply, op, 200, rate, { media, text, value: message, expected });
    }
    let text = record.raw;
    if (!asReceived) {
      const out = serialize(message, format);
      notCarriedHeader(reply, out.warnings);
      text = out.output;
    }
    return send(reply, op, 200, rate, { media, text, value: text, decoded: message, expected });
  };

  const getAcknowledgment: Handler = async (op, req, reply, hooks) => {
    const rate = readRate(req);
    const record = await store.getMessage(hooks.namespace, messageIdParam(req));
    if (!record?.ack) return problem(reply, op, 404, 'MESSAGE_NOT_FOUND', `no message ${(req.params as Json).messageId} was received`, rate);
    const offered = contract.responseMediaTypes(op, 200);
    const media = negotiate(req.headers.accept, offered, 'application/json');
    if (!media) return problem(reply, op, 406, 'NOT_ACCEPTABLE', `the acknowledgment is available as ${offered.join(', ')}`, rate);
    return sendAck(reply, req, op, 200, JSON.parse(record.ack) as LexMessage, rate, MEDIA_FORMAT[media.toLowerCase()]);
  };

  const listSubscriptions: Handler = async (op, req, reply, hooks) => {
    const rate = readRate(req);
    const subs = await store.listSubscriptions(hooks.namespace);
    const value = { subscriptions: subs.map((s) => JSON.parse(s.payload)) };
    return send(reply, op, 200, rate, { media: 'application/json', text: JSON.stringify(value), value });
  };

  const cancelSubscription: Handler = async (op, req, reply, hooks) => {
    const rate = readRate(req);
    const id = String((req.params as Json).subscriptionId);
    const done = await store.cancelSubscription(hooks.namespace, id, hooks.now.toISOString());
    if (!done) return problem(reply, op, 404, 'SUBSCRIPTION_NOT_FOUND', `no active subscription ${id}`, rate);
    return send(reply, op, 204, rate);
  };

  const getSchema: Handler = async (op, req, reply) => {
    const rate = readRate(req);
    const type = String((req.params as Json).messageType);
    const schema = messageTypeSchema(type);
    if (!schema) return problem(reply, op, 404, 'UNKNOWN_MESSAGE_TYPE', `no message type ${type}`, rate);
    return send(reply, op, 200, rate, { media: 'application/schema+json', text: JSON.stringify(schema), value: schema });
  };

  const healthCheck: Handler = async (op, req, reply, hooks) => {
    const rate = limiter?.peek(ipKey(req));
    try {
      await store.ping();
    } catch (e) {
      reply.header('Retry-After', '5');
      return problem(reply, op, 503, 'STORE_UNAVAILABLE', `the ${store.kind} store does not answer: ${(e as Error).message}`, rate);
    }
    const value = { status: 'UP', lexVersion: SPEC_VERSION, time: hooks.now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
    return send(reply, op, 200, rate, { media: 'application/json', text: JSON.stringify(value), value });
  };

  const notOffered: Handler = async (op, req, reply) =>
    problem(reply, op, 403, 'SCOPE_NOT_GRANTED', 'this receiver hosts no conformance service: no client holds the lex:conformance scope here. Test it from outside with `lex conformance --http URL`.', limiter?.peek(ipKey(req)));

  const HANDLERS: Record<string, Handler> = {
    submitMessage: submitOne, submitLead: submitOne, submitAsset: submitOne, createSubscription: submitOne, submitLeadClosure: submitOne,
    submitBatch, getMessage, getAcknowledgment, listSubscriptions, cancelSubscription, getSchema, healthCheck,
    runConformance: notOffered, getConformanceReport: notOffered,
  };

  for (const op of contract.operations.values()) {
    const handler = HANDLERS[op.operationId]!;
    app.route({
      method: op.method as 'GET',
      url: basePath + op.path.replace(/\{([^}]+)\}/g, ':$1'),
      bodyLimit: op.operationId === 'submitBatch' ? batchBodyLimit : bodyLimit,
      config: { operationId: op.operationId },
      // an operation without a request body ignores one: an empty Content-Type header (some clients send one with
      // DELETE) would otherwise be a 415 the operation does not document
      ...(op.requestContent.size > 0 ? {} : { onRequest: (req: FastifyRequest, _reply: FastifyReply, done: () => void) => { delete req.headers['content-type']; done(); } }),
      handler: async (req, reply) => {
        if (options.testHooks && typeof req.headers['x-lex-test-namespace'] === 'string') reply.header('X-LEX-Test-Namespace', req.headers['x-lex-test-namespace']);
        try {
          const hooks = hooksOf(req, op);
          if (!hooks.skipValidation) checkParams(op, req);
          return await handler(op, req, reply, hooks);
        } catch (e) {
          if (e instanceof HttpError) {
            const rate = (e as { rate?: RateDecision }).rate ?? limiter?.peek(ipKey(req));
            return problem(reply, op, e.status, e.code, e.message, rate, e.extra, req.url);
          }
          app.log.error(e);
          return problem(reply, op, 500, 'INTERNAL_ERROR', 'the receiver failed while handling the request; retry with the same messageId', limiter?.peek(ipKey(req)), {}, req.url);
        }
      },
    });
  }

  const opOf = (req: FastifyRequest): Operation | undefined => {
    const id = (req.routeOptions?.config as { operationId?: string } | undefined)?.operationId;
    return id ? contract.operations.get(id) : undefined;
  };

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, req, reply) => {
    const op = opOf(req);
    const rate = limiter?.peek(ipKey(req));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = op?.operationId === 'submitBatch' ? batchBodyLimit : bodyLimit;
      return problem(reply, op, 413, 'BODY_TOO_LARGE', `the body is larger than this receiver accepts (${limit} bytes)`, rate, {}, req.url);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return problem(reply, op, 415, 'UNSUPPORTED_MEDIA_TYPE', error.message, rate, {}, req.url);
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) app.log.error(error);
    const documented = op && op.responses.has(String(status)) ? op : undefined;
    return problem(reply, documented ?? op, documented || !op ? status : 400, error.code ?? (status === 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'), status === 500 ? 'the receiver failed while handling the request' : error.message, rate, {}, req.url);
  });

  app.setNotFoundHandler((req, reply) =>
    problem(reply, undefined, 404, 'NO_SUCH_OPERATION', `${req.method} ${req.url.split('?')[0]} is not an operation of the LEX API`, limiter?.peek(ipKey(req)), {}, req.url));

  let closed = false;
  return {
    app, store, contract, responseViolations: violations,
    async listen(port = 8080, host = '127.0.0.1') {
      return app.listen({ port, host });
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await intake.close();
      if (!options.store || !options.keepStore) await store.close();
    },
  };
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 406: 'Not Acceptable', 409: 'Conflict', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** Creates a server and listens; resolves with it and its URL. */
export async function startServer(options: ServerOptions & { port?: number; host?: string } = {}): Promise<LexServer & { url: string }> {
  const server = await createServer(options);
  try {
    const url = await server.listen(options.port ?? 8080, options.host ?? '127.0.0.1');
    return Object.assign(server, { url });
  } catch (e) {
    await server.close();
    throw e;
  }
}

/**
 * A request body's text, decoded as a browser decodes a document (WHATWG Encoding "decode"): a byte-order mark
 * (UTF-8, UTF-16 LE or BE) names the encoding; without one, the Content-Type's charset does; without a charset,
 * UTF-8. Malformed bytes become U+FFFD, which the parsers report. A charset no decoder knows is a 415.
 */
export function decodeBody(body: Buffer, contentType: string | undefined): { text: string; warnings: LexWarning[] } {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
  try {
    const { text, warnings } = decodeInput(body, charset === undefined ? {} : { charset });
    return { text, warnings };
  } catch {
    // (thrown from the body parser: Fastify's error handler answers it, by statusCode and code)
    throw Object.assign(new Error(`charset ${JSON.stringify(charset).slice(0, 60)} is not an encoding this receiver can decode; send UTF-8 (or UTF-16 with a byte-order mark)`), { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  }
}
