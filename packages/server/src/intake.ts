// What the receiver does with a message it could read: the decision (replay, reject, accept) and the
// group commit that makes the decisions durable before anyone is answered.
//
// Decisions are taken inside the store's transaction, against what the store holds (the first message
// with this messageId, the lead's current status), so concurrent submissions cannot both win: a duplicate
// messageId gets the first acknowledgment again and stores nothing; a status update is checked against
// the stored lead. Rejected messages are not stored: the sender may correct one and send it again under
// the same messageId.
import { createAcknowledgment, validate, type AckIssue, type LexMessage, type ValidationIssue } from '@lexstandard/core';
import { keyOf, type BatchKeys, type Key, type LeadRecord, type MessageRecord, type Snapshot, type Store, type SubscriptionRecord, type Writes } from './store/types.js';

export type Format = 'json' | 'xml' | 'x12' | 'edifact';
export type Level = 'L1' | 'L2' | 'L3';
/** Which operation received the message: it narrows the message types accepted. */
export type Route = 'messages' | 'leads' | 'assets' | 'subscriptions' | 'closure';

export const ROUTE_TYPE: Record<Route, string | undefined> = { messages: undefined, leads: 'LEAD', assets: 'ASSET', subscriptions: 'SUBSCRIPTION', closure: 'LEAD_CLOSURE' };

export interface Submission {
  route: Route;
  /** the {leadId} of POST /leads/{leadId}/closure */
  pathLeadId?: string;
  message: LexMessage;
  format: Format;
  raw: string;
  now: Date;
  level: Level;
  namespace: string;
  /** conformance hook for conversion cases: store what could be read without validating it */
  skipValidation?: boolean;
  /** what reading the body found (INPUT_NOT_UTF8): warnings of the acknowledgment, before the validator's */
  inputIssues?: readonly AckIssue[];
}

export type Outcome =
  /** stored now: 202 (201 for a subscription) */
  | { kind: 'accepted'; status: 201 | 202; ack: LexMessage; messageId: string }
  /** this messageId was stored before: its first acknowledgment, 200 */
  | { kind: 'replay'; ack: LexMessage }
  /** not valid LEX (422): a REJECTED acknowledgment; nothing stored */
  | { kind: 'rejected'; ack: LexMessage }
  /** the message is fine but the request is not: 404 unknown lead, 409 conflict */
  | { kind: 'problem'; status: 404 | 409; code: string; detail: string };

export interface IntakeOptions {
  /** senderId of acknowledgments when the message names no usable receiverId */
  partyId: string;
  /** most submissions committed in one transaction */
  maxBatch?: number;
}

/** what an acknowledgment carries: the validator's issues, or ready-made ones (inputAckIssues) */
type Issue = ValidationIssue | AckIssue;

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);
const PARTY_ID = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const utc = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function header(m: LexMessage): Record<string, any> {
  const h = isObj(m) && isObj((m as any).lex) ? (m as any).lex.header : undefined;
  return isObj(h) ? h : {};
}
function payloadMember(m: LexMessage, member: string): Record<string, any> | undefined {
  const p = isObj(m) && isObj((m as any).lex) && isObj((m as any).lex.payload) ? (m as any).lex.payload[member] : undefined;
  return isObj(p) ? p : undefined;
}

/**
 * A string a store can look up and hold as a key: not empty, at most `max` characters, no NUL (which PostgreSQL
 * text cannot hold: a lookup with one fails the whole transaction; no stored key has one).
 */
const usableKey = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max && !v.includes('\u0000');

/** The messageId as a storage key (lower case), when the message has a usable one. */
export function messageKey(m: LexMessage): string | undefined {
  const id = header(m).messageId;
  return usableKey(id, 100) ? id.toLowerCase() : undefined;
}

/** The lead a message concerns: lead.leadId of a LEAD, originalLeadId of a LEAD_CLOSURE. */
export function leadKey(s: Pick<Submission, 'message' | 'pathLeadId'>): string | undefined {
  const type = header(s.message).messageType;
  const id = type === 'LEAD' ? payloadMember(s.message, 'lead')?.leadId : type === 'LEAD_CLOSURE' ? payloadMember(s.message, 'leadClosure')?.originalLeadId : undefined;
  if (usableKey(id, 200)) return id;
  return s.pathLeadId;
}

/** The senderId, when it is a well-formed party id (used as the rate-limit key). */
export function senderOf(m: LexMessage): string | undefined {
  const s = header(m).senderId;
  return typeof s === 'string' && s.length <= 50 && PARTY_ID.test(s) ? s : undefined;
}

