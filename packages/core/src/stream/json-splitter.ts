// NDJSON and JSON values in a stream.
import { LexCodecError, type LexWarning } from '@lexstandard/codec';
import { parseJson } from '../json.js';
import { LineCounter, shiftedError } from './positions.js';
import type { Raw, Splitter } from './types.js';

/** JSON's whitespace: space, tab, line feed, carriage return (any other control character is an error, not a blank) */
const isJsonBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * NDJSON: one message per line (blank lines skipped; a bad line is a failure with its line number, the next line
 * goes on). When the first line is not a complete JSON value the input is read as JSON values one after another
 * instead — a pretty-printed message, concatenated messages, or a JSON array of messages.
 */
export class JsonSplitter implements Splitter {
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
    while (i < buf.length && isJsonBlank(buf.charCodeAt(i))) i++;
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
        if (isJsonBlank(c) || c === 0xfeff) { i++; continue; }
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
      } else if (this.depth === 0 && (c === 44 || isJsonBlank(c))) {
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
      while (i < buf.length && isJsonBlank(buf.charCodeAt(i))) i++;
      this.first = this.lines.base + i;
    }
    return this.first;
  }

  private value(buf: string, start: number, end: number, out: Raw[]): void {
    this.document(buf.slice(start, end), this.lines.position(buf, start), out);
  }
}
