// The items a stream of LEX messages yields, its source and options, and what a format's splitter does.
import { LexCodecError, type Format, type LexWarning } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';

/** A message read from the stream. */
export interface StreamMessage {
  ok: true;
  message: LexMessage;
  /** the message's own warnings (positions are in the whole stream) */
  warnings: LexWarning[];
  format: Format;
  /** 0-based number of the item in the stream (messages and failures alike) */
  index: number;
  /** X12 ST02 / EDIFACT UNH 0062 message reference */
  control?: string;
  /** X12 GS06 / EDIFACT UNG group reference, when there is one */
  group?: string;
  /** X12 ISA13 / EDIFACT UNB 0020 interchange control reference */
  interchange?: string;
}

/** A transaction (X12 ST … SE, EDIFACT UNH … UNT, an NDJSON line, an XML document) that could not be read. */
export interface StreamFailure {
  ok: false;
  /** code, message and position (in the whole stream: segment and offset, or line and column) */
  error: LexCodecError;
  format: Format | undefined;
  index: number;
  control?: string;
  group?: string;
  interchange?: string;
  /** the warnings met in the transaction before the error */
  warnings: LexWarning[];
  /** the rest of the input cannot be read (bad delimiters, binary data, truncation, unknown format): the last item */
  fatal?: boolean;
}

export type StreamItem = StreamMessage | StreamFailure;

/** A web ReadableStream of text or bytes, by its reader (any implementation's type fits). */
export interface ReadableStreamLike {
  getReader(): { read(): Promise<{ done?: boolean; value?: string | Uint8Array }>; releaseLock(): void };
}

export type StreamSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | ReadableStreamLike | NodeJS.ReadableStream;

export interface ReadMessagesOptions {
  /** skip detection (by default the format is told from the first characters) */
  from?: Format;
  /** end after the first failure (it is still yielded) */
  failFast?: boolean;
  /** X12 and EDIFACT: count and control-number mismatches are failures instead of warnings */
  strict?: boolean;
  /** longest NDJSON line, JSON value or XML document, in characters (default 32 MiB) */
  maxMessageLength?: number;
}

/**
 * The messages of a stream, as an async iterable (iterate it once). Besides the items it tells the format and
 * progress, and collects the warnings that belong to no one message: X12 ISA/GS/GE/IEA and EDIFACT UNB/UNG/UNE/UNZ
 * findings, an XML batch root's namespace; they are complete once iteration has ended.
 */
export interface MessageStream extends AsyncIterable<StreamItem> {
  /** the format, once known (after the first item) */
  readonly format: Format | undefined;
  /** bytes (or characters, for string chunks) read from the source so far */
  readonly bytesRead: number;
  /** items yielded so far */
  readonly count: number;
  /** failures yielded so far */
  readonly failed: number;
  /** interchange-level warnings; new ones are appended as the stream is read */
  readonly warnings: LexWarning[];
  /** The next `n` items (fewer at the end), without consuming them: iteration still starts with them. */
  peek(n: number): Promise<StreamItem[]>;
  /** The next items, as many as one piece of input held ([] at the end): a faster way to consume the stream. */
  nextBatch(): Promise<StreamItem[]>;
  /** Stops reading and releases the source (a file stream is closed). */
  close(): Promise<void>;
}

/** what a format reader produces: an item without the fields the stream adds */
export type Raw = (Omit<StreamMessage, 'format' | 'index'> | Omit<StreamFailure, 'format' | 'index'>);

export interface Splitter {
  /** `clean`: the text holds no control character but tab, LF and CR, no DEL and no U+FFFD (see Cutter.clean) */
  push(text: string, out: Raw[], clean?: boolean): void;
  end(out: Raw[]): void;
  /** interchange-level warnings found so far (taken by the stream) */
  readonly warnings: LexWarning[];
}
