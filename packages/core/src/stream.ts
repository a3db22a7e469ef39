// Streaming: an interchange (or NDJSON, or an XML batch) read as an async iterable of messages, and messages
// written as one NDJSON stream, <lexBatch> or interchange. Memory stays flat however large the input: text is
// decoded chunk by chunk, each codec's push reader hands out a message as soon as it is complete, and nothing
// holds more than the current chunk and the message being read.
import { describePosition, LexCodecError, type Format, type LexWarning, type Position } from '@lexstandard/codec';
import { EdifactInterchangeWriter, EdifactStreamParser, type EdifactSettled, type EdifactWriteOptions } from '@lexstandard/edifact';
import type { LexMessage } from '@lexstandard/types';
import { ISA_WINDOW, X12InterchangeWriter, X12Reader, type X12Settled, type X12WriteOptions } from '@lexstandard/x12';
import { parseXml, XmlBatchWriter, type ToXmlOptions } from '@lexstandard/xml';
import { detectFormat } from './detect.js';
import { parseJson } from './json.js';

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
type Raw = (Omit<StreamMessage, 'format' | 'index'> | Omit<StreamFailure, 'format' | 'index'>);

interface Splitter {
  /** `clean`: the text holds no control character but tab, LF and CR, no DEL and no U+FFFD (see Cutter.clean) */
  push(text: string, out: Raw[], clean?: boolean): void;
  end(out: Raw[]): void;
  /** interchange-level warnings found so far (taken by the stream) */
  readonly warnings: LexWarning[];
}

const DEFAULT_MAX = 32 << 20;

/**
 * Reads a stream of LEX messages: an X12 interchange (many ST … SE in many GS groups, or several interchanges),
 * an EDIFACT interchange (many UNH … UNT), an XML `<lexBatch>` of `<lex>` documents, NDJSON (one message per line;
 * also a JSON array of messages or concatenated JSON documents), or a single message of any format. The format is
 * told from the first characters (`from` skips that), bytes are decoded as UTF-8 across chunk boundaries (UTF-16
 * with a BOM too).
 *
 * Each message is yielded as soon as it is complete: `{ ok: true, message, warnings, format, index, control }`.
 * A transaction that cannot be read is yielded in its place as `{ ok: false, error, index, control }` — the error
 * has a code and its position in the whole stream — and the rest goes on (`failFast` ends the stream there).
 * Nothing is thrown for bad input; an error of the source itself (a file that cannot be read) is thrown.
 * Pull-based: the source is read only as fast as the items are consumed.
 */
export function readMessages(source: StreamSource, options: ReadMessagesOptions = {}): MessageStream {
  return new Reader(source, options);
}

/** input text is handed to the format readers in pieces of at most this many characters (fewer messages in flight) */
const PIECE = 1 << 16;

class Reader implements MessageStream {
  format: Format | undefined;
  bytesRead = 0;
  count = 0;
  failed = 0;
  readonly warnings: LexWarning[] = [];
  private iterated = false;
  private batches: AsyncGenerator<StreamItem[]> | undefined;
  private pending: StreamItem[] = [];
  private done = false;

  constructor(private readonly source: StreamSource, private readonly options: ReadMessagesOptions) {}

  [Symbol.asyncIterator](): AsyncIterator<StreamItem> {
    if (this.iterated) throw new TypeError('readMessages(): the stream can be iterated only once');
    this.iterated = true;
    return this.items();
  }

  private async *items(): AsyncGenerator<StreamItem> {
    try {
      for (;;) {
        const batch = await this.nextBatch();
        if (batch.length === 0) return;
        for (let i = 0; i < batch.length; i++) yield batch[i]!;
      }
    } finally {
      await this.close();
    }
  }

  /** The next items: those read from one piece of input (never empty until the end: then []). */
  async nextBatch(): Promise<StreamItem[]> {
    if (this.pending.length) {
      const b = this.pending;
      this.pending = [];
      return b;
    }
    return this.fetch();
  }

  async peek(n: number): Promise<StreamItem[]> {
    while (this.pending.length < n) {
      const b = await this.fetch();
      if (b.length === 0) break;
      for (const item of b) this.pending.push(item);
    }
    return this.pending.slice(0, n);
  }

  async close(): Promise<void> {
    this.done = true;
    this.pending = [];
    const b = this.batches;
    this.batches = undefined;
    if (b) await b.return(undefined);
  }

  private async fetch(): Promise<StreamItem[]> {
    if (this.done) return [];
    this.batches ??= this.produce();
    for (;;) {
      const r = await this.batches.next();
      if (r.done) {
        this.done = true;
        return [];
      }
      if (r.value.length) return r.value;
    }
  }

  private item(raw: Raw): StreamItem {
    const item = raw as StreamItem;
    item.format = this.format as Format;
    item.index = this.count++;
    if (!item.ok) this.failed++;
    return item;
  }

  /**
   * INPUT_NOT_UTF8, held until the splitter has given a warning at or past its position (or the stream ends): in the
   * warnings it goes where its position puts it, so that their order does not depend on the chunking.
   */
  private decodeWarning: LexWarning | undefined;
  /** the offset of the failure the reading ended at (-1 when it has none) */
  private endedAt: number | undefined;

  private addWarnings(fresh: LexWarning[]): void {
    const held = this.decodeWarning;
    const k = held ? fresh.findIndex((w) => (w.position?.offset ?? -1) >= held.position!.offset!) : -1;
    if (k < 0) this.warnings.push(...fresh);
    else {
      this.warnings.push(...fresh.slice(0, k), held!, ...fresh.slice(k));
      this.decodeWarning = undefined;
    }
  }

  /** the items of `out` (then emptied), cut after a failure that ends the stream; `end` tells whether one did */
  private take(out: Raw[], splitter: Splitter | undefined): { items: StreamItem[]; end: boolean } {
    if (splitter && splitter.warnings.length) this.addWarnings(splitter.warnings.splice(0));
    const items: StreamItem[] = [];
    let end = false;
    for (let i = 0; i < out.length; i++) {
      const item = this.item(out[i]!);
      items.push(item);
      if (!item.ok && (this.options.failFast || item.fatal)) {
        end = true;
        this.endedAt = item.error.position?.offset ?? -1;
        break;
      }
    }
    out.length = 0;
    return { items, end };
  }

  private async *produce(): AsyncGenerator<StreamItem[]> {
    try {
      yield* this.produceItems();
    } finally {
      // a held INPUT_NOT_UTF8 that no later warning placed; not when the reading ended at a failure before it (in
      // smaller chunks the bytes past that failure might never have been decoded)
      const held = this.decodeWarning;
      if (held && (this.endedAt === undefined || this.endedAt >= held.position!.offset!)) this.warnings.push(held);
      this.decodeWarning = undefined;
    }
  }

  private async *produceItems(): AsyncGenerator<StreamItem[]> {
    let splitter: Splitter | undefined;
    let head = '';
    /** the first characters of the input, once the format is told from them */
    let head0 = '';
    const out: Raw[] = [];
    const decoder = new ChunkDecoder();
    const feed = (text: string, clean = false): 'wait' | 'go' | 'unknown' => {
      if (splitter) {
        splitter.push(text, out, clean);
        return 'go';
      }
      head += text;
      const format = this.options.from ?? sniff(head);
      if (format === undefined) return 'wait';
      if (format === null) return 'unknown';
      this.format = format;
      splitter = createSplitter(format, this.options);
      const all = head;
      head0 = head.length > 4096 ? head.slice(0, 4096) : head;
      head = '';
      splitter.push(all, out);
      return 'go';
    };
    const unknown = () => {
      const s = head.replace(/^\ufeff/, '');
      const at = s.length - s.trimStart().length;
      out.push({ ok: false, error: new LexCodecError('json', 'UNKNOWN_FORMAT', 'cannot tell the format: expected JSON-EDI ({ or NDJSON), XML-EDI (<), X12 (ISA) or EDIFACT (UNA/UNB)', { offset: at, line: 1, column: at + 1 }), warnings: [], fatal: true });
      return this.take(out, splitter).items;
    };
    /** set once the format is known: where X12 and EDIFACT byte chunks are cut (see Cutter) */
    let cutter: Cutter | null | undefined;
    for await (const chunk of iterate(this.source)) {
      // a large byte chunk is decoded in views of PIECE bytes (no copy): each is cut and decoded as a chunk of
      // that size would be, so a source of large chunks (a 1 MiB file stream) is read as fast (its chunks still
      // cost memory until a full collection: see lex convert's openInput)
      const views = typeof chunk === 'string' || chunk.length <= PIECE ? 1 : Math.ceil(chunk.length / PIECE);
      for (let v = 0; v < views; v++) {
        const bytes = views === 1 ? chunk : (chunk as Uint8Array).subarray(v * PIECE, (v + 1) * PIECE);
        this.bytesRead += typeof bytes === 'string' ? bytes.length : bytes.byteLength;
        if (cutter === undefined && splitter) cutter = decoder.utf8 ? Cutter.for(this.format!, head0) : null;
        const texts = cutter && typeof bytes !== 'string' ? cutter.decode(bytes, decoder) : [decoder.decode(bytes)];
        const clean = cutter ? cutter.clean : false;
        if (decoder.warnings.length !== 0) this.decodeWarning = decoder.warnings.splice(0)[0];
        for (let t = 0; t < texts.length; t++) {
          const text = texts[t]!;
          // a large text goes in pieces, so that no more than a piece's messages are alive at once
          for (let at = 0; at < text.length; at += PIECE) {
            const piece = text.length <= PIECE ? text : text.slice(at, at + PIECE);
            if (feed(piece, clean) === 'unknown') {
              yield unknown();
              return;
            }
            if (out.length) {
              const { items, end } = this.take(out, splitter);
              yield items;
              if (end) return;
            }
          }
        }
      }
    }
    const rest = decoder.end();
    if (decoder.warnings.length !== 0) this.decodeWarning = decoder.warnings.splice(0)[0];
    if (rest.length && feed(rest) === 'unknown') {
      yield unknown();
      return;
    }
    if (!splitter) {
      // the input ended before the format could be told: blank input has no messages; a few characters are unknown
      if (head.trim().replace(/^\ufeff/, '') === '') return;
      const format = this.options.from ?? sniff(head, true);
      if (!format) { yield unknown(); return; }
      this.format = format;
      splitter = createSplitter(format, this.options);
      splitter.push(head, out);
      head = '';
    }
    splitter.end(out);
    yield this.take(out, splitter).items;
  }
}

