// The storage interface of the receiver: the same for SQLite and PostgreSQL. All intake goes through
// transact(): it reads what the batch needs, lets the caller decide, writes the decisions and commits;
// its promise settles only after the commit has returned (and so after the data is durable).

export interface MessageRecord {
  namespace: string;
  /** lower case */
  messageId: string;
  messageType: string;
  senderId: string | null;
  receiverId: string | null;
  leadId: string | null;
  /** the wire format it arrived in */
  format: string;
  /** the body as received */
  raw: string;
  /** the message as JSON-EDI text */
  message: string;
  receivedAt: string;
  /** the ACKNOWLEDGMENT sent back (JSON-EDI text); null for a received ACKNOWLEDGMENT, which is not acknowledged */
  ack: string | null;
  ackStatus: string | null;
  /** the HTTP status of the first answer (202 or 201); replays answer 200 */
  httpStatus: number;
}

export interface LeadRecord {
  namespace: string;
  leadId: string;
  /** the current lead.status; null when only a LEAD_CLOSURE is known */
  status: string | null;
  lastMessageId: string;
  updatedAt: string;
  closureStatus: string | null;
  closureMessageId: string | null;
  closedAt: string | null;
}

export interface SubscriptionRecord {
  namespace: string;
  subscriptionId: string;
  senderId: string | null;
  /** the SUBSCRIPTION payload as JSON text */
  payload: string;
  active: boolean;
  messageId: string;
  updatedAt: string;
}

export interface Key {
  namespace: string;
  id: string;
}

export interface BatchKeys {
  messages: Key[];
  leads: Key[];
}

/** What the batch read: records by keyOf(namespace, id). */
export interface Snapshot {
  messages: Map<string, MessageRecord>;
  leads: Map<string, LeadRecord>;
}

export interface Writes {
  messages: MessageRecord[];
  /** upserts; one per lead (the last state) */
  leads: LeadRecord[];
  /** upserts; one per subscription */
  subscriptions: SubscriptionRecord[];
}

export const keyOf = (namespace: string, id: string) => `${namespace}\u0000${id}`;

export interface Store {
  /** sqlite or postgres */
  readonly kind: 'sqlite' | 'postgres';
  /** a description without secrets, e.g. sqlite:/var/lib/lex.db */
  readonly description: string;
  /** how many transact() calls may run at once (1 for SQLite: one writer) */
  readonly maxConcurrentBatches: number;
  /** Reads the records of `keys`, calls decide (synchronously) and writes what it returns, in one transaction. */
  transact<T>(keys: BatchKeys, decide: (snapshot: Snapshot) => { writes: Writes; result: T }): Promise<T>;
  getMessage(namespace: string, messageId: string): Promise<MessageRecord | undefined>;
  getLead(namespace: string, leadId: string): Promise<LeadRecord | undefined>;
  listSubscriptions(namespace: string): Promise<SubscriptionRecord[]>;
  /** Sets active = false; false when there was no active subscription with this id. */
  cancelSubscription(namespace: string, subscriptionId: string, at: string): Promise<boolean>;
  countMessages(namespace?: string): Promise<number>;
  /** the applied schema version */
  schemaVersion(): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
