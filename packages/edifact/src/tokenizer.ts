// A hand-written, streaming EDIFACT tokenizer. push(chunk) returns every segment completed by the chunk;
// a segment may span any number of chunks, and a release character at the end of one chunk escapes the first
// character of the next. Segment terminators, release characters and line breaks are found with
// String#indexOf (native speed); a terminator is released when an odd run of release characters precedes it.
// A segment is not split here: it is a view (text, start, end) of the input, and the Cursor (cursor.ts) splits
// it into elements and components when it is read, slicing out only the values asked for. Work and memory are
// linear in the input; a segment longer than `maxSegmentLength` fails as soon as that many characters are
// pending, so a 50 MB segment is never buffered.
import { LexCodecError, type LexWarning, type Position } from '@lexstandard/codec';

export interface Delimiters {
  component: string;
  element: string;
  decimal: string;
  /** '' when the interchange uses no release character */
  release: string;
  reserved: string;
  terminator: string;
}

export const DEFAULT_DELIMITERS: Readonly<Delimiters> = Object.freeze({ component: ':', element: '+', decimal: '.', release: '?', reserved: ' ', terminator: "'" });

export interface RawSegment {
  tag: string;
  /** the text holding the segment; the data elements are text[start, end): start is at the separator after the tag */
  text: string;
  start: number;
  end: number;
  /**
   * where its separators are: marks[m0, m1), each (position − base) × 2, + 1 for a data element separator; valid
   * until the tokenizer is recycled (see SegmentTokenizer.recycle)
   */
  base: number;
  marks: readonly number[];
  m0: number;
  m1: number;
  /** the segment holds a release character (its values are unescaped when read) */
  released: boolean;
  /** 1-based number of the segment in the interchange; a UNA service string advice counts as segment 1 */
  index: number;
  /** 0-based character offset of the tag in the whole input, and its 1-based line and column */
  offset: number;
  line: number;
  column: number;
}

// character classes of the scan loop
const PLAIN = 0, ELEM = 1, COMP = 2, TERM = 3, REL = 4, LF = 5, BINARY = 6;

function classes(elem: number, comp: number, term: number, rel: number): Uint8Array {
  if (elem === 43 && comp === 58 && term === 39 && rel === 63 && STANDARD_CLASSES) return STANDARD_CLASSES;
  const cls = new Uint8Array(256);
  for (let c = 0; c < 32; c++) cls[c] = c === 10 ? LF : c === 13 || c === 9 ? PLAIN : BINARY;
  for (const [ch, k] of [[elem, ELEM], [comp, COMP], [term, TERM], [rel, REL]] as const) if (ch >= 0) cls[ch] = k;
  return cls;
}
// eslint-disable-next-line prefer-const
let STANDARD_CLASSES: Uint8Array = undefined as unknown as Uint8Array;
STANDARD_CLASSES = classes(43, 58, 39, 63);

/** Where segments go as they are completed (an array will do). */
export interface SegmentSink {
  push(segment: RawSegment): unknown;
}

export interface TokenizerOptions {
  /** longest accepted segment, in characters (default 1 MiB) */
  maxSegmentLength?: number;
  /**
   * reuse segment objects after recycle() (a reader that maps each message before recycling allocates none);
   * segments handed out before a recycle() then change — default false
   */
  reuseSegments?: boolean;
}

export const DEFAULT_MAX_SEGMENT = 1 << 20;
/** how much of the start of the input is looked at to find the separators the UNB really uses */
const DETECT_WINDOW = 4096;

const err = (code: string, message: string, position?: Position) => new LexCodecError('edifact', code, message, position);

const STANDARD_UNA = "UNA:+.? '";
/** the start of the input looked at for binary data before the separators are detected */
const BINARY_WINDOW = 64;
/** the UNA's service string (six characters; a malformed one up to this many) ends at a line break or the UNB */
const UNA_SERVICE_MAX = 13;
const isLineBreak = (c: number) => c === 10 || c === 13;