/** The format from the first characters: undefined while more are needed, null when none fits. */
function sniff(head: string, final = false): Format | null | undefined {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < head.length && (head.charCodeAt(i) <= 32)) i++;
  if (i >= head.length) return undefined;
  const c = head[i];
  if (c === '{' || c === '[') return 'json';
  if (c === '<') return 'xml';
  if (head.length - i < 3 && !final) return undefined;
  return detectFormat(head.slice(i)) ?? null;
}

async function* iterate(source: StreamSource): AsyncGenerator<string | Uint8Array> {
  const s = source as { getReader?: unknown };
  if (typeof source === 'string' || source instanceof Uint8Array) {
    // a whole text (a string is iterable, but by characters)
    yield source;
    return;
  }
  if (typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' || typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function') {
    yield* source as AsyncIterable<string | Uint8Array>;
    return;
  }
  if (typeof s.getReader === 'function') {
    const reader = (source as ReadableStreamLike).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value !== undefined) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  throw new TypeError('readMessages(): the source must be an async iterable of strings or bytes, or a readable stream');
}

/** The encoding of bytes that start with `b0`, `b1`: UTF-16 when they are its byte-order mark, else UTF-8. */
const encodingOf = (b0: number | undefined, b1: number | undefined): 'utf-16le' | 'utf-16be' | 'utf-8' =>
  b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';

/**
 * The text of a whole input's bytes, decoded as readMessages decodes a stream (decodeInput without its warning). A
 * byte-order mark is kept as U+FEFF, which every parser skips (positions then count it, as for text read from a
 * file as UTF-8).
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeInput(bytes).text;
}

/** A whole input's text, the encoding it was read in, and a warning when that is not what the bytes claimed. */
export interface DecodedInput {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', or the 8-bit encoding a non-UTF-8 input was read in */
  encoding: string;
  /** INPUT_NOT_UTF8 when the bytes were not UTF-8 and were read in an 8-bit encoding instead */
  warnings: LexWarning[];
}

/** how many bytes at the start of an input are searched for the encoding it declares */
const HEAD_BYTES = 1024;

/** EDIFACT syntax identifiers of the ISO 8859 parts (ISO 9735): what a UNB declares its text to be */
const EDIFACT_CHARSETS: Record<string, string> = {
  UNOC: 'iso-8859-1', UNOD: 'iso-8859-2', UNOE: 'iso-8859-5', UNOF: 'iso-8859-7', UNOG: 'iso-8859-3',
  UNOH: 'iso-8859-4', UNOI: 'iso-8859-6', UNOJ: 'iso-8859-8', UNOK: 'iso-8859-9',
};

/**
 * decodeText with what it did: UTF-16 by its byte-order mark; UTF-8 when the bytes are UTF-8; otherwise (a
 * partner's file in an 8-bit encoding, the common case for EDIFACT UNOC and for X12) UTF-8 up to the first byte
 * that is not, and from there the encoding the input declares (an EDIFACT UNB syntax identifier, an XML
 * declaration), else Windows-1252, with an INPUT_NOT_UTF8 warning naming that byte. readMessages decodes a stream
 * the same way. Reading such bytes as UTF-8 would turn every accented letter into U+FFFD without a word.
 * `charset`: the encoding the bytes come labelled with (an HTTP Content-Type); it decides when no byte-order mark
 * does (malformed bytes then become U+FFFD), and a label no TextDecoder knows throws a RangeError.
 */
export function decodeInput(bytes: Uint8Array, options: { charset?: string } = {}): DecodedInput {
  const bom = encodingOf(bytes[0], bytes[1]);
  if (bom !== 'utf-8') return { text: new TextDecoder(bom, { ignoreBOM: true }).decode(bytes), encoding: bom, warnings: [] };
  // a charset the bytes come labelled with (HTTP) is taken at its word, unless a UTF-8 byte-order mark says otherwise
  if (options.charset !== undefined && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const decoder = new TextDecoder(options.charset); // (a RangeError for a label no decoder knows)
    return { text: decoder.decode(bytes), encoding: decoder.encoding, warnings: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // not UTF-8: found where below (the native decoder says whether, not where)
  }
  const bad = firstInvalidUtf8(bytes);
  // as a stream is read: UTF-8 up to the first byte that is not (a Latin-1 file has no UTF-8 character before it)
  const { encoding, why } = fallbackEncoding(bytes.subarray(0, Math.min(bad, HEAD_BYTES)));
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
  const text = before + new TextDecoder(encoding).decode(bytes.subarray(bad));
  return { text, encoding, warnings: [notUtf8(bytes[bad]!, bad, before.length, why)] };
}

/**
 * The 8-bit encoding an input that is not UTF-8 declares (and why it is that one), from its first bytes before the
 * first that is not UTF-8: what comes later is never looked at, so that a stream decides as its whole bytes do.
 */
function fallbackEncoding(bytes: Uint8Array): { encoding: string; why: string } {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, HEAD_BYTES));
  const unb = /UNB[^A-Za-z0-9\s](UNO[A-Z])/.exec(head)?.[1];
  if (unb && EDIFACT_CHARSETS[unb]) return { encoding: EDIFACT_CHARSETS[unb]!, why: `${EDIFACT_CHARSETS[unb]!.toUpperCase()}, as its UNB syntax identifier ${unb} declares` };
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared) && isLabel(declared)) return { encoding: declared.toLowerCase(), why: `${declared}, as its XML declaration declares` };
  return { encoding: 'windows-1252', why: 'Windows-1252 (ISO 8859-1 and its printable characters in 0x80–0x9F)' };
}

/** INPUT_NOT_UTF8 for the byte at stream byte `at`, character `offset` of the text (the warning's position) */
const notUtf8 = (byte: number, at: number, offset: number, why: string): LexWarning => ({
  code: 'INPUT_NOT_UTF8',
  message: `the input is not UTF-8 (byte ${at}, 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, does not start or continue a UTF-8 character); it was read as UTF-8 up to there and as ${why} from there on`,
  position: { offset },
});

function isLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), -1 when there is none. */
function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number, min: number, max = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c === 0xe0) { need = 2; min = 0xa0; }
    else if (c === 0xed) { need = 2; min = 0x80; max = 0x9f; } // (no UTF-16 surrogates)
    else if (c >= 0xe1 && c <= 0xef) { need = 2; min = 0x80; }
    else if (c === 0xf0) { need = 3; min = 0x90; }
    else if (c === 0xf4) { need = 3; min = 0x80; max = 0x8f; }
    else if (c >= 0xf1 && c <= 0xf3) { need = 3; min = 0x80; }
    else return i;
    if (i + need >= n) return i; // (cut short by the end)
    const c1 = b[i + 1]!;
    if (c1 < min || c1 > max) return i;
    for (let k = 2; k <= need; k++) { const ck = b[i + k]!; if (ck < 0x80 || ck > 0xbf) return i; }
    i += need + 1;
  }
  return -1;
}

/**
 * Bytes → text across chunk boundaries: UTF-8, or UTF-16 when the input starts with its BOM (a BOM is dropped).
 * From the first byte that is not UTF-8 on, the rest is read in the 8-bit encoding the input declares (as
 * decodeInput does for a whole input), with one INPUT_NOT_UTF8 warning in `warnings`: text before it stays as read.
 */
class ChunkDecoder {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private pending: Uint8Array | undefined;
  /** the 8-bit decoder the input went on in, once it was found not to be UTF-8 */
  private fallback: InstanceType<typeof TextDecoder> | undefined;
  /** the first HEAD_BYTES bytes of the input (where an encoding is declared), and the chunk before (its last bytes) */
  private head: Uint8Array | undefined;
  private last: Uint8Array = new Uint8Array(0);
  /** bytes decoded before the current chunk, and the characters they gave */
  private offset = 0;
  private chars = 0;
  readonly warnings: LexWarning[] = [];
  /** the input is UTF-8 (known after the first two bytes) */
  get utf8(): boolean {
    return this.decoder !== undefined && this.decoder.encoding === 'utf-8' && this.fallback === undefined;
  }

  decode(chunk: string | Uint8Array): string {
    if (typeof chunk === 'string') return chunk;
    if (this.fallback) return this.fallback.decode(chunk);
    if (!this.decoder) {
      const bytes = this.pending ? concat(this.pending, chunk) : chunk;
      if (bytes.length < 2) { this.pending = bytes; return ''; }
      this.pending = undefined;
      const encoding = encodingOf(bytes[0], bytes[1]);
      this.decoder = new TextDecoder(encoding, encoding === 'utf-8' ? { fatal: true } : {});
      if (encoding !== 'utf-8') return this.decoder.decode(bytes, { stream: true });
      this.head = new Uint8Array(0);
      return this.utf8Decode(bytes);
    }
    return this.decoder.encoding === 'utf-8' ? this.utf8Decode(chunk) : this.decoder.decode(chunk, { stream: true });
  }

  private utf8Decode(chunk: Uint8Array): string {
    try {
      const text = this.decoder!.decode(chunk, { stream: true });
      this.remember(chunk);
      this.chars += text.length;
      return text;
    } catch {
      // the bytes of an unfinished character at the end of the chunk before are still in the decoder
      const held = heldUtf8(this.last);
      const bytes = held.length ? concat(held, chunk) : chunk;
      return this.switchAt(bytes, this.offset - held.length);
    }
  }

  private remember(chunk: Uint8Array): void {
    if (this.head!.length < HEAD_BYTES) this.head = concat(this.head!, chunk.subarray(0, HEAD_BYTES - this.head!.length));
    this.offset += chunk.length;
    // the chunk itself (no copy per chunk; it is freed with the next one); a short one joined to the bytes before
    this.last = chunk.length >= 3 ? chunk : concat(this.last, chunk).slice(-3);
  }

