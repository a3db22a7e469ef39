// EDIFACT in a stream: one interchange after another, each read by an EdifactStreamParser, positions in the whole stream.
import type { LexWarning } from '@lexstandard/codec';
import { EdifactStreamParser, type EdifactSettled } from '@lexstandard/edifact';
import { after, countBefore, isBlank, KeptText, lineAndColumn, shift, shiftedError } from './positions.js';
import type { Raw, Splitter } from './types.js';

/**
 * EDIFACT: one interchange after another. The parser reads one interchange (UNA/UNB … UNZ). When a UNA or UNB
 * follows its UNZ, the splitter starts a new parser there, on the text it kept (the next interchange may declare
 * other separators, whose segment ends the parser before would never see), and moves the new parser's positions
 * (offset, line, column, segment) to where it starts in the stream.
 */
export class EdifactSplitter implements Splitter {
  private parser: EdifactStreamParser;
  /** where the current parser's text starts in the stream: offset, line, column of its line 1, segments before it */
  private base = { offset: 0, line: 1, column: 1, segment: 0 };
  private readonly tail = new KeptText();
  /** interchange-level warnings, positions in the stream (taken by the Reader) */
  private readonly found: LexWarning[] = [];

  constructor(private readonly strict: boolean) {
    this.parser = new EdifactStreamParser({ strict });
  }

  get warnings(): LexWarning[] {
    this.collect();
    return this.found;
  }
  /**
   * Moves the parser's interchange warnings to `found`, their positions in the stream (while its base applies).
   * `before`: the offset (in the parser's text) where a next interchange starts: the warnings the parser gave for
   * text from there on (it reads on past its UNZ with its own separators) are dropped, since that text is read
   * anew, and reading it in smaller chunks would not have given them.
   */
  private collect(before = Infinity): void {
    const w = this.parser.warnings;
    if (w.length) for (const x of w.splice(0)) if (!((x.position?.offset ?? -1) >= before)) this.found.push(this.moved(x));
  }

  push(text: string, out: Raw[]): void {
    this.tail.push(text);
    this.take(this.parser.pushSettled(text), out);
    this.afterTrailer(out, false);
  }

  end(out: Raw[]): void {
    this.afterTrailer(out, true);
    this.take(this.parser.endSettled(), out);
  }

  private take(items: EdifactSettled[], out: Raw[]): void {
    for (const m of items) {
      // a fatal failure after this parser's UNZ (a segment that is no part of it: the next interchange's UNB, or
      // its UNA read with this interchange's separators): when a next interchange starts there, it is read anew
      if ('error' in m && after(m.error.position, this.parser.trailerPosition) && this.afterTrailer(out, true)) return;
      out.push(this.item(m));
    }
  }

  /**
   * After this parser's UNZ: a next interchange (UNA or UNB after blanks) is read by a new parser from there, even
   * when its separators differ (this parser would not see its segments end). Anything else is left to this parser.
   */
  private afterTrailer(out: Raw[], final: boolean): boolean {
    const t = this.parser.trailerPosition;
    const d = this.parser.interchange?.delimiters;
    if (!t || !d || t.offset === undefined || t.line === undefined || t.column === undefined || t.segment === undefined) return false;
    const all = this.tail.text();
    const unz = t.offset - this.tail.from;
    if (unz < 0 || unz >= all.length) return false;
    // the end of the UNZ: its terminator, one not released
    let end = all.indexOf(d.terminator, unz);
    while (end > 0 && d.release && countBefore(all, end, d.release) % 2 === 1) end = all.indexOf(d.terminator, end + 1);
    if (end < 0) return false;
    let at = end + 1;
    while (at < all.length && isBlank(all.charCodeAt(at))) at++;
    if (all.length - at < 3 && !final) return false; // (too little to tell yet)
    if (!all.startsWith('UNA', at) && !all.startsWith('UNB', at)) return false;
    this.restart(all, at, lineAndColumn(all, at, unz, t.line, t.column), t.segment, out);
    return true;
  }

  /** a new parser for the text from kept index `at`, whose line and column in this parser are `where` */
  private restart(all: string, at: number, where: { line: number; column: number }, segmentsBefore: number, out: Raw[]): void {
    this.collect(this.tail.from + at);
    this.base = {
      offset: this.base.offset + this.tail.from + at,
      line: this.base.line + where.line - 1,
      column: where.line === 1 ? this.base.column + where.column - 1 : where.column,
      segment: this.base.segment + segmentsBefore,
    };
    const text = all.slice(at);
    this.parser = new EdifactStreamParser({ strict: this.strict });
    this.tail.reset(text);
    this.take(this.parser.pushSettled(text), out);
    this.afterTrailer(out, false);
  }

  private moved(w: LexWarning): LexWarning {
    return this.base.offset === 0 || !w.position ? w : { ...w, position: shift(w.position, this.base) };
  }

  private item(m: EdifactSettled): Raw {
    const moving = this.base.offset !== 0;
    // built field by field (no spread): one item per message of a large interchange
    const warnings = moving ? m.warnings.map((w) => this.moved(w)) : m.warnings;
    const item: { control?: string; interchange?: string; fatal?: boolean } & Raw =
      'error' in m
        ? { ok: false, error: moving ? shiftedError(m.error, 'edifact', this.base) : m.error, warnings }
        : { ok: true, message: m.message, warnings };
    if (m.reference) item.control = m.reference;
    const ref = this.parser.interchange?.controlReference;
    if (ref) item.interchange = ref;
    if ('error' in m && m.fatal) item.fatal = true;
    return item;
  }
}
