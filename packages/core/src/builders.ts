// Typed builders: a new message gets the spec version, a UUID v4 messageId and a UTC timestamp;
// the payload type follows from the message type, so a wrong field is a compile error.
import { PAYLOAD_MEMBER, type AckIssue, type AcknowledgmentPayload, type LeadClosurePayload, type LexHeader, type LexMessage, type LexMessageOf, type PayloadByType } from '@lexstandard/types';
import type { LexWarning } from '@lexstandard/codec';
import { SPEC_VERSION, type ValidationIssue } from '@lexstandard/validator';

export type MessageType = keyof PayloadByType;

export interface EnvelopeOptions {
  senderId: string;
  receiverId: string;
  correlationId?: string;
  /** defaults to a fresh UUID v4 */
  messageId?: string;
  /** the creation time (default now); written as UTC to the second */
  now?: Date;
}

/** A message whose payload member is the one its type names (the types package's `LexMessageOf`). */
export type TypedMessage<T extends MessageType> = LexMessageOf<T>;

/** the times a LEX timestamp can hold */
const MIN_TIME = Date.parse('0000-01-01T00:00:00Z');
const MAX_TIME = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A time as LEX writes it: UTC to the second (`2026-03-23T14:30:00Z`). RangeError for an invalid Date or one outside
 * the years 0000–9999, which no LEX timestamp can hold (toISOString would write `+020200-…`).
 */
