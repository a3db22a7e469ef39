// The interchange reader: UNA? UNB (UNG? UNH … UNT UNE?)* UNZ, fed segment by segment from the
// streaming tokenizer. Each message is mapped as soon as its UNT arrives, so a reader holds one message at a time.
import { LexCodecError, type LexWarning, type ParseResult, type Position } from '@lexstandard/codec';
import { envelopeKey, isCount, LAYOUT_DEVIATIONS, MessageMapper, type FastSeparators, MESSAGES, messageFor, positionOf, type EnvelopeText, type MapOptions } from './reader.js';
import { codeOf, Cursor } from './cursor.js';
import { DEFAULT_MAX_SEGMENT, SegmentTokenizer, type Delimiters, type RawSegment } from './tokenizer.js';
import { quote } from './values.js';

export interface EdifactParseOptions {
  /** UNT/UNZ count and reference mismatches fail instead of warning (default false) */
  strict?: boolean;
  /** longest accepted segment, in characters (default 1 MiB) */
  maxSegmentLength?: number;
}

export interface EdifactMessageResult extends ParseResult {
  /** UNH 0062, the message reference number */
  reference: string;
  /** 1-based segment number of the UNH in the interchange */
  segment: number;
}

export interface EdifactInterchangeHeader {
  syntaxIdentifier: string;
  sender: string;
  receiver: string;
  /** UNB 0020 */
  controlReference: string;
  delimiters: Delimiters;
}

export interface EdifactInterchangeResult extends EdifactInterchangeHeader {
  messages: EdifactMessageResult[];
  /** deviations of the interchange envelope (UNA, UNB, UNZ); each message has its own */
  warnings: LexWarning[];
}

/**
 * What pushSettled()/endSettled() report instead of throwing: a message that could not be read (its UNH reference
 * and segment, the warnings met before the error), or segments outside any message (`reference` ''). `fatal`: the
 * rest of the input cannot be read (bad delimiters, binary data, truncation, data after the UNZ); nothing follows.
 */
export interface EdifactFailure {
  error: LexCodecError;
  reference: string;
  segment: number;
  warnings: LexWarning[];
  fatal?: boolean;
}

/** A message read, or one that failed (`'error' in item`). */
export type EdifactSettled = EdifactMessageResult | EdifactFailure;

const enum Phase { Start, Interchange, Message, Done }

/** codeOf(String(n)) for n < 1000 */
const SMALL_COUNTS = Array.from({ length: 1000 }, (_, n) => codeOf(String(n)));

/** One mapper per message type for every parser: map() is synchronous and keeps nothing between messages. */
const mappers = new Map(MESSAGES.map((c) => [c, new MessageMapper(c)]));
/** the UNB envelope places (the same in every table) */
const UNB_PLACES = MESSAGES[0]!.table.envelope.filter((p) => p.tag === 'UNB');

const err = (code: string, message: string, position?: Position) => new LexCodecError('edifact', code, message, position);

/**
 * Streaming reader of one interchange: push(chunk) returns the messages the chunk completes, end() checks the
 * trailer. parseEdifact / parseEdifactInterchange are built on it.
 */
export class EdifactStreamParser {
  readonly warnings: LexWarning[] = [];
  interchange: EdifactInterchangeHeader | undefined;
  private readonly tokenizer: SegmentTokenizer;
  private readonly strict: boolean;
  private readonly maxSegment: number;
  private phase = Phase.Start;
  private current: RawSegment[] = [];
  private messageCount = 0;
  private envelope: EnvelopeText = { values: [] };
  private legacy = false;
  private lastIndex = 0;
  private lastOffset = 0;
  private cursor: Cursor | undefined;
  private mapOptions: MapOptions | undefined;
  /** the current message's UNH reference */
  private reference = '';
  /** where the UNZ is, once read */
  private trailer: Position | undefined;

  /** The position of the interchange's UNZ once it has been read, else undefined. */
  get trailerPosition(): Position | undefined {
    return this.phase === Phase.Done ? this.trailer : undefined;
  }

