// Reading a segment's elements and components. The Cursor splits a segment view once into component bounds
// (kept in reusable typed arrays) and slices a value only when it is asked for, so qualifiers are compared in
// place and a segment costs no allocation beyond the values actually read. ArrayView offers the same reads over
// elements held as strings (segments the tolerance rules rewrote).
import type { Element } from './segment.js';
import type { RawSegment } from './tokenizer.js';

export interface View {
  /** number of data elements after the tag */
  readonly size: number;
  /** canonical element → input element, when the segment was rewritten */
  readonly origin?: number[] | undefined;
  /** component c (1-based; 0 = the first) of element e (1-based), unescaped; '' when absent */
  at(e: number, c: number): string;
  /** at(e, c) === v, without slicing */
  eq(e: number, c: number, v: string): boolean;
  /** a number standing for at(e, c) when it is a code of at most 3 Latin-1 characters (see codeOf), else −1 */
  code(e: number, c: number): number;
  /** at(e, c).startsWith(prefix), without slicing */
  startsWith(e: number, c: number, prefix: string): boolean;
  /** number of components of element e (0 when absent) */
  width(e: number): number;
  /** element e has a non-empty component */
  filled(e: number): boolean;
  /** every non-empty component whose bit (1 << c) is not set in mask[e] */
  unmapped(mask: number[], visit: (text: string, e: number, c: number) => void): void;
  /** the elements as strings (a string for a one-component element) */
  elements(): Element[];
}

/** A number for a code of at most 3 Latin-1 characters ('' → 0), −1 for anything else. */
export function codeOf(v: string): number {
  const n = v.length;
  if (n > 3) return -1;
  let code = n << 24;
  for (let i = 0; i < n; i++) {
    const ch = v.charCodeAt(i);
    if (ch > 255) return -1;
    code |= ch << (16 - 8 * i);
  }
  return code;
}

function unescape(raw: string, release: string): string {
  let out = '';
  let from = 0;
  for (let i = raw.indexOf(release); i >= 0 && i < raw.length; i = raw.indexOf(release, i + 2)) {
    out += raw.slice(from, i);
    from = i + 1;
  }
  return out + raw.slice(from);
}

const shared = { st: new Int32Array(256), en: new Int32Array(256), first: new Int32Array(64), wid: new Int32Array(64) };

export class Cursor implements View {
  size = 0;
  readonly origin = undefined;
  private text = '';
  private released = false;
  private count = 0;
  // component bounds and per-element first component / width: shared by every cursor, since a cursor is only
  // read between its open() and the next open() of any cursor, within one synchronous call
  private st = shared.st;
  private en = shared.en;
  private first = shared.first;
  private wid = shared.wid;
  readonly componentSeparator: string;
  private readonly release: string;

  constructor(delimiters: { component: string; element: string; release: string }) {
    this.componentSeparator = delimiters.component;
    this.release = delimiters.release;
  }

  /** Takes `seg`'s component bounds from its separator marks; the cursor reads it until the next open(). */
  open(seg: RawSegment): this {
    const end = seg.end;
    this.st = shared.st;
    this.en = shared.en;
    this.first = shared.first;
    this.wid = shared.wid;
    this.text = seg.text;
    this.released = seg.released;
    this.count = 0;
    if (seg.start >= end) {
      this.size = 0;
      return this;
    }
    const marks = seg.marks, base = seg.base, after = (seg.start - base) * 2 + 1;
    let e = 1, c = 1, s = seg.start + 1;
    this.first[1] = 0;
    for (let k = seg.m0; k < seg.m1; k++) {
      const m = marks[k]!;
      if (m <= after) continue; // the separator after the tag (and any inside a composite tag)
      const p = base + (m >> 1);
      this.push(s, p);
      if (m & 1) {
        this.wid[e] = c;
        e++;
        if (e >= this.first.length) this.growElements();
        this.first[e] = this.count;
        c = 1;
      } else c++;
      s = p + 1;
    }
    this.push(s, end);
    this.wid[e] = c;
    this.size = e;
    return this;
  }

  /**
   * The fast path's segment read (no tokenizer marks): scans text from `from` (the character after the tag) to
   * the segment terminator, recording the component bounds as open() does. Returns the terminator's index, or −1
   * where the fast path leaves the segment to the general reader: a tag with components or not followed by a
   * separator, a control character (line breaks included), a release character at the end, no terminator before
   * `limit`.
   */
  scan(text: string, from: number, limit: number, elem: number, comp: number, term: number, rel: number): number {
    this.st = shared.st;
    this.en = shared.en;
    this.first = shared.first;
    this.wid = shared.wid;
    this.text = text;
    this.released = false;
    this.count = 0;
    if (from >= limit) return -1;
    const c0 = text.charCodeAt(from);
    if (c0 === term) {
      this.size = 0;
      return from;
    }
    if (c0 !== elem) return -1;
    let e = 1, c = 1, s = from + 1;
    this.first[1] = 0;
    for (let q = s; q < limit; q++) {
      const ch = text.charCodeAt(q);
      if (ch === elem) {
        this.push(s, q);
        this.wid[e] = c;
        e++;
        if (e >= this.first.length) this.growElements();
        this.first[e] = this.count;
        c = 1;
        s = q + 1;
      } else if (ch === comp) {
        this.push(s, q);
        c++;
        s = q + 1;
      } else if (ch === term) {
        this.push(s, q);
        this.wid[e] = c;
        this.size = e;
        return q;
      } else if (ch === rel) {
        this.released = true;
        q++;
        if (q >= limit || text.charCodeAt(q) < 32) return -1;
      } else if (ch < 32) return -1;
    }
    return -1;
  }

