// The interchange reader: tokenizer → envelope state machine (ISA/GS/ST … SE/GE/IEA) → one decoded message
// per transaction. Push-based, so a stream can feed it chunk by chunk; the string API pushes everything once.
import { LexCodecError, type LexWarning, type ParseResult, type Position } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';
import { COMPILED, compiledForSet } from './compiled.js';
import { TransactionDecoder } from './decode.js';
import { CONVENTION, GS_VERSION, ISA_VERSION } from './syntax.js';
import { tagCode, type Segment, type SegmentLike, type SegmentView } from './segment.js';
import { X12Tokenizer } from './tokenizer.js';

export interface X12ReadOptions {
  /** count and control-number mismatches are errors (X12_COUNT_MISMATCH, X12_CONTROL_NUMBER_MISMATCH) instead of warnings */
  strict?: boolean;
  /** longest segment accepted, in characters (default 1 MiB) */
  maxSegmentLength?: number;
}

/** The control numbers that identify a transaction. */
export interface X12Control {
  /** ISA13 */
  interchange: string;
  /** GS06 */
  group: string;
  /** ST02 */
  transaction: string;
  /** segment number of the ST segment in the stream */
  segment: number;
}

export interface X12Transaction extends ParseResult {
  control: X12Control;
}

/**
 * What pushSettled()/endSettled() report instead of throwing: a transaction that could not be read (its control
 * numbers, and the warnings met before the error), or a stretch of segments outside any transaction
 * (`control.transaction` is then ''). `fatal`: the rest of the input cannot be read (bad delimiters, binary data, a
 * segment over the size limit, truncation); nothing more is returned after it.
 */
export interface X12Failure {
  error: LexCodecError;
  control: X12Control;
  warnings: LexWarning[];
  fatal?: boolean;
  /** the position of the IEA this failure follows, when it came after an interchange ended (before any next ISA) */
  trailer?: Position;
}

/** A transaction read, or one that failed (`'error' in item`). */
export type X12Settled = X12Transaction | X12Failure;

type State = 'start' | 'interchange' | 'group' | 'transaction' | 'done';

const ISA = tagCode('ISA'), GS = tagCode('GS'), ST = tagCode('ST'), SE = tagCode('SE'), GE = tagCode('GE'), IEA = tagCode('IEA');