  /** `bytes` (from stream offset `at`) hold the first that is not UTF-8: UTF-8 before it, the fallback from it */
  private switchAt(bytes: Uint8Array, at: number): string {
    const bad = firstInvalidUtf8(bytes);
    const cut = bad < 0 ? bytes.length : bad;
    // the input's first bytes before this one (`head` holds those of the chunks before; `bytes` starts at `at`)
    const head = this.head!;
    const upTo = Math.min(at + cut, HEAD_BYTES);
    const sniffed = head.length >= upTo ? head.subarray(0, upTo) : concat(head, bytes.subarray(head.length - at, upTo - at));
    const { encoding, why } = fallbackEncoding(sniffed);
    this.fallback = new TextDecoder(encoding);
    // (the stream decoder drops a UTF-8 byte-order mark: so does this)
    const before = new TextDecoder('utf-8', { ignoreBOM: at > 0 }).decode(bytes.subarray(0, cut));
    this.warnings.push(notUtf8(bytes[cut] ?? 0, at + cut, this.chars + before.length, why));
    this.offset = at + bytes.length;
    return before + this.fallback.decode(bytes.subarray(cut));
  }

  end(): string {
    if (this.pending) return new TextDecoder().decode(this.pending);
    if (this.fallback || !this.decoder) return '';
    if (this.decoder.encoding !== 'utf-8') return this.decoder.decode();
    try {
      return this.decoder.decode();
    } catch {
      // the input ends inside a character
      const held = heldUtf8(this.last);
      return this.switchAt(held, this.offset - held.length);
    }
  }
}

/** The bytes of an unfinished UTF-8 character at the end of `tail` (valid UTF-8 up to its last 3 bytes), else none. */
function heldUtf8(tail: Uint8Array): Uint8Array {
  for (let k = 1; k <= Math.min(3, tail.length); k++) {
    const c = tail[tail.length - k]!;
    if (c < 0x80) return new Uint8Array(0);
    if (c >= 0xc0) {
      const size = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return size > k ? tail.subarray(tail.length - k) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

/**
 * Where a UTF-8 chunk of an X12 or EDIFACT interchange is cut before it is decoded, so that the text handed to the
 * reader is Latin-1 wherever it can be: V8 keeps a string whose characters are all below U+0100 in one byte per
 * character, but a single character above (a Ł in one name) makes the whole decoded chunk — every value the reader
 * slices out of it, the JSON of every message read from it, and (X12 keeps the unfinished segment and joins the
 * next piece to it) the chunks after it — two bytes per character: slower to scan, to stringify and to encode. So
 * the messages that hold such a character (a UTF-8 lead byte of 0xC4 or more) are decoded on their own, cut
 * after the segment terminators before their ST/UNH and after their SE/UNT (a piece that starts and ends with a
 * message: the readers' fast paths read a message that is whole in its piece), and the stretches between them on
 * their own.
 *
 * Only where the text is cut changes: the decoder is the same streaming one, so the text is the same, and the
 * readers give the same items however their input is cut — with one exception, which is why a chunk is cut only
 * when it is clean: the X12 reader checks each piece for binary garbage (control characters, U+FFFD) before it
 * reads the piece's segments, so garbage after a cut would be found after the segments before it were read. A
 * chunk with a control character other than tab, CR and LF, a DEL, invalid UTF-8 or a U+FFFD, or that decodes to
 * more than one piece of text, is decoded whole as before.
 */
class Cutter {
  /** the last piece of the previous chunk was a cut-out message that had not ended */
  private open = false;
  /**
   * Set by decode(): the texts of the chunk hold no control character but tab, LF and CR, no DEL and no U+FFFD
   * (its bytes were inspected, are UTF-8 and carry no character begun in the chunk before), so the X12 reader's
   * own search for binary garbage would find none.
   */
  clean = false;
  private constructor(
    private readonly term: number,
    private readonly release: number,
    /** the tags that open and close a message (ST/SE, UNH/UNT), each with the element separator after it */
    private readonly open_: number[],
    private readonly close_: number[],
    private readonly isUtf8: (b: Uint8Array) => boolean,
  ) {}

  /** a cutter for an interchange that starts with `head` (null when its segment terminator cannot be told) */
  static for(format: Format, head: string): Cutter | null {
    const isUtf8 = nodeIsUtf8();
    if (!isUtf8) return null;
    let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < head.length && head.charCodeAt(i) <= 32) i++;
    let term = -1;
    let release = -1;
    let sep = -1;
    let tags: [string, string] = ['', ''];
    if (format === 'x12' && head.startsWith('ISA', i)) {
      const isa = isaSeparators(head, i);
      if (isa && isa.terminator) {
        sep = isa.element.charCodeAt(0);
        term = isa.terminator.charCodeAt(0);
      }
      tags = ['ST', 'SE'];
    } else if (format === 'edifact') {
      const una = head.startsWith('UNA', i);
      term = una ? head.charCodeAt(i + 8) : 39; // '
      release = una ? head.charCodeAt(i + 6) : 63; // ?
      sep = una ? head.charCodeAt(i + 4) : 43; // +
      if (!(release > 32 && release < 128)) release = -1;
      tags = ['UNH', 'UNT'];
    }
    const ascii = (c: number) => c > 0 && c < 128;
    if (!ascii(term) || !ascii(sep) || term === release || term === sep) return null;
    const bytes = (tag: string) => [...tag].map((c) => c.charCodeAt(0)).concat(sep);
    return new Cutter(term, release, bytes(tags[0]), bytes(tags[1]), isUtf8);
  }

  /** the next segment terminator from `from` (one after a release character does not count), or -1 */
  private next(b: Uint8Array, from: number): number {
    let t = b.indexOf(this.term, from);
    while (t > 0 && this.release >= 0 && b[t - 1] === this.release) t = b.indexOf(this.term, t + 1);
    return t;
  }

  /** the last segment terminator at or before `at` (≥ 0), or -1 */
  private previous(b: Uint8Array, at: number): number {
    let t = b.lastIndexOf(this.term, at);
    while (t > 0 && this.release >= 0 && b[t - 1] === this.release) t = b.lastIndexOf(this.term, t - 1);
    return t;
  }

  /** the segment from `at` (blanks skipped) starts with `tag` */
  private is(b: Uint8Array, at: number, tag: number[]): boolean {
    while (at < b.length && (b[at] === 10 || b[at] === 13 || b[at] === 32 || b[at] === 9)) at++;
    for (let k = 0; k < tag.length; k++) if (b[at + k] !== tag[k]) return false;
    return true;
  }

  /** where the message that holds byte `at` starts: after the terminator before its ST/UNH (0 when not in b) */
  private messageStart(b: Uint8Array, at: number): number {
    for (let t = this.previous(b, at); t >= 0; t = t > 0 ? this.previous(b, t - 1) : -1) {
      if (this.is(b, t + 1, this.open_)) return t + 1;
      if (this.is(b, t + 1, this.close_)) return t + 1; // (a stray end: cut after it)
    }
    return 0;
  }

  /** where the message that holds byte `at` ends: after its SE/UNT, or before the next ST/UNH; -1 when not in b */
  private messageEnd(b: Uint8Array, at: number): number {
    let t = this.previous(b, at);
    let start = t + 1;
    for (;;) {
      if (start > at && this.is(b, start, this.open_)) return start;
      const end = this.next(b, start > at ? start : at);
      if (end < 0) return -1;
      if (this.is(b, start, this.close_)) return end + 1;
      t = end;
      start = end + 1;
    }
  }

  /** the text of `chunk` in pieces (decoded by `decoder` in order: together, the same text as the whole chunk) */
  decode(chunk: Uint8Array, decoder: ChunkDecoder): string[] {
    const len = chunk.length;
    let hi = len <= PIECE ? inspect(chunk) : CUT_NOT;
    const valid = hi !== CUT_NOT && (hi === ASCII || this.valid(chunk));
    // (a chunk that starts with a continuation byte ends a character begun before: its bytes were not inspected)
    const starts = len === 0 || (chunk[0]! & 0xc0) !== 0x80;
    if (!valid || (hi < 0 && !this.open)) {
      this.open = false;
      const text = decoder.decode(chunk);
      this.clean = valid && starts && decoder.utf8;
      return [text];
    }
    const cuts: number[] = [];
    let last = 0;
    const cut = (at: number) => {
      if (at > last && at < len) { cuts.push(at); last = at; }
    };
    // the end of a cut-out message begun in the previous chunk
    if (this.open) {
      const e = this.messageEnd(chunk, 0);
      if (e >= 0) cut(e);
    }
    this.open = false;
    while (hi >= 0) {
      // stretches shorter than MERGE between two cut-out messages stay with them (no tiny pieces)
      const s0 = this.messageStart(chunk, hi);
      if (last === 0 || s0 - last >= MERGE) cut(s0);
      const e = this.messageEnd(chunk, hi);
      if (e < 0) { this.open = true; break; }
      cut(e);
      hi = e < len ? highByte(chunk, e) : -1;
    }
    if (cuts.length === 0) {
      const text = decoder.decode(chunk);
      this.clean = starts && decoder.utf8;
      return [text];
    }
    const texts: string[] = [];
    let from = 0;
    let chars = 0;
    for (let k = 0; k <= cuts.length; k++) {
      const to = k < cuts.length ? cuts[k]! : len;
      const text = decoder.decode(chunk.subarray(from, to));
      texts.push(text);
      chars += text.length;
      from = to;
    }
    this.clean = starts && decoder.utf8;
    // more than one piece of text (a carried byte and an invalid one can make PIECE + 1): the pieces as before
    return chars <= PIECE ? texts : [texts.join('')];
  }

  /** the chunk is valid UTF-8, but for the end of a character begun in the chunk before and one cut at its end */
  private valid(b: Uint8Array): boolean {
    let start = 0;
    while (start < 3 && start < b.length && (b[start]! & 0xc0) === 0x80) start++;
    let end = b.length;
    for (let k = 1; k <= 3 && end - k >= start; k++) {
      const c = b[end - k]!;
      if ((c & 0xc0) === 0x80) continue;
      // the lead byte of the last character: cut short when the chunk ends before its last byte
      const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      if (k < n) end -= k;
      break;
    }
    return this.isUtf8(start === 0 && end === b.length ? b : b.subarray(start, end));
  }
}

/** inspect(): the chunk is not to be cut */
const CUT_NOT = -2;
/** inspect(): every byte is ASCII */
const ASCII = -1;
/** inspect(): no byte of 0xC4 or more, but some of 0x80 or more */
const NO_HIGH = -3;
/** one-byte stretches between cut-out messages are kept apart only from this many bytes */
const MERGE = 1024;

let utf8Check: ((b: Uint8Array) => boolean) | null | undefined;
/** node:buffer's isUtf8 (native), when there is one */
function nodeIsUtf8(): ((b: Uint8Array) => boolean) | null {
  if (utf8Check === undefined) {
    const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => { isUtf8?: (b: Uint8Array) => boolean } | undefined } }).process?.getBuiltinModule;
    let f: ((b: Uint8Array) => boolean) | undefined;
    try {
      f = typeof get === 'function' ? get('node:buffer')?.isUtf8 : undefined;
    } catch {
      f = undefined;
    }
    utf8Check = typeof f === 'function' ? f : null;
  }
  return utf8Check;
}

