// Where X12 and EDIFACT byte chunks are cut before they are decoded, so that a character above U+00FF makes only
// its own message's text two-byte, and which chunks are free of binary garbage.
import type { Format } from '@lexstandard/codec';
import { ChunkDecoder, concat } from './decode.js';
import { isaSeparators } from './x12-splitter.js';

/** input text is handed to the format readers in pieces of at most this many characters (fewer messages in flight) */
export const PIECE = 1 << 16;

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
export class Cutter {
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