  /** component c of element e of `seg` */
  private at(seg: RawSegment, e: number, c = 1): string {
    this.cursor ??= new Cursor(this.tokenizer.delimiters!);
    return this.cursor.open(seg).at(e, c);
  }

  constructor(options: EdifactParseOptions = {}) {
    this.strict = !!options.strict;
    this.maxSegment = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT;
    this.tokenizer = new SegmentTokenizer(options.maxSegmentLength !== undefined ? { maxSegmentLength: options.maxSegmentLength, reuseSegments: true } : { reuseSegments: true });
    this.tokenizer.onMessage = this.fastMessage;
  }

  push(chunk: string): EdifactMessageResult[] {
    const out: EdifactMessageResult[] = [];
    this.out = out;
    this.tokenizer.push(chunk, this.sink);
    this.out = undefined;
    return out;
  }

  /**
   * Ends the input. `messages`: those completed only now — when the separators could not be told before the end
   * (an input shorter than the detection window, a UNA whose terminator never shows), the whole interchange is
   * read here.
   */
  end(): EdifactInterchangeHeader & { warnings: LexWarning[]; messageCount: number; messages: EdifactMessageResult[] } {
    const rest: EdifactMessageResult[] = [];
    this.out = rest;
    this.tokenizer.end(this.sink);
    this.out = undefined;
    // what the tokenizer found after the last segment it handed out (an empty segment after the UNZ)
    if (this.tokenizer.warnings.length !== 0) this.drainTokenizer();
    const where = this.lastIndex ? { segment: this.lastIndex + 1, offset: this.lastOffset } : { offset: 0 };
    if (this.phase === Phase.Start) throw err('EDIFACT_MISSING_ENVELOPE', 'the input holds no interchange header UNB', where);
    if (this.phase === Phase.Message) throw err('EDIFACT_TRUNCATED', `the input ends inside message ${this.reference} (no UNT)`, where);
    if (this.phase === Phase.Interchange) throw err('EDIFACT_MISSING_ENVELOPE', 'the interchange has no trailer UNZ', where);
    const h = this.interchange!;
    return { syntaxIdentifier: h.syntaxIdentifier, sender: h.sender, receiver: h.receiver, controlReference: h.controlReference, delimiters: h.delimiters, warnings: this.warnings, messageCount: this.messageCount, messages: rest };
  }

  // ----- settled mode: errors become EdifactFailure items and reading goes on -----------------------------------

  /** the error of the open message: its remaining segments up to UNT are skipped */
  private failure: LexCodecError | undefined;
  /** after an error outside a message: segments are skipped up to the next envelope segment */
  private skipping = false;
  private dead = false;
  private settled: EdifactSettled[] = [];
  private readonly settledSink = { push: (seg: RawSegment) => this.consumeSettled(seg) };

  /**
   * Like push(), but an error does not end the reading: a message that fails (a segment that is not a segment, a
   * missing UNT, a count mismatch with `strict`) is returned in its place as an EdifactFailure with its reference and
   * the error's position, its remaining segments are skipped up to its UNT, and the next messages are read as usual.
   * Errors that make the rest unreadable come as a `fatal` failure. Never throws. Use either push()/end() or
   * pushSettled()/endSettled() on one parser.
   */
  pushSettled(chunk: string): EdifactSettled[] {
    const out: EdifactSettled[] = [];
    if (this.dead) return out;
    this.enterSettled(out);
    try {
      this.tokenizer.push(chunk, this.settledSink);
    } catch (e) {
      this.fatal(e, out);
    }
    this.out = undefined;
    if (this.tokenizer.warnings.length !== 0) this.drainTokenizer();
    return out;
  }