/**
 * One pass over a chunk: CUT_NOT when it holds a control byte other than tab, LF and CR, a DEL or the UTF-8 of
 * U+FFFD (what the X12 reader takes for binary garbage); otherwise the index of its first byte of 0xC4 or more (a
 * character above U+00FF starts), or else ASCII or NO_HIGH.
 */
function inspect(b: Uint8Array): number {
  const len = b.length;
  let first = -1;
  let high = 0;
  let i = 0;
  const align = Math.min(len, (4 - (b.byteOffset & 3)) & 3);
  for (; i < align; i++) {
    high |= b[i]!;
    const r = inspectByte(b, i);
    if (r === CUT_NOT) return CUT_NOT;
    if (r > 0 && first < 0) first = i;
  }
  const words = (len - i) >> 2;
  if (words > 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      const x = w[k]!;
      if ((x & 0x80808080) === 0) {
        // ASCII: a byte below 0x20 or a DEL? (exact for bytes below 0x80)
        const d = x ^ 0x7f7f7f7f;
        const low = (x - 0x20202020) & ~x;
        const del = (d - 0x01010101) & ~d;
        if (((low | del) & 0x80808080) === 0) continue;
      } else high = 0x80;
      for (let j = i + 4 * k, e = j + 4; j < e; j++) {
        const r = inspectByte(b, j);
        if (r === CUT_NOT) return CUT_NOT;
        if (r > 0 && first < 0) first = j;
      }
    }
    i += words * 4;
  }
  for (; i < len; i++) {
    high |= b[i]!;
    const r = inspectByte(b, i);
    if (r === CUT_NOT) return CUT_NOT;
    if (r > 0 && first < 0) first = i;
  }
  return first >= 0 ? first : (high & 0x80) !== 0 ? NO_HIGH : ASCII;
}

/** CUT_NOT for garbage, 1 for a lead byte of 0xC4 or more, 0 otherwise */
function inspectByte(b: Uint8Array, j: number): number {
  const c = b[j]!;
  if (c < 0x20) return c === 9 || c === 10 || c === 13 ? 0 : CUT_NOT;
  if (c < 0x7f) return 0;
  if (c === 0x7f) return CUT_NOT;
  if (c === 0xef && b[j + 1] === 0xbf && b[j + 2] === 0xbd) return CUT_NOT;
  return c >= 0xc4 ? 1 : 0;
}

/** the index of the first byte of `b` from `from` that is 0xC4 or more (a character above U+00FF starts), or -1 */
function highByte(b: Uint8Array, from: number): number {
  const len = b.length;
  let i = from;
  // a word at a time where the bytes are ASCII
  const align = (4 - ((b.byteOffset + i) & 3)) & 3;
  for (const stop = Math.min(len, i + align); i < stop; i++) if (b[i]! >= 0xc4) return i;
  const words = (len - i) >> 2;
  if (words > 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      if ((w[k]! & 0x80808080) === 0) continue;
      const o = i + 4 * k;
      for (let j = o; j < o + 4; j++) if (b[j]! >= 0xc4) return j;
    }
    i += words * 4;
  }
  for (; i < len; i++) if (b[i]! >= 0xc4) return i;
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}

function createSplitter(format: Format, options: ReadMessagesOptions): Splitter {
  const max = options.maxMessageLength ?? DEFAULT_MAX;
  switch (format) {
    case 'x12': return new X12Splitter(options.strict === true);
    case 'edifact': return new EdifactSplitter(options.strict === true);
    case 'xml': return new XmlSplitter(max);
    case 'json': return new JsonSplitter(max);
  }
}

// ----- X12 ------------------------------------------------------------------------------------------------------

/**
 * X12: one interchange after another. The reader reads consecutive interchanges itself when they share its
 * separators; a next ISA with other separators (its element separator or segment terminator) is read by a new
 * reader from there, on the text the splitter kept, its positions (offset, segment) moved to the whole stream.
 */
class X12Splitter implements Splitter {
  private reader: X12Reader;
  private base = { offset: 0, segment: 0 };
  private readonly tail = new KeptText();
  private readonly found: LexWarning[] = [];
  /** text after the IEA not yet given to the reader: it starts with an ISA whose separators cannot be told yet */
  private held = '';
  /** set by afterTrailer(): an ISA follows the IEA but is not whole yet */
  private undecided = false;
  /**
   * A failure after the IEA (and the items after it) held back while the ISA that follows is not whole: whether a
   * new reader reads on from that ISA, or the failure stands, is told once its separators are (as the whole input
   * would tell it); the text that arrives meanwhile waits in `held`.
   */
  private deferred: { items: X12Settled[]; trailer: Position } | undefined;
  constructor(private readonly strict: boolean) {
    this.reader = new X12Reader({ strict });
  }
  get warnings(): LexWarning[] {
    this.collect();
    return this.found;
  }
  /** moves the reader's interchange warnings to `found`, their positions in the stream (while its base applies) */
  private collect(): void {
    const w = this.reader.warnings;
    if (w.length) for (const x of w.splice(0)) this.found.push(this.base.offset === 0 || !x.position ? x : { ...x, position: shift(x.position, this.base) });
  }
  push(text: string, out: Raw[], clean = false): void {
    // while a decision waits for the next ISA to be whole, the kept text must still hold the IEA before it
    this.tail.push(text, this.held !== '' || this.deferred !== undefined);
    this.feed(text, out, clean);
  }

  /** `clean`: `text` holds no binary garbage (the reader need not search it; held text joined to it is searched) */
  private feed(text: string, out: Raw[], clean = false): void {
    if (this.deferred !== undefined) {
      const reader = this.reader;
      const settled = this.settleDeferred(out, false);
      if (this.reader !== reader) return; // (a new reader has read the rest, this text included)
      if (!settled || this.deferred !== undefined) {
        this.held += text;
        return;
      }
    }
    // the text goes to the reader up to each segment that may start a next interchange, and the splitter looks
    // at it before the reader reads on: a reader given the text past its IEA would read a next ISA with its own
    // separators, and what became of the next interchange would depend on where the chunks fell
    // (a next ISA cut by the last chunk's end: the kept text shows it whole now)
    if (this.afterTrailer(out, false)) return;
    if (this.undecided) {
      // still not whole, this text being part of it: the reader (which may hold its first characters, an "ISA"
      // split between chunks) gets none of it before its separators are known
      this.held += text;
      return;
    }
    if (this.held) {
      text = this.held + text;
      this.held = '';
      clean = false;
    }
    let from = 0;
    for (let at = this.nextIsa(text, 0); at >= 0; at = this.nextIsa(text, at + 3)) {
      if (at > from) {
        const reader = this.reader;
        this.take(reader.pushSettled(text.slice(from, at), clean), out, false);
        if (this.reader !== reader) return; // (a failure after the IEA started a new reader on the rest)
        if (this.deferred !== undefined) {
          this.held = text.slice(at);
          return;
        }
      }
      from = at;
      if (this.afterTrailer(out, false)) return; // (a new reader has read the rest)
      if (this.undecided) {
        // an ISA after the IEA, not yet whole: nothing goes to the reader until its separators can be told
        this.held = text.slice(at);
        return;
      }
    }
    this.take(this.reader.pushSettled(from === 0 ? text : text.slice(from), clean), out, false);
    if (this.deferred === undefined) this.afterTrailer(out, false);
  }
  end(out: Raw[]): void {
    if (this.deferred !== undefined) this.settleDeferred(out, true);
    if (!this.afterTrailer(out, true) && this.held) this.take(this.reader.pushSettled(this.held), out, true);
    this.held = '';
    this.take(this.reader.endSettled(), out, true);
  }

  /**
   * Decides a deferred failure once the ISA after the IEA is whole (or the input has ended): a new reader reads on
   * from it, or the held items go out as they are and the held text goes on to the reader. False while undecided.
   */
  private settleDeferred(out: Raw[], final: boolean): boolean {
    const d = this.deferred!;
    // cleared first: a new reader started by afterTrailer() reads the rest through feed() at once
    this.deferred = undefined;
    if (this.afterTrailer(out, final, d.trailer)) return true;
    if (this.undecided) {
      this.deferred = d;
      return false;
    }
    this.take(d.items, out, final);
    return true;
  }

  /**
   * Where in `text` (from `from` on) an ISA may begin a segment, -1 when nowhere. Before the reader knows the
   * separators any ISA counts (the reader then detects them from the text before it).
   */
  private nextIsa(text: string, from: number): number {
    const d = this.reader.delimiters;
    for (let at = text.indexOf('ISA', from); at >= 0; at = text.indexOf('ISA', at + 3)) {
      if (!d) return at;
      // a terminator right before it, blanks between allowed (the terminator may be a line break itself); at the
      // start of the text the segment before ended in the last chunk, or is cut there: the reader is not past it
      let b = at - 1;
      let ended = false;
      while (b >= 0 && isBlank(text.charCodeAt(b))) if (text[b--] === d.segment) ended = true;
      if (ended || b < 0 || text[b] === d.segment) return at;
    }
    return -1;
  }

