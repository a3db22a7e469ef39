// Segments of one message (UNH..UNT) → a LEX message, driven only by the generated tables (the UNH message type
// picks one: APERAK → the ACKNOWLEDGMENT table, anything else ORDERS).
import type { LexWarning, Position } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';
import { ArrayView, codeOf, type Cursor, type View } from './cursor.js';
import { APERAK, buildAperakMessage } from './generated/aperak.js';
import { buildMessage, ORDERS } from './generated/orders.js';
import { element, type Element } from './segment.js';
import type { Condition, OrdersTable, Slot, TableField, ValuePlace } from './table.js';
import { internTags, type RawSegment } from './tokenizer.js';
import { TOLERATE, type Hook, type TolerateContext } from './tolerate.js';
import { envelopeTimestamp, fromWire, quote, timestamp204 } from './values.js';
import { NO_DATE } from './writer.js';

// ---- precomputed lookups ------------------------------------------------------------------------

/**
 * Per tag, the qualifier position most of its slots test, and the slots by the value they want there (slots
 * without a condition at that position are always candidates): a segment is matched against a few slots only.
 */
interface TagIndex {
  /** the tolerance hook of the tag, if any */
  hook: Hook | undefined;
  element: number;
  component: number;
  /** codeOf(qualifier) → slots; qualifiers longer than 3 characters go to `always` */
  byValue: Map<number, number[]>;
  always: number[];
  all: number[];
}
const bit = (c: number) => 1 << (c === 0 ? 1 : c);
function addMask(mask: number[], e: number, c: number) {
  mask[e] = (mask[e] ?? 0) | bit(c);
}
const NO_MASK: number[] = [];
const FAIL = Symbol('unreadable');
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** the element shifts realign() tries, in order */
const SHIFTS = [1, -1, 2, -2];

/** One generated table, indexed once at load for the mapper's inner loop. */
export interface CompiledMessage {
  table: OrdersTable;
  build: (v: unknown[], missing?: (required: number) => void) => Record<string, unknown>;
  F: TableField[];
  S: Slot[];
  tagIndex: Map<string, TagIndex>;
  /** the same, keyed by the tag's three character codes packed (the fast path reads tags without slicing them) */
  tagCodes: Map<number, TagIndex>;
  ignorableMask: Map<string, number[]>;
  slotMask: number[][];
  slotKeys: Condition[][];
  slotSplittable: boolean[];
  slotElements: Set<number>[];
  slotPlain: boolean[][];
  reverseCodes: Map<ValuePlace, Map<string, string>>;
  enumOwner: Map<string, number>;
  emailFields: number[];
  UNH_PLACES: OrdersTable['envelope'];
  expectedId: string;
  lineQualifiers: ReadonlySet<string>;
}

