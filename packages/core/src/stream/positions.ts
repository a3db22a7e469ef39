// Positions in the whole stream: pieces of text read by a codec alone, their positions moved to where they start.
import { describePosition, LexCodecError, type Format, type Position } from '@lexstandard/codec';

export const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** position p is past the interchange trailer at t (when there is one) */
export const after = (p: Position | undefined, t: Position | undefined) => t !== undefined && (p?.segment ?? 0) > (t.segment ?? Infinity);

/** how many `ch` come right before index i of `text` */
export function countBefore(text: string, i: number, ch: string): number {
  let n = 0;
  while (i - n - 1 >= 0 && text[i - n - 1] === ch) n++;
  return n;
}

/** The line and column of text[at], from those of text[anchor] before it (`line`, `column`). */
export function lineAndColumn(text: string, at: number, anchor: number, line: number, column: number): { line: number; column: number } {
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

/** Counts lines up to a position of a buffer that is trimmed from the front as it is consumed. */
export class LineCounter {
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
export function shift(p: Position | undefined, start: Start): Position | undefined {
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

export function shiftedError(e: unknown, format: Format, start: Start): LexCodecError {
  if (!(e instanceof LexCodecError)) return new LexCodecError(format, 'INTERNAL_ERROR', `${format} reader failure: ${e instanceof Error ? e.message : String(e)}`, start);
  const raw = e.position ? stripPosition(e.message, e.position) : e.message;
  return new LexCodecError(e.format, e.code, raw, shift(e.position, start));
}

/** the message of a LexCodecError without the " (position)" its constructor appended */
export function stripPosition(message: string, position: Position): string {
  const suffix = ` (${describePosition(position)})`;
  return message.endsWith(suffix) ? message.slice(0, -suffix.length) : message;
}

/** The last characters given to a reader (at least KEEP), from its offset `from`: where a next interchange is read again from. */
export class KeptText {
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