  /** `final`: the input has ended (an ISA that is not whole now never will be) */
  private take(items: X12Settled[], out: Raw[], final: boolean): void {
    for (let i = 0; i < items.length; i++) {
      const t = items[i]!;
      if ('error' in t && t.trailer) {
        // a failure after an IEA (the next interchange read with this one's separators): read it anew from there
        if (this.afterTrailer(out, final, t.trailer)) return;
        if (this.undecided) {
          this.deferred = { items: items.slice(i), trailer: t.trailer };
          return;
        }
      }
      out.push(this.base.offset === 0 ? x12Item(t) : this.moved(t));
    }
  }

  /** after the reader's IEA: an ISA with other separators is read by a new reader from there */
  private afterTrailer(out: Raw[], final: boolean, t = this.reader.trailerPosition): boolean {
    this.undecided = false;
    const d = this.reader.delimiters;
    if (!t || !d || t.offset === undefined || t.segment === undefined) return false;
    const all = this.tail.text();
    const iea = t.offset - this.tail.from;
    if (iea < 0 || iea >= all.length) return false;
    const end = all.indexOf(d.segment, iea);
    if (end < 0) return false;
    let at = end + 1;
    while (at < all.length && isBlank(all.charCodeAt(at))) at++;
    if (!all.startsWith('ISA', at)) return false;
    const isa = isaSeparators(all, at);
    if (!isa) {
      if (!final) {
        // not all of the ISA yet: feed() holds the text back until it is
        this.undecided = true;
        return false;
      }
    } else if (isa.element === d.element && isa.terminator === d.segment) return false; // the same separators: the reader goes on
    this.collect();
    this.base = { offset: this.base.offset + this.tail.from + at, segment: this.base.segment + t.segment };
    this.reader = new X12Reader({ strict: this.strict });
    this.held = ''; // (the kept text holds it: the new reader reads it below)
    const text = all.slice(at);
    this.tail.reset(text);
    this.feed(text, out);
    return true;
  }

  /** an item of a reader started after the first interchange: its positions moved to the whole stream */
  private moved(t: X12Settled): Raw {
    const warnings = t.warnings.map((w) => (w.position ? { ...w, position: shift(w.position, this.base) } : w));
    const control = { ...t.control, segment: t.control.segment + this.base.segment };
    return 'error' in t
      ? x12Item({ ...t, error: shiftedError(t.error, 'x12', this.base), warnings, control })
      : x12Item({ ...t, warnings, control });
  }
}

/**
 * The element separator (the character after ISA) and the segment terminator (the character after ISA16, which
 * follows the 16th element separator) of the ISA at text[at]; undefined when the text ends before them. The
 * separators are counted as the reader's tokenizer counts them: before any line break, within ISA_WINDOW
 * characters; an ISA the reader cannot read gets terminator '' (it matches no reader's separators).
 */
function isaSeparators(text: string, at: number): { element: string; terminator: string } | undefined {
  const element = text[at + 3];
  if (element === undefined) return undefined;
  const end = Math.min(text.length, at + ISA_WINDOW);
  let n = 1;
  let k = at + 4;
  for (; k < end && n < 16; k++) {
    const c = text[k];
    if (c === element) n++;
    else if (c === '\n' || c === '\r') return { element, terminator: '' };
  }
  if (n < 16) return end === text.length && end < at + ISA_WINDOW ? undefined : { element, terminator: '' };
  // k is past the 16th separator: ISA16, then the terminator
  return k + 1 >= text.length ? undefined : { element, terminator: text[k + 1]! };
}

/** The last characters given to a reader (at least KEEP), from its offset `from`: where a next interchange is read again from. */
class KeptText {
  private parts: string[] = [];
  private length = 0;
  from = 0;
  /** `pinned`: nothing is dropped this time (a decision on the text already kept is pending) */
  push(text: string, pinned = false): void {
    this.parts.push(text);
    this.length += text.length;
    while (!pinned && this.parts.length > 1 && this.length - this.parts[0]!.length >= KEEP) {
      const first = this.parts.shift()!;
      this.from += first.length;
      this.length -= first.length;
    }
    if (this.parts.length > 64) this.parts = [this.parts.join('')];
  }
  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }
  reset(text: string): void {
    this.parts = [text];
    this.length = text.length;
    this.from = 0;
  }
}

function x12Item(t: X12Settled): Raw {
  const c = t.control;
  // built field by field (no object spread: this runs once per message), in the order the item's keys are listed
  const item: { ok: boolean; message?: LexMessage; error?: LexCodecError; warnings: LexWarning[]; control?: string; group?: string; interchange?: string; fatal?: boolean } =
    'error' in t ? { ok: false, error: t.error, warnings: t.warnings } : { ok: true, message: t.message, warnings: t.warnings };
  if (c.transaction) item.control = c.transaction;
  if (c.group) item.group = c.group;
  if (c.interchange) item.interchange = c.interchange;
  if ('error' in t && t.fatal) item.fatal = true;
  return item as Raw;
}

// ----- EDIFACT --------------------------------------------------------------------------------------------------

/**
 * EDIFACT: one interchange after another. The parser reads one interchange (UNA/UNB … UNZ). When a UNA or UNB
 * follows its UNZ, the splitter starts a new parser there, on the text it kept (the next interchange may declare
 * other separators, whose segment ends the parser before would never see), and moves the new parser's positions
 * (offset, line, column, segment) to where it starts in the stream.
 */
class EdifactSplitter implements Splitter {
  private parser: EdifactStreamParser;
  /** where the current parser's text starts in the stream: offset, line, column of its line 1, segments before it */
  private base = { offset: 0, line: 1, column: 1, segment: 0 };
  private readonly tail = new KeptText();
  /** interchange-level warnings, positions in the stream (taken by the Reader) */
  private readonly found: LexWarning[] = [];

  constructor(private readonly strict: boolean) {
    this.parser = new EdifactStreamParser({ strict });
  }

  get warnings(): LexWarning[] {
    this.collect();
    return this.found;
  }
  /**
   * Moves the parser's interchange warnings to `found`, their positions in the stream (while its base applies).
   * `before`: the offset (in the parser's text) where a next interchange starts: the warnings the parser gave for
   * text from there on (it reads on past its UNZ with its own separators) are dropped, since that text is read
   * anew, and reading it in smaller chunks would not have given them.
   */
  private collect(before = Infinity): void {
    const w = this.parser.warnings;
    if (w.length) for (const x of w.splice(0)) if (!((x.position?.offset ?? -1) >= before)) this.found.push(this.moved(x));
  }

  push(text: string, out: Raw[]): void {
    this.tail.push(text);
    this.take(this.parser.pushSettled(text), out);
    this.afterTrailer(out, false);
  }

  end(out: Raw[]): void {
    this.afterTrailer(out, true);
    this.take(this.parser.endSettled(), out);
  }

  private take(items: EdifactSettled[], out: Raw[]): void {
    for (const m of items) {
      // a fatal failure after this parser's UNZ (a segment that is no part of it: the next interchange's UNB, or
      // its UNA read with this interchange's separators): when a next interchange starts there, it is read anew
      if ('error' in m && after(m.error.position, this.parser.trailerPosition) && this.afterTrailer(out, true)) return;
      out.push(this.item(m));
    }
  }

  /**
   * After this parser's UNZ: a next interchange (UNA or UNB after blanks) is read by a new parser from there, even
   * when its separators differ (this parser would not see its segments end). Anything else is left to this parser.
   */
  private afterTrailer(out: Raw[], final: boolean): boolean {
    const t = this.parser.trailerPosition;
    const d = this.parser.interchange?.delimiters;
    if (!t || !d || t.offset === undefined || t.line === undefined || t.column === undefined || t.segment === undefined) return false;
    const all = this.tail.text();
    const unz = t.offset - this.tail.from;
    if (unz < 0 || unz >= all.length) return false;
    // the end of the UNZ: its terminator, one not released
    let end = all.indexOf(d.terminator, unz);
    while (end > 0 && d.release && countBefore(all, end, d.release) % 2 === 1) end = all.indexOf(d.terminator, end + 1);
    if (end < 0) return false;
    let at = end + 1;
    while (at < all.length && isBlank(all.charCodeAt(at))) at++;
    if (all.length - at < 3 && !final) return false; // (too little to tell yet)
    if (!all.startsWith('UNA', at) && !all.startsWith('UNB', at)) return false;
    this.restart(all, at, lineAndColumn(all, at, unz, t.line, t.column), t.segment, out);
    return true;
  }

  /** a new parser for the text from kept index `at`, whose line and column in this parser are `where` */
  private restart(all: string, at: number, where: { line: number; column: number }, segmentsBefore: number, out: Raw[]): void {
    this.collect(this.tail.from + at);
    this.base = {
      offset: this.base.offset + this.tail.from + at,
      line: this.base.line + where.line - 1,
      column: where.line === 1 ? this.base.column + where.column - 1 : where.column,
      segment: this.base.segment + segmentsBefore,
    };
    const text = all.slice(at);
    this.parser = new EdifactStreamParser({ strict: this.strict });
    this.tail.reset(text);
    this.take(this.parser.pushSettled(text), out);
    this.afterTrailer(out, false);
  }

  private moved(w: LexWarning): LexWarning {
    return this.base.offset === 0 || !w.position ? w : { ...w, position: shift(w.position, this.base) };
  }