  /** Ends the input of pushSettled(); a missing trailer or a truncated message comes as a fatal failure. */
  endSettled(): EdifactSettled[] {
    const out: EdifactSettled[] = [];
    if (this.dead) return out;
    this.enterSettled(out);
    try {
      this.tokenizer.end(this.settledSink);
      if (this.tokenizer.warnings.length !== 0) this.drainTokenizer();
      if (this.failure !== undefined && this.phase === Phase.Message) this.fail(this.failure, out);
      this.out = [];
      this.end();
    } catch (e) {
      this.fatal(e, out);
    }
    this.out = undefined;
    return out;
  }

  private enterSettled(out: EdifactSettled[]): void {
    this.settled = out;
    this.out = out as EdifactMessageResult[];
    this.tokenizer.onInvalid ??= (e) => this.invalidSegment(e);
  }

  /** `reread`: the segment in hand (a UNH, UNB … that ended the message) is read next: its pooled segment and marks must not be recycled */
  private fail(error: LexCodecError, out: EdifactSettled[], fatal = false, reread = false): void {
    const inMessage = this.phase === Phase.Message;
    const item: EdifactFailure = { error, reference: inMessage ? this.reference : '', segment: inMessage ? this.current[0]?.index ?? this.lastIndex : error.position?.segment ?? this.lastIndex, warnings: [] };
    if (fatal) item.fatal = true;
    out.push(item);
    if (inMessage) {
      this.current.length = 0;
      this.phase = Phase.Interchange;
      if (!reread) this.tokenizer.recycle();
    }
    this.failure = undefined;
  }

  private fatal(e: unknown, out: EdifactSettled[]): void {
    const error = e instanceof LexCodecError ? e : err(e instanceof RangeError ? 'EDIFACT_TOO_LARGE' : 'EDIFACT_INTERNAL_ERROR', `EDIFACT codec failure: ${e instanceof Error ? e.message : String(e)}`);
    if (this.failure !== undefined && this.phase === Phase.Message) this.fail(this.failure, out);
    this.fail(error, out, true);
    this.dead = true;
  }

  private invalidSegment(e: LexCodecError): void {
    if (this.phase === Phase.Message) this.failure ??= e;
    else if (!this.skipping) {
      this.fail(e, this.settled);
      this.skipping = true;
    }
  }

  private consumeSettled(seg: RawSegment): void {
    const tag = seg.tag;
    const envelope = tag === 'UNH' || tag === 'UNZ' || tag === 'UNB' || tag === 'UNG' || tag === 'UNE';
    const out = this.settled;
    if (this.failure !== undefined) {
      if (tag === 'UNT' || envelope) {
        // UNT closes the failed message; another envelope segment means its UNT is missing. Either way it was a
        // message of the interchange (UNZ counts it)
        this.messageCount++;
        this.fail(this.failure, out, false, tag !== 'UNT');
        if (tag === 'UNT') return;
      } else return;
    } else if (this.skipping) {
      if (tag === 'UNT') { this.skipping = false; return; }
      if (!envelope) return;
      this.skipping = false;
    }
    try {
      this.consume(seg);
    } catch (e) {
      if (!(e instanceof LexCodecError) || e.code === 'EDIFACT_TRUNCATED' || e.code === 'EDIFACT_TRAILING_DATA') throw e;
      if (this.phase === Phase.Message) {
        if (tag === 'UNT') this.fail(e, out);
        else if (envelope) {
          // UNH, UNZ, UNB … inside a message: it has no UNT; it fails (UNZ counts it), and the segment is read again
          this.messageCount++;
          this.fail(e, out, false, true);
          this.consumeSettled(seg);
        } else this.failure = e;
      } else {
        this.fail(e, out);
        if (!envelope) this.skipping = true;
      }
    }
  }

  private drainTokenizer() {
    for (const w of this.tokenizer.warnings) {
      this.warnings.push(w);
      if (LAYOUT_DEVIATIONS.has(w.code)) this.legacy = true;
    }
    this.tokenizer.warnings.length = 0;
  }

  private mismatch(code: string, message: string, position: Position) {
    if (this.strict) throw err(code, message, position);
    this.warnings.push({ code, message, position });
  }

  private out: EdifactMessageResult[] | undefined;
  private readonly sink = { push: (seg: RawSegment) => this.consume(seg) };

