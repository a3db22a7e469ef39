// The generated message types, plus names for the pieces implementers use most.
export * from './generated/lex.js';
import type { LexMessage, LexHeader, LeadStatus } from './generated/lex.js';

export type MessageType = LexHeader['messageType'];
export type { LeadStatus };
/** A message whose header and payload agree on the message type. */
export type LexMessageOf<T extends MessageType> = LexMessage & { lex: { header: { messageType: T } } };