/** `tolerant`: the seed-layout hooks of tolerate.ts apply (they rewrite ORDERS layouts, so only ORDERS uses them). */
function compileMessage(table: OrdersTable, build: CompiledMessage['build'], tolerant: boolean): CompiledMessage {
  const F = table.fields;
  const S = table.slots;
  internTags(S.map((s) => s.tag));

  const slotsByTag = new Map<string, number[]>();
  S.forEach((s, i) => {
    const list = slotsByTag.get(s.tag) ?? [];
    list.push(i);
    slotsByTag.set(s.tag, list);
  });

  const tagIndex = new Map<string, TagIndex>();
  for (const [tag, list] of slotsByTag) {
    const counts = new Map<string, number>();
    for (const i of list) for (const [e, c, v] of S[i]!.match) if (v !== '') counts.set(`${e}.${c}`, (counts.get(`${e}.${c}`) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const [element, component] = best ? (best[0].split('.').map(Number) as [number, number]) : [0, 0];
    const byValue = new Map<number, number[]>();
    const always: number[] = [];
    for (const i of list) {
      const cond = S[i]!.match.find(([e, c, v]) => e === element && c === component && v !== '');
      const code = cond ? codeOf(cond[2]) : -1;
      if (code > 0) byValue.set(code, [...(byValue.get(code) ?? []), i]);
      else always.push(i);
    }
    tagIndex.set(tag, { hook: tolerant ? TOLERATE[tag] : undefined, element, component, byValue, always, all: list });
  }

  const tagCodes = new Map<number, TagIndex>();
  for (const [tag, index] of tagIndex) if (tag.length === 3) tagCodes.set((tag.charCodeAt(0) << 16) | (tag.charCodeAt(1) << 8) | tag.charCodeAt(2), index);

  const ignorableMask = new Map<string, number[]>();
  for (const [tag, positions] of Object.entries(table.ignorable)) {
    const m: number[] = [];
    for (const p of positions) {
      const [e, c] = p.split('.').map(Number);
      addMask(m, e!, c ?? 1);
    }
    ignorableMask.set(tag, m);
  }
  /** per slot, per element: the components the slot reads or writes (the rest is unmapped when filled) */
  const slotMask: number[][] = S.map((s) => {
    const m = [...(ignorableMask.get(s.tag) ?? [])];
    for (const [e, c] of s.match) addMask(m, e, c);
    for (const [e, c] of s.fixed) addMask(m, e, c);
    for (const v of s.values) {
      addMask(m, v.element, v.component);
      if (v.formatCode) addMask(m, v.formatCode[0], v.formatCode[1]);
    }
    if (s.lineNumber) addMask(m, s.lineNumber, 1);
    return m;
  });
  /** per slot, its qualifier conditions (those with a value) */
  const slotKeys: Condition[][] = S.map((s) => s.match.filter((m) => m[2] !== ''));
  /** the slot reads a component after the first (a composite a sender may have split in two elements) */
  const slotSplittable: boolean[] = S.map((s) => s.values.some((v) => v.component >= 2));
  /** elements a slot uses at all */
  const slotElements: Set<number>[] = S.map((s) => new Set([...s.match.map((m) => m[0]), ...s.fixed.map((m) => m[0]), ...s.values.map((v) => v.element), ...(s.lineNumber ? [s.lineNumber] : [])]));
  /** places whose text is the JSON value as it is (a string with no code table and no format) */
  const plain = new Set<ValuePlace>();
  for (const s of S) for (const v of s.values) if (!v.codes && !v.format && F[v.field]!.type === 'string') plain.add(v);
  /** per slot, per value place: the text is the value (see plain) */
  const slotPlain: boolean[][] = S.map((s) => s.values.map((v) => plain.has(v)));
  const reverseCodes = new Map<ValuePlace, Map<string, string>>();
  for (const s of S) for (const v of s.values) if (v.codes) reverseCodes.set(v, new Map(Object.entries(v.codes).map(([json, wire]) => [wire, json])));

  /** enum value → the one carried field that has it (−1 when several do) */
  const enumOwner = new Map<string, number>();
  F.forEach((f, i) => {
    if (!f.enum || (f.shape !== 'scalar' && f.shape !== 'list')) return;
    for (const v of f.enum) enumOwner.set(v, enumOwner.has(v) && enumOwner.get(v) !== i ? -1 : i);
  });
  const emailFields = F.map((f, i) => (f.emailFormat && f.shape === 'scalar' ? i : -1)).filter((i) => i >= 0);

  const UNH_PLACES = table.envelope.filter((p) => p.tag === 'UNH');
  const expectedId = table.messageIdentifier.join(':');

  const lineQualifiers: ReadonlySet<string> = new Set(S.filter((s) => s.lineNumber !== undefined).flatMap((s) => s.match.map((m) => m[2])));

  return {
    table, build, F, S, tagIndex, tagCodes, ignorableMask, slotMask, slotKeys, slotSplittable, slotElements, slotPlain, reverseCodes,
    enumOwner, emailFields, UNH_PLACES, expectedId, lineQualifiers,
  };
}

/** The compiled messages: ORDERS (the default, read for any other message type) and APERAK. */
export const MESSAGES: readonly CompiledMessage[] = [compileMessage(ORDERS, buildMessage, true), compileMessage(APERAK, buildAperakMessage, false)];

/** The compiled table for a UNH message type (S009 0065): the one whose identifier starts with it, else ORDERS. */
export function messageFor(type: string): CompiledMessage {
  for (const c of MESSAGES) if (c.table.messageIdentifier[0] === type) return c;
  return MESSAGES[0]!;
}

/** the line-item qualifiers of ORDERS (VC, VT): the seed-layout rules of tolerate.ts read them */
export const LINE_QUALIFIERS = MESSAGES[0]!.lineQualifiers;

/** deviations that show a sender writing a legacy layout (see the LIN hook in tolerate.ts) */
export const LAYOUT_DEVIATIONS: ReadonlySet<string> = new Set([
  'EDIFACT_UNA_MISMATCH', 'EDIFACT_NONSTANDARD_SEPARATORS', 'EDIFACT_SYNTAX_IDENTIFIER', 'EDIFACT_DATE_FORMAT', 'EDIFACT_TIME_MISSING',
  'EDIFACT_MESSAGE_TYPE', 'EDIFACT_NAD_LAYOUT', 'EDIFACT_PARTY_QUALIFIER', 'EDIFACT_IMD_LAYOUT', 'EDIFACT_COMPOSITE_SPLIT',
  'EDIFACT_ELEMENT_SHIFT', 'EDIFACT_QUALIFIER_POSITION',
]);

/** The separators of an interchange as character codes (−1: no release character) and the longest segment. */
export interface FastSeparators {
  elem: number;
  comp: number;
  term: number;
  rel: number;
  max: number;
}

/** Stands for the segment being read by the fast path, which builds none (only warnings would read it, and they stop it). */
const FAST_SEGMENT: RawSegment = { tag: '', text: '', start: 0, end: 0, base: 0, marks: [], m0: 0, m1: 0, released: false, index: 0, offset: 0, line: 0, column: 0 };

/** `text` is the decimal number `n` (leading zeros allowed). */
export function isCount(text: string, n: number): boolean {
  if (text.length === 0 || text.length > 15) return false;
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    v = v * 10 + c;
  }
  return v === n;
}

// ---- helpers ----------------------------------------------------------------------------------------

export function positionOf(seg: RawSegment, element?: number, component?: number): Position {
  const p: Position = { segment: seg.index, tag: seg.tag, offset: seg.offset, line: seg.line, column: seg.column };
  if (element !== undefined) {
    p.element = element;
    if (component !== undefined && component > 0) p.component = component;
  }
  return p;
}

function matches(view: View, s: Slot): number {
  const match = s.match;
  for (let k = 0; k < match.length; k++) {
    const m = match[k]!;
    const v = m[2];
    if (v === '') {
      if (m[1] === 0 ? view.filled(m[0]) : !view.eq(m[0], m[1], '')) return -1;
    } else if (!view.eq(m[0], m[1], v)) return -1;
  }
  return match.length;
}

/**
 * The slot a segment fills: the one whose qualifiers it matches most; among equals, one of the group the segment
 * sits in (`group`: the trigger slot of the open group, -1 at message level), then the first.
 */
function bestSlot(view: View, index: TagIndex, S: Slot[], group: number): number {
  let best = -1;
  let score = -1;
  const keyed = index.element ? index.byValue.get(view.code(index.element, index.component)) : undefined;
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? keyed : index.always;
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const m = matches(view, S[i]!);
      if (m < 0) continue;
      // twice the qualifiers matched, plus one in the open group (FTX+AAO of an error, not of a warning)
      const sc = 2 * m + (S[i]!.parent === group ? 1 : 0);
      if (sc > score || (sc === score && i < best)) {
        score = sc;
        best = i;
      }
    }
  }
  return best;
}