  private consume(seg: RawSegment): void {
    if (this.tokenizer.warnings.length !== 0) this.drainTokenizer();
    const out = this.out!;
    {
      this.lastIndex = seg.index;
      this.lastOffset = seg.offset;
      switch (seg.tag) {
        case 'UNA':
          break;
        case 'UNB':
          if (this.phase !== Phase.Start) throw err(this.phase === Phase.Done ? 'EDIFACT_TRAILING_DATA' : 'EDIFACT_MISSING_ENVELOPE', this.phase === Phase.Done ? 'a second interchange follows the UNZ; parse each interchange on its own' : 'a UNB inside an interchange (UNZ missing)', positionOf(seg));
          this.readUnb(seg);
          this.phase = Phase.Interchange;
          this.tokenizer.recycle();
          break;
        case 'UNG':
        case 'UNE':
          if (this.phase !== Phase.Interchange) throw err('EDIFACT_MISSING_ENVELOPE', `${seg.tag} outside the interchange or inside a message`, positionOf(seg));
          break;
        case 'UNH':
          if (this.phase === Phase.Message) throw err('EDIFACT_MISSING_ENVELOPE', `message ${this.reference} has no UNT before the next UNH`, positionOf(seg));
          if (this.phase !== Phase.Interchange) throw err(this.phase === Phase.Done ? 'EDIFACT_TRAILING_DATA' : 'EDIFACT_MISSING_ENVELOPE', 'a UNH outside the interchange', positionOf(seg));
          this.current.length = 0;
          this.current.push(seg);
          this.cursor ??= new Cursor(this.tokenizer.delimiters!);
          this.reference = this.cursor.open(seg).at(1, 1);
          this.phase = Phase.Message;
          break;
        case 'UNT':
          if (this.phase !== Phase.Message) throw err('EDIFACT_MISSING_ENVELOPE', 'a UNT without its UNH', positionOf(seg));
          this.current.push(seg);
          out.push(this.closeMessage());
          this.phase = Phase.Interchange;
          this.tokenizer.recycle(); // the message's segments are done with
          break;
        case 'UNZ':
          if (this.phase === Phase.Message) throw err('EDIFACT_MISSING_ENVELOPE', `message ${this.reference} has no UNT before the UNZ`, positionOf(seg));
          if (this.phase !== Phase.Interchange) throw err(this.phase === Phase.Done ? 'EDIFACT_TRAILING_DATA' : 'EDIFACT_MISSING_ENVELOPE', 'a UNZ without its UNB', positionOf(seg));
          this.readUnz(seg);
          this.trailer = positionOf(seg);
          this.phase = Phase.Done;
          this.tokenizer.recycle();
          break;
        default:
          if (this.phase === Phase.Message) this.current.push(seg);
          else if (this.phase === Phase.Done) throw err('EDIFACT_TRAILING_DATA', `segment ${seg.tag} after the interchange trailer UNZ`, positionOf(seg));
          else throw err('EDIFACT_MISSING_ENVELOPE', `segment ${seg.tag} outside a message (UNH missing)`, positionOf(seg));
      }
    }
  }