const UUID_V4 = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const partyOk = (v: unknown): v is string => typeof v === 'string' && v.length <= 50 && PARTY_ID.test(v);

/**
 * The acknowledgment of `received`. Only the header fields that are valid are carried over (a message
 * rejected for a broken messageId or senderId must still get a valid ACK); issues are bounded to what an
 * ACK may carry.
 */
export function acknowledge(received: LexMessage | { lex: { header: Record<string, unknown> } }, status: 'RECEIVED' | 'PROCESSED' | 'REJECTED', errors: readonly Issue[], warnings: readonly Issue[], now: Date, partyId: string): LexMessage {
  const h = header(received as LexMessage);
  const safe = {
    ...(typeof h.messageId === 'string' && UUID_V4.test(h.messageId) ? { messageId: h.messageId } : {}),
    ...(partyOk(h.senderId) ? { senderId: h.senderId } : {}),
  };
  const fit = <I extends Issue>(i: I): I => ({ ...i, message: i.message.length > 1000 ? i.message.slice(0, 997) + '...' : i.message || i.code });
  return createAcknowledgment({ lex: { header: safe } }, {
    status, errors: errors.slice(0, 1000).map(fit), warnings: warnings.slice(0, 1000).map(fit), now,
    senderId: partyOk(h.receiverId) && h.receiverId !== 'BROADCAST' ? h.receiverId : partyId,
  }) as unknown as LexMessage;
}

/** A REJECTED acknowledgment. */
export const rejectedAck = (received: LexMessage | { lex: { header: Record<string, unknown> } }, errors: readonly Issue[], warnings: readonly Issue[], now: Date, partyId: string) =>
  acknowledge(received, 'REJECTED', errors, warnings, now, partyId);

/** The read/write view one batch works on: what the store read, overlaid with what earlier items wrote. */
class BatchView {
  readonly writes: Writes = { messages: [], leads: [], subscriptions: [] };
  private readonly leadWrites = new Map<string, LeadRecord>();
  private readonly subWrites = new Map<string, SubscriptionRecord>();
  private readonly messageWrites = new Map<string, MessageRecord>();
  constructor(private readonly snapshot: Snapshot) {}
  message(ns: string, id: string) { const k = keyOf(ns, id); return this.messageWrites.get(k) ?? this.snapshot.messages.get(k); }
  lead(ns: string, id: string) { const k = keyOf(ns, id); return this.leadWrites.get(k) ?? this.snapshot.leads.get(k); }
  addMessage(m: MessageRecord) { this.messageWrites.set(keyOf(m.namespace, m.messageId), m); this.writes.messages.push(m); }
  setLead(l: LeadRecord) { this.leadWrites.set(keyOf(l.namespace, l.leadId), l); }
  setSubscription(s: SubscriptionRecord) { this.subWrites.set(keyOf(s.namespace, s.subscriptionId), s); }
  finish(): Writes { this.writes.leads = [...this.leadWrites.values()]; this.writes.subscriptions = [...this.subWrites.values()]; return this.writes; }
}