  private item(m: EdifactSettled): Raw {
    const moving = this.base.offset !== 0;
    // built field by field (no spread): one item per message of a large interchange
    const warnings = moving ? m.warnings.map((w) => this.moved(w)) : m.warnings;
    const item: { control?: string; interchange?: string; fatal?: boolean } & Raw =
      'error' in m
        ? { ok: false, error: moving ? shiftedError(m.error, 'edifact', this.base) : m.error, warnings }
        : { ok: true, message: m.message, warnings };
    if (m.reference) item.control = m.reference;
    const ref = this.parser.interchange?.controlReference;
    if (ref) item.interchange = ref;
    if ('error' in m && m.fatal) item.fatal = true;
    return item;
  }
}

const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** position p is past the interchange trailer at t (when there is one) */
const after = (p: Position | undefined, t: Position | undefined) => t !== undefined && (p?.segment ?? 0) > (t.segment ?? Infinity);

/** how many `ch` come right before index i of `text` */
function countBefore(text: string, i: number, ch: string): number {
  let n = 0;
  while (i - n - 1 >= 0 && text[i - n - 1] === ch) n++;
  return n;
}

/** The line and column of text[at], from those of text[anchor] before it (`line`, `column`). */
function lineAndColumn(text: string, at: number, anchor: number, line: number, column: number): { line: number; column: number } {
  let breaks = 0;
  let lineStart = -1;
  for (let k = text.indexOf('\n', anchor); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) {
    breaks++;
    lineStart = k;
  }
  return breaks === 0 ? { line, column: column + (at - anchor) } : { line: line + breaks, column: at - lineStart };
}

/** the text an X12 or EDIFACT splitter keeps, in characters: where a next interchange is read again from */
const KEEP = 1 << 16;

// ----- positions ------------------------------------------------------------------------------------------------

/** Counts lines up to a position of a buffer that is trimmed from the front as it is consumed. */
class LineCounter {
  /** stream offset of buf[0] */
  base = 0;
  /** index in buf up to which lines are counted */
  private at = 0;
  /** 1-based line at `at` */
  private line = 1;
  /** index in buf of the character after the last line break before `at` (may be negative) */
  private lineStart = 0;

  /** the position of buf[i] (i never decreases between trims) */
  position(buf: string, i: number): { offset: number; line: number; column: number } {
    for (let j = buf.indexOf('\n', this.at); j >= 0 && j < i; j = buf.indexOf('\n', j + 1)) {
      this.line++;
      this.lineStart = j + 1;
    }
    this.at = i;
    return { offset: this.base + i, line: this.line, column: i - this.lineStart + 1 };
  }

  /** buf loses its first n characters */
  trim(buf: string, n: number): void {
    this.position(buf, n);
    this.base += n;
    this.at -= n;
    this.lineStart -= n;
  }
}

/** where a piece of text starts in the stream: its offset, the line and column of its first character, the segments before it */
interface Start { offset: number; line?: number; column?: number; segment?: number }

/** A position inside a piece of text moved to where that piece starts in the stream. */
function shift(p: Position | undefined, start: Start): Position | undefined {
  if (!p) return p;
  const q: Position = { ...p };
  if (p.offset !== undefined) q.offset = p.offset + start.offset;
  if (p.segment !== undefined && start.segment !== undefined) q.segment = p.segment + start.segment;
  if (p.line !== undefined && start.line !== undefined) {
    q.line = p.line + start.line - 1;
    if (p.line === 1 && p.column !== undefined && start.column !== undefined) q.column = p.column + start.column - 1;
  }
  return q;
}

function shiftedError(e: unknown, format: Format, start: Start): LexCodecError {
  if (!(e instanceof LexCodecError)) return new LexCodecError(format, 'INTERNAL_ERROR', `${format} reader failure: ${e instanceof Error ? e.message : String(e)}`, start);
  const raw = e.position ? stripPosition(e.message, e.position) : e.message;
  return new LexCodecError(e.format, e.code, raw, shift(e.position, start));
}

/** the message of a LexCodecError without the " (position)" its constructor appended */
export function stripPosition(message: string, position: Position): string {
  const suffix = ` (${describePosition(position)})`;
  return message.endsWith(suffix) ? message.slice(0, -suffix.length) : message;
}

// ----- NDJSON and JSON ------------------------------------------------------------------------------------------

/**
 * NDJSON: one message per line (blank lines skipped; a bad line is a failure with its line number, the next line
 * goes on). When the first line is not a complete JSON value the input is read as JSON values one after another
 * instead — a pretty-printed message, concatenated messages, or a JSON array of messages.
 */
class JsonSplitter implements Splitter {
  readonly warnings: LexWarning[] = [];
  private buf = '';
  private readonly lines = new LineCounter();
  private mode: 'unknown' | 'lines' | 'values' = 'unknown';
  /** lines mode: skipping the rest of a line over the length limit */
  private discarding = false;
  // values mode
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private valueStart = -1;
  private array = false;
  private arrayClosed = false;

  constructor(private readonly max: number) {}

  push(text: string, out: Raw[]): void {
    this.buf = this.buf.length ? this.buf + text : text;
    if (this.mode === 'unknown') this.decide(false);
    if (this.mode === 'lines') this.readLines(out, false);
    else if (this.mode === 'values') this.readValues(out, false);
  }

  end(out: Raw[]): void {
    if (this.mode === 'unknown') this.decide(true);
    if (this.mode === 'lines') this.readLines(out, true);
    else if (this.mode === 'values') this.readValues(out, true);
  }

  private decide(final: boolean): void {
    const buf = this.buf;
    let i = buf.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < buf.length && buf.charCodeAt(i) <= 32) i++;
    if (i >= buf.length) return;
    if (buf[i] === '[') { this.mode = 'values'; return; }
    let nl = buf.indexOf('\n', i);
    if (nl < 0) {
      if (!final && buf.length - i <= this.max) return;
      nl = buf.length;
    }
    try {
      JSON.parse(buf.slice(i, nl));
      this.mode = 'lines';
      return;
    } catch {
      // a bad first line of NDJSON, or the first line of a pretty-printed message: NDJSON when the next line that
      // is not blank starts a JSON object at its first column (a pretty-printed member is indented)
    }
    for (let k = nl + 1; ; ) {
      const e = buf.indexOf('\n', k);
      const end = e < 0 ? buf.length : e;
      let first = k;
      while (first < end && (buf.charCodeAt(first) === 32 || buf.charCodeAt(first) === 9 || buf.charCodeAt(first) === 13)) first++;
      if (first < end) {
        this.mode = first === k && buf.charCodeAt(k) === 123 ? 'lines' : 'values';
        return;
      }
      if (e < 0) {
        // no second line yet
        if (!final && buf.length - i <= this.max) return;
        this.mode = 'values';
        return;
      }
      k = e + 1;
    }
  }

  private readLines(out: Raw[], final: boolean): void {
    const buf = this.buf;
    let start = 0;
    for (;;) {
      let nl = buf.indexOf('\n', start);
      if (nl < 0) {
        if (!final || start >= buf.length) break;
        nl = buf.length;
      }
      if (this.discarding) this.discarding = false;
      else this.line(buf, start, nl, out);
      start = nl + 1;
    }
    if (start > buf.length) start = buf.length;
    if (!final && buf.length - start > this.max && !this.discarding) {
      const at = this.lines.position(buf, start);
      out.push({ ok: false, error: new LexCodecError('json', 'MESSAGE_TOO_LARGE', `line ${at.line} is longer than ${this.max} characters; it is skipped`, at), warnings: [] });
      this.discarding = true;
    }
    if (this.discarding) start = buf.length;
    this.lines.trim(buf, start);
    this.buf = buf.slice(start);
  }

  private line(buf: string, start: number, end: number, out: Raw[]): void {
    let s = start;
    if (s === 0 && this.lines.base === 0 && buf.charCodeAt(0) === 0xfeff) s = 1;
    let e = end;
    if (e > s && buf.charCodeAt(e - 1) === 13) e--;
    let blank = true;
    for (let k = s; k < e; k++) {
      const c = buf.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 13) { blank = false; break; }
    }
    if (blank) return;
    this.document(buf.slice(s, e), this.lines.position(buf, s), out);
  }

  private document(text: string, at: { offset: number; line: number; column: number }, out: Raw[]): void {
    try {
      const r = parseJson(text);
      // (the warnings of a JSON document are about the whole message: they point at where it starts)
      for (const w of r.warnings) if (w.position === undefined) w.position = { ...at };
      out.push({ ok: true, message: r.message, warnings: r.warnings });
    } catch (e) {
      out.push({ ok: false, error: shiftedError(e, 'json', at), warnings: [] });
    }
  }

  private readValues(out: Raw[], final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let i = this.pos;
    let consumed = 0;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (this.valueStart < 0) {
        // between values: blanks, a BOM, and the [ , ] of an array of messages
        if (c <= 32 || c === 0xfeff) { i++; continue; }
        if (c === 91 /* [ */ && !this.array && this.lines.base + i === this.firstOffset(buf)) { this.array = true; i++; continue; }
        if (this.array && c === 44 /* , */) { i++; continue; }
        if (this.array && c === 93 /* ] */) { this.arrayClosed = true; i++; consumed = i; continue; }
        this.valueStart = i;
        this.depth = 0;
        this.inString = false;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        else {
          // jump to the next quote or backslash
          const q = buf.indexOf('"', i + 1);
          const b = buf.indexOf('\\', i + 1);
          const next = q < 0 ? b : b < 0 ? q : Math.min(q, b);
          i = next < 0 ? n : next;
          continue;
        }
      } else if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth <= 0) {
          this.value(buf, this.valueStart, i + 1, out);
          this.valueStart = -1;
          consumed = i + 1;
        }
      } else if (this.depth === 0 && (c === 44 || c <= 32)) {
        // a bare scalar at the top level ends at a comma or a blank
        this.value(buf, this.valueStart, i, out);
        this.valueStart = -1;
        consumed = i;
      }
      i++;
    }
    if (final && this.valueStart >= 0) {
      this.value(buf, this.valueStart, n, out);
      this.valueStart = -1;
      consumed = n;
    } else if (this.valueStart < 0) consumed = i;
    if (!final && this.valueStart >= 0 && n - this.valueStart > this.max) {
      const at = this.lines.position(buf, this.valueStart);
      out.push({ ok: false, error: new LexCodecError('json', 'MESSAGE_TOO_LARGE', `the JSON value at line ${at.line} is longer than ${this.max} characters`, at), warnings: [], fatal: true });
      this.valueStart = -1;
      consumed = n;
      i = n;
    }
    if (final && this.array && !this.arrayClosed) {
      const at = this.lines.position(buf, n);
      out.push({ ok: false, error: new LexCodecError('json', 'INVALID_JSON', 'not valid JSON: the array of messages is not closed (] missing)', at), warnings: [], fatal: true });
    }
    const cut = this.valueStart >= 0 ? this.valueStart : consumed;
    this.lines.trim(buf, cut);
    this.buf = buf.slice(cut);
    this.pos = i - cut;
    if (this.valueStart >= 0) this.valueStart -= cut;
  }

  private first = -1;
  /** stream offset of the first non-blank character */
  private firstOffset(buf: string): number {
    if (this.first < 0) {
      let i = buf.charCodeAt(0) === 0xfeff ? 1 : 0;
      while (i < buf.length && buf.charCodeAt(i) <= 32) i++;
      this.first = this.lines.base + i;
    }
    return this.first;
  }

  private value(buf: string, start: number, end: number, out: Raw[]): void {
    this.document(buf.slice(start, end), this.lines.position(buf, start), out);
  }
}