/**
 * Where the UNB starts after a UNA at `i`: the service string, then any line breaks (at most DETECT_WINDOW of
 * them). `-1`: it does not; `-2`: the text ends before that is known (more is needed); `-3`: more line breaks
 * than that. One rule for the standard fast path and the general one, so that where a chunk boundary falls never
 * changes the answer.
 */
function unbAfterUna(h: string, i: number): number {
  let k = i + 3;
  while (k < h.length && k < i + 3 + UNA_SERVICE_MAX && !isLineBreak(h.charCodeAt(k)) && !h.startsWith('UNB', k)) k++;
  let q = k;
  while (q < h.length && q - k < DETECT_WINDOW && isLineBreak(h.charCodeAt(q))) q++;
  if (h.startsWith('UNB', q)) return q;
  if (q - k >= DETECT_WINDOW) return -3;
  // a malformed service string that goes on after a line break: the first UNB within reach
  const p = h.indexOf('UNB', i + 3);
  if (p >= 0 && p <= i + 3 + UNA_SERVICE_MAX) return p;
  const partial = h.length - q < 3 && 'UNB'.startsWith(h.slice(q));
  return partial || h.length < i + 6 + UNA_SERVICE_MAX ? -2 : -1;
}

/**
 * Where the UNB starts when the input opens with the standard UNA (or none) followed by `UNB+XXXX:` and holds a
 * standard terminator: the separators need no detection. −1 otherwise.
 */
function standardStart(h: string): number {
  let p = 0;
  if (h.startsWith(STANDARD_UNA)) {
    // only line breaks between the UNA and the UNB (as many as unbAfterUna allows); anything else is detected
    p = 9;
    while (p < h.length && p - 9 < DETECT_WINDOW && isLineBreak(h.charCodeAt(p))) p++;
  }
  if (!h.startsWith('UNB+', p) || h.length < p + 10 || h.charCodeAt(p + 8) !== 58) return -1;
  for (let k = p + 4; k < p + 8; k++) if (!isAlnum(h.charCodeAt(k))) return -1;
  // (within the window the general path waits for, so both see the same terminator)
  const t = h.indexOf("'", p + 9);
  return t < 0 || t - p >= DETECT_WINDOW ? -1 : p;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number) => c >= 65 && c <= 90;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

const tags = new Map<number, string>();

/**
 * Makes the tokenizer hand out these very strings as tags (string literals are interned by the engine, so a
 * reader comparing or looking up tags compares pointers).
 */
export function internTags(list: Iterable<string>): void {
  for (const tag of list) {
    if (!/^[A-Z][A-Z0-9]{2}$/.test(tag)) continue;
    tags.set((tag.charCodeAt(0) << 16) | (tag.charCodeAt(1) << 8) | tag.charCodeAt(2), tag);
  }
}
internTags(['UNA', 'UNB', 'UNG', 'UNE', 'UNH', 'UNT', 'UNZ']);

function show(ch: string): string {
  return JSON.stringify(ch);
}

export class SegmentTokenizer {
  /** separators in use, once the start of the interchange has been read */
  delimiters: Delimiters | undefined;
  /** deviations found while reading the separators (drained by the caller) */
  readonly warnings: LexWarning[] = [];
  /**
   * When set, a segment that does not start with a valid tag (EDIFACT_INVALID_SEGMENT) is handed to this function
   * and skipped instead of being thrown, so a reader can report it and go on (EdifactStreamParser.pushSettled).
   */
  onInvalid: ((error: LexCodecError) => void) | undefined;

  private readonly maxSegment: number;
  private head = '';
  private headOffset = 0;
  private ended = false;
  // body state
  private rel = 63;
  private elem = 43;
  private comp = 58;
  private term = 39;
  private pending: string[] = [];
  private pendingLength = 0;
  /** global offset of the first pending character / of the next chunk */
  private pendingStart = 0;
  private consumed = 0;
  private segmentCount = 0;
  private line = 1;
  private lineStart = 0;