function setPath(root: Record<string, any>, path: string[], value: unknown) {
  let o = root;
  for (let i = 0; i < path.length - 1; i++) o = (o[path[i]!] ??= {});
  o[path[path.length - 1]!] = value;
}

// ---- the mapper -------------------------------------------------------------------------------------

/** index of a UNB place in EnvelopeText.values (a number, so no key string is built per interchange) */
export const envelopeKey = (element: number, component: number) => element * 16 + component;

export interface EnvelopeText {
  /** text of each UNB envelope place, at envelopeKey(element, component) (the UNB places are the same in every table) */
  values: (string | undefined)[];
  /** the UNB, for the positions of warnings */
  segment?: RawSegment;
  /** what the UNB gives to fields a message lacks, per table (computed at the first message of that type) */
  fill?: Map<CompiledMessage, EnvelopeValue[]>;
}

export interface MapOptions {
  /** deviations were met in the interchange header: the sender writes a legacy layout */
  legacy: boolean;
  /** the data element separator (to restore one a sender left unescaped) */
  elementSeparator: string;
  envelope: EnvelopeText;
  /** the interchange's cursor (its separators) */
  cursor: Cursor;
  /** UNH 0062 of the message being mapped, when the caller has read it */
  reference?: string;
}

interface Unmapped {
  text: string;
  seg: RawSegment;
  element: number;
  component: number;
}

type Warn = (code: string, message: string, seg: RawSegment, element?: number, component?: number, path?: string) => void;

/**
 * Maps messages (their segments, UNH first and UNT last) to LEX messages. One mapper serves a whole
 * interchange; its per-message state is reset after each message, so mapping allocates little beyond the
 * values and objects of the result.
 */
export class MessageMapper implements TolerateContext {
  readonly lineQualifiers: ReadonlySet<string>;
  /** the warnings of the last message mapped */
  warnings: LexWarning[] = [];
  private readonly vals: unknown[];
  /** 0 unset, 1 read from a tolerated or inferred place, 2 read from its canonical place */
  private readonly rank: Uint8Array;
  /** the trigger slot of the group the last segment opened or joined, -1 at message level */
  private group = -1;
  private unmapped: Unmapped[] = [];
  private segments: RawSegment[] = [];
  private seg!: RawSegment;
  private view!: View;
  private options!: MapOptions;
  private readonly visitor: (text: string, e: number, c: number) => void;
  readonly warn: Warn;
  /** the UNH of the message being mapped (map() only), for the position of message-level warnings */
  private unhSegment: RawSegment = FAST_SEGMENT;
  /** a required field the message lacks (index in the table's `required`), reported by the builder */
  private readonly missing: (required: number) => void;

