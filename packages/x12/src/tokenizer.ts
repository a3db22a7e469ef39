// The hand-written, push-based X12 tokenizer. Feed it text in chunks of any size (push), then call end();
// each call returns the segments completed so far. The string API pushes the whole text once.
//
// Why by hand: the separators are data (they are declared by the ISA itself), the ISA may or may not be fixed
// width, segments may be terminated by a character, by a character and a newline, or by newlines only, and
// the work per character must stay at "find the next terminator" (String#indexOf, which V8 runs natively)
// instead of a regular expression or a per-character state machine in JavaScript.
import { LexCodecError, type LexWarning, type Position } from '@lexstandard/codec';
import { SegmentView, tagCodeOf, type Segment } from './segment.js';

export type { Segment } from './segment.js';

/** Receives each segment; the view is reused for the next one, so keep nothing of it beyond the call. */
export type SegmentSink = (segment: SegmentView) => void;

export interface Delimiters {
  element: string;
  component: string;
  /** ISA11 when it is a separator character (00501 and later); undefined for 00401's standards identifier */
  repetition: string | undefined;
  /** the segment terminator; '\n' when segments end with newlines only (a '\r' before it is dropped) */
  segment: string;
  newlineTerminated: boolean;
  /** the ISA is the 106-character fixed-width record */
  fixedWidthIsa: boolean;
}


export interface TokenizerOptions {
  /** longest segment accepted, in characters (default 1 MiB); a longer one is X12_SEGMENT_TOO_LONG */
  maxSegmentLength?: number;
}

export const DEFAULT_MAX_SEGMENT_LENGTH = 1 << 20;
/** the ISA is searched for its 16 element separators within this many characters */
export const ISA_WINDOW = 512;

/** a superset of every garbage pattern but U+007F and U+FFFD: all control characters except tab and line feed */
const MAYBE_GARBAGE = /[\x00-\x08\x0b-\x1f]/;
/** the binary-garbage pattern per delimiter set (compiled once) */
const GARBAGE = new Map<string, RegExp>();
/** the pattern made or found last, with its delimiters: a parseX12 call (a new tokenizer) takes it without a key */
let lastGarbage: { element: string; component: string; segment: string; repetition: string | undefined; pattern: RegExp } | undefined;

/** The binary-garbage pattern of a delimiter set: every control character that is not one of them, and U+FFFD. */
function garbagePattern(d: Delimiters): RegExp {
  const last = lastGarbage;
  if (last !== undefined && last.element === d.element && last.component === d.component && last.segment === d.segment && last.repetition === d.repetition) return last.pattern;
  const key = d.element + d.component + d.segment + (d.repetition ?? '');
  let pattern = GARBAGE.get(key);
  if (pattern === undefined) {
    const allowed = new Set(['\t', '\n', '\r', d.element, d.component, d.segment, ...(d.repetition ? [d.repetition] : [])]);
    let cls = '';
    for (let c = 0; c < 32; c++) if (!allowed.has(String.fromCharCode(c))) cls += '\\x' + c.toString(16).padStart(2, '0');
    if (!allowed.has('\x7f')) cls += '\\x7f';
    pattern = new RegExp(`[${cls}\\ufffd]`);
    if (GARBAGE.size < 64) GARBAGE.set(key, pattern);
  }
  lastGarbage = { element: d.element, component: d.component, segment: d.segment, repetition: d.repetition, pattern };
  return pattern;
}

const err = (code: string, message: string, position?: Position) => new LexCodecError('x12', code, message, position);

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isControl = (c: number) => c < 32 || c === 127;

export class X12Tokenizer {
  delimiters: Delimiters | undefined;
  /** deviations of the envelope syntax found while tokenizing (ISA width, newline terminators) */
  readonly warnings: LexWarning[] = [];
  private buf = '';
  /** stream offset of buf[0] */
  private base = 0;
  /** index in buf before which no terminator is pending (so a long segment is scanned once) */
  private scanned = 0;
  private count = 0;
  private ended = false;
  private readonly max: number;
  private garbage: RegExp | undefined;
  /**
   * When set, a segment with an invalid tag (X12_INVALID_SEGMENT) is handed to this function and skipped instead
   * of being thrown, so a reader can report it and go on (X12Reader.pushSettled). Other errors still throw.
   */
  onInvalid: ((error: LexCodecError) => void) | undefined;