// ----- XML ------------------------------------------------------------------------------------------------------

/**
 * Finds the top-level `<lex>` documents of a `<lexBatch>` chunk by chunk (comments, CDATA, processing instructions
 * and quoted attribute values are stepped over, so a `<` or `</lex>` inside them does not count) and parses each
 * with parseXml; positions are moved to the whole stream. A root that is not `<lexBatch>` is one document.
 */
class XmlSplitter implements Splitter {
  readonly warnings: LexWarning[] = [];
  private buf = '';
  private pos = 0;
  private readonly lines = new LineCounter();
  /** element depth at buf[pos] */
  private depth = 0;
  private batch = false;
  private rootClosed = false;
  /** index in buf of the '<' of the document being read, -1 when none */
  private docStart = -1;
  private docDepth = 0;
  private docAt: { offset: number; line: number; column: number } | undefined;
  private dead = false;

  constructor(private readonly max: number) {}

  push(text: string, out: Raw[]): void {
    if (this.dead) return;
    this.buf = this.buf.length ? this.buf + text : text;
    this.scan(out, false);
  }

  end(out: Raw[]): void {
    if (this.dead) return;
    this.scan(out, true);
    if (this.dead) return;
    if (!this.rootClosed) {
      const at = this.lines.position(this.buf, this.buf.length);
      const error = new LexCodecError('xml', 'XML_MALFORMED', this.depth === 0 ? 'the input holds no XML element' : `the input ends inside ${this.docStart >= 0 ? 'a <lex> document' : 'the <lexBatch>'}: the XML is truncated`, at);
      out.push({ ok: false, error, warnings: [], fatal: true });
    }
  }

  private fatal(out: Raw[], code: string, message: string, i: number): void {
    out.push({ ok: false, error: new LexCodecError('xml', code, message, this.lines.position(this.buf, i)), warnings: [], fatal: true });
    this.dead = true;
    this.buf = '';
  }

  private scan(out: Raw[], final: boolean): void {
    const buf = this.buf;
    let i = this.pos;
    for (;;) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) { i = buf.length; break; }
      if (lt + 1 >= buf.length) { i = lt; break; }
      const c = buf.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = buf.indexOf('>', lt);
        if (gt < 0) { i = lt; break; }
        this.depth--;
        i = gt + 1;
        if (this.docStart >= 0 && this.depth === this.docDepth) this.document(buf, this.docStart, i, out);
        if (this.depth === 0) this.rootClosed = true;
        if (this.depth < 0) return this.fatal(out, 'XML_MALFORMED', 'an end tag without its start tag', lt);
        continue;
      }
      if (c === 63 /* ? */) {
        const e = buf.indexOf('?>', lt + 2);
        if (e < 0) { i = lt; break; }
        i = e + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (buf.length < lt + 9 && !final) { i = lt; break; }
        let close: string;
        if (buf.startsWith('<!--', lt)) close = '-->';
        else if (buf.startsWith('<![CDATA[', lt)) close = ']]>';
        else {
          if (this.docStart < 0) return this.fatal(out, 'XML_DTD_FORBIDDEN', 'markup declarations (<!DOCTYPE …>) are not accepted: LEX XML-EDI has no DTD', lt);
          close = '>';
        }
        const e = buf.indexOf(close, lt + 2);
        if (e < 0) { i = lt; break; }
        i = e + close.length;
        continue;
      }
      // a start tag: its end is the first '>' outside quotes
      let gt = -1;
      let quote = 0;
      for (let k = lt + 1; k < buf.length; k++) {
        const ch = buf.charCodeAt(k);
        if (quote) { if (ch === quote) quote = 0; }
        else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) { gt = k; break; }
      }
      if (gt < 0) { i = lt; break; }
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      let nameEnd = lt + 1;
      while (nameEnd < gt && !/[\s/>]/.test(buf[nameEnd]!)) nameEnd++;
      const name = buf.slice(lt + 1, nameEnd);
      const local = name.slice(name.indexOf(':') + 1).toLowerCase();
      i = gt + 1;
      if (this.depth === 0) {
        if (this.rootClosed) return this.fatal(out, 'XML_MALFORMED', 'a second root element (an XML document has exactly one)', lt);
        if (local === 'lexbatch') {
          this.batch = true;
          this.rootNamespace(buf.slice(lt, gt + 1), name, lt);
          if (selfClosing) this.rootClosed = true;
          else this.depth = 1;
          continue;
        }
        // a single document
        this.startDocument(lt, 0);
        if (selfClosing) { this.document(buf, lt, i, out); this.rootClosed = true; }
        else this.depth = 1;
        continue;
      }
      if (this.depth === 1 && this.batch && this.docStart < 0) {
        if (local === 'lex') {
          this.startDocument(lt, 1);
          if (selfClosing) this.document(buf, lt, i, out);
          else this.depth++;
          continue;
        }
        this.warnings.push({ code: 'UNKNOWN_ELEMENT', message: `<${name}> in the batch is skipped: a <lexBatch> holds only <lex> documents`, position: this.lines.position(buf, lt) });
      }
      if (!selfClosing) this.depth++;
    }
    // keep only what is still needed: the document being read, or the unfinished markup
    const keep = this.docStart >= 0 ? Math.min(this.docStart, i) : i;
    if (this.docStart >= 0 && i - this.docStart > this.max) {
      return this.fatal(out, 'XML_TOO_LARGE', `a <lex> document is longer than ${this.max} characters`, this.docStart);
    }
    if (keep > 0) {
      this.lines.trim(buf, keep);
      this.buf = buf.slice(keep);
      if (this.docStart >= 0) this.docStart -= keep;
    }
    this.pos = i - keep;
  }

  private startDocument(lt: number, depth: number): void {
    this.docStart = lt;
    this.docDepth = depth;
    this.docAt = this.lines.position(this.buf, lt);
  }

  private rootNamespace(tag: string, name: string, lt: number): void {
    const colon = name.indexOf(':');
    const want = colon < 0 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`;
    const m = new RegExp(`\\s${want.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
    const ns = m ? m[2] ?? m[3] : undefined;
    const XML_NAMESPACE = 'https://lexstandard.org/schema/1.0';
    if (ns === undefined) this.warnings.push({ code: 'XML_NAMESPACE_MISSING', message: `<${name}> is not in the LEX namespace ${XML_NAMESPACE}; read as LEX anyway`, position: this.lines.position(this.buf, lt) });
    else if (ns !== XML_NAMESPACE) this.warnings.push({ code: 'XML_NAMESPACE_UNEXPECTED', message: `<${name}> is in namespace "${ns}", not ${XML_NAMESPACE}; read as LEX anyway`, position: this.lines.position(this.buf, lt) });
  }

  private document(buf: string, start: number, end: number, out: Raw[]): void {
    const at = this.docAt!;
    const inBatch = this.batch;
    this.docStart = -1;
    this.docAt = undefined;
    try {
      const r = parseXml(buf.slice(start, end));
      const warnings: LexWarning[] = [];
      for (const w of r.warnings) {
        // inside a batch the document inherits the batch's namespace (reported on the batch root, if at all)
        if (inBatch && w.code === 'XML_NAMESPACE_MISSING') continue;
        const moved = { ...w };
        if (w.position) moved.position = shift(w.position, at)!;
        warnings.push(moved);
      }
      out.push({ ok: true, message: r.message, warnings });
    } catch (e) {
      out.push({ ok: false, error: shiftedError(e, 'xml', at), warnings: [] });
    }
  }
}

// ----- writing --------------------------------------------------------------------------------------------------

export interface WriteMessagesOptions {
  x12?: X12WriteOptions;
  edifact?: EdifactWriteOptions;
  xml?: ToXmlOptions;
  /**
   * The warnings of each message written: those met reading it (when `items` are StreamItems) and those of writing
   * it (FIELD_NOT_CARRIED with its JSON Pointer, …). For a message the writer refuses, those met reading it, just
   * before onError. `index`: the item's index.
   */
  onWarnings?: (warnings: LexWarning[], index: number, item: StreamItem | undefined) => void;
  /**
   * A failed item of the input, or a message the target format cannot write (X12_CANNOT_SERIALIZE, …): it is left
   * out and writing goes on. Without onError, a message that cannot be written throws.
   */
  onError?: (error: LexCodecError, index: number, item: StreamItem | undefined) => void;
  /** stop at the first failure (the output written so far is closed properly) */
  failFast?: boolean;
  /** characters collected before `write` is called (default 64 Ki); with `bytes`, bytes (default 256 Ki) */
  chunkSize?: number;
  /**
   * `write` is given the output as UTF-8 bytes (a Uint8Array — a Buffer under Node — of its own, that the callee
   * may keep) instead of strings: the bytes a writable would have encoded from the strings, without joining the
   * messages into a chunk string first and without the writable's own encoding. The fast path for files and
   * sockets.
   */
  bytes?: boolean;
}