  /** `c`: the table of the message type this mapper reads (default ORDERS) */
  constructor(private readonly c: CompiledMessage = MESSAGES[0]!) {
    this.lineQualifiers = c.lineQualifiers;
    this.vals = new Array(c.F.length);
    this.rank = new Uint8Array(c.F.length);
    this.visitor = (text, e, c) => {
      if (this.fast) {
        this.bail = true;
        return;
      }
      this.unmapped.push({ text, seg: this.seg, element: this.inputElement(e), component: c });
    };
    this.warn = (code, message, seg, element, component, path) => {
      if (this.fast) {
        this.bail = true;
        return;
      }
      const w: LexWarning = { code, message, position: positionOf(seg, element, component) };
      if (path) w.path = path;
      this.warnings.push(w);
    };
    this.missing = (i) => {
      const pointer = this.c.table.required[i]!.pointer;
      this.warn('EDIFACT_REQUIRED_FIELD_MISSING', `the message does not carry ${pointer}, which LEX requires`, this.unhSegment, undefined, undefined, pointer);
    };
  }

  legacy(): boolean {
    if (this.options.legacy) return true;
    for (const w of this.warnings) if (LAYOUT_DEVIATIONS.has(w.code)) return true;
    return false;
  }

  has(tag: string, q: string): boolean {
    // the fast path keeps no segments: a rule that needs to look at the others leaves the message to map()
    if (this.fast) {
      this.bail = true;
      return false;
    }
    for (const s of this.segments) if (s.tag === tag && firstIs(s, q, this.options)) return true;
    return false;
  }

  /** canonical element of the current view → input element */
  private inputElement(e: number): number {
    const origin = this.view.origin;
    return origin ? origin[e] || e : e;
  }

  private read(place: ValuePlace, text: string): unknown {
    const f = this.c.F[place.field]!;
    const seg = this.seg;
    const reverse = this.c.reverseCodes.get(place);
    if (reverse) {
      const json = reverse.get(text);
      if (json !== undefined) return json;
      if (f.enum?.includes(text)) return text;
      const known = [...reverse.entries()];
      if (known.length === 1) {
        this.warn('EDIFACT_CODE_UNKNOWN', `code ${quote(text)} is not the LEX code ${known[0]![0]}: read as ${known[0]![1]}`, seg, this.inputElement(place.element), place.component, f.pointer);
        return known[0]![1];
      }
      this.warn('EDIFACT_CODE_UNKNOWN', `code ${quote(text)} is not one of ${known.map((k) => k[0]).join(', ')}: kept as it is`, seg, this.inputElement(place.element), place.component, f.pointer);
      return text;
    }
    if (place.format === 'INTEGER' && text.length < 10) {
      // fast path: plain digits
      let n = 0;
      let k = 0;
      for (; k < text.length; k++) {
        const c = text.charCodeAt(k) - 48;
        if (c < 0 || c > 9) break;
        n = n * 10 + c;
      }
      if (k === text.length) return n;
    }
    if (place.format === 'CCYYMMDDHHMMSS' && place.formatCode && text.length === 14 && this.view.eq(place.formatCode[0], place.formatCode[1], '204')) {
      const iso = timestamp204(text);
      if (iso !== undefined) return iso;
    }
    const code = place.formatCode ? this.view.at(place.formatCode[0], place.formatCode[1]) : undefined;
    const r = fromWire(text, f.type, place.format, code || undefined);
    if (!r.ok) {
      this.warn('EDIFACT_INVALID_VALUE', `${r.reason}: ${f.pointer} is left out`, seg, this.inputElement(place.element), place.component, f.pointer);
      return FAIL;
    }
    if (r.code) {
      const [e, c] = place.formatCode ? [place.formatCode[0], place.formatCode[1]] : [place.element, place.component];
      this.warn(r.code, r.note ?? r.code, seg, this.inputElement(e), c, f.pointer);
    }
    return r.value;
  }

  /** Maps the segments of one message, UNH first and UNT last. */
  map(segments: RawSegment[], options: MapOptions): LexMessage {
    this.begin(options);
    this.segments = segments;
    const cursor = options.cursor;
    const tagIndex = this.c.tagIndex;
    const unh = segments[0]!;
    this.seg = this.unhSegment = unh;
    this.unh(cursor.open(unh));
    const last = segments.length - 1;
    for (let n = 1; n < last; n++) {
      const seg = segments[n]!;
      this.seg = seg;
      const index = tagIndex.get(seg.tag);
      if (!index) {
        this.warn('EDIFACT_SEGMENT_NOT_MAPPED', `segment ${seg.tag} has no place in the LEX ${this.mappingName()} mapping; its content is left out`, seg);
        continue;
      }
      this.body(index, cursor.open(seg), seg);
    }
    return this.finish();
  }

