// X12 in a stream: one interchange after another, each read by an X12Reader, positions in the whole stream.
import { LexCodecError, type LexWarning, type Position } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';
import { ISA_WINDOW, X12Reader, type X12Settled } from '@lexstandard/x12';
import { KeptText, isBlank, shift, shiftedError } from './positions.js';
import type { Raw, Splitter } from './types.js';

/**
 * X12: one interchange after another. The reader reads consecutive interchanges itself when they share its
 * separators; a next ISA with other separators (its element separator or segment terminator) is read by a new
 * reader from there, on the text the splitter kept, its positions (offset, segment) moved to the whole stream.
 */
export class X12Splitter implements Splitter {
  private reader: X12Reader;
  private base = { offset: 0, segment: 0 };
  private readonly tail = new KeptText();
  private readonly found: LexWarning[] = [];
  /** text after the IEA not yet given to the reader: it starts with an ISA whose separators cannot be told yet */
  private held = '';
  /** set by afterTrailer(): an ISA follows the IEA but is not whole yet */
  private undecided = false;
  /**
   * A failure after the IEA (and the items after it) held back while the ISA that follows is not whole: whether a
   * new reader reads on from that ISA, or the failure stands, is told once its separators are (as the whole input
   * would tell it); the text that arrives meanwhile waits in `held`.
   */
  private deferred: { items: X12Settled[]; trailer: Position } | undefined;
  constructor(private readonly strict: boolean) {
    this.reader = new X12Reader({ strict });
  }
  get warnings(): LexWarning[] {
    this.collect();
    return this.found;
  }
  /** moves the reader's interchange warnings to `found`, their positions in the stream (while its base applies) */
  private collect(): void {
    const w = this.reader.warnings;
    if (w.length) for (const x of w.splice(0)) this.found.push(this.base.offset === 0 || !x.position ? x : { ...x, position: shift(x.position, this.base) });
  }
  push(text: string, out: Raw[], clean = false): void {
    // while a decision waits for the next ISA to be whole, the kept text must still hold the IEA before it
    this.tail.push(text, this.held !== '' || this.deferred !== undefined);
    this.feed(text, out, clean);
  }

  /** `clean`: `text` holds no binary garbage (the reader need not search it; held text joined to it is searched) */
  private feed(text: string, out: Raw[], clean = false): void {
    if (this.deferred !== undefined) {
      const reader = this.reader;
      const settled = this.settleDeferred(out, false);
      if (this.reader !== reader) return; // (a new reader has read the rest, this text included)
      if (!settled || this.deferred !== undefined) {
        this.held += text;
        return;
      }
    }
    // the text goes to the reader up to each segment that may start a next interchange, and the splitter looks
    // at it before the reader reads on: a reader given the text past its IEA would read a next ISA with its own
    // separators, and what became of the next interchange would depend on where the chunks fell
    // (a next ISA cut by the last chunk's end: the kept text shows it whole now)
    if (this.afterTrailer(out, false)) return;
    if (this.undecided) {
      // still not whole, this text being part of it: the reader (which may hold its first characters, an "ISA"
      // split between chunks) gets none of it before its separators are known
      this.held += text;
      return;
    }
    if (this.held) {
      text = this.held + text;
      this.held = '';
      clean = false;
    }
    let from = 0;
    for (let at = this.nextIsa(text, 0); at >= 0; at = this.nextIsa(text, at + 3)) {
      if (at > from) {
        const reader = this.reader;
        this.take(reader.pushSettled(text.slice(from, at), clean), out, false);
        if (this.reader !== reader) return; // (a failure after the IEA started a new reader on the rest)
        if (this.deferred !== undefined) {
          this.held = text.slice(at);
          return;
        }
      }
      from = at;
      if (this.afterTrailer(out, false)) return; // (a new reader has read the rest)
      if (this.undecided) {
        // an ISA after the IEA, not yet whole: nothing goes to the reader until its separators can be told
        this.held = text.slice(at);
        return;
      }
    }
    this.take(this.reader.pushSettled(from === 0 ? text : text.slice(from), clean), out, false);
    if (this.deferred === undefined) this.afterTrailer(out, false);
  }
  end(out: Raw[]): void {
    if (this.deferred !== undefined) this.settleDeferred(out, true);
    if (!this.afterTrailer(out, true) && this.held) this.take(this.reader.pushSettled(this.held), out, true);
    this.held = '';
    this.take(this.reader.endSettled(), out, true);
  }

  /**
   * Decides a deferred failure once the ISA after the IEA is whole (or the input has ended): a new reader reads on
   * from it, or the held items go out as they are and the held text goes on to the reader. False while undecided.
   */
  private settleDeferred(out: Raw[], final: boolean): boolean {
    const d = this.deferred!;
    // cleared first: a new reader started by afterTrailer() reads the rest through feed() at once
    this.deferred = undefined;
    if (this.afterTrailer(out, final, d.trailer)) return true;
    if (this.undecided) {
      this.deferred = d;
      return false;
    }
    this.take(d.items, out, final);
    return true;
  }

