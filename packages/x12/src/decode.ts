// Segments of one transaction (ST … SE) → a LEX message, using the generated table only (via compiled.ts).
import type { LexWarning, Position } from '@lexstandard/codec';
import {
  AREA_LOOP, AREA_TRAILING, FLAG_BEG, FLAG_CTT, FLAG_LINE_ITEM, FLAG_LOOP_HEAD, FLAG_TOLERATED,
  VALUE_DECIMAL, VALUE_INTEGER, VALUE_TEXT, type CCondition, type CDef, type CompiledTable, type CValue, type TagEntry,
} from './compiled.js';
import { tagCode, type Segment, type SegmentLike, type SegmentView } from './segment.js';
import type { X12EnvelopeDef } from './table.js';
import { tolerate, type ToleranceContext } from './tolerance.js';
import { readBoolean, readDate, readNumber, readTime } from './values.js';

type Obj = Record<string, unknown>;

/** What the decoder knows of the envelope around the transaction. */
export interface EnvelopeContext {
  isa: string[];
  gs: string[];
  st: string[];
  gsSegment: number;
  stSegment: number;
  component: string;
  repetition: string | undefined;
}


function holds(seg: SegmentLike, c: CCondition, component: string): boolean {
  if (c.component === 0) return seg.is(c.element, c.value);
  return nthComponent(seg.element(c.element), c.component, component) === c.value;
}

/** Component `n` (1-based) of an element, '' when absent: what split(separator)[n - 1] gives, without the array. */
function nthComponent(v: string, n: number, separator: string): string {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const at = v.indexOf(separator, start);
    if (at < 0) return '';
    start = at + separator.length;
  }
  const end = v.indexOf(separator, start);
  return end < 0 ? (start === 0 ? v : v.slice(start)) : v.slice(start, end);
}

function allHold(seg: SegmentLike, conditions: CCondition[], component: string): boolean {
  for (let i = 0; i < conditions.length; i++) if (!holds(seg, conditions[i]!, component)) return false;
  return true;
}

function read(seg: SegmentLike, element: number, comp: number, component: string): string {
  const v = seg.element(element);
  return comp === 0 ? v : nthComponent(v, comp, component);
}

interface PendingDate { date?: string; time?: string; segment: number; tag: string; element: number }

export class TransactionDecoder {
  private readonly root: Obj = {};
  private readonly parents: (Obj | undefined)[];
  /** definitions already read (non-repeating segments), by ordinal */
  private readonly seen: boolean[] = [];
  private readonly arrays: (unknown[] | undefined)[];
  private readonly dates: (PendingDate | undefined)[];
  private itemDates: Map<string, { target: Obj; set: (holder: Obj, value: unknown) => void; pending: PendingDate }> | undefined;
  private loop: string | null = null;
  private lastRank = 0;
  private lastHeadRank = 0;
  private lastArea = 0;
  /** IT1/PO1 segments seen (for CTT01) */
  lineItems = 0;
  /** the CTT segment, if any */
  ctt: Segment | undefined;
  /** the BEG segment's text (for a derived message id) */
  private beg: string | undefined;
  private tolerance: ToleranceContext | undefined;

  /** `t`: the table of the transaction set (ST01) */
  constructor(private readonly env: EnvelopeContext, private readonly warnings: LexWarning[], private readonly t: CompiledTable) {
    this.parents = new Array(t.PARENTS.length);
    this.arrays = new Array(t.ARRAYS.length);
    this.dates = new Array(t.DATE_SLOTS.length);
    for (const i of t.IMPLIED) i.set(this.parent(i.parent), i.value);
  }

  /** The object at parent id `id`, created (with its ancestors) as needed. */
  private parent(id: number): Obj {
    const o = this.parents[id];
    if (o !== undefined) return o;
    const up = this.t.PARENT_OF[id]!;
    const made = up < 0 ? this.root : this.t.CHILD[id]!(this.parent(up));
    this.parents[id] = made;
    return made;
  }