  constructor(options: TokenizerOptions = {}) {
    this.max = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT_LENGTH;
  }

  /** number of segments returned so far */
  get segmentCount(): number {
    return this.count;
  }

  /** Feeds text; returns the segments it completes (as strings; `scan` avoids making them). */
  push(chunk: string): Segment[] {
    const out: Segment[] = [];
    this.scan(chunk, (v) => out.push(v.toSegment()));
    return out;
  }

  /** Ends the input; returns the last segments. */
  end(): Segment[] {
    const out: Segment[] = [];
    this.finish((v) => out.push(v.toSegment()));
    return out;
  }

  /**
   * Feeds text; calls `sink` with a reusable view of each segment it completes. `clean`: the caller has checked that
   * the chunk holds no control character but tab, line feed and carriage return, no DEL and no U+FFFD, so it holds
   * no binary garbage whatever the delimiters, and the search for it is skipped (a stream reader that has looked at
   * the bytes already).
   */
  scan(chunk: string, sink: SegmentSink, clean = false): void {
    if (this.ended) throw err('X12_STREAM_ENDED', 'push() after end()');
    if (typeof chunk !== 'string') throw err('X12_NOT_X12', 'input is not text');
    if (chunk.length === 0) return;
    const fresh = this.buf.length;
    this.buf = fresh ? this.buf + chunk : chunk;
    let garbage: number;
    if (!this.delimiters) {
      if (!this.detect(false)) return;
      garbage = this.findGarbage(0);
    } else {
      garbage = clean ? -1 : this.findGarbage(fresh, chunk);
    }
    if (garbage >= 0) this.garbageAt(garbage, sink);
    this.drain(sink, false);
  }