const err = (code: string, message: string, position?: Position) => new LexCodecError('x12', code, message, position);
type Located = { index: number; tag: string; offset: number };
/** a segment's tag as reported: what stands before its first element separator, cut short when that is no tag (a cut segment) */
const shownTag = (tag: string) => (tag.length <= 3 ? tag : `${JSON.stringify(tag.slice(0, 12)).slice(0, -1)}…"`);
const at = (seg: Located, element?: number): Position => (element === undefined ? { segment: seg.index, tag: shownTag(seg.tag), offset: seg.offset } : { segment: seg.index, tag: shownTag(seg.tag), element, offset: seg.offset });
const tagName = (code: number) => String.fromCharCode(Math.floor(code / 65536), Math.floor(code / 256) % 256, code % 256).replace(/\0/g, '');
/** `s` is exactly `length` ASCII digits */
function digits(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const sameNumber = (a: string, b: string) => a.trim() === b.trim() || (/^\d+$/.test(a.trim()) && /^\d+$/.test(b.trim()) && Number(a) === Number(b));

export class X12Reader {
  /** interchange-level warnings (ISA, GS, GE, IEA); each transaction has its own */
  readonly warnings: LexWarning[] = [];
  private readonly tokenizer: X12Tokenizer;
  private readonly strict: boolean;
  private state: State = 'start';
  private isa: Segment | undefined;
  private gs: Segment | undefined;
  private st: Segment | undefined;
  private groups = 0;
  private sets = 0;
  private count = 0;
  private decoder: TransactionDecoder | undefined;
  private txWarnings: LexWarning[] = [];
  private lastIndex = 0;
  private lastOffset = 0;
  private lastTag = 0;
  /** the items of the pushSettled() call in progress */
  private settled: X12Settled[] = [];
  /** the error of the open transaction: its remaining segments up to SE are skipped */
  private failure: LexCodecError | undefined;
  /** after an error outside a transaction: segments are skipped up to the next envelope segment */
  private skipping = false;
  /** a fatal error was reported: the reader reads nothing more */
  private dead = false;
  /** where the last IEA is */
  private trailer: Position | undefined;

  /** The position of the interchange's IEA once it has been read (before any next ISA), else undefined. */
  get trailerPosition(): Position | undefined {
    return this.state === 'done' ? this.trailer : undefined;
  }

  /** the separators, once the ISA has been read */
  get delimiters(): { element: string; segment: string } | undefined {
    return this.tokenizer.delimiters;
  }

  constructor(options: X12ReadOptions = {}) {
    this.strict = options.strict === true;
    this.tokenizer = new X12Tokenizer(options.maxSegmentLength === undefined ? {} : { maxSegmentLength: options.maxSegmentLength });
  }

  /** Feeds text; returns the transactions completed by it. */
  push(chunk: string): X12Transaction[] {
    const out: X12Transaction[] = [];
    this.tokenizer.scan(chunk, (seg) => this.feed(seg, out));
    this.drainWarnings();
    return out;
  }

  /**
   * Like push(), but an error does not end the reading: a transaction that fails (a segment with an invalid tag, a
   * broken envelope, a count mismatch with `strict`) is returned in its place as an X12Failure with its control
   * numbers and the error's position, its remaining segments are skipped up to its SE, and the next transactions
   * are read as usual. Errors that make the rest unreadable are returned as a `fatal` failure. Never throws.
   * Use either push()/end() or pushSettled()/endSettled() on one reader. `clean`: the caller has checked that the
   * chunk holds no control character but tab, line feed and carriage return, no DEL and no U+FFFD (the reader's own
   * search for binary garbage is then skipped).
   */
  pushSettled(chunk: string, clean = false): X12Settled[] {
    const out: X12Settled[] = [];
    if (this.dead) return out;
    this.enterSettled(out);
    try {
      this.tokenizer.scan(chunk, (seg) => this.feedSettled(seg, out), clean);
    } catch (e) {
      this.fatal(e, out);
    }
    this.drainWarnings();
    return out;
  }

  /** Ends the input of pushSettled(); returns the last items, a truncated interchange as a fatal failure. */
  endSettled(): X12Settled[] {
    const out: X12Settled[] = [];
    if (this.dead) return out;
    this.enterSettled(out);
    try {
      this.tokenizer.finish((seg) => this.feedSettled(seg, out));
      this.drainWarnings();
      if (this.state !== 'done') this.end();
    } catch (e) {
      this.fatal(e, out);
    }
    this.drainWarnings();
    return out;
  }

  private enterSettled(out: X12Settled[]): void {
    this.settled = out;
    this.tokenizer.onInvalid ??= (e) => this.invalidSegment(e);
  }

  /** the control numbers known now; `transaction` is '' outside a transaction */
  private control(segment: number): X12Control {
    const inTx = this.state === 'transaction' && this.st !== undefined;
    return {
      interchange: (this.isa?.elements[13] ?? '').trim(),
      group: this.state === 'group' || this.state === 'transaction' ? (this.gs?.elements[6] ?? '').trim() : '',
      transaction: inTx ? (this.st!.elements[2] ?? '').trim() : '',
      segment: inTx ? this.st!.index : segment,
    };
  }

  private fail(error: LexCodecError, segment: number, out: X12Settled[], fatal = false): void {
    const inTx = this.state === 'transaction';
    const item: X12Failure = { error, control: this.control(segment), warnings: inTx ? this.txWarnings : [] };
    if (fatal) item.fatal = true;
    if (this.state === 'done' && this.trailer) item.trailer = this.trailer;
    out.push(item);
    if (inTx) {
      this.decoder = undefined;
      this.txWarnings = [];
      this.state = 'group';
    }
    this.failure = undefined;
  }

  private fatal(e: unknown, out: X12Settled[]): void {
    const error = e instanceof LexCodecError ? e : err(e instanceof RangeError ? 'X12_INPUT_TOO_LARGE' : 'X12_INTERNAL_ERROR', `X12 codec failure: ${e instanceof Error ? e.message : String(e)}`);
    if (this.failure && this.state === 'transaction') this.fail(this.failure, this.lastIndex, out);
    this.fail(error, error.position?.segment ?? this.lastIndex, out, true);
    this.dead = true;
  }

  /** a segment the tokenizer refused (X12_INVALID_SEGMENT), in settled mode */
  private invalidSegment(e: LexCodecError): void {
    const segment = e.position?.segment ?? this.lastIndex + 1;
    if (this.state === 'transaction') this.failure ??= e;
    else if (!this.skipping) {
      this.fail(e, segment, this.settled);
      this.skipping = true;
    }
    this.lastIndex = segment;
  }

  private feedSettled(seg: SegmentView, out: X12Settled[]): void {
    const t = seg.tagCode;
    const envelope = t === ISA || t === GS || t === ST || t === GE || t === IEA;
    if (this.failure !== undefined) {
      if (t === SE || envelope) {
        // SE closes the failed transaction; another envelope segment means its SE is missing
        this.fail(this.failure, seg.index, out);
        if (t === SE) return this.skipped(seg);
      } else return this.skipped(seg);
    } else if (this.skipping) {
      if (!envelope) return this.skipped(seg);
      this.skipping = false;
    }
    try {
      this.feed(seg, out);
    } catch (e) {
      if (!(e instanceof LexCodecError) || e.code === 'X12_TRUNCATED') throw e;
      if (this.state === 'transaction') {
        if (t === SE) this.fail(e, seg.index, out);
        else if (envelope) {
          // ST, GS, GE, IEA or ISA inside a transaction: it has no SE; it fails, and the segment is read again
          this.fail(e, seg.index, out);
          this.feedSettled(seg, out);
          return;
        } else this.failure = e;
      } else {
        this.fail(e, seg.index, out);
        if (!envelope) this.skipping = true;
      }
      this.skipped(seg);
    }
  }

  private skipped(seg: SegmentView): void {
    this.lastIndex = seg.index;
    this.lastOffset = seg.offset;
    this.lastTag = seg.tagCode;
  }

  /** Ends the input; returns the last transactions. Throws when the interchange is not complete. */
  end(): X12Transaction[] {
    const out: X12Transaction[] = [];
    this.tokenizer.finish((seg) => this.feed(seg, out));
    this.drainWarnings();
    if (this.state !== 'done') {
      // whether it was cut or never written, the interchange is incomplete
      const pos: Position = this.lastIndex === 0 ? { segment: 1 } : { segment: this.lastIndex, tag: tagName(this.lastTag), offset: this.lastOffset };
      const missing = this.state === 'transaction' ? `SE (transaction ${this.st?.elements[2] ?? ''} is not closed)` : this.state === 'group' ? 'GE and IEA' : 'IEA';
      throw err('X12_TRUNCATED', `the input ends without ${missing}: the interchange is truncated`, pos);
    }
    return out;
  }

  private drainWarnings(): void {
    if (this.tokenizer.warnings.length) this.warnings.push(...this.tokenizer.warnings.splice(0));
  }

  private feed(seg: SegmentView, out: X12Settled[]): void {
    if (this.tokenizer.warnings.length !== 0) this.drainWarnings();
    if (seg.unterminated) {
      // only a complete IEA (its control number equal to ISA13) may lack its terminator; anything else was cut
      const complete = seg.tag === 'IEA' && seg.count === 3 && this.isa !== undefined && seg.is(2, this.isa.elements[13] ?? '');
      if (!complete) throw err('X12_TRUNCATED', `the input ends inside segment ${seg.index} (${shownTag(seg.tag)}): it has no segment terminator`, at(seg));
      this.warnings.push({ code: 'X12_MISSING_TERMINATOR', message: 'the IEA segment has no segment terminator', position: at(seg) });
    }
    if (seg.last) {
      try {
        this.dispatch(seg, out);
      } catch (e) {
        // the final line of a newline-terminated input that breaks the envelope was most likely cut
        if (e instanceof LexCodecError && e.code === 'X12_MISSING_ENVELOPE') throw err('X12_TRUNCATED', `the input ends inside segment ${seg.index} (${shownTag(seg.tag)})`, at(seg));
        throw e;
      }
    } else this.dispatch(seg, out);
    this.lastIndex = seg.index;
    this.lastOffset = seg.offset;
    this.lastTag = seg.tagCode;
  }

  private dispatch(seg: SegmentView, out: X12Settled[]): void {
    const t = seg.tagCode;
    if (t === ISA) this.onIsa(seg.toSegment());
    else if (t === GS) this.onGs(seg.toSegment());
    else if (t === ST) this.onSt(seg.toSegment());
    else if (t === SE) out.push(this.onSe(seg));
    else if (t === GE) this.onGe(seg);
    else if (t === IEA) this.onIea(seg);
    else {
      if (this.state !== 'transaction') {
        throw err('X12_MISSING_ENVELOPE', `segment ${shownTag(seg.tag)} is outside a transaction${this.state === 'done' ? ' (after IEA)' : ' (ST missing)'}`, at(seg));
      }
      this.count++;
      this.decoder!.segment(seg, t);
    }
  }

  private missing(seg: Located, what: string): never {
    throw err('X12_MISSING_ENVELOPE', `${shownTag(seg.tag)} where ${what} was expected: the envelope is broken`, at(seg));
  }

  private mismatch(warnings: LexWarning[], code: 'X12_COUNT_MISMATCH' | 'X12_CONTROL_NUMBER_MISMATCH', seg: Located, element: number, message: string): void {
    if (this.strict) throw err(code, message, at(seg, element));
    warnings.push({ code, message, position: at(seg, element) });
  }

  private unexpected(warnings: LexWarning[], seg: Segment, element: number, expected: string): void {
    const v = seg.elements[element] ?? '';
    warnings.push({ code: 'X12_UNEXPECTED_VALUE', message: `${seg.tag}${String(element).padStart(2, '0')} is ${v === '' ? 'empty' : `"${v}"`}; LEX writes ${expected}`, position: at(seg, element) });
  }

  private onIsa(seg: Segment): void {
    if (this.state !== 'start' && this.state !== 'done') this.missing(seg, this.state === 'transaction' ? 'SE' : this.state === 'group' ? 'GE' : 'IEA');
    if (seg.elements.length !== 17) throw err('X12_BAD_DELIMITERS', `the ISA segment has ${seg.elements.length - 1} elements, not 16`, at(seg));
    const el = seg.elements;
    // a next interchange is read with the separators of the first: one that declares others (its ISA16 is not
    // the component separator in use, e.g. ":~" where segments end with line breaks) would have every value
    // read wrong, so it is refused (a stream reader starts a new reader there)
    const component = this.tokenizer.delimiters?.component;
    if (this.state === 'done' && component !== undefined && el[16] !== component) {
      throw err('X12_BAD_DELIMITERS', `the ISA at segment ${seg.index} declares other separators than the interchange before it (ISA16 ${JSON.stringify(el[16])}, in use ${JSON.stringify(component)}); read each interchange on its own, or the input as a stream`, at(seg, 16));
    }
    const w = this.warnings;
    if (!digits(el[9]!, 6)) w.push({ code: 'X12_INVALID_VALUE', message: `ISA09 "${el[9]}" is not a YYMMDD date`, position: at(seg, 9) });
    if (digits(el[10]!, 6)) w.push({ code: 'X12_UNEXPECTED_VALUE', message: `ISA10 "${el[10]}" is HHMMSS; the ISA time is HHMM (the seconds are read anyway)`, position: at(seg, 10) });
    else if (!digits(el[10]!, 4)) w.push({ code: 'X12_INVALID_VALUE', message: `ISA10 "${el[10]}" is not an HHMM time`, position: at(seg, 10) });
    if (el[12] !== ISA_VERSION) this.unexpected(w, seg, 12, `version ${ISA_VERSION}`);
    if (!digits(el[13]!, 9)) this.unexpected(w, seg, 13, 'a 9-digit control number');
    if (el[15] !== 'P' && el[15] !== 'T') this.unexpected(w, seg, 15, 'P or T');
    this.isa = seg;
    this.groups = 0;
    this.state = 'interchange';
  }

  private onGs(seg: Segment): void {
    if (this.state !== 'interchange') this.missing(seg, this.state === 'start' || this.state === 'done' ? 'ISA' : this.state === 'group' ? 'GE' : 'SE');
    if (!COMPILED.some((c) => c.table.functionalId === seg.elements[1])) this.unexpected(this.warnings, seg, 1, `${COMPILED.map((c) => c.table.functionalId).join(' or ')} (the functional identifiers of LEX messages)`);
    if (seg.elements[8] !== GS_VERSION) this.unexpected(this.warnings, seg, 8, `version ${GS_VERSION}`);
    this.gs = seg;
    this.groups++;
    this.sets = 0;
    this.state = 'group';
  }

  private onSt(seg: Segment): void {
    if (this.state !== 'group') this.missing(seg, this.state === 'transaction' ? 'SE' : this.state === 'interchange' ? 'GS' : 'ISA');
    this.txWarnings = [];
    // ST01 picks the table (824 → the ACKNOWLEDGMENT table); anything else is read as the default set (850)
    const compiled = compiledForSet(seg.elements[1] ?? '');
    if (!compiled) this.unexpected(this.txWarnings, seg, 1, `${COMPILED.map((c) => c.table.transactionSet).join(' or ')} (it is read as ${COMPILED[0]!.table.transactionSet})`);
    if (seg.elements[3] !== CONVENTION) this.unexpected(this.txWarnings, seg, 3, `the implementation convention ${CONVENTION}`);
    this.st = seg;
    this.sets++;
    this.count = 1;
    const d = this.tokenizer.delimiters!;
    this.decoder = new TransactionDecoder({
      isa: this.isa!.elements, gs: this.gs!.elements, st: seg.elements,
      gsSegment: this.gs!.index, stSegment: seg.index,
      component: d.component, repetition: d.repetition,
    }, this.txWarnings, compiled ?? COMPILED[0]!);
    this.state = 'transaction';
  }

  private onSe(seg: SegmentLike): X12Transaction {
    if (this.state !== 'transaction') this.missing(seg, this.state === 'group' ? 'ST' : 'a segment inside a group');
    this.count++;
    const w = this.txWarnings;
    const decoder = this.decoder!;
    const st = this.st!;
    const se01 = seg.element(1);
    if (!sameNumber(se01, String(this.count))) this.mismatch(w, 'X12_COUNT_MISMATCH', seg, 1, `SE01 is ${se01 || 'empty'} but the transaction has ${this.count} segments (ST to SE)`);
    const se02 = seg.element(2);
    if (se02.trim() !== (st.elements[2] ?? '').trim()) this.mismatch(w, 'X12_CONTROL_NUMBER_MISMATCH', seg, 2, `SE02 "${se02}" does not match ST02 "${st.elements[2] ?? ''}"`);
    if (decoder.ctt) {
      const ctt01 = decoder.ctt.elements[1] ?? '';
      if (!sameNumber(ctt01, String(decoder.lineItems))) this.mismatch(w, 'X12_COUNT_MISMATCH', decoder.ctt, 1, `CTT01 is ${ctt01 || 'empty'} but the transaction has ${decoder.lineItems} line items (IT1/PO1)`);
    }
    const message = decoder.finish() as unknown as LexMessage;
    this.decoder = undefined;
    this.state = 'group';
    return {
      message,
      warnings: w,
      control: { interchange: (this.isa!.elements[13] ?? '').trim(), group: (this.gs!.elements[6] ?? '').trim(), transaction: (st.elements[2] ?? '').trim(), segment: st.index },
    };
  }

  private onGe(seg: SegmentLike): void {
    if (this.state !== 'group') this.missing(seg, this.state === 'transaction' ? 'SE' : 'GS');
    const ge01 = seg.element(1);
    if (!sameNumber(ge01, String(this.sets))) this.mismatch(this.warnings, 'X12_COUNT_MISMATCH', seg, 1, `GE01 is ${ge01 || 'empty'} but the group has ${this.sets} transactions`);
    const ge02 = seg.element(2);
    if (!sameNumber(ge02, this.gs!.elements[6] ?? '')) this.mismatch(this.warnings, 'X12_CONTROL_NUMBER_MISMATCH', seg, 2, `GE02 "${ge02}" does not match GS06 "${this.gs!.elements[6] ?? ''}"`);
    this.state = 'interchange';
  }

  private onIea(seg: SegmentLike): void {
    if (this.state !== 'interchange') this.missing(seg, this.state === 'transaction' ? 'SE' : this.state === 'group' ? 'GE' : 'ISA');
    const iea01 = seg.element(1);
    if (!sameNumber(iea01, String(this.groups))) this.mismatch(this.warnings, 'X12_COUNT_MISMATCH', seg, 1, `IEA01 is ${iea01 || 'empty'} but the interchange has ${this.groups} functional groups`);
    const iea02 = seg.element(2);
    if (!sameNumber(iea02, this.isa!.elements[13] ?? '')) this.mismatch(this.warnings, 'X12_CONTROL_NUMBER_MISMATCH', seg, 2, `IEA02 "${iea02}" does not match ISA13 "${this.isa!.elements[13] ?? ''}"`);
    this.trailer = at(seg);
    this.state = 'done';
  }
}