  /**
   * Where in `text` (from `from` on) an ISA may begin a segment, -1 when nowhere. Before the reader knows the
   * separators any ISA counts (the reader then detects them from the text before it).
   */
  private nextIsa(text: string, from: number): number {
    const d = this.reader.delimiters;
    for (let at = text.indexOf('ISA', from); at >= 0; at = text.indexOf('ISA', at + 3)) {
      if (!d) return at;
      // a terminator right before it, blanks between allowed (the terminator may be a line break itself); at the
      // start of the text the segment before ended in the last chunk, or is cut there: the reader is not past it
      let b = at - 1;
      let ended = false;
      while (b >= 0 && isBlank(text.charCodeAt(b))) if (text[b--] === d.segment) ended = true;
      if (ended || b < 0 || text[b] === d.segment) return at;
    }
    return -1;
  }

  /** `final`: the input has ended (an ISA that is not whole now never will be) */
  private take(items: X12Settled[], out: Raw[], final: boolean): void {
    for (let i = 0; i < items.length; i++) {
      const t = items[i]!;
      if ('error' in t && t.trailer) {
        // a failure after an IEA (the next interchange read with this one's separators): read it anew from there
        if (this.afterTrailer(out, final, t.trailer)) return;
        if (this.undecided) {
          this.deferred = { items: items.slice(i), trailer: t.trailer };
          return;
        }
      }
      out.push(this.base.offset === 0 ? x12Item(t) : this.moved(t));
    }
  }

  /** after the reader's IEA: an ISA with other separators is read by a new reader from there */
  private afterTrailer(out: Raw[], final: boolean, t = this.reader.trailerPosition): boolean {
    this.undecided = false;
    const d = this.reader.delimiters;
    if (!t || !d || t.offset === undefined || t.segment === undefined) return false;
    const all = this.tail.text();
    const iea = t.offset - this.tail.from;
    if (iea < 0 || iea >= all.length) return false;
    const end = all.indexOf(d.segment, iea);
    if (end < 0) return false;
    let at = end + 1;
    while (at < all.length && isBlank(all.charCodeAt(at))) at++;
    if (!all.startsWith('ISA', at)) return false;
    const isa = isaSeparators(all, at);
    if (!isa) {
      if (!final) {
        // not all of the ISA yet: feed() holds the text back until it is
        this.undecided = true;
        return false;
      }
    } else if (isa.element === d.element && isa.terminator === d.segment) return false; // the same separators: the reader goes on
    this.collect();
    this.base = { offset: this.base.offset + this.tail.from + at, segment: this.base.segment + t.segment };
    this.reader = new X12Reader({ strict: this.strict });
    this.held = ''; // (the kept text holds it: the new reader reads it below)
    const text = all.slice(at);
    this.tail.reset(text);
    this.feed(text, out);
    return true;
  }

  /** an item of a reader started after the first interchange: its positions moved to the whole stream */
  private moved(t: X12Settled): Raw {
    const warnings = t.warnings.map((w) => (w.position ? { ...w, position: shift(w.position, this.base) } : w));
    const control = { ...t.control, segment: t.control.segment + this.base.segment };
    return 'error' in t
      ? x12Item({ ...t, error: shiftedError(t.error, 'x12', this.base), warnings, control })
      : x12Item({ ...t, warnings, control });
  }
}

/**
 * The element separator (the character after ISA) and the segment terminator (the character after ISA16, which
 * follows the 16th element separator) of the ISA at text[at]; undefined when the text ends before them. The
 * separators are counted as the reader's tokenizer counts them: before any line break, within ISA_WINDOW
 * characters; an ISA the reader cannot read gets terminator '' (it matches no reader's separators).
 */
export function isaSeparators(text: string, at: number): { element: string; terminator: string } | undefined {
  const element = text[at + 3];
  if (element === undefined) return undefined;
  const end = Math.min(text.length, at + ISA_WINDOW);
  let n = 1;
  let k = at + 4;
  for (; k < end && n < 16; k++) {
    const c = text[k];
    if (c === element) n++;
    else if (c === '\n' || c === '\r') return { element, terminator: '' };
  }
  if (n < 16) return end === text.length && end < at + ISA_WINDOW ? undefined : { element, terminator: '' };
  // k is past the 16th separator: ISA16, then the terminator
  return k + 1 >= text.length ? undefined : { element, terminator: text[k + 1]! };
}


function x12Item(t: X12Settled): Raw {
  const c = t.control;
  // built field by field (no object spread: this runs once per message), in the order the item's keys are listed
  const item: { ok: boolean; message?: LexMessage; error?: LexCodecError; warnings: LexWarning[]; control?: string; group?: string; interchange?: string; fatal?: boolean } =
    'error' in t ? { ok: false, error: t.error, warnings: t.warnings } : { ok: true, message: t.message, warnings: t.warnings };
  if (c.transaction) item.control = c.transaction;
  if (c.group) item.group = c.group;
  if (c.interchange) item.interchange = c.interchange;
  if ('error' in t && t.fatal) item.fatal = true;
  return item as Raw;
}