  private push(s: number, e: number) {
    if (this.count === this.st.length) {
      const st = new Int32Array(this.count * 2), en = new Int32Array(this.count * 2);
      st.set(this.st);
      en.set(this.en);
      this.st = shared.st = st;
      this.en = shared.en = en;
    }
    this.st[this.count] = s;
    this.en[this.count++] = e;
  }

  private growElements() {
    const first = new Int32Array(this.first.length * 2), wid = new Int32Array(this.first.length * 2);
    first.set(this.first);
    wid.set(this.wid);
    this.first = shared.first = first;
    this.wid = shared.wid = wid;
  }

  private slot(e: number, c: number): number {
    if (e < 1 || e > this.size) return -1;
    const cc = c || 1;
    if (cc > this.wid[e]!) return -1;
    return this.first[e]! + cc - 1;
  }

  at(e: number, c: number): string {
    const k = this.slot(e, c);
    if (k < 0) return '';
    const s = this.st[k]!, en = this.en[k]!;
    if (s === en) return '';
    const v = this.text.slice(s, en);
    return this.released && v.includes(this.release) ? unescape(v, this.release) : v;
  }

  eq(e: number, c: number, v: string): boolean {
    const k = this.slot(e, c);
    if (k < 0) return v === '';
    const s = this.st[k]!, en = this.en[k]!;
    if (this.released) return this.at(e, c) === v;
    return en - s === v.length && this.text.startsWith(v, s);
  }

  startsWith(e: number, c: number, prefix: string): boolean {
    const k = this.slot(e, c);
    if (k < 0) return prefix === '';
    if (this.released) return this.at(e, c).startsWith(prefix);
    return this.en[k]! - this.st[k]! >= prefix.length && this.text.startsWith(prefix, this.st[k]!);
  }

  code(e: number, c: number): number {
    const k = this.slot(e, c);
    if (k < 0) return 0;
    const s = this.st[k]!, n = this.en[k]! - s;
    if (n > 3) return -1;
    if (this.released) return codeOf(this.at(e, c));
    let code = n << 24;
    for (let i = 0; i < n; i++) {
      const ch = this.text.charCodeAt(s + i);
      if (ch > 255) return -1;
      code |= ch << (16 - 8 * i);
    }
    return code;
  }

  width(e: number): number {
    return e >= 1 && e <= this.size ? this.wid[e]! : 0;
  }

  filled(e: number): boolean {
    if (e < 1 || e > this.size) return false;
    const f = this.first[e]!, w = this.wid[e]!;
    for (let k = f; k < f + w; k++) if (this.en[k]! > this.st[k]!) return true;
    return false;
  }

  unmapped(mask: number[], visit: (text: string, e: number, c: number) => void): void {
    for (let e = 1; e <= this.size; e++) {
      const m = mask[e] ?? 0;
      const f = this.first[e]!, w = this.wid[e]!;
      for (let c = 1; c <= w; c++) {
        if (this.en[f + c - 1]! > this.st[f + c - 1]! && !(m & (1 << c))) visit(this.at(e, c), e, w > 1 ? c : 0);
      }
    }
  }

  elements(): Element[] {
    const out: Element[] = [];
    for (let e = 1; e <= this.size; e++) {
      const w = this.wid[e]!;
      if (w === 1) out.push(this.at(e, 1));
      else {
        const parts: string[] = [];
        for (let c = 1; c <= w; c++) parts.push(this.at(e, c));
        out.push(parts);
      }
    }
    return out;
  }
}

export class ArrayView implements View {
  readonly size: number;
  constructor(private readonly els: Element[], readonly origin?: number[]) {
    this.size = els.length;
  }

  at(e: number, c: number): string {
    const el = this.els[e - 1];
    if (el === undefined) return '';
    if (typeof el === 'string') return c <= 1 ? el : '';
    return el[(c || 1) - 1] ?? '';
  }

  eq(e: number, c: number, v: string): boolean {
    return this.at(e, c) === v;
  }

  code(e: number, c: number): number {
    return codeOf(this.at(e, c));
  }

  startsWith(e: number, c: number, prefix: string): boolean {
    return this.at(e, c).startsWith(prefix);
  }

  width(e: number): number {
    const el = this.els[e - 1];
    return el === undefined ? 0 : typeof el === 'string' ? 1 : el.length;
  }

  filled(e: number): boolean {
    const el = this.els[e - 1];
    if (el === undefined) return false;
    if (typeof el === 'string') return el !== '';
    return el.some((v) => v !== '');
  }

  unmapped(mask: number[], visit: (text: string, e: number, c: number) => void): void {
    this.els.forEach((el, i) => {
      const e = i + 1;
      const m = mask[e] ?? 0;
      if (typeof el === 'string') {
        if (el !== '' && !(m & 2)) visit(el, e, 0);
        return;
      }
      el.forEach((v, ci) => {
        if (v !== '' && !(m & (1 << (ci + 1)))) visit(v, e, el.length > 1 ? ci + 1 : 0);
      });
    });
  }

  elements(): Element[] {
    return this.els;
  }
}

/** The elements of a segment as strings (a string for a one-component element, else its components). */
export function elementsOf(seg: RawSegment, delimiters: { component: string; element: string; release: string }): Element[] {
  return new Cursor(delimiters).open(seg).elements();
}