  /**
   * The fast path for a canonical message: its segments are read straight from `text` (no tokenizer, no segment
   * objects) and mapped by the same body() as map(), but the first thing that would give a warning (or an error)
   * stops it and it returns −1 with its state reset, so the caller gives the message to the general reader, which
   * then produces exactly what it always did. The cursor is open on the UNH, which ends at `unhEnd`. On success it
   * returns the number of segments (UNH to UNT) and leaves the message in `fastMessage`, the index after the UNT's
   * terminator in `fastEnd`, the UNT's index in `fastUnt` and the line feeds met in `fastLines`/`fastNewline`.
   */
  mapFast(text: string, unhEnd: number, options: MapOptions, sep: FastSeparators): number {
    this.begin(options);
    this.fast = true;
    this.bail = false;
    this.fastLines = 0;
    const cursor = options.cursor;
    const tagIndex = this.c.tagCodes;
    const { elem, comp, term, rel, max } = sep;
    const n = text.length;
    this.seg = FAST_SEGMENT;
    this.unh(cursor);
    let count = 1;
    let p = unhEnd + 1;
    while (!this.bail) {
      // line breaks between segments (our writer's newline option) are skipped; anything else is left to the tokenizer
      const from = p;
      for (let ch = text.charCodeAt(p); ch === 10 || ch === 13; ch = text.charCodeAt(++p)) {
        if (ch === 10) {
          this.fastLines++;
          this.fastNewline = p;
        }
      }
      if (p + 3 >= n) break;
      const c0 = text.charCodeAt(p), c1 = text.charCodeAt(p + 1), c2 = text.charCodeAt(p + 2);
      if (!(c0 >= 65 && c0 <= 90 && ((c1 >= 65 && c1 <= 90) || (c1 >= 48 && c1 <= 57)) && ((c2 >= 65 && c2 <= 90) || (c2 >= 48 && c2 <= 57)))) break;
      const limit = from + max < n ? from + max : n;
      const end = cursor.scan(text, p + 3, limit, elem, comp, term, rel);
      if (end < 0) break;
      count++;
      if (c0 === 85 && c1 === 78) {
        // a service segment: UNT closes the message (its count and reference must agree); any other one is the
        // general reader's business
        if (c2 !== 84 || !isCount(cursor.at(1, 1), count) || !cursor.eq(2, 1, options.reference!)) break;
        const message = this.finish();
        if (this.bail) break; // a required field is missing: the general reader reports it at the UNH
        this.fastEnd = end + 1;
        this.fastUnt = p;
        this.fastMessage = message;
        this.fast = false;
        return count;
      }
      const index = tagIndex.get((c0 << 16) | (c1 << 8) | c2);
      if (index === undefined) break;
      this.body(index, cursor, FAST_SEGMENT);
      p = end + 1;
    }
    this.abandon();
    return -1;
  }

  /** fast path results (see mapFast) */
  fastMessage: LexMessage | undefined;
  fastEnd = 0;
  fastUnt = 0;
  /** line feeds between the segments, and the index of the last one */
  fastLines = 0;
  fastNewline = 0;
  /** mapFast() is running: a warning stops it (bail) instead of being recorded */
  private fast = false;
  private bail = false;

  private begin(options: MapOptions) {
    this.options = options;
    this.warnings = [];
    this.group = -1;
  }

  /** Forgets a message given up by mapFast(). */
  private abandon() {
    this.fast = false;
    this.vals.fill(undefined);
    this.rank.fill(0);
    this.unmapped = [];
    this.warnings = [];
    this.segments = [];
  }

  /** UNH: message reference (envelope place) and message identifier. */
  private unh(view: View) {
    const { vals, rank } = this;
    const options = this.options;
    const { table } = this.c;
    this.view = view;
    for (const p of this.c.UNH_PLACES) {
      // the reader has sliced the message reference already: the same string serves
      const text = p.element === 1 && p.component === 1 && options.reference !== undefined ? options.reference : view.at(p.element, p.component);
      if (text !== '') {
        vals[p.field] = text;
        rank[p.field] = 2;
      }
    }
    const expected = table.messageIdentifier;
    for (let i = 0; i < expected.length; i++) {
      if (view.eq(2, i + 1, expected[i]!)) continue;
      let id = '';
      for (let c = 1; c <= 4; c++) {
        const part = view.at(2, c);
        if (part !== '') id = id === '' ? part : `${id}:${part}`;
      }
      this.warn('EDIFACT_MESSAGE_TYPE', `UNH identifies the message as ${id || '(nothing)'}, not ${this.c.expectedId}: read with the LEX ${this.mappingName()} mapping`, this.seg, 2);
      break;
    }
  }

