// The in-memory model of a LEX receiver that the stateful vectors exercise: it acknowledges every
// message it can read, processes each messageId once (a replay gets the first ACK back, unchanged),
// and keeps each lead's status so that an update can be checked against the lifecycle.
import type { Format, Level, SubmitRequest, SubmitResponse, ValidationOutcome } from './types.js';

/** The parts of @lexstandard/core the receiver uses (injected, so other validators can be plugged in). */
export interface ReceiverApi {
  parse(text: string, options: { from: Format }): { message: unknown };
  validate(message: unknown, options: { now: string; level: Level; previousStatus?: string }): ValidationOutcome;
  createAcknowledgment(received: any, options: { status: any; errors?: any[]; warnings?: any[]; now?: Date }): unknown;
}

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** ACK status of an accepted message: a lead is RECEIVED (work follows); anything else is PROCESSED. */
export function acceptedStatus(messageType: string): 'RECEIVED' | 'PROCESSED' {
  return messageType === 'LEAD' ? 'RECEIVED' : 'PROCESSED';
}

export class Receiver {
  /** messageId (lower case) → the ACK sent when it was processed */
  protected readonly acks = new Map<string, unknown>();
  /** leadId → current lead status */
  readonly leads = new Map<string, string>();
  /** messages processed (stored) */
  stored = 0;

  constructor(protected readonly api: ReceiverApi) {}

  /** The ACK already sent for this messageId, if it was processed before. */
  protected replayOf(messageId: string): unknown {
    return this.acks.get(messageId.toLowerCase());
  }

  submit(request: SubmitRequest): SubmitResponse {
    const now = new Date(request.now);
    let message: unknown;
    try {
      message = this.api.parse(request.text, { from: request.format }).message;
    } catch (e) {
      // Unreadable: nothing to correlate with, but the sender still gets an answer.
      const code = (e as { code?: string }).code === 'NOT_A_LEX_MESSAGE' ? 'NOT_A_LEX_MESSAGE' : 'INVALID_JSON';
      const issue = { code, path: '', message: (e as Error).message || 'cannot read the message', severity: 'CRITICAL' };
      return { ack: this.api.createAcknowledgment({ lex: { header: {} } }, { status: 'REJECTED', errors: [issue], now }), stored: this.stored };
    }
    const header = isObj(message) && isObj(message.lex) && isObj(message.lex.header) ? message.lex.header : {};
    const messageId = typeof header.messageId === 'string' ? header.messageId : undefined;
    // An ACK is never acknowledged (that would never end).
    if (header.messageType === 'ACKNOWLEDGMENT') return { ack: null, stored: this.stored };

    if (messageId !== undefined) {
      const replay = this.replayOf(messageId);
      if (replay !== undefined) return { ack: replay, stored: this.stored };
    }

    const lead = header.messageType === 'LEAD' && isObj(message) ? (message as any).lex?.payload?.lead : undefined;
    const leadId = isObj(lead) && typeof lead.leadId === 'string' ? lead.leadId : undefined;
    const previousStatus = leadId !== undefined ? this.leads.get(leadId) : undefined;
    const result = this.api.validate(message, { now: request.now, level: request.level, ...(previousStatus !== undefined ? { previousStatus } : {}) });

    if (!result.valid) {
      // Rejected messages are not remembered: the sender may correct and resend under the same messageId.
      return { ack: this.api.createAcknowledgment(message, { status: 'REJECTED', errors: result.errors, warnings: result.warnings, now }), stored: this.stored };
    }
    const ack = this.api.createAcknowledgment(message, { status: acceptedStatus(String(header.messageType)), warnings: result.warnings, now });
    if (leadId !== undefined && typeof lead.status === 'string') this.leads.set(leadId, lead.status);
    this.stored++;
    if (messageId !== undefined) this.acks.set(messageId.toLowerCase(), ack);
    return { ack, stored: this.stored };
  }
}
