// Bytes → text: UTF-8 (UTF-16 by its byte-order mark), and from the first byte that is not UTF-8 the 8-bit encoding
// the input declares, for a whole input (decodeInput) as for a stream read chunk by chunk (ChunkDecoder).
import type { LexWarning } from '@lexstandard/codec';

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
export class ChunkDecoder {
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

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}