  /** One body segment (the view is open on it) of the tag `index` stands for. */
  private body(index: TagIndex, view: View, seg: RawSegment) {
    const { vals, rank } = this;
    const { F, S, ignorableMask, slotMask, slotPlain, slotSplittable } = this.c;
    const options = this.options;
    this.view = view;
    const hook = index.hook;
    if (hook) {
      const rewritten = hook(view, seg, this);
      if (rewritten) this.view = view = rewritten;
    }
    let slot = bestSlot(view, index, S, this.group);
    if (slot < 0) {
      // realigned or not, such a segment gives a warning (or holds nothing): not canonical
      if (this.fast) {
        this.bail = true;
        return;
      }
      const r = realign(view, seg, index.all, options.elementSeparator, this.warn, this.c);
      if (r) {
        this.view = view = r.view;
        slot = r.slot;
      }
    }
    if (slot < 0) {
      view.unmapped(ignorableMask.get(seg.tag) ?? NO_MASK, this.visitor);
      return;
    }
    const s = S[slot]!;
    if (s.trigger) this.group = slot;
    else if (s.parent < 0) this.group = -1;
    if (slotSplittable[slot]) {
      const split = splitComposite(view, seg, slot, this.warn, this.c);
      if (split) this.view = view = split;
    }
    const values = s.values;
    const plainText = slotPlain[slot]!;
    if (s.repeat !== undefined) {
      const container = F[s.repeat]!;
      const list = (vals[s.repeat] ??= []) as unknown[];
      if (container.shape === 'list') {
        const place = values[0]!;
        const text = view.at(place.element, place.component);
        if (text !== '') {
          const r = plainText[0] ? text : this.read(place, text);
          if (r !== FAIL) list.push(r);
        }
      } else {
        // a member of a group that repeats per item (FTX in the ERC of an error) fills the item its trigger opened
        const continues = s.parent >= 0 && s.parent === this.group && S[s.parent]!.repeat === s.repeat && list.length > 0;
        const item: Record<string, any> = continues ? (list[list.length - 1] as Record<string, any>) : {};
        let any = false;
        for (let k = 0; k < values.length; k++) {
          const place = values[k]!;
          const text = view.at(place.element, place.component);
          if (text === '') continue;
          const r = plainText[k] ? text : this.read(place, text);
          if (r === FAIL) continue;
          setPath(item, F[place.field]!.itemPath!, r);
          any = true;
        }
        if (any && !continues) list.push(item);
      }
      rank[s.repeat] = 2;
    } else {
      for (let k = 0; k < values.length; k++) {
        const place = values[k]!;
        const text = view.at(place.element, place.component);
        if (text === '') continue;
        const r = plainText[k] ? text : this.read(place, text);
        if (r === FAIL) continue;
        const f = place.field;
        if (rank[f] === 2) {
          if (vals[f] !== r) this.warn('EDIFACT_REPEATED_VALUE', `${F[f]!.pointer} was already read (${JSON.stringify(vals[f])}); ${JSON.stringify(r)} is ignored`, seg, this.inputElement(place.element), place.component, F[f]!.pointer);
          continue;
        }
        vals[f] = r;
        rank[f] = 2;
      }
    }
    view.unmapped(slotMask[slot]!, this.visitor);
  }

  /** After the last body segment: inferred values, the envelope's, the message object. */
  private finish(): LexMessage {
    if (this.unmapped.length) this.infer();
    this.fromEnvelope();
    const message = this.c.build(this.vals, this.missing) as unknown as LexMessage;
    this.rank.fill(0);
    this.segments = [];
    return message;
  }

  /**
   * Values at no place of the table: a LEX code or an e-mail address that only one unset field can hold is read
   * into it; anything else is reported.
   */
  private infer() {
    const { vals, rank } = this;
    const { F, enumOwner, emailFields } = this.c;
    for (const u of this.unmapped) {
      let f = enumOwner.get(u.text) ?? -1;
      if (f >= 0 && F[f]!.shape === 'list') {
        const list = (vals[f] ??= []) as unknown[];
        if (!list.includes(u.text) && rank[f] !== 2) {
          list.push(u.text);
          rank[f] = 1;
          this.warn('EDIFACT_VALUE_INFERRED', `${quote(u.text)} is at no place of the mapping but is a code only ${F[f]!.pointer} has: read into it`, u.seg, u.element, u.component, F[f]!.pointer);
          continue;
        }
        f = -1;
      }
      if (f < 0 && EMAIL.test(u.text)) {
        const open = emailFields.filter((i) => vals[i] === undefined);
        if (open.length === 1) f = open[0]!;
      }
      if (f >= 0 && vals[f] === undefined) {
        vals[f] = u.text;
        rank[f] = 1;
        this.warn('EDIFACT_VALUE_INFERRED', `${quote(u.text)} is at no place of the mapping; it can only be ${F[f]!.pointer}: read into it`, u.seg, u.element, u.component, F[f]!.pointer);
        continue;
      }
      this.warn('EDIFACT_VALUE_NOT_MAPPED', `${quote(u.text)} in ${u.seg.tag} element ${u.element}${u.component ? `, component ${u.component}` : ''} has no place in the LEX ${this.mappingName()} mapping; it is left out`, u.seg, u.element, u.component);
    }
    this.unmapped = [];
  }

