// readMessages: bytes or text in, the format told from the first characters, decoded and cut chunk by chunk,
// handed to the format's splitter, items out as soon as each message is complete.
import { LexCodecError, type Format, type LexWarning } from '@lexstandard/codec';
import { detectFormat } from '../detect.js';
import { checkFormat } from '../format-option.js';
import { Cutter, PIECE } from './cutter.js';
import { ChunkDecoder } from './decode.js';
import { EdifactSplitter } from './edifact-splitter.js';
import { JsonSplitter } from './json-splitter.js';
import type { MessageStream, Raw, ReadMessagesOptions, ReadableStreamLike, Splitter, StreamItem, StreamSource } from './types.js';
import { X12Splitter } from './x12-splitter.js';
import { XmlSplitter } from './xml-splitter.js';

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
  checkFormat(options.from, 'options.from', true);
  return new Reader(source, options);
}

export class Reader implements MessageStream {
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

function createSplitter(format: Format, options: ReadMessagesOptions): Splitter {
  const max = options.maxMessageLength ?? DEFAULT_MAX;
  switch (format) {
    case 'x12': return new X12Splitter(options.strict === true);
    case 'edifact': return new EdifactSplitter(options.strict === true);
    case 'xml': return new XmlSplitter(max);
    case 'json': return new JsonSplitter(max);
  }
}
