// Segments as the engine sees them. The tokenizer hands out one reusable SegmentView per segment: offsets of
// its elements in the input, no substring until a value is actually read. A Segment (elements as strings)
// is made only when a segment must outlive the call (ISA, GS, ST) or is rewritten by a tolerance rule.

/** What the reader, the decoder and the tolerance rules need of a segment. */
export interface SegmentLike {
  readonly tag: string;
  /** 1-based number of the segment in the stream */
  readonly index: number;
  /** offset of the segment's first character in the stream */
  readonly offset: number;
  /** number of elements including the tag: element(count - 1) is the last one */
  readonly count: number;
  /** data element n ('' when absent); element(0) is the tag */
  element(n: number): string;
  /** element n is absent or empty */
  isEmpty(n: number): boolean;
  /** element n is exactly `value` */
  is(n: number, value: string): boolean;
  /** element n as a number (see keyCode), for lookups without a substring; -1 when it has none */
  code(n: number): number;
  readonly unterminated?: boolean;
  readonly last?: boolean;
  readonly synthetic?: boolean;
  /** a Segment that stays valid after the call */
  toSegment(): Segment;
}

/** A segment with its elements as strings (elements[0] is the tag). */
export interface Segment {
  tag: string;
  elements: string[];
  index: number;
  offset: number;
  /** the stream ended before this segment's terminator */
  unterminated?: boolean;
  /** the last piece of a newline-terminated input, which had no line break after it (it may be cut) */
  last?: boolean;
  /** made by a tolerance rule from the segment with the same index */
  synthetic?: boolean;
}

/** A Segment behind the SegmentLike interface. */
export class StoredSegment implements SegmentLike, Segment {
  tag: string;
  elements: string[];
  index: number;
  offset: number;
  unterminated?: boolean;
  last?: boolean;
  synthetic?: boolean;
  constructor(s: Segment) {
    this.tag = s.tag;
    this.elements = s.elements;
    this.index = s.index;
    this.offset = s.offset;
    if (s.unterminated) this.unterminated = true;
    if (s.last) this.last = true;
    if (s.synthetic) this.synthetic = true;
  }
  get count(): number {
    return this.elements.length;
  }
  element(n: number): string {
    return this.elements[n] ?? '';
  }
  isEmpty(n: number): boolean {
    const v = this.elements[n];
    return v === undefined || v.length === 0;
  }
  is(n: number, value: string): boolean {
    return (this.elements[n] ?? '') === value;
  }
  code(n: number): number {
    const v = this.elements[n] ?? '';
    return keyCode(v, 0, v.length);
  }
  toSegment(): Segment {
    return this;
  }
}

/** The reusable view the tokenizer fills for each segment: valid only during the sink call. */
export class SegmentView implements SegmentLike {
  src = '';
  index = 0;
  offset = 0;
  count = 0;
  starts: number[] = [];
  ends: number[] = [];
  unterminated = false;
  last = false;
  /** tag as a number (2 or 3 characters), for lookups without a string; set by the tokenizer */
  tagCode = -1;
  private cachedTag: string | undefined;

  reset(src: string, index: number, offset: number, unterminated: boolean, last: boolean): void {
    this.src = src;
    this.index = index;
    this.offset = offset;
    this.count = 0;
    this.unterminated = unterminated;
    this.last = last;
    this.cachedTag = undefined;
  }

  add(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  get tag(): string {
    return (this.cachedTag ??= this.src.slice(this.starts[0], this.ends[0]));
  }

  element(n: number): string {
    return n < this.count ? this.src.slice(this.starts[n], this.ends[n]) : '';
  }

  isEmpty(n: number): boolean {
    return n >= this.count || this.ends[n] === this.starts[n];
  }

  is(n: number, value: string): boolean {
    if (n >= this.count) return value.length === 0;
    const s = this.starts[n]!;
    return this.ends[n]! - s === value.length && this.src.startsWith(value, s);
  }

  code(n: number): number {
    return n < this.count ? keyCode(this.src, this.starts[n]!, this.ends[n]!) : 0;
  }

  toSegment(): Segment {
    const elements: string[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) elements[i] = this.src.slice(this.starts[i], this.ends[i]);
    const s: Segment = { tag: elements[0]!, elements, index: this.index, offset: this.offset };
    if (this.unterminated) s.unterminated = true;
    else if (this.last) s.last = true;
    return s;
  }
}

export function tagCodeOf(src: string, start: number, end: number): number {
  const n = end - start;
  return n === 2 ? src.charCodeAt(start) * 65536 + src.charCodeAt(start + 1) * 256 : n === 3 ? src.charCodeAt(start) * 65536 + src.charCodeAt(start + 1) * 256 + src.charCodeAt(start + 2) : -1;
}

export function tagCode(tag: string): number {
  return tagCodeOf(tag, 0, tag.length);
}

/**
 * Short text (up to 3 Latin-1 characters, e.g. a qualifier code) as a unique small integer, so that a table keyed
 * by qualifiers is searched without making a substring; -1 for longer or other text.
 */
export function keyCode(src: string, start: number, end: number): number {
  const n = end - start;
  if (n > 3) return -1;
  let code = n;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c > 255) return -1;
    code = code * 256 + c;
  }
  return code;
}