export function utcSeconds(d: Date): string {
  const t = d.getTime();
  if (!(t >= MIN_TIME && t <= MAX_TIME)) throw new RangeError(`not a time a LEX timestamp can hold (years 0000–9999): ${Number.isNaN(t) ? 'Invalid Date' : d.toISOString()}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A time given as text (a `--now` option, a test header): an ISO 8601 date-time with a four-digit year and a time zone
 * (`Z` or `±hh:mm`), or a date (`2026-03-23`, midnight UTC). Undefined for anything else, such as `20200`, which
 * Date.parse reads as the year 20200.
 */
export function parseTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/i.exec(text);
  if (!m) return undefined;
  // the fields as a calendar has them (Date.parse takes 2026-02-30 for 2026-03-02, and 24:00)
  const [y, mo, d, h = 0, mi = 0, sec = 0, oh = 0, om = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const daysInMonth = new Date(Date.UTC(2000, mo!, 0)).getUTCDate(); // (2000 is a leap year: February has 29)
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth || h > 23 || mi > 59 || sec > 59 || oh > 23 || om > 59) return undefined;
  if (mo === 2 && d === 29 && !(y! % 4 === 0 && (y! % 100 !== 0 || y! % 400 === 0))) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) && t >= MIN_TIME && t <= MAX_TIME ? new Date(t) : undefined;
}

export function newMessageId(): string {
  return globalThis.crypto.randomUUID();
}

export function createMessage<T extends MessageType>(type: T, payload: PayloadByType[T], options: EnvelopeOptions): TypedMessage<T> {
  const header: LexHeader = {
    messageId: options.messageId ?? newMessageId(),
    messageType: type,
    timestamp: utcSeconds(options.now ?? new Date()),
    senderId: options.senderId,
    receiverId: options.receiverId,
    ...(options.correlationId !== undefined ? { correlationId: options.correlationId } : {}),
  };
  return { lex: { version: SPEC_VERSION as '1.0.0', header, payload: { [PAYLOAD_MEMBER[type]]: payload } } } as unknown as TypedMessage<T>;
}

export type AckStatus = AcknowledgmentPayload['status'];

export interface AckOptions {
  status: AckStatus;
  /** validation errors (e.g. validate(received).errors) or ready-made ACK issues */
  errors?: readonly (ValidationIssue | AckIssue)[];
  warnings?: readonly (ValidationIssue | AckIssue)[];
  /** the acknowledging party (default: the received message's receiverId) */
  senderId?: string;
  now?: Date;
  nextSteps?: AcknowledgmentPayload['nextSteps'];
}

/**
 * The longest message, path and suggestedAction an ACK issue holds (the maxLength of each in
 * schema/blocks/ack-issue.schema.json; a test holds these to it). An issue about a member with a very long name
 * or value must not make the acknowledgment itself invalid.
 */
export const ACK_ISSUE_LIMITS = { message: 1000, path: 500, suggestedAction: 500 } as const;

/** `s` cut to `n` characters with an ellipsis (never between the two halves of a surrogate pair) */
function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  let end = n - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}

/** the JSON Pointer, or its deepest ancestor that fits in `n` characters ('' for the whole message) */
function pointerWithin(p: string, n: number): string {
  if (p.length <= n) return p;
  const cut = p.lastIndexOf('/', n);
  return cut <= 0 ? '' : p.slice(0, cut);
}

const toAckIssue = (i: ValidationIssue | AckIssue): AckIssue => {
  const path = i.path === undefined ? '' : pointerWithin(i.path, ACK_ISSUE_LIMITS.path);
  return {
    code: i.code,
    message: clip(i.message, ACK_ISSUE_LIMITS.message),
    severity: i.severity as AckIssue['severity'],
    ...(path !== '' ? { path } : {}),
    ...('suggestedAction' in i && i.suggestedAction ? { suggestedAction: clip(i.suggestedAction, ACK_ISSUE_LIMITS.suggestedAction) } : {}),
  };
};

/** codes of the warnings that say how a message's bytes were read (decodeInput, readMessages) */
const INPUT_CODES = new Set(['INPUT_NOT_UTF8']);

/**
 * The warnings of reading a message's bytes (INPUT_NOT_UTF8: read in a guessed or declared 8-bit encoding) as
 * acknowledgment warnings for the whole message, so that the sender learns how its letters were read. Other
 * warnings (the codecs' syntax findings) are left out.
 */
export function inputAckIssues(warnings: readonly LexWarning[]): AckIssue[] {
  return warnings.filter((w) => INPUT_CODES.has(w.code)).map((w) => ({
    code: w.code, message: w.message, severity: 'WARNING',
    suggestedAction: 'send UTF-8, or name the encoding (the charset parameter of the Content-Type header over HTTP)',
  }));
}

/**
 * The ACKNOWLEDGMENT a receiver sends back for `received`: addressed to its sender, correlationId and
 * originalMessageId = its messageId, carrying the errors when the status is REJECTED.
 */
export function createAcknowledgment(received: Pick<LexMessage, 'lex'> | { lex: { header: Partial<LexHeader> } }, options: AckOptions): TypedMessage<'ACKNOWLEDGMENT'> {
  const h = (received.lex?.header ?? {}) as Partial<LexHeader>;
  const now = options.now ?? new Date();
  const originalMessageId = typeof h.messageId === 'string' ? h.messageId : undefined;
  const payload: AcknowledgmentPayload = {
    originalMessageId: originalMessageId ?? '00000000-0000-4000-8000-000000000000',
    status: options.status,
    processedAt: utcSeconds(now),
    ...(options.errors?.length ? { errors: options.errors.map(toAckIssue) } : {}),
    ...(options.warnings?.length ? { warnings: options.warnings.map(toAckIssue) } : {}),
    ...(options.nextSteps ? { nextSteps: options.nextSteps } : {}),
  };
  return createMessage('ACKNOWLEDGMENT', payload, {
    senderId: options.senderId ?? (typeof h.receiverId === 'string' && h.receiverId !== 'BROADCAST' ? h.receiverId : 'UNKNOWN-RECEIVER'),
    receiverId: typeof h.senderId === 'string' ? h.senderId : 'UNKNOWN-SENDER',
    ...(originalMessageId ? { correlationId: originalMessageId } : {}),
    now,
  });
}

export interface ClosureOptions extends Omit<EnvelopeOptions, 'correlationId'> {
  closureStatus: LeadClosurePayload['closureStatus'];
  closureReason?: LeadClosurePayload['closureReason'];
  /** the LEAD message being closed; sets originalLeadId, originalLeadSource and correlationId */
  lead?: Pick<LexMessage, 'lex'>;
  originalLeadId?: string;
  details?: Partial<Omit<LeadClosurePayload, 'originalLeadId' | 'closureStatus' | 'closureReason' | 'leadClosureDate'>>;
}

/** A LEAD_CLOSURE reporting the outcome of a lead. */
export function createLeadClosure(options: ClosureOptions): TypedMessage<'LEAD_CLOSURE'> {
  const lead = options.lead?.lex.payload.lead;
  const originalLeadId = options.originalLeadId ?? lead?.leadId;
  if (!originalLeadId) throw new TypeError('createLeadClosure needs originalLeadId or the lead message');
  const now = options.now ?? new Date();
  const payload: LeadClosurePayload = {
    originalLeadId,
    closureStatus: options.closureStatus,
    leadClosureDate: utcSeconds(now),
    ...(options.closureReason ? { closureReason: options.closureReason } : {}),
    ...(lead?.source ? { originalLeadSource: lead.source } : {}),
    ...options.details,
  };
  const { lead: _l, originalLeadId: _o, closureStatus: _c, closureReason: _r, details: _d, ...envelope } = options;
  return createMessage('LEAD_CLOSURE', payload, {
    ...envelope,
    now,
    ...(options.lead ? { correlationId: options.lead.lex.header.messageId } : {}),
  });
}