  /** the name of the mapping (ORDERS, APERAK), for warnings */
  private mappingName(): string {
    return this.c === MESSAGES[0] ? 'ORDERS' : this.c.table.messageIdentifier[0]!;
  }

  /** Fields the message body lacks, from the interchange header (worked out once per interchange, see envelopeFill). */
  private fromEnvelope() {
    const { vals } = this;
    const fills = (this.options.envelope.fill ??= new Map());
    let fill = fills.get(this.c);
    if (fill === undefined) fills.set(this.c, (fill = envelopeFill(this.options.envelope, this.c)));
    for (let k = 0; k < fill.length; k++) {
      const e = fill[k]!;
      if (vals[e.field] !== undefined) continue;
      // the value and its warning are worked out the first time a message lacks the field (most never do)
      if (e.message === undefined) settle(e);
      if (e.value === undefined) continue;
      vals[e.field] = e.value;
      const w: LexWarning = { code: 'EDIFACT_FROM_ENVELOPE', path: e.pointer, message: e.message! };
      if (e.position) w.position = { ...e.position };
      this.warnings.push(w);
    }
  }
}

/** What the UNB offers one field: its date and time, or its text; the value and warning once settled. */
interface EnvelopeValue {
  field: number;
  date: string | undefined;
  time: string | undefined;
  text: string | undefined;
  /** the UNB segment and the first place with text for the field: where the warning points */
  segment: RawSegment | undefined;
  element: number;
  component: number;
  position: Position | undefined;
  /** undefined until settled, and after it when the places give no value (a NO_DATE timestamp, a bad date) */
  value: string | undefined;
  pointer: string;
  /** the warning's text, undefined until settled ('' when there is no value) */
  message: string | undefined;
}

/**
 * The values the UNB offers to each field, in the order of their first non-empty place (the order of the
 * EDIFACT_FROM_ENVELOPE warnings): a date and a time make a timestamp, other places give their text.
 */
function envelopeFill(env: EnvelopeText, c: CompiledMessage): EnvelopeValue[] {
  const out: EnvelopeValue[] = [];
  const byField = new Map<number, EnvelopeValue>();
  for (let i = 0; i < c.table.envelope.length; i++) {
    const p = c.table.envelope[i]!;
    if (p.tag !== 'UNB') continue;
    const text = env.values[envelopeKey(p.element, p.component)];
    if (text === undefined || text === '') continue;
    let e = byField.get(p.field);
    if (e === undefined) {
      e = { field: p.field, date: undefined, time: undefined, text: undefined, segment: env.segment, element: p.element, component: p.component, position: undefined, value: undefined, pointer: c.F[p.field]!.pointer, message: undefined };
      byField.set(p.field, e);
      out.push(e);
    }
    if (p.format === 'YYMMDD' || p.format === 'CCYYMMDD') e.date = text;
    else if (p.format === 'HHMM' || p.format === 'HHMMSS') e.time = text;
    else e.text = text;
  }
  return out;
}

/** Works out the value an envelope entry gives (a timestamp from its date and time, or its text) and its warning. */
function settle(e: EnvelopeValue): void {
  // NO_DATE is written for a message without a timestamp: it gives none
  const value = e.text === undefined && `${e.date}:${e.time}` === NO_DATE ? undefined : e.text ?? envelopeTimestamp(e.date, e.time);
  e.value = value;
  if (e.segment) e.position = positionOf(e.segment, e.element, e.component);
  e.message = value === undefined ? '' : `the message does not carry ${e.pointer}: taken from the interchange header (${quote(value)})`;
}

/** The first data element of `seg` is `q` (without splitting the segment). */
function firstIs(seg: RawSegment, q: string, options: MapOptions): boolean {
  const at = seg.start + 1;
  if (seg.start >= seg.end || !seg.text.startsWith(q, at)) return false;
  const next = at + q.length;
  if (next === seg.end) return true;
  const ch = seg.text[next];
  return ch === options.elementSeparator || ch === options.cursor.componentSeparator;
}

/**
 * A segment no slot matches: its qualifier may sit elsewhere. Either the whole segment is shifted by one or two
 * elements (COM++value:TE), or the qualifier is alone in another element with the one value beside it
 * (COM++TE:+value, where the writer left the '+' of an E.164 number unescaped).
 */