  private readUnb(seg: RawSegment) {
    this.fastMisses = 0;
    this.cursor ??= new Cursor(this.tokenizer.delimiters!);
    const view = this.cursor.open(seg);
    if (!(view.width(1) >= 1 && view.at(1, 1).length === 4 && view.at(1, 1).startsWith('UNO') && isUpperLetter(view.at(1, 1).charCodeAt(3)))) {
      this.warnings.push({ code: 'EDIFACT_SYNTAX_IDENTIFIER', message: `syntax identifier ${quote(view.at(1, 1))} is not a UN/ECE level (UNOA…UNOY); read as UNOC`, position: positionOf(seg, 1, 1) });
      this.legacy = true;
    }
    const values: (string | undefined)[] = [];
    for (const p of UNB_PLACES) {
      let text = view.at(p.element, p.component);
      if (text !== '' && p.format) {
        const want = p.format === 'YYMMDD' ? 6 : p.format === 'HHMM' ? 4 : p.format.length;
        const alt = p.format === 'YYMMDD' ? 8 : p.format === 'HHMM' ? 6 : -1;
        if (!isDigits(text) || (text.length !== want && text.length !== alt)) {
          this.warnings.push({ code: 'EDIFACT_INVALID_VALUE', message: `UNB ${p.element}.${p.component} ${quote(text)} is not ${p.format}: ignored`, position: positionOf(seg, p.element, p.component) });
          text = '';
        } else if (text.length === alt) {
          this.warnings.push({ code: 'EDIFACT_DATE_FORMAT', message: `UNB ${p.element}.${p.component} ${quote(text)} has ${alt} digits where ${p.format} has ${want}: read as ${p.format === 'HHMM' ? 'HHMMSS' : 'CCYYMMDD'}`, position: positionOf(seg, p.element, p.component) });
          this.legacy = true;
        }
      }
      values[envelopeKey(p.element, p.component)] = text;
    }
    this.envelope = { values, segment: { ...seg } }; // a copy: segment objects are reused
    let syntax = view.at(1, 1);
    for (let c = 2; c <= view.width(1); c++) syntax += ':' + view.at(1, c);
    this.interchange = {
      syntaxIdentifier: syntax,
      sender: view.at(2, 1),
      receiver: view.at(3, 1),
      controlReference: view.at(5, 1),
      delimiters: this.tokenizer.delimiters!,
    };
    if (!this.interchange.controlReference) this.mismatch('EDIFACT_CONTROL_REFERENCE_MISSING', 'the UNB has no interchange control reference (element 5)', positionOf(seg, 5));
  }

  private readUnz(seg: RawSegment) {
    const count = this.at(seg, 1);
    if (!isCount(count, this.messageCount)) {
      this.mismatch('EDIFACT_MESSAGE_COUNT_MISMATCH', `UNZ counts ${quote(count)} messages; the interchange holds ${this.messageCount}`, positionOf(seg, 1));
    }
    const ref = this.at(seg, 2);
    if (ref !== this.interchange!.controlReference) {
      this.mismatch('EDIFACT_CONTROL_REFERENCE_MISMATCH', `UNZ control reference ${quote(ref)} differs from the UNB's ${quote(this.interchange!.controlReference)}`, positionOf(seg, 2));
    }
  }

  /** fast-path attempts given up in a row in this interchange */
  private fastMisses = 0;
  /** the separators for the fast path, once known */
  private separators: FastSeparators | undefined;

  /**
   * The fast path (see MessageMapper.mapFast), called by the tokenizer where a UNH starts: between messages, with
   * nothing pending, the whole message is mapped from the text if it is complete in it and canonical. Returns the
   * index after its UNT's terminator, or −1 to let the tokenizer hand its segments to consume() as usual.
   */
  private readonly fastMessage = (text: string, at: number, from: number, base: number): number => {
    if (this.phase !== Phase.Interchange || this.failure !== undefined || this.skipping || this.out === undefined || this.tokenizer.warnings.length !== 0) return -1;
    // a legacy interchange (its UNB deviates) or one whose messages keep deviating is read by the general reader
    // alone: each attempt given up costs a tenth of a message's time
    if (this.legacy || this.fastMisses >= FAST_MISSES) return -1;
    const cursor = this.cursor!;
    const sep = (this.separators ??= fastSeparators(this.tokenizer.delimiters!, this.maxSegment));
    const limit = from + sep.max < text.length ? from + sep.max : text.length;
    const unhEnd = cursor.scan(text, at + 3, limit, sep.elem, sep.comp, sep.term, sep.rel);
    if (unhEnd < 0) return -1;
    const reference = cursor.at(1, 1);
    const mapper = mappers.get(messageFor(cursor.at(2, 1)))!;
    const options = this.options();
    options.reference = reference;
    const count = mapper.mapFast(text, unhEnd, options, sep);
    if (count < 0) {
      this.fastMisses++;
      return -1;
    }
    this.fastMisses = 0;
    const index = this.tokenizer.took(count, mapper.fastLines, mapper.fastNewline);
    this.messageCount++;
    this.lastIndex = index + count - 1;
    this.lastOffset = base + mapper.fastUnt;
    this.out.push({ message: mapper.fastMessage!, warnings: sortWarnings(mapper.warnings), reference, segment: index });
    mapper.fastMessage = undefined;
    return mapper.fastEnd;
  };