  /** Ends the input; calls `sink` with the last segments. */
  finish(sink: SegmentSink): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.delimiters) {
      this.detect(true);
      const garbage = this.findGarbage(0);
      if (garbage >= 0) this.garbageAt(garbage, sink);
    }
    this.drain(sink, true);
    this.buf = '';
  }

  /** Reads the separators from the ISA. Returns false when more text is needed. */
  private detect(final: boolean): boolean {
    const buf = this.buf;
    let s = 0;
    if (buf.charCodeAt(0) === 0xfeff) s = 1;
    while (s < buf.length && isSpace(buf.charCodeAt(s))) s++;
    if (buf.length - s < 4) {
      if (!final) return false;
      throw err(buf.length - s === 0 ? 'X12_NOT_X12' : 'X12_TRUNCATED', buf.length - s === 0 ? 'the input is empty' : 'the input ends inside the ISA segment', { offset: this.base + s, segment: 1 });
    }
    const at = { offset: this.base + s, segment: 1, tag: 'ISA' };
    if (buf.startsWith('ISA', s) === false) {
      const head = buf.slice(s, s + 4);
      const looksLikeX12 = /^[A-Z][A-Z0-9]{1,2}[^A-Za-z0-9\s]/.test(head) || /^[A-Z][A-Z0-9][^A-Za-z0-9\s]/.test(head);
      if (looksLikeX12) throw err('X12_MISSING_ENVELOPE', `the interchange does not start with an ISA segment (found ${JSON.stringify(head.slice(0, 3))})`, { offset: this.base + s, segment: 1 });
      throw err('X12_NOT_X12', 'the input is not an X12 interchange: it does not start with ISA', { offset: this.base + s, segment: 1 });
    }
    const el = buf.charCodeAt(s + 3);
    if (isAlnum(el) || isSpace(el) || isControl(el) && el !== 0x1d && el !== 0x1c && el !== 0x1f) {
      throw err('X12_BAD_DELIMITERS', `the element separator after ISA must be a punctuation character, found ${JSON.stringify(buf[s + 3])}`, { ...at, element: 0 });
    }
    const elem = buf[s + 3]!;
    // the 16 separators of the ISA, and no line break among them: they are counted up to the first line break
    // only, so that the answer does not depend on how much text has arrived
    const lineBreak = firstLineBreak(buf, s, s + ISA_WINDOW);
    const limit = lineBreak < 0 ? s + ISA_WINDOW : lineBreak;
    const seps: number[] = [s + 3];
    let q = s + 3;
    while (seps.length < 16) {
      const next = buf.indexOf(elem, q + 1);
      if (next < 0 || next > limit) break;
      q = next;
      seps.push(q);
    }
    const n = seps.length;
    if (n < 16 && lineBreak >= 0) throw err('X12_BAD_DELIMITERS', `the ISA segment has ${n} elements before a line break; expected 16 separated by ${JSON.stringify(elem)}`, { ...at, element: n });
    if (n < 16) {
      if (!final && buf.length <= limit) return false;
      if (final && buf.length <= limit) throw err('X12_TRUNCATED', `the input ends inside the ISA segment (${n} of 16 elements)`, { ...at, element: n });
      throw err('X12_BAD_DELIMITERS', `the ISA segment does not have 16 elements separated by ${JSON.stringify(elem)}`, { ...at, element: n });
    }
    if (q + 2 >= buf.length) {
      if (!final) return false;
      throw err('X12_TRUNCATED', 'the input ends inside the ISA segment (no segment terminator after ISA16)', { ...at, element: 16 });
    }
    const comp = buf.charCodeAt(q + 1);
    let term = buf[q + 2]!;
    const tc = term.charCodeAt(0);
    if (isAlnum(comp) || isSpace(comp) || comp === el) {
      throw err('X12_BAD_DELIMITERS', `ISA16 (component separator) must be a punctuation character, found ${JSON.stringify(buf[q + 1])}`, { ...at, element: 16 });
    }
    let newlineTerminated = false;
    if (tc === 10 || tc === 13) {
      newlineTerminated = true;
      if (tc === 13) {
        // CR LF: the LF ends the segment and the CR is dropped; a lone CR ends it by itself
        if (q + 3 >= buf.length && !final) return false;
        term = buf.charCodeAt(q + 3) === 10 ? '\n' : '\r';
      }
    } else if (isAlnum(tc) || tc === 32 || tc === el || tc === comp) {
      throw err('X12_BAD_DELIMITERS', `the segment terminator after ISA16 must be a punctuation character or a line break, found ${JSON.stringify(buf[q + 2])}`, { ...at, element: 16 });
    }
    const rep = buf.slice(seps[10]! + 1, seps[11]);
    const rc = rep.charCodeAt(0);
    const repetition = rep.length === 1 && !isAlnum(rc) && !isSpace(rc) && rc !== el && rc !== comp && rep !== term ? rep : undefined;
    const fixedWidthIsa = q - s === 103;
    this.delimiters = { element: elem, component: buf[q + 1]!, repetition, segment: term, newlineTerminated, fixedWidthIsa };
    if (s > 0) {
      // drop a byte-order mark and leading blank lines
      this.buf = buf.slice(s);
      this.base += s;
    }
    if (!fixedWidthIsa) {
      this.warnings.push({ code: 'X12_ISA_NOT_FIXED_WIDTH', message: `the ISA segment is ${q - s + 3} characters long, not the fixed 106; it was read by its separators`, position: { ...at } });
    }
    if (newlineTerminated) {
      this.warnings.push({ code: 'X12_NEWLINE_TERMINATOR', message: 'segments are terminated by line breaks only, with no segment terminator character after ISA16', position: { ...at, element: 16 } });
    }
    return true;
  }

  /**
   * Where buf holds binary garbage from `from` on (control characters that are not delimiters, or U+FFFD: bytes
   * that were not text); -1 when it holds none.
   */
  private findGarbage(from: number, tail = from === 0 ? this.buf : this.buf.slice(from)): number {
    const garbage = (this.garbage ??= garbagePattern(this.delimiters!));
    // `tail` is buf from `from`: the new chunk itself when there is one (slicing buf would copy it).
    // Most text has no control character but tab and line feed: a cheaper test that every garbage character
    // passes (a two-range class and two native searches, half the cost of the exact class) rules it out first.
    if (!MAYBE_GARBAGE.test(tail) && tail.indexOf('\x7f') < 0 && tail.indexOf('\ufffd') < 0) return -1;
    const m = garbage.exec(tail);
    return m ? from + m.index : -1;
  }

  /**
   * Hands out the complete segments before the garbage at buf[index], then throws: the same segments and the same
   * error however the input was cut into chunks (the text is searched for garbage a chunk at a time).
   */
  private garbageAt(index: number, sink: SegmentSink): never {
    const offset = this.base + index;
    const code = this.buf.charCodeAt(index);
    this.buf = this.buf.slice(0, index);
    this.drain(sink, false);
    throw err('X12_NOT_X12', `binary data in the interchange: character U+${code.toString(16).padStart(4, '0').toUpperCase()} is not X12 text`, { offset, segment: this.count + 1 });
  }

  private drain(out: SegmentSink, final: boolean): void {
    const d = this.delimiters!;
    const buf = this.buf;
    this.nextSep = -1;
    const len = buf.length;
    const term = d.segment;
    const nl = d.newlineTerminated;
    let pos = 0;
    for (;;) {
      let start = pos;
      while (start < len && isSpace(buf.charCodeAt(start))) start++;
      if (start >= len) {
        pos = start;
        break;
      }
      const end = buf.indexOf(term, start > this.scanned ? start : this.scanned);
      if (end < 0) {
        if (len - start > this.max) this.tooLong(start, len - start);
        this.scanned = len;
        pos = start;
        if (final) {
          let e = len;
          while (e > start && isSpace(buf.charCodeAt(e - 1))) e--;
          this.emit(buf, start, e, out, !nl, true);
          pos = len;
        }
        break;
      }
      if (end - start > this.max) this.tooLong(start, end - start);
      let segEnd = end;
      if (nl && term === '\n' && buf.charCodeAt(segEnd - 1) === 13) segEnd--;
      if (segEnd > start) this.emit(buf, start, segEnd, out, false);
      pos = end + 1;
    }
    if (pos > 0) {
      this.buf = buf.slice(pos);
      this.base += pos;
      this.scanned = Math.max(0, this.scanned - pos);
    }
  }

  private tooLong(start: number, length: number): never {
    throw err('X12_SEGMENT_TOO_LONG', `segment ${this.count + 1} is longer than ${this.max} characters (${length}${this.ended ? '' : ' so far'}); it is refused`, { offset: this.base + start, segment: this.count + 1 });
  }

  private readonly view = new SegmentView();
  /** index in buf of the first element separator not yet used, -1 when unknown (buf.length: none left) */
  private nextSep = -1;

  /**
   * A later ISA that the delimiters in use cannot read (it ran on without a terminator, has no valid tag or not 16
   * elements) and that declares other separators: an interchange of another sender, written with its own. The
   * whole-input reader reads every interchange with the first one's separators, so it says so (X12_BAD_DELIMITERS)
   * instead of reporting a truncated or invalid segment; a stream reader starts a new reader at such an ISA.
   */
  private foreignIsa(buf: string, start: number, index: number, last: boolean): void {
    // only the segment (up to its terminator) is read: the text after it may not have arrived yet, and what the
    // ISA declares must not depend on where the chunks fell
    const readable = last ? buf.length - 1 : buf.indexOf(this.delimiters!.segment, start);
    const declared = declaredSeparators(buf, start, readable);
    const d = this.delimiters!;
    if (declared === undefined) return;
    const differs: string[] = [];
    if (declared.element !== d.element) differs.push(`element separator ${JSON.stringify(declared.element)} (in use ${JSON.stringify(d.element)})`);
    if (declared.segment !== d.segment) differs.push(`segment terminator ${JSON.stringify(declared.segment)} (in use ${JSON.stringify(d.segment)})`);
    if (declared.component !== d.component) differs.push(`component separator ${JSON.stringify(declared.component)} (in use ${JSON.stringify(d.component)})`);
    if (differs.length === 0) return;
    throw err('X12_BAD_DELIMITERS', `the ISA at segment ${index} declares other separators than the interchange before it: ${differs.join(', ')}; read each interchange on its own, or the input as a stream`, { offset: this.base + start, segment: index, tag: 'ISA' });
  }

  private emit(buf: string, start: number, end: number, sink: SegmentSink, unterminated: boolean, last = false): void {
    const sep = this.delimiters!.element;
    const view = this.view;
    const index = ++this.count;
    view.reset(buf, index, this.base + start, unterminated, last && !unterminated);
    // element boundaries by indexOf (native, much faster than a per-character loop); the separator found past
    // the end of this segment is remembered, so a long stretch without separators is scanned only once
    let from = start;
    let j = this.nextSep;
    for (;;) {
      if (j < from) {
        j = buf.indexOf(sep, from);
        if (j < 0) j = buf.length;
      }
      if (j >= end) {
        view.add(from, end);
        break;
      }
      view.add(from, j);
      from = j + 1;
    }
    this.nextSep = j;
    // an unterminated last segment is reported as truncated by the reader, whatever its tag looks like
    const code = tagCodeIfValid(buf, view.starts[0]!, view.ends[0]!);
    if (index > 1 && buf.charCodeAt(start) === 73 && buf.startsWith('ISA', start) && (unterminated || code < 0 || view.count !== 17)) this.foreignIsa(buf, start, index, last);
    if (!unterminated && code < 0) {
      const tag = JSON.stringify(buf.slice(view.starts[0], Math.min(view.ends[0]!, view.starts[0]! + 12)));
      if (last) throw err('X12_TRUNCATED', `the input ends inside segment ${index} (found ${tag})`, { offset: this.base + start, segment: index });
      const invalid = err('X12_INVALID_SEGMENT', `segment ${index} has no valid tag (found ${tag}); tags are 2 or 3 capital letters and digits`, { offset: this.base + start, segment: index });
      if (this.onInvalid === undefined) throw invalid;
      this.onInvalid(invalid);
      return;
    }
    view.tagCode = code < 0 ? tagCodeOf(buf, view.starts[0]!, view.ends[0]!) : code;
    sink(view);
  }
}