  /** The object at parent id `id` if it exists. */
  private peek(id: number): Obj | undefined {
    const cached = this.parents[id];
    if (cached !== undefined) return cached;
    const up = this.t.PARENT_OF[id]!;
    if (up < 0) return this.root;
    const holder = this.peek(up);
    return holder === undefined ? undefined : this.t.LOOKUP[id]!(holder);
  }

  segment(seg: SegmentView, code: number): void {
    const entry = this.t.TAGS.get(code);
    const flags = entry === undefined ? this.t.TAG_FLAGS.get(code) ?? 0 : entry.flags;
    if (flags !== 0) {
      if ((flags & FLAG_CTT) !== 0) {
        this.ctt = seg.toSegment();
        for (let e = 2; e < seg.count; e++) if (!seg.isEmpty(e)) this.notMapped(seg, e);
        return;
      }
      if ((flags & FLAG_LINE_ITEM) !== 0) this.lineItems++;
      if ((flags & FLAG_BEG) !== 0) this.beg = seg.src.slice(seg.starts[0], seg.ends[seg.count - 1]);
      if ((flags & FLAG_TOLERATED) !== 0) {
        const rewritten = tolerate(seg, (this.tolerance ??= { repetition: this.env.repetition, warnings: this.warnings }), code);
        if (rewritten !== null) {
          for (const s of rewritten) {
            const c = tagCode(s.tag);
            this.map(s, this.t.TAGS.get(c), this.t.TAG_FLAGS.get(c) ?? 0);
          }
          return;
        }
      }
    }
    this.map(seg, entry, flags);
  }