/** The decision for one submission, against the batch view (which it updates when it accepts). */
function decide(s: Submission, view: BatchView, partyId: string): Outcome {
  const h = header(s.message);
  const id = messageKey(s.message);
  const type = typeof h.messageType === 'string' ? h.messageType : undefined;

  if (id !== undefined) {
    const first = view.message(s.namespace, id);
    if (first?.ack) return { kind: 'replay', ack: JSON.parse(first.ack) as LexMessage };
  }

  const input = s.inputIssues ?? [];
  const reject = (errors: ValidationIssue[], warnings: readonly Issue[]): Outcome =>
    ({ kind: 'rejected', ack: rejectedAck(s.message, errors, input.length ? [...input, ...warnings] : warnings, s.now, partyId) });

  const wanted = ROUTE_TYPE[s.route];
  if (wanted !== undefined && type !== wanted) {
    return reject([{ code: 'PAYLOAD_TYPE_MISMATCH', path: '/lex/header/messageType', severity: 'CRITICAL', message: `this operation accepts ${wanted} messages only, not ${type ?? 'a message without messageType'}; send it to POST /messages` }], []);
  }

  const leadId = leadKey(s);
  const lead = leadId !== undefined && (type === 'LEAD' || type === 'LEAD_CLOSURE') ? view.lead(s.namespace, leadId) : undefined;
  const previousStatus = type === 'LEAD' && lead?.status ? lead.status : undefined;
  const result = s.skipValidation
    ? { valid: true, errors: [], warnings: [] }
    : validate(s.message, { now: s.now, level: s.level, ...(previousStatus ? { previousStatus } : {}) });
  const errors = [...result.errors];
  const status = type === 'LEAD' ? payloadMember(s.message, 'lead')?.status : undefined;
  if (type === 'LEAD' && lead?.closureStatus && status !== 'ARCHIVED' && !errors.some((e) => e.code === 'INVALID_STATUS_TRANSITION')) {
    errors.push({ code: 'INVALID_STATUS_TRANSITION', path: '/lex/payload/lead/status', severity: 'ERROR', message: `lead ${leadId} was closed (${lead.closureStatus}) by LEAD_CLOSURE ${lead.closureMessageId}; only ARCHIVED may follow` });
  }
  if (errors.length) return reject(errors, result.warnings);

  if (s.route === 'closure') {
    const closed = payloadMember(s.message, 'leadClosure')?.originalLeadId;
    if (closed !== s.pathLeadId) return { kind: 'problem', status: 409, code: 'LEAD_ID_MISMATCH', detail: `the path names lead ${s.pathLeadId} but the LEAD_CLOSURE closes ${closed}` };
    if (!lead) return { kind: 'problem', status: 404, code: 'LEAD_NOT_FOUND', detail: `no lead ${s.pathLeadId} is known to this receiver` };
  }

  // accepted: store the message, its acknowledgment and what it changes, all in this transaction
  const at = utc(s.now);
  if (id === undefined) return reject([{ code: 'REQUIRED_FIELD_MISSING', path: '/lex/header/messageId', severity: 'CRITICAL', message: 'the message has no messageId' }], []);
  // (reached without validation only through the skip-validation test hook: a message is stored by its type)
  if (type === undefined) return reject([{ code: 'REQUIRED_FIELD_MISSING', path: '/lex/header/messageType', severity: 'CRITICAL', message: 'the message has no messageType' }], []);
  const messageId = id;
  const ack = acknowledge(s.message, type === 'LEAD' ? 'RECEIVED' : 'PROCESSED', [], input.length ? [...input, ...result.warnings] : result.warnings, s.now, partyId);
  const httpStatus = s.route === 'subscriptions' ? 201 : 202;
  // what is stored (and served) is the message as understood: the members the ACK says are ignored are left out
  const understood = withoutIgnored(s.message, result.warnings);
  view.addMessage({
    namespace: s.namespace, messageId, messageType: type!, senderId: typeof h.senderId === 'string' ? h.senderId : null,
    receiverId: typeof h.receiverId === 'string' ? h.receiverId : null, leadId: leadId ?? null, format: s.format, raw: s.raw,
    message: JSON.stringify(understood), receivedAt: new Date().toISOString(), ack: JSON.stringify(ack),
    ackStatus: (ack as any).lex.payload.acknowledgment.status, httpStatus,
  });
  if (type === 'LEAD' && leadId !== undefined) {
    view.setLead({
      namespace: s.namespace, leadId, status: typeof status === 'string' ? status : null, lastMessageId: messageId, updatedAt: at,
      closureStatus: lead?.closureStatus ?? null, closureMessageId: lead?.closureMessageId ?? null, closedAt: lead?.closedAt ?? null,
    });
  } else if (type === 'LEAD_CLOSURE' && leadId !== undefined) {
    view.setLead({
      namespace: s.namespace, leadId, status: lead?.status ?? null, lastMessageId: lead?.lastMessageId ?? messageId, updatedAt: at,
      closureStatus: String(payloadMember(s.message, 'leadClosure')?.closureStatus), closureMessageId: messageId, closedAt: at,
    });
  } else if (type === 'SUBSCRIPTION') {
    const sub = payloadMember(understood, 'subscription');
    if (sub && typeof sub.subscriptionId === 'string' && sub.action !== 'TEST') {
      view.setSubscription({
        namespace: s.namespace, subscriptionId: String(sub.subscriptionId), senderId: typeof h.senderId === 'string' ? h.senderId : null,
        payload: JSON.stringify(sub), active: sub.action !== 'UNSUBSCRIBE', messageId, updatedAt: at,
      });
    }
  }
  return { kind: 'accepted', status: httpStatus, ack, messageId: String(h.messageId) };
}