/**
 * The separators an ISA at text[at] declares (as detect() reads them: 16 element separators before any line break,
 * within ISA_WINDOW), reading no further than text[readable]; undefined when it does not declare a readable set.
 */
function declaredSeparators(text: string, at: number, readable: number): { element: string; component: string; segment: string } | undefined {
  if (at + 3 > readable) return undefined;
  const element = text[at + 3]!;
  const c = element.charCodeAt(0);
  if (isAlnum(c) || isSpace(c)) return undefined;
  const window = Math.min(at + ISA_WINDOW, readable);
  const lineBreak = firstLineBreak(text, at, window);
  const limit = lineBreak < 0 ? window : lineBreak;
  let q = at + 3;
  for (let n = 1; n < 16; n++) {
    q = text.indexOf(element, q + 1);
    if (q < 0 || q > limit) return undefined;
  }
  if (q + 2 > readable) return undefined;
  const component = text[q + 1]!, term = text[q + 2]!;
  return { element, component, segment: term === '\r' && q + 3 <= readable && text[q + 3] === '\n' ? '\n' : term };
}

/** the first line break (LF or CR) in buf[from, to], -1 when there is none */
function firstLineBreak(buf: string, from: number, to: number): number {
  const end = Math.min(buf.length - 1, to);
  if (end < from) return -1;
  // two native searches in the window (a slice of buf, not a copy): a character loop over the whole window
  // cost a tenth of a small message's parse, since most interchanges have no line break in it
  const window = end + 1 === buf.length && from === 0 ? buf : buf.slice(from, end + 1);
  const lf = window.indexOf('\n');
  const cr = window.indexOf('\r');
  const first = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return first < 0 ? -1 : from + first;
}

/** the tag's code (tagCodeOf) when it is a valid tag: 2 or 3 capital letters and digits, the first a letter; else -1 */
function tagCodeIfValid(src: string, start: number, end: number): number {
  const n = end - start;
  if (n < 2 || n > 3) return -1;
  const c0 = src.charCodeAt(start);
  if (c0 < 65 || c0 > 90) return -1;
  const c1 = src.charCodeAt(start + 1);
  if (!((c1 >= 65 && c1 <= 90) || (c1 >= 48 && c1 <= 57))) return -1;
  if (n === 3) {
    const c2 = src.charCodeAt(start + 2);
    if (!((c2 >= 65 && c2 <= 90) || (c2 >= 48 && c2 <= 57))) return -1;
  }
  return tagCodeOf(src, start, end);
}