export interface WriteSummary {
  /** messages written */
  written: number;
  /** failed input items and messages that could not be written */
  failed: number;
  /** failFast ended the writing early */
  stopped: boolean;
}

interface FormatWriter {
  open(): string;
  write(message: LexMessage): { output: string; warnings: LexWarning[] };
  close(written: number): string;
}

/** a message as one line of NDJSON, without its '\n' */
function jsonLine(m: LexMessage): string {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) throw new LexCodecError('json', 'JSON_CANNOT_SERIALIZE', 'not a LEX message (an object)');
  // String(): a toJSON() that returns undefined gives "undefined", as concatenation always did
  const s = JSON.stringify(m) as string | undefined;
  return typeof s === 'string' ? s : String(s);
}

function writeError(e: unknown, to: Format): LexCodecError {
  return e instanceof LexCodecError ? e : new LexCodecError(to, 'INTERNAL_ERROR', `${to} writer failure: ${e instanceof Error ? e.message : String(e)}`);
}

/** Output collected as strings, joined into one string per chunk. */
class TextChunks {
  size = 0;
  private parts: string[] = [];
  constructor(private readonly write: (chunk: string) => void | Promise<void>) {}

  put(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.size += s.length;
  }

  line(s: string): void {
    this.parts.push(s.length ? s + '\n' : '\n');
    this.size += s.length + 1;
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const parts = this.parts;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts.length = 0;
    this.size = 0;
    const r = this.write(text);
    if (r) await r;
  }
}

type Utf8Writer = (this: Uint8Array, s: string, offset: number) => number;
interface NodeBufferLike { allocUnsafe(n: number): Uint8Array; prototype: { utf8Write?: Utf8Writer } }
/** Node's Buffer: Buffer#utf8Write encodes straight into the chunk; elsewhere TextEncoder#encodeInto */
const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
const nodeUtf8Write = typeof NodeBuffer?.prototype?.utf8Write === 'function' && typeof NodeBuffer.allocUnsafe === 'function' ? NodeBuffer.prototype.utf8Write : undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;

/**
 * Output encoded as UTF-8 into byte chunks as it comes: each string is written straight into the current chunk (no
 * join, no intermediate string). A chunk holds at least `chunkSize` bytes before it is written, or one string that
 * alone is longer; a new array is allocated for the next, since the callee may keep the one it was given.
 */
class ByteChunks {
  size = 0;
  private buf: Uint8Array;
  constructor(private readonly chunkSize: number, private readonly write: (chunk: Uint8Array) => void | Promise<void>) {
    this.buf = this.alloc(0);
  }

  private alloc(need: number): Uint8Array {
    // room for the chunk and a typical line past it, so that most strings need no check against the end
    const n = Math.max(need, this.chunkSize + (this.chunkSize >> 1) + 4096);
    return nodeUtf8Write ? NodeBuffer!.allocUnsafe(n) : new Uint8Array(n);
  }

  /** makes room for `units` UTF-16 code units (at most 3 bytes each in UTF-8) */
  private room(units: number): void {
    const need = units * 3;
    if (this.buf.length - this.size >= need) return;
    if (this.size > 0) this.emit();
    if (this.buf.length < need) this.buf = this.alloc(need);
  }

  private encode(s: string): void {
    if (nodeUtf8Write) this.size += nodeUtf8Write.call(this.buf, s, this.size);
    else this.size += (encoder ??= new TextEncoder()).encodeInto(s, this.buf.subarray(this.size)).written;
  }

  put(s: string): void {
    if (s.length === 0) return;
    this.room(s.length);
    this.encode(s);
  }

  line(s: string): void {
    this.room(s.length + 1);
    this.encode(s);
    this.buf[this.size++] = 10;
  }

  /** the chunk so far, handed to write without waiting (the next chunk's array is new) */
  private pending: void | Promise<void> = undefined;
  private emit(): void {
    const chunk = this.buf.subarray(0, this.size);
    this.buf = this.alloc(0);
    this.size = 0;
    const r = this.write(chunk);
    if (r) this.pending = this.pending ? this.pending.then(() => r) : r;
  }

  async flush(): Promise<void> {
    if (this.size > 0) this.emit();
    const p = this.pending;
    this.pending = undefined;
    if (p) await p;
  }
}

function formatWriter(to: Format, options: WriteMessagesOptions): FormatWriter {
  switch (to) {
    case 'json':
      return {
        open: () => '',
        write: (m) => ({ output: jsonLine(m) + '\n', warnings: [] }),
        close: () => '',
      };
    case 'xml': {
      const w = new XmlBatchWriter(options.xml ?? {});
      return { open: () => w.open(), write: (m) => w.write(m), close: () => w.close() };
    }
    case 'x12': {
      const w = new X12InterchangeWriter(options.x12 ?? {});
      return { open: () => '', write: (m) => w.write(m), close: () => w.end() };
    }
    case 'edifact': {
      const w = new EdifactInterchangeWriter(options.edifact ?? {});
      return { open: () => '', write: (m) => w.write(m), close: () => w.end() };
    }
  }
}

const isStreamItem = (x: unknown): x is StreamItem =>
  x !== null && typeof x === 'object' && typeof (x as StreamItem).ok === 'boolean' && ('message' in x || 'error' in x) && !('lex' in x) && typeof (x as StreamItem).index === 'number';

/**
 * Writes messages as they come: NDJSON for json (one compact message per line), one `<lexBatch>` for xml, ONE
 * interchange for x12 (one ISA/GS, an ST … SE per message with SE01 counted, GE01 = number of transactions, IEA)
 * and for edifact (UNA/UNB, a UNH … UNT per message, UNZ count). The counts are trailers, so nothing is held
 * back: output goes to `write` in chunks of about 64 Ki characters, and when `write` returns a promise (a
 * writable's drain) the next message is read only after it resolves.
 *
 * `items` may be the StreamItems of readMessages(): failed ones are reported to onError and left out.
 * An interchange needs a first message for its envelope: with no message written, x12/edifact write nothing, xml an
 * empty `<lexBatch>` and json nothing.
 */
export async function writeMessages(
  items: AsyncIterable<LexMessage | StreamItem> | Iterable<LexMessage | StreamItem>,
  to: Format,
  write: (chunk: string) => void | Promise<void>,
  options?: WriteMessagesOptions & { bytes?: false },
): Promise<WriteSummary>;
export async function writeMessages(
  items: AsyncIterable<LexMessage | StreamItem> | Iterable<LexMessage | StreamItem>,
  to: Format,
  write: (chunk: Uint8Array) => void | Promise<void>,
  options: WriteMessagesOptions & { bytes: true },
): Promise<WriteSummary>;
export async function writeMessages(
  items: AsyncIterable<LexMessage | StreamItem> | Iterable<LexMessage | StreamItem>,
  to: Format,
  write: ((chunk: string) => void | Promise<void>) | ((chunk: Uint8Array) => void | Promise<void>),
  options: WriteMessagesOptions = {},
): Promise<WriteSummary> {
  const writer = formatWriter(to, options);
  const json = to === 'json';
  const chunkSize = Math.max(1, options.chunkSize ?? (options.bytes ? 1 << 18 : 1 << 16));
  const out = options.bytes ? new ByteChunks(chunkSize, write as (chunk: Uint8Array) => void | Promise<void>) : new TextChunks(write as (chunk: string) => void | Promise<void>);
  let written = 0;
  let failed = 0;
  let index = -1;
  let stopped = false;
  const flush = () => out.flush();
  const put = (s: string) => out.put(s);
  const fail = (error: LexCodecError, i: number, item: StreamItem | undefined) => {
    failed++;
    if (options.onError) options.onError(error, i, item);
    else throw error;
  };
  /** a message the writer refused: what reading it warned (often the reason: a missing field), then the error */
  const unwritten = (e: unknown, i: number, item: StreamItem | undefined) => {
    if (options.onWarnings && item && item.warnings.length) options.onWarnings(item.warnings, i, item);
    fail(writeError(e, to), i, item);
  };
  /** writes one item; true when failFast stops the writing */
  const one = (x: LexMessage | StreamItem): boolean => {
    index++;
    let item: StreamItem | undefined;
    let message: LexMessage;
    if (isStreamItem(x)) {
      item = x;
      if (!x.ok) {
        fail(x.error, x.index, x);
        return options.failFast === true;
      }
      message = x.message;
    } else message = x as LexMessage;
    const i = item ? item.index : index;
    if (json) {
      // the json writer inline: no result object, and the line's '\n' added as its own part (no concatenation)
      let line: string;
      try {
        line = jsonLine(message);
      } catch (e) {
        unwritten(e, i, item);
        return options.failFast === true;
      }
      written++;
      if (options.onWarnings && item && item.warnings.length) options.onWarnings(item.warnings, i, item);
      out.line(line);
      return false;
    }
    let result: { output: string; warnings: LexWarning[] };
    try {
      result = writer.write(message);
    } catch (e) {
      unwritten(e, i, item);
      return options.failFast === true;
    }
    written++;
    if (options.onWarnings) {
      const warnings = item && item.warnings.length ? (result.warnings.length ? [...item.warnings, ...result.warnings] : item.warnings) : result.warnings;
      if (warnings.length) options.onWarnings(warnings, i, item);
    }
    put(result.output);
    return false;
  };
  put(writer.open());
  if (items instanceof Reader) {
    // the stream of readMessages: a batch at a time, without a promise per item
    try {
      outer: for (;;) {
        const batch = await items.nextBatch();
        if (batch.length === 0) break;
        for (let k = 0; k < batch.length; k++) {
          if (one(batch[k]!)) { stopped = true; break outer; }
          if (out.size >= chunkSize) await flush();
        }
      }
    } finally {
      await items.close();
    }
  } else {
    for await (const x of items) {
      if (one(x)) { stopped = true; break; }
      if (out.size >= chunkSize) await flush();
    }
  }
  put(writer.close(written));
  await flush();
  return { written, failed, stopped };
}