  private map(seg: SegmentLike, entry: TagEntry | undefined, flags: number): void {
    const comp = this.env.component;
    if (entry === undefined) {
      if ((flags & FLAG_LOOP_HEAD) !== 0) this.loop = `${seg.tag}*${seg.element(1)}`;
      this.warn(seg, 'X12_UNKNOWN_SEGMENT', undefined, `segment ${seg.tag} has no place in the LEX ${this.t.table.transactionSet} layout; it is dropped`);
      return;
    }
    let candidates: CDef[] | undefined;
    if (entry.keyElement === 0) candidates = entry.all;
    else {
      const code = seg.code(entry.keyElement);
      candidates = code >= 0 ? entry.byCode.get(code) : entry.byKey.get(seg.element(entry.keyElement));
    }
    let cdef: CDef | undefined;
    if (candidates !== undefined) {
      for (let c = 0; c < candidates.length; c++) {
        const d = candidates[c]!;
        const check = d.check;
        let ok = true;
        for (let i = 0; i < check.length; i++) {
          if (!holds(seg, check[i]!, comp)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (cdef === undefined) cdef = d;
        if (d.head || d.loop === this.loop) {
          cdef = d;
          break;
        }
      }
    }
    if (cdef === undefined) {
      if ((flags & FLAG_LOOP_HEAD) !== 0) this.loop = `${seg.tag}*${seg.element(1)}`;
      this.warn(seg, 'X12_SEGMENT_NOT_MAPPED', 1, `${seg.tag} with qualifier "${seg.element(1)}" has no place in the LEX ${this.t.table.transactionSet} layout; it is dropped`);
      return;
    }
    const area = cdef.area;
    if (cdef.head) {
      this.loop = cdef.id;
    } else if (area === AREA_LOOP && cdef.loop !== this.loop && !cdef.qualified && this.loop !== null) {
      // an unqualified segment (N3, N4) inside another party's loop belongs to that party
      this.warn(seg, 'X12_SEGMENT_NOT_MAPPED', undefined, `${seg.tag} belongs to loop ${this.loop}, which has no place in LEX (LEX reads ${seg.tag} in loop ${cdef.loop}); it is dropped`);
      return;
    }
    if (seg.synthetic !== true) {
      const inOrder = cdef.head ? this.lastArea !== AREA_TRAILING && cdef.rank >= this.lastHeadRank : cdef.rank >= this.lastRank;
      if (!inOrder) {
        this.warn(seg, 'X12_SEGMENT_OUT_OF_ORDER', undefined, `${cdef.id} is out of the LEX ${this.t.table.transactionSet} segment order (${cdef.loop === 'heading' ? 'it belongs to the heading' : cdef.loop === 'trailing' ? 'it follows the line items' : `it belongs to loop ${cdef.loop}`}); it is read anyway`);
        if (cdef.head) this.lastHeadRank = Math.max(this.lastHeadRank, cdef.rank);
        this.lastRank = Math.max(this.lastRank, cdef.rank);
      } else {
        if (cdef.head) this.lastHeadRank = cdef.rank;
        this.lastRank = cdef.head ? cdef.rank : Math.max(this.lastRank, cdef.rank);
      }
      if (area > this.lastArea) this.lastArea = area;
    }

    let consumed = cdef.bits;
    const values = cdef.values;
    if (cdef.array < 0) {
      if (this.seen[cdef.ord] === true) {
        this.warn(seg, 'X12_DUPLICATE_SEGMENT', undefined, `${cdef.id} appears more than once; the first one is kept, this one is dropped`);
        return;
      }
      this.seen[cdef.ord] = true;
      for (let i = 0; i < values.length; i++) {
        const cv = values[i]!;
        if (cv.when !== null && !allHold(seg, cv.when, comp)) continue;
        consumed |= cv.bits;
        if (seg.isEmpty(cv.element)) continue;
        const raw = cv.component === 0 ? seg.element(cv.element) : read(seg, cv.element, cv.component, comp);
        if (raw.length === 0) continue;
        if (cv.dateSlot >= 0) this.datePart(this.dateSlot(cv.dateSlot, seg, cv.element), cv, raw, seg, cv.pointer);
        else {
          const value = this.convert(cv, raw, seg, -1);
          if (value !== undefined) cv.set(this.parent(cv.parent), value);
        }
      }
    } else {
      let arr = this.arrays[cdef.array];
      if (arr === undefined) {
        const at = this.t.ARRAYS[cdef.array]!;
        const holder = this.parent(at.parent);
        const existing = at.get(holder);
        arr = Array.isArray(existing) ? existing : [];
        at.set(holder, arr);
        this.arrays[cdef.array] = arr;
      }
      // a continuing segment (RED after TED) fills the item the array's first segment opened
      const last = cdef.continues && arr.length > 0 ? arr[arr.length - 1] : undefined;
      const continued = last !== null && typeof last === 'object' && !Array.isArray(last) ? (last as Obj) : undefined;
      const index = continued ? arr.length - 1 : arr.length;
      let item: Obj | undefined = continued;
      let scalar: unknown;
      for (let i = 0; i < values.length; i++) {
        const cv = values[i]!;
        if (cv.when !== null && !allHold(seg, cv.when, comp)) continue;
        consumed |= cv.bits;
        const raw = read(seg, cv.element, cv.component, comp);
        if (raw === '') continue;
        if (cdef.scalarItems) {
          scalar = this.convert(cv, raw, seg, index);
          continue;
        }
        item ??= {};
        let target: Obj = item;
        for (const k of cv.itemParent) target = (target[k] ??= {}) as Obj;
        if (cv.isDate) {
          const pointer = itemPointer(cv, index);
          const dates = (this.itemDates ??= new Map());
          let d = dates.get(pointer);
          if (!d) dates.set(pointer, (d = { target, set: cv.set, pending: { segment: seg.index, tag: seg.tag, element: cv.element } }));
          this.datePart(d.pending, cv, raw, seg, pointer);
        } else {
          const value = this.convert(cv, raw, seg, index);
          if (value !== undefined) cv.set(target, value);
        }
      }
      if (cdef.scalarItems) {
        if (scalar !== undefined) arr.push(scalar);
      } else if (!continued) arr.push(item ?? {});
    }

    const n = seg.count;
    for (let e = 1; e < n; e++) {
      if ((e > 30 || (consumed & (1 << e)) === 0) && !seg.isEmpty(e)) this.notMapped(seg, e);
    }
    const fillers = cdef.checkedFillers;
    for (let i = 0; i < fillers.length; i++) {
      const f = fillers[i]!;
      if (seg.isEmpty(f.element) || seg.is(f.element, f.value)) continue;
      const v = seg.element(f.element);
      this.warn(seg, 'X12_UNEXPECTED_VALUE', f.element, `${seg.tag}${String(f.element).padStart(2, '0')} is "${truncate(v)}", LEX writes ${f.value === '' ? 'nothing there' : `"${f.value}"`}; the value has no place in LEX and is dropped`);
    }
  }

  private dateSlot(slot: number, seg: SegmentLike, element: number): PendingDate {
    return (this.dates[slot] ??= { segment: seg.index, tag: seg.tag, element });
  }

  private datePart(pending: PendingDate, cv: CValue, raw: string, seg: SegmentLike, pointer: string): void {
    const f = cv.def.format!;
    if (f === 'CCYYMMDD' || f === 'YYMMDD') {
      const d = readDate(raw, f);
      if (d === undefined) return this.badDate(cv, raw, seg, pointer);
      pending.date = d;
    } else if (f === 'HHMM' || f === 'HHMMSS') {
      const t = readTime(raw);
      if (t === undefined) return this.badDate(cv, raw, seg, pointer);
      pending.time = t;
    } else {
      const d = readDate(raw.slice(0, 8), 'CCYYMMDD');
      const t = raw.length > 8 ? readTime(raw.slice(8)) : '00:00:00';
      if (d === undefined || t === undefined) return this.badDate(cv, raw, seg, pointer);
      pending.date = d;
      pending.time = t;
    }
  }

  private badDate(cv: CValue, raw: string, seg: SegmentLike, pointer: string): void {
    this.warn(seg, 'X12_INVALID_VALUE', cv.def.element, `${seg.tag}${String(cv.def.element).padStart(2, '0')} "${truncate(raw)}" is not a valid ${cv.def.format!} value; ${pointer} is not set from it`, pointer);
  }

  /** The JSON value of `raw`; `item` is the index of the array item it goes into, -1 outside arrays. */
  private convert(cv: CValue, raw: string, seg: SegmentLike, item: number): unknown {
    const kind = cv.kind;
    let value: unknown;
    if (kind === VALUE_TEXT) return cv.decodes === undefined ? raw : cv.decodes.get(raw) ?? raw;
    if (kind === VALUE_DECIMAL) value = readNumber(raw, false);
    else if (kind === VALUE_INTEGER) value = readNumber(raw, true);
    else value = readBoolean(raw);
    if (value === undefined) {
      const v = cv.def;
      // the pointer is made only for the warning
      const pointer = item < 0 ? cv.pointer : itemPointer(cv, item);
      this.warn(seg, 'X12_INVALID_VALUE', v.element, `${seg.tag}${String(v.element).padStart(2, '0')} "${truncate(raw)}" is not a valid ${v.format ?? v.type}; ${pointer} is not set from it`, pointer);
    }
    return value;
  }

  private notMapped(seg: SegmentLike, e: number): void {
    this.warn(seg, 'X12_ELEMENT_NOT_MAPPED', e, `${seg.tag}${String(e).padStart(2, '0')} "${truncate(seg.element(e))}" has no place in LEX; it is dropped`);
  }

  /** Builds the message: dates, envelope fallbacks, derived and missing required values. */
  finish(): Obj {
    for (let slot = 0; slot < this.dates.length; slot++) {
      const p = this.dates[slot];
      if (p === undefined) continue;
      const at = this.t.DATE_SLOTS[slot]!;
      this.setDate(p, this.parent(at.parent), at.set, at.pointer);
    }
    if (this.itemDates) for (const [pointer, d] of this.itemDates) this.setDate(d.pending, d.target, d.set, pointer);
    const st = { segment: this.env.stSegment, tag: 'ST' };
    for (const e of this.t.ENVELOPE) {
      const holder = this.peek(e.parent);
      if (holder !== undefined && e.get(holder) !== undefined) continue;
      const value = this.fromEnvelope(e.defs);
      if (value === undefined) continue;
      e.set(this.parent(e.parent), value.value);
      const first = e.defs[0]!;
      this.warnings.push({ code: 'X12_ENVELOPE_FALLBACK', path: e.pointer, message: `the transaction does not carry ${e.pointer}; it is read from the interchange envelope (${value.from})${value.note}`, position: { segment: first.segment === 'ISA' ? 1 : this.env.gsSegment, tag: first.segment, element: first.element } });
    }
    for (const r of this.t.REQUIRED) {
      const holder = this.peek(r.parent);
      if (holder === undefined || r.get(holder) !== undefined) continue;
      if (r.derive === 'uuid') {
        r.set(holder, this.deriveUuid());
        this.warnings.push({ code: 'X12_VALUE_DERIVED', path: r.pointer, message: `the interchange does not carry ${r.pointer}; a deterministic UUID was derived from the sender, receiver, date and control numbers`, position: st });
      } else {
        this.warnings.push({ code: 'X12_REQUIRED_FIELD_MISSING', path: r.pointer, message: `the transaction does not carry ${r.pointer}, which LEX requires`, position: st });
      }
    }
    return this.root;
  }

  private setDate(p: PendingDate, target: Obj, set: (holder: Obj, value: unknown) => void, pointer: string): void {
    if (p.date === undefined) {
      this.warnings.push({ code: 'X12_INVALID_VALUE', path: pointer, message: `${pointer} has a time but no date; it is not set`, position: { segment: p.segment, tag: p.tag, element: p.element } });
      return;
    }
    set(target, `${p.date}T${p.time ?? '00:00:00'}Z`);
  }

  private fromEnvelope(defs: X12EnvelopeDef[]): { value: unknown; from: string; note: string } | undefined {
    const seg = (d: X12EnvelopeDef) => (d.segment === 'ISA' ? this.env.isa : this.env.gs);
    const raw = (d: X12EnvelopeDef) => (seg(d)[d.element] ?? '').trim();
    const names = defs.map((d) => `${d.segment}${String(d.element).padStart(2, '0')}`).join('/');
    const first = defs[0]!;
    if (first.type === 'date-time' || first.type === 'date') {
      let date: string | undefined;
      let time: string | undefined;
      for (const d of defs) {
        const r = raw(d);
        if (d.format === 'YYMMDD' || d.format === 'CCYYMMDD') {
          const gs04 = this.env.gs[4] ?? '';
          const century = d.format === 'YYMMDD' && gs04.length === 8 && gs04.endsWith(r) ? gs04.slice(0, 2) : '20';
          date = readDate(r, d.format, century);
        } else if (d.format === 'HHMM' || d.format === 'HHMMSS') time = readTime(r);
      }
      if (date === undefined) return undefined;
      return { value: first.type === 'date' ? date : `${date}T${time ?? '00:00:00'}Z`, from: names, note: '' };
    }
    const r = raw(first);
    if (r === '') return undefined;
    const note = r.length >= 15 && first.segment === 'ISA' ? '; ISA identifiers hold 15 characters, so it may be truncated' : '';
    return { value: r, from: names, note };
  }

  private deriveUuid(): string {
    const isa = this.env.isa, gs = this.env.gs, st = this.env.st;
    const parts = [isa[6], isa[8], isa[9], isa[10], isa[13], gs[6], st[2], this.beg];
    // four 32-bit FNV-1a lanes with different offsets and a final avalanche: 128 deterministic bits (not a
    // cryptographic hash — the id only has to be stable and unlikely to collide); the parts are joined by U+001F
    let l0 = 0x811c9dc5, l1 = (0x01000193 ^ 0x9e3779b9) >>> 0, l2 = 0x85ebca6b, l3 = 0xc2b2ae35;
    for (let p = 0; p < parts.length; p++) {
      const text = (parts[p] ?? '').trim();
      for (let i = p === 0 ? 0 : -1; i < text.length; i++) {
        const c = i < 0 ? 0x1f : text.charCodeAt(i);
        l0 = Math.imul(l0 ^ c, 0x01000193) >>> 0;
        l1 = Math.imul(l1 ^ (c + 0x3d), 0x01000193 + 0x1000) >>> 0;
        l2 = Math.imul(l2 ^ (c + 2 * 0x3d), 0x01000193 + 2 * 0x1000) >>> 0;
        l3 = Math.imul(l3 ^ (c + 3 * 0x3d), 0x01000193 + 3 * 0x1000) >>> 0;
      }
    }
    return uuidText(avalanche(l0, 0), avalanche(l1, 1), avalanche(l2, 2), avalanche(l3, 3));
  }

  private warn(seg: SegmentLike, code: string, element: number | undefined, message: string, path?: string): void {
    const position: Position = element === undefined ? { segment: seg.index, tag: seg.tag } : { segment: seg.index, tag: seg.tag, element };
    const w: LexWarning = { code, message, position };
    if (path !== undefined) w.path = path;
    this.warnings.push(w);
  }
}

/** JSON Pointer of a value in item `index` of its array */
function itemPointer(cv: CValue, index: number): string {
  return `${cv.arrayPointer}/${index}${cv.pointer.slice(cv.arrayPointer.length + 2)}`;
}

/** the final mix of one uuid lane: 32 bits */
function avalanche(h: number, lane: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0; h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35 + lane) >>> 0; h ^= h >>> 16;
  return h >>> 0;
}

/** character code of the hex digit of n's 4 bits at `shift` */
const hexAt = (n: number, shift: number) => {
  const d = (n >>> shift) & 15;
  return d < 10 ? 48 + d : 87 + d;
};

/**
 * The 128 bits a-b-c-d as a version 4 UUID (8-4-4-4-12 lowercase hex): the version nibble (the 13th digit) is 4,
 * and the 17th digit keeps its two low bits under the variant bits 10. One string made from its 36 character codes.
 */
function uuidText(a: number, b: number, c: number, d: number): string {
  return String.fromCharCode(
    hexAt(a, 28), hexAt(a, 24), hexAt(a, 20), hexAt(a, 16), hexAt(a, 12), hexAt(a, 8), hexAt(a, 4), hexAt(a, 0), 45,
    hexAt(b, 28), hexAt(b, 24), hexAt(b, 20), hexAt(b, 16), 45,
    52, hexAt(b, 8), hexAt(b, 4), hexAt(b, 0), 45,
    hexAt(((c >>> 28) & 3) | 8, 0), hexAt(c, 24), hexAt(c, 20), hexAt(c, 16), 45,
    hexAt(c, 12), hexAt(c, 8), hexAt(c, 4), hexAt(c, 0), hexAt(d, 28), hexAt(d, 24), hexAt(d, 20), hexAt(d, 16), hexAt(d, 12), hexAt(d, 8), hexAt(d, 4), hexAt(d, 0),
  );
}

function truncate(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

export function getPath(root: unknown, path: string[]): unknown {
  let o: unknown = root;
  for (const k of path) {
    if (o === null || typeof o !== 'object') return undefined;
    o = (o as Obj)[k];
  }
  return o;
}
