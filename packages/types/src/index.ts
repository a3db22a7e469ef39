// The generated message types, plus names for the pieces implementers use most.
export * from './generated/lex.js';
import type { LexMessage, LexHeader, LeadStatus, PAYLOAD_MEMBER, PayloadByType } from './generated/lex.js';

export type MessageType = LexHeader['messageType'];
export type { LeadStatus };
/**
 * A message of type `T`: its header's `messageType` is `T` and its payload holds the member that type names,
 * typed (`LexMessageOf<'LEAD'>['lex']['payload']['lead']` is `LeadPayload`, not `LeadPayload | undefined`).
 */
export type LexMessageOf<T extends MessageType> = LexMessage & {
  lex: { header: LexHeader & { messageType: T }; payload: { [K in (typeof PAYLOAD_MEMBER)[T]]: PayloadByType[T] } };
};