/** Whether an acknowledgment says members of its message were ignored (UNKNOWN_FIELD). */
export function ignoredMembers(ack: LexMessage): boolean {
  const warnings = (ack as any)?.lex?.payload?.acknowledgment?.warnings;
  return Array.isArray(warnings) && warnings.some((w: { code?: unknown }) => w?.code === IGNORED);
}

/**
 * The JSON Pointers of the values an accepted message kept although a rule flagged them: the warnings of its
 * acknowledgment, RECEIVED or PROCESSED (rules above the receiver's level). The message is stored and served with them.
 */
export function acceptedWithWarnings(ack: LexMessage): Set<string> | undefined {
  const a = (ack as any)?.lex?.payload?.acknowledgment;
  if (a?.status === 'REJECTED' || a?.status === 'ERROR' || !Array.isArray(a?.warnings)) return undefined;
  const paths = new Set<string>();
  for (const w of a.warnings as { path?: unknown; code?: unknown }[]) if (typeof w?.path === 'string' && w.path.startsWith('/') && w.code !== IGNORED) paths.add(w.path);
  return paths.size ? paths : undefined;
}

/** the validator's code for a member the schema does not define, which it reports as ignored */
const IGNORED = 'UNKNOWN_FIELD';

/** `m` without the members the validator reported as ignored (a copy when there are any). */
function withoutIgnored(m: LexMessage, warnings: readonly ValidationIssue[]): LexMessage {
  const paths = warnings.filter((w) => w.code === IGNORED && w.path.startsWith('/')).map((w) => w.path);
  if (paths.length === 0) return m;
  const copy = structuredClone(m) as unknown as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let holder: unknown = copy;
    for (const k of keys.slice(0, -1)) holder = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>)[k] : undefined;
    if (holder !== null && typeof holder === 'object' && !Array.isArray(holder)) delete (holder as Record<string, unknown>)[keys[keys.length - 1]!];
  }
  return copy as unknown as LexMessage;
}

interface Pending {
  items: Submission[];
  resolve: (o: Outcome[]) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit: submissions queue up while a transaction runs and the next transaction takes them all
 * (up to maxBatch), so many acknowledgments share one durable commit. A request's submissions (a batch
 * request's messages) always commit together. Promises settle after the commit.
 */
export class Intake {
  private queue: Pending[] = [];
  private running = 0;
  private scheduled = false;
  private closed = false;
  private idle: (() => void)[] = [];
  private readonly maxBatch: number;

  constructor(private readonly store: Store, private readonly options: IntakeOptions) {
    this.maxBatch = options.maxBatch ?? 256;
  }

  submit(items: Submission[]): Promise<Outcome[]> {
    if (this.closed) return Promise.reject(new Error('the receiver is shutting down'));
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.queue.length === 0 || this.running >= this.store.maxConcurrentBatches) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush() {
    while (this.queue.length && this.running < this.store.maxConcurrentBatches) {
      const group: Pending[] = [];
      let n = 0;
      while (this.queue.length && (group.length === 0 || n + this.queue[0]!.items.length <= this.maxBatch)) {
        const p = this.queue.shift()!;
        group.push(p);
        n += p.items.length;
      }
      this.running++;
      void this.commit(group).finally(() => {
        this.running--;
        if (this.queue.length) this.schedule();
        else if (this.running === 0) this.idle.splice(0).forEach((f) => f());
      });
    }
  }

  private keys(group: Pending[]): BatchKeys {
    const messages = new Map<string, Key>();
    const leads = new Map<string, Key>();
    for (const p of group) {
      for (const s of p.items) {
        const id = messageKey(s.message);
        if (id !== undefined) messages.set(keyOf(s.namespace, id), { namespace: s.namespace, id });
        const lead = leadKey(s);
        if (lead !== undefined) leads.set(keyOf(s.namespace, lead), { namespace: s.namespace, id: lead });
      }
    }
    return { messages: [...messages.values()], leads: [...leads.values()] };
  }

  private async commit(group: Pending[]): Promise<void> {
    try {
      const outcomes = await this.store.transact(this.keys(group), (snapshot) => {
        const view = new BatchView(snapshot);
        const result = group.map((p) => p.items.map((s) => decide(s, view, this.options.partyId)));
        return { writes: view.finish(), result };
      });
      group.forEach((p, i) => p.resolve(outcomes[i]!));
    } catch (e) {
      if (group.length === 1) { group[0]!.reject(e); return; }
      // one request must not fail the others: commit each on its own
      for (const p of group) await this.commit([p]);
    }
  }

  /** Stops taking submissions and waits for the ones queued or committing. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.running === 0 && this.queue.length === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }
}