  private options(): MapOptions {
    return (this.mapOptions ??= {
      legacy: this.legacy,
      elementSeparator: this.tokenizer.delimiters!.element,
      envelope: this.envelope,
      cursor: this.cursor!,
    });
  }

  private closeMessage(): EdifactMessageResult {
    const segments = this.current;
    this.messageCount++;
    const unh = segments[0]!;
    const unt = segments[segments.length - 1]!;
    const reference = this.reference;
    let countWarnings: LexWarning[] | undefined;
    const untView = this.cursor!.open(unt);
    const expected = segments.length < 1000 ? SMALL_COUNTS[segments.length]! : -1;
    if (expected < 0 || untView.width(1) !== 1 || untView.code(1, 1) !== expected) {
      const count = untView.at(1, 1);
      if (!isCount(count, segments.length)) {
        countWarnings = this.check(countWarnings, 'EDIFACT_SEGMENT_COUNT_MISMATCH', `UNT counts ${quote(count)} segments; message ${reference} has ${segments.length} from UNH to UNT`, positionOf(unt, 1));
      }
    }
    if (!untView.eq(2, 1, reference)) {
      countWarnings = this.check(countWarnings, 'EDIFACT_MESSAGE_REFERENCE_MISMATCH', `UNT message reference ${quote(untView.at(2, 1))} differs from the UNH's ${quote(reference)}`, positionOf(unt, 2));
    }
    this.options().reference = reference;
    // the UNH message type (S009 0065) picks the table: APERAK → ACKNOWLEDGMENT, anything else ORDERS
    const mapper = mappers.get(messageFor(this.cursor!.open(unh).at(2, 1)))!;
    const message = mapper.map(segments, this.mapOptions!);
    const warnings = mapper.warnings;
    if (countWarnings) warnings.push(...countWarnings);
    return { message, warnings: sortWarnings(warnings), reference, segment: unh.index };
  }

  /** A count or reference mismatch: an error when strict, else a warning added to `list`. */
  private check(list: LexWarning[] | undefined, code: string, message: string, position: Position): LexWarning[] {
    if (this.strict) throw err(code, message, position);
    (list ??= []).push({ code, message, position });
    return list;
  }
}

/** after this many messages in a row that the fast path gave up on, it is not tried again in the interchange */
const FAST_MISSES = 16;

function fastSeparators(d: Delimiters, max: number): FastSeparators {
  return { elem: d.element.charCodeAt(0), comp: d.component.charCodeAt(0), term: d.terminator.charCodeAt(0), rel: d.release ? d.release.charCodeAt(0) : -1, max };
}

const isUpperLetter = (c: number) => c >= 65 && c <= 90;
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

/** Orders warnings by segment number (stable), those without a position last; an ordered array is returned as it is. */
export function sortWarnings(warnings: LexWarning[]): LexWarning[] {
  const n = warnings.length;
  let k = 1;
  while (k < n && segmentOf(warnings[k - 1]!) <= segmentOf(warnings[k]!)) k++;
  if (k >= n) return warnings;
  // a few warnings, mostly in order (envelope ones come last): a stable insertion sort of a copy
  const sorted = warnings.slice();
  for (; k < n; k++) {
    const w = sorted[k]!;
    const key = segmentOf(w);
    let j = k - 1;
    while (j >= 0 && segmentOf(sorted[j]!) > key) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = w;
  }
  return sorted;
}

const segmentOf = (w: LexWarning): number => w.position?.segment ?? Infinity;