  constructor(options: TokenizerOptions = {}) {
    this.maxSegment = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT;
    this.reuse = !!options.reuseSegments;
  }

  /**
   * Feeds a chunk; returns the segments it completes, or hands each to `sink` as soon as it is complete (the
   * returned array is then empty): a reader that consumes segments at once keeps none of them alive.
   */
  push(chunk: string, sink?: SegmentSink): RawSegment[] {
    if (this.ended) throw err('EDIFACT_INTERNAL_ERROR', 'push() after end()');
    const collected: RawSegment[] = [];
    const out: SegmentSink = sink ?? collected;
    if (!this.delimiters) {
      this.head += chunk;
      this.tryDetect(out, false);
      return collected;
    }
    this.scan(chunk, out);
    return collected;
  }

  /** Ends the input; returns the last segments (or hands them to `sink`), or throws when the input stops inside a segment. */
  end(sink?: SegmentSink): RawSegment[] {
    const collected: RawSegment[] = [];
    const out: SegmentSink = sink ?? collected;
    if (!this.delimiters) {
      this.tryDetect(out, true);
    }
    this.ended = true;
    if (this.pendingLength > 0) {
      const text = this.pending.join('');
      let i = 0;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i < text.length) {
        const offset = this.pendingStart + i;
        throw err('EDIFACT_TRUNCATED', `the input ends inside a segment (no segment terminator ${show(this.delimiters!.terminator)} after ${show(text.slice(i, i + 20))}…)`, {
          offset,
          segment: this.segmentCount + 1,
          ...(/^[A-Z][A-Z0-9]{2}/.test(text.slice(i, i + 3)) ? { tag: text.slice(i, i + 3) } : {}),
        });
      }
    }
    return collected;
  }

  // ---------------------------------------------------------------------------------------------
  // Separator detection: the UNA (when present) declares them; the UNB shows the ones really used.

  private tryDetect(out: SegmentSink, final: boolean): boolean {
    const h = this.head;
    let i = 0;
    if (h.charCodeAt(0) === 0xfeff) i = 1;
    while (i < h.length && isSpace(h.charCodeAt(i))) i++;
    // the first BINARY_WINDOW characters are looked at before anything is decided, so that the same text gives
    // the same answer (binary, or how it starts) however it arrives in chunks
    if (!final && h.length < i + BINARY_WINDOW) return false;
    for (let k = i; k < Math.min(h.length, i + BINARY_WINDOW); k++) {
      const c = h.charCodeAt(k);
      if (c < 32 && !isSpace(c)) throw err('EDIFACT_NOT_EDIFACT', 'the input is binary, not EDIFACT text', { offset: k });
    }
    // the common case, as LEX writes it: the standard UNA (or none) and a UNB that uses the standard separators
    const standard = standardStart(h);
    if (standard >= 0) {
      this.use(DEFAULT_DELIMITERS);
      this.begin(h, 0, standard, standard > 0, out);
      return true;
    }
    if (h.length - i < 3) {
      if (h.length - i === 0) throw err('EDIFACT_NOT_EDIFACT', 'the input is empty', { offset: 0 });
      throw err('EDIFACT_TRUNCATED', 'the input ends before the interchange header', { offset: i });
    }
    const start = h.slice(i, i + 3);
    const declared: Delimiters = { ...DEFAULT_DELIMITERS };
    let unbAt = i;
    let hasUna = false;
    let malformed = '';
    if (start === 'UNA') {
      // the service string runs up to the UNB; the standard one has six characters, we accept up to nine
      const p = unbAfterUna(h, i);
      if (p < 0) {
        if (p === -2 && !final) return false;
        if (p === -3) throw err('EDIFACT_MISSING_ENVELOPE', `the UNA service string advice is followed by ${DETECT_WINDOW} or more line breaks; the interchange header UNB must follow it`, { offset: i, segment: 1, tag: 'UNA' });
        const next = h.slice(i + 9).trimStart().slice(0, 3);
        throw err(/^[A-Z][A-Z0-9]{2}$/.test(next) ? 'EDIFACT_MISSING_ENVELOPE' : p === -2 ? 'EDIFACT_TRUNCATED' : 'EDIFACT_NOT_EDIFACT', `the UNA service string advice is not followed by the interchange header UNB`, { offset: i, segment: 1, tag: 'UNA' });
      }
      hasUna = true;
      let svc = h.slice(i + 3, p);
      let cut = svc.length;
      while (cut > 0 && (svc.charCodeAt(cut - 1) === 10 || svc.charCodeAt(cut - 1) === 13)) cut--;
      svc = svc.slice(0, cut);
      if (svc.length === 6) {
        declared.component = svc[0]!;
        declared.element = svc[1]!;
        declared.decimal = svc[2]!;
        declared.release = svc[3]!;
        declared.reserved = svc[4]!;
        declared.terminator = svc[5]!;
      } else {
        // not six characters: positions cannot be trusted; keep the last as terminator and '?' / ',' when present
        malformed = `the UNA service string ${show(svc)} has ${svc.length} characters instead of 6`;
        if (svc.length === 0) throw err('EDIFACT_BAD_DELIMITERS', 'the UNA declares no separators', { offset: i, segment: 1, tag: 'UNA' });
        declared.component = svc[0]!;
        if (svc.length > 1) declared.element = svc[1]!;
        declared.terminator = svc[svc.length - 1]!;
        declared.release = svc.includes('?') ? '?' : '';
        declared.decimal = svc.includes(',') && !svc.includes('.') ? ',' : '.';
      }
      unbAt = p;
    } else if (start !== 'UNB') {
      if (start === 'ISA' || start === '<?x' || start[0] === '{' || start[0] === '<') throw err('EDIFACT_NOT_EDIFACT', `the input starts with ${show(h.slice(i, i + 8))}, not with UNA or UNB: it is not EDIFACT`, { offset: i });
      if (/^[A-Z][A-Z0-9]{2}$/.test(start) && !isAlnum(h.charCodeAt(i + 3))) throw err('EDIFACT_MISSING_ENVELOPE', `the interchange starts with ${start} instead of UNB (interchange header missing)`, { offset: i, segment: 1, tag: start });
      throw err('EDIFACT_NOT_EDIFACT', `the input starts with ${show(h.slice(i, i + 8))}, not with UNA or UNB`, { offset: i });
    }
    // need the UNB tag, the character after it, and its first segment terminator
    if (h.length - unbAt < 4) {
      if (!final) return false;
      throw err('EDIFACT_TRUNCATED', 'the input ends before the interchange header UNB', { offset: unbAt, segment: hasUna ? 2 : 1 });
    }
    if (h.slice(unbAt, unbAt + 3) !== 'UNB') {
      const tag = h.slice(unbAt, unbAt + 3);
      throw err(/^[A-Z][A-Z0-9]{2}$/.test(tag) ? 'EDIFACT_MISSING_ENVELOPE' : 'EDIFACT_NOT_EDIFACT', `the UNA is followed by ${show(h.slice(unbAt, unbAt + 8))} instead of the interchange header UNB`, { offset: unbAt, segment: 2, ...(/^[A-Z]{3}$/.test(tag) ? { tag } : {}) });
    }
    // the terminators are looked for in the first DETECT_WINDOW characters of the UNB on: the declared one wins
    // wherever it is there, so until it is seen a stream waits for the whole window (the answer must not depend
    // on how much text has arrived)
    const window = h.slice(unbAt + 4, unbAt + DETECT_WINDOW);
    const termAt = window.indexOf(declared.terminator);
    const defaultTermAt = declared.terminator === DEFAULT_DELIMITERS.terminator ? -1 : window.indexOf(DEFAULT_DELIMITERS.terminator);
    if (termAt < 0 && !final && h.length - unbAt < DETECT_WINDOW) return false;

    const used: Delimiters = { ...declared };
    const unbSegment = hasUna ? 2 : 1;
    // element separator: the character right after the UNB tag
    const afterTag = h[unbAt + 3]!;
    if (isAlnum(afterTag.charCodeAt(0)) || isSpace(afterTag.charCodeAt(0))) {
      throw err('EDIFACT_BAD_DELIMITERS', `the UNB tag is followed by ${show(afterTag)}, which cannot be a data element separator`, { offset: unbAt + 3, segment: unbSegment, tag: 'UNB' });
    }
    used.element = afterTag;
    // component separator: the character after the syntax identifier (UNOC:3 / IATB:1)
    let k = unbAt + 4;
    while (k < h.length && k < unbAt + 12 && isAlnum(h.charCodeAt(k))) k++;
    if (k < h.length && k > unbAt + 4) {
      const ch = h[k]!;
      if (ch !== used.element && ch !== declared.terminator && !isSpace(ch.charCodeAt(0))) used.component = ch;
    }
    // segment terminator: the declared one when the body has it, else the standard apostrophe
    if (termAt < 0) {
      if (defaultTermAt >= 0) used.terminator = DEFAULT_DELIMITERS.terminator;
      else if (final && h.length - unbAt < DETECT_WINDOW) throw err('EDIFACT_TRUNCATED', 'the input ends inside the interchange header UNB (no segment terminator)', { offset: unbAt, segment: unbSegment, tag: 'UNB' });
      else throw err('EDIFACT_BAD_DELIMITERS', `no segment terminator ${show(declared.terminator)} follows the UNB`, { offset: unbAt, segment: unbSegment, tag: 'UNB' });
    }
    if (used.release === ' ') used.release = '';
    // the separators in use must be distinct and not letters or digits
    const roles: [string, string][] = [['component separator', used.component], ['data element separator', used.element], ['segment terminator', used.terminator]];
    if (used.release) roles.push(['release character', used.release]);
    for (let a = 0; a < roles.length; a++) {
      const [role, ch] = roles[a]!;
      if (ch.length !== 1 || isAlnum(ch.charCodeAt(0))) throw err('EDIFACT_BAD_DELIMITERS', `the ${role} ${show(ch)} is a letter or digit`, { offset: i, segment: 1, tag: hasUna ? 'UNA' : 'UNB' });
      if (ch.charCodeAt(0) > 255 || ch.charCodeAt(0) < 32) throw err('EDIFACT_BAD_DELIMITERS', `the ${role} ${show(ch)} is not a printable ISO 8859-1 character`, { offset: i, segment: 1, tag: hasUna ? 'UNA' : 'UNB' });
      for (let b = a + 1; b < roles.length; b++) {
        if (roles[b]![1] === ch) throw err('EDIFACT_BAD_DELIMITERS', `the ${role} and the ${roles[b]![0]} are both ${show(ch)}`, { offset: i, segment: 1, tag: hasUna ? 'UNA' : 'UNB' });
      }
    }
    const mismatches: string[] = [];
    const names: [keyof Delimiters, string, number][] = [['component', 'component separator', 1], ['element', 'data element separator', 2], ['terminator', 'segment terminator', 6]];
    for (const [key, label] of names) if (used[key] !== declared[key]) mismatches.push(`${label} ${show(declared[key])} but the UNB uses ${show(used[key])}`);
    if (malformed) mismatches.unshift(malformed);
    if (mismatches.length) {
      if (hasUna) {
        this.warnings.push({
          code: 'EDIFACT_UNA_MISMATCH',
          message: `${mismatches.map((m) => (m.startsWith('the UNA') ? m : `the UNA declares the ${m}`)).join('; ')}; the separators the body uses are read`,
          position: { segment: 1, tag: 'UNA', offset: i, ...(names.some(([key]) => used[key] !== declared[key]) ? { element: names.find(([key]) => used[key] !== declared[key])![2] } : {}) },
        });
      } else {
        this.warnings.push({
          code: 'EDIFACT_NONSTANDARD_SEPARATORS',
          message: `there is no UNA and the UNB does not use the standard separators (${mismatches.join('; ')}); the ones it uses are read`,
          position: { segment: 1, tag: 'UNB', offset: unbAt },
        });
      }
    }
    this.use(used);
    this.begin(h, i, unbAt, hasUna, out);
    return true;
  }

  private use(used: Delimiters) {
    this.delimiters = used;
    this.rel = used.release ? used.release.charCodeAt(0) : -1;
    this.elem = used.element.charCodeAt(0);
    this.comp = used.component.charCodeAt(0);
    this.term = used.terminator.charCodeAt(0);
    this.cls = classes(this.elem, this.comp, this.term, this.rel);
  }

  /** character class of each code below 256 (see PLAIN…BINARY) */
  private cls = STANDARD_CLASSES;

  /** Starts the body at the UNB (h[unbAt]); the UNA, when there is one, starts at h[i] and is segment 1. */
  private begin(h: string, i: number, unbAt: number, hasUna: boolean, out: SegmentSink) {
    this.countLines(h, 0, i);
    if (hasUna) {
      this.segmentCount = 1;
      out.push({ tag: 'UNA', text: h, start: i + 3, end: i + 3, base: i, marks: this.marks, m0: 0, m1: 0, released: false, index: 1, offset: this.headOffset + i, line: this.line, column: this.headOffset + i - this.lineStart + 1 });
      this.countLines(h, i, unbAt);
    }
    // the body is scanned in place (a slice would make every character read go through an indirection)
    this.head = '';
    this.consumed = this.headOffset;
    this.pendingStart = this.consumed + unbAt;
    this.segLine = this.line;
    this.segLineStart = this.lineStart;
    this.scan(h, out, unbAt);
  }

  private countLines(text: string, from: number, to: number) {
    for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) {
      this.line++;
      this.lineStart = this.consumed + p + 1;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Segments: one pass over the characters finds the terminators and records where the data element and
  // component separators are (marks), so the segment is never scanned again.

  /** separator positions of the segments since the last recycle(): position × 2, + 1 for an element separator */
  private marks: number[] = [];
  private markCount = 0;
  /** the segment in progress: its first mark, whether it holds a release character, the line where its text starts */
  private segM0 = 0;
  private segReleased = false;
  private segLine = 1;
  private segLineStart = 0;
  /** the previous chunk ended with a release character: the next chunk's first character is released */
  private pendingEscape = false;

  /**
   * Lets the tokenizer reuse its separator marks: the segments handed out so far must not be read again
   * (a reader calls this once it has mapped a message).
   */
  recycle(): void {
    this.markCount = 0;
    this.poolUsed = 0;
  }

  private readonly reuse: boolean;
  private readonly pool: RawSegment[] = [];
  private poolUsed = 0;

  private scan(chunk: string, out: SegmentSink, begin = 0) {
    const base = this.consumed;
    this.consumed += chunk.length;
    const n = chunk.length;
    const max = this.maxSegment;
    let segStart = begin;
    // mark positions are relative to the text the segment will be read from: the chunk itself, or (for a
    // segment continued from earlier chunks) the pending text joined with this chunk's part
    let shift = this.pendingLength > 0 ? this.pendingLength : 0;
    let i = begin;
    if (this.pendingEscape) {
      this.pendingEscape = false;
      const r = i < n ? chunk.charCodeAt(i) : 32;
      if (r === 10) this.newline(base + i);
      else if (r < 32 && r !== 13 && r !== 9) throw err('EDIFACT_NOT_EDIFACT', `control character U+${r.toString(16).padStart(4, '0')}: the input is binary, not EDIFACT text`, { offset: base + i, segment: this.segmentCount + 1 });
      i++;
    }
    if (this.onMessage !== undefined && this.pendingLength === 0 && i === segStart) {
      // messages may start the chunk (one after another)
      for (let to = this.fastJump(chunk, i, base); to > 0; to = this.fastJump(chunk, i, base)) {
        i = segStart = to;
        this.segLine = this.line;
        this.segLineStart = this.lineStart;
      }
    }
    const cls = this.cls;
    const marks = this.marks;
    let mc = this.markCount;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c > 255) continue;
      const k = cls[c]!;
      if (k === PLAIN) continue;
      if (k <= COMP) {
        const pos = i - segStart + shift;
        if (pos > max) this.tooLong(base + segStart);
        const v = k === ELEM ? pos * 2 + 1 : pos * 2;
        if (mc === marks.length) marks.push(v);
        else marks[mc] = v;
        mc++;
      } else if (k === TERM) {
        if (i - segStart + shift > max) this.tooLong(base + segStart);
        this.markCount = mc;
        if (this.pendingLength > 0) {
          this.pending.push(chunk.slice(segStart, i));
          const text = this.pending.join('');
          const start = this.pendingStart;
          this.pending = [];
          this.pendingLength = 0;
          this.complete(text, 0, text.length, start, out);
        } else {
          this.complete(chunk, segStart, i, base + segStart, out);
        }
        mc = this.markCount; // the reader may have recycled the marks
        segStart = i + 1;
        shift = 0;
        if (this.onMessage !== undefined) {
          // a message read by the fast path may be followed by another: try again where it ended
          for (let to = this.fastJump(chunk, segStart, base); to > 0; to = this.fastJump(chunk, segStart, base)) {
            i = to - 1;
            segStart = to;
            mc = this.markCount;
          }
        }
        this.segM0 = mc;
        this.segReleased = false;
        this.segLine = this.line;
        this.segLineStart = this.lineStart;
      } else if (k === REL) {
        this.segReleased = true;
        i++;
        if (i >= n) this.pendingEscape = true;
        else {
          const r = chunk.charCodeAt(i);
          if (r < 32) {
            if (r === 10) this.newline(base + i);
            else if (r !== 13 && r !== 9) this.binary(r, base + i);
          }
        }
      } else if (k === LF) this.newline(base + i);
      else this.binary(c, base + i);
    }
    this.markCount = mc;
    // the rest of the chunk starts (or continues) a segment completed by a later chunk
    if (segStart < n) {
      if (this.pendingLength === 0) {
        this.pendingStart = base + segStart;
        // marks so far were recorded relative to segStart already (shift 0): nothing to convert
      }
      this.pending.push(segStart === 0 ? chunk : chunk.slice(segStart));
      this.pendingLength += n - segStart;
      if (this.pendingLength > max) this.tooLong(this.pendingStart);
    }
  }

  /**
   * The reader's fast path (EdifactStreamParser): given where a segment starts (`from`, after a terminator) and
   * the UNH found there (`at`, after line breaks), it maps the whole message straight from the text when it is
   * complete in it and canonical, calls took(), and returns the index after the UNT's terminator; −1 leaves the
   * text to the scan.
   */
  onMessage: ((text: string, at: number, from: number, base: number) => number) | undefined;

  private fastJump(chunk: string, from: number, base: number): number {
    let j = from;
    let lines = 0, newline = 0;
    for (let ch = chunk.charCodeAt(j); ch === 10 || ch === 13; ch = chunk.charCodeAt(++j)) {
      if (ch === 10) {
        lines++;
        newline = j;
      }
    }
    if (chunk.charCodeAt(j) !== 85 || chunk.charCodeAt(j + 1) !== 78 || chunk.charCodeAt(j + 2) !== 72) return -1;
    this.tookLines = 0;
    const to = this.onMessage!(chunk, j, from, base);
    if (to < 0) return -1;
    // line feeds before the UNH, then those the fast path met between its segments
    if (lines > 0) {
      this.line += lines;
      this.lineStart = base + newline + 1;
    }
    if (this.tookLines > 0) {
      this.line += this.tookLines;
      this.lineStart = base + this.tookNewline + 1;
    }
    return to;
  }

  private tookLines = 0;
  private tookNewline = 0;

  /**
   * The fast path read `count` segments (its UNH is the next segment number, returned) with `lines` line feeds
   * between them, the last at index `newline` of the text given to onMessage.
   */
  took(count: number, lines: number, newline: number): number {
    const first = this.segmentCount + 1;
    this.segmentCount += count;
    this.tookLines = lines;
    this.tookNewline = newline;
    return first;
  }

  private binary(c: number, offset: number): never {
    throw err('EDIFACT_NOT_EDIFACT', `control character U+${c.toString(16).padStart(4, '0')}: the input is binary, not EDIFACT text`, { offset, segment: this.segmentCount + 1 });
  }

  private tooLong(offset: number): never {
    throw err('EDIFACT_SEGMENT_TOO_LONG', `a segment is longer than ${this.maxSegment} characters`, { offset, segment: this.segmentCount + 1 });
  }

  /** Records text[from, to) — one segment without its terminator — as a segment view after checking its tag. */
  private complete(text: string, from: number, to: number, globalStart: number, out: SegmentSink) {
    let i = from;
    let line = this.segLine, lineStart = this.segLineStart;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = globalStart + (i - from) + 1;
      } else if (c !== 13 && c !== 32 && c !== 9) break;
      i++;
    }
    const offset = globalStart + (i - from);
    const column = offset - lineStart + 1;
    if (i === to) {
      this.warnings.push({ code: 'EDIFACT_EMPTY_SEGMENT', message: 'an empty segment (two segment terminators in a row) is skipped', position: { offset, segment: this.segmentCount + 1, line, column } });
      return;
    }
    const index = ++this.segmentCount;
    // tag: three characters, an upper-case letter then upper-case letters or digits, then a separator or the end
    const c0 = text.charCodeAt(i), c1 = text.charCodeAt(i + 1), c2 = text.charCodeAt(i + 2);
    const after = i + 3 < to ? text.charCodeAt(i + 3) : -1;
    if (!(isUpper(c0) && (isUpper(c1) || (c1 >= 48 && c1 <= 57)) && (isUpper(c2) || (c2 >= 48 && c2 <= 57)) && i + 3 <= to && (after === -1 || after === this.elem || after === this.comp))) {
      let e = i;
      while (e < to && e < i + 16 && text.charCodeAt(e) !== this.elem) e++;
      const invalid = err('EDIFACT_INVALID_SEGMENT', `segment ${index} starts with ${show(text.slice(i, e))}, which is not a segment tag`, { offset, segment: index, line, column });
      if (this.onInvalid === undefined) throw invalid;
      this.onInvalid(invalid);
      return;
    }
    const key = (c0 << 16) | (c1 << 8) | c2;
    let tag = tags.get(key);
    if (tag === undefined) {
      tag = text.slice(i, i + 3);
      tags.set(key, tag);
    }
    let start = i + 3;
    if (after === this.comp) {
      // a tag with components (a segment code with a version): keep the tag, skip its qualifiers
      while (start < to && text.charCodeAt(start) !== this.elem) start++;
    }
    // marks are relative to `from` (the start of the segment's text)
    if (!this.reuse) {
      out.push({ tag, text, start, end: to, base: from, marks: this.marks, m0: this.segM0, m1: this.markCount, released: this.segReleased, index, offset, line, column });
      return;
    }
    let seg = this.pool[this.poolUsed];
    if (seg === undefined) {
      seg = { tag, text, start, end: to, base: from, marks: this.marks, m0: this.segM0, m1: this.markCount, released: this.segReleased, index, offset, line, column };
      this.pool.push(seg);
    } else {
      seg.tag = tag;
      seg.text = text;
      seg.start = start;
      seg.end = to;
      seg.base = from;
      seg.marks = this.marks;
      seg.m0 = this.segM0;
      seg.m1 = this.markCount;
      seg.released = this.segReleased;
      seg.index = index;
      seg.offset = offset;
      seg.line = line;
      seg.column = column;
    }
    this.poolUsed++;
    out.push(seg);
  }

  private newline(globalOffset: number) {
    this.line++;
    this.lineStart = globalOffset + 1;
  }
}