function realign(view: View, seg: RawSegment, candidates: readonly number[], elementSeparator: string, warn: Warn, c: CompiledMessage): { view: View; slot: number } | undefined {
  const { S, slotKeys } = c;
  // the view is only read until a layout fits: the rewritten elements are built for that one
  for (const i of candidates) {
    const s = S[i]!;
    const keys = slotKeys[i]!;
    if (!keys.length) continue;
    for (let t = 0; t < SHIFTS.length; t++) {
      const k = SHIFTS[t]!;
      if (k > 0 && (view.filled(1) || (k > 1 && view.filled(2)))) continue;
      let fits = true;
      for (let q = 0; q < keys.length && fits; q++) {
        const [e, c, v] = keys[q]!;
        fits = e + k >= 1 && view.eq(e + k, c, v);
      }
      if (!fits) continue;
      const els = view.elements();
      const shifted: Element[] = k > 0 ? els.slice(k) : [...Array.from({ length: -k }, () => ''), ...els];
      const origin = Array.from({ length: shifted.length + 1 }, (_, e) => (e === 0 ? 0 : Math.max(0, e + k)));
      const out = new ArrayView(shifted, origin);
      if (matches(out, s) < 0) continue;
      warn('EDIFACT_ELEMENT_SHIFT', `${seg.tag} is written ${Math.abs(k)} element${Math.abs(k) > 1 ? 's' : ''} ${k > 0 ? 'late' : 'early'} (qualifier ${keys.map((m) => m[2]).join(':')} in element ${keys[0]![0] + k}): read shifted`, seg, keys[0]![0] + k);
      return { view: out, slot: i };
    }
  }
  for (const i of candidates) {
    const s = S[i]!;
    const keys = slotKeys[i]!;
    if (keys.length !== 1 || s.values.length !== 1) continue;
    const [qe, qc, qv] = keys[0]!;
    if (view.filled(qe)) continue;
    // the qualifier (its first occurrence) and exactly one other non-empty component
    let fe = 0, fc = 0, ve = 0, vc = 0, others = 0;
    for (let e = 1; e <= view.size && others < 2; e++) {
      const w = view.width(e);
      for (let c = 1; c <= w; c++) {
        if (view.eq(e, c, '')) continue;
        if (fe === 0 && view.eq(e, c, qv)) {
          fe = e;
          fc = c;
        } else if (++others === 1) {
          ve = e;
          vc = c;
        }
      }
    }
    if (fe === 0 || others !== 1) continue;
    let value = view.at(ve, vc);
    if (ve === fe + 1 && vc === 1 && view.width(fe) === fc + 1 && view.eq(fe, fc + 1, '')) {
      value = elementSeparator + value;
      warn('EDIFACT_UNESCAPED_SEPARATOR', `${seg.tag}: the value after ${qv}: starts with an unreleased data element separator; read as ${quote(value)}`, seg, ve);
    }
    const place = s.values[0]!;
    const rebuilt: string[][] = [];
    const put = (e: number, c: number, v: string) => {
      while (rebuilt.length < e) rebuilt.push(['']);
      const el = rebuilt[e - 1]!;
      while (el.length < Math.max(c, 1)) el.push('');
      el[Math.max(c, 1) - 1] = v;
    };
    for (const [e, c, v] of s.match) if (v !== '') put(e, c, v);
    put(place.element, place.component, value);
    warn('EDIFACT_QUALIFIER_POSITION', `${seg.tag}: qualifier ${qv} is in element ${fe}, component ${fc} instead of element ${qe}${qc ? `, component ${qc}` : ''}; the value is read from element ${ve}`, seg, fe, fc);
    return { view: new ArrayView(rebuilt.map(element), [0, ...rebuilt.map((_, e) => (e + 1 === place.element ? ve : fe))]), slot: i };
  }
  return undefined;
}

/** PRI+INV+25000: a 'qualifier:value' composite written as two elements. */
function splitComposite(view: View, seg: RawSegment, slot: number, warn: Warn, c: CompiledMessage): View | undefined {
  const s = c.S[slot]!;
  const slotElements = c.slotElements;
  let els: Element[] | undefined;
  for (const place of s.values) {
    const { element: e, component: c } = place;
    if (c < 2 || view.width(e) === 0 || view.width(e) >= c || view.width(e + 1) !== 1 || view.at(e + 1, 1) === '' || slotElements[slot]!.has(e + 1)) continue;
    els ??= view.elements().slice();
    const el = els[e - 1]!;
    const merged = typeof el === 'string' ? [el] : el.slice();
    while (merged.length < c - 1) merged.push('');
    const next = view.at(e + 1, 1);
    merged.push(next);
    els[e - 1] = merged;
    els[e] = '';
    warn('EDIFACT_COMPOSITE_SPLIT', `${seg.tag}: the value ${quote(next)} is in element ${e + 1} instead of component ${c} of element ${e}: read there`, seg, e + 1);
  }
  return els ? new ArrayView(els, view.origin) : undefined;
}
