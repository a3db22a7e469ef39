// writeMessages: messages out as one NDJSON stream, one <lexBatch> or one interchange with exact counts.
import { LexCodecError, type Format, type LexWarning } from '@lexstandard/codec';
import { EdifactInterchangeWriter, type EdifactWriteOptions } from '@lexstandard/edifact';
import type { LexMessage } from '@lexstandard/types';
import { X12InterchangeWriter, type X12WriteOptions } from '@lexstandard/x12';
import { XmlBatchWriter, type ToXmlOptions } from '@lexstandard/xml';
import { checkFormat } from '../format-option.js';
import { stringifyMessage } from '../json.js';
import { Reader } from './read.js';
import type { StreamItem } from './types.js';

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
        write: (m) => ({ output: stringifyMessage(m) + '\n', warnings: [] }),
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
  checkFormat(to, 'to');
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
        line = stringifyMessage(message);
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
