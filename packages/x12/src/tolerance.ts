// Liberal input: the layouts the seed examples use where they differ from the generated table. Each rule
// rewrites a segment into the canonical layout and reports a warning with the segment number and element.
// Rules speak X12 only (tags, qualifiers, positions); where a rule needs a canonical position it asks the
// generated table (e.g. which PER elements carry EM and TE).
import type { LexWarning } from '@lexstandard/codec';
import { TABLE } from './generated/table.js';
import type { X12SegmentDef } from './table.js';
import { StoredSegment, tagCode, type SegmentLike } from './segment.js';

export interface ToleranceContext {
  repetition: string | undefined;
  warnings: LexWarning[];
}

const warn = (ctx: ToleranceContext, seg: SegmentLike, code: string, element: number, message: string) =>
  ctx.warnings.push({ code, message, position: { segment: seg.index, tag: seg.tag, element } });

const derived = (seg: SegmentLike, tag: string, elements: string[]): StoredSegment =>
  new StoredSegment({ tag, elements: [tag, ...elements], index: seg.index, offset: seg.offset, synthetic: true });
const replaced = (seg: SegmentLike, elements: string[]): StoredSegment =>
  new StoredSegment({ tag: elements[0]!, elements, index: seg.index, offset: seg.offset });

/** a copy of `a` with '' for every hole or undefined (Array.from with a mapping function is many times slower) */
function dense(a: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i] ?? '');
  return out;
}

/** Canonical positions of a qualified value: the def with this tag whose qualifiers (or a value's) hold `code`. */
const PLACES = new Map<string, { def: X12SegmentDef; qualifier: number; element: number } | undefined>();
function placeOf(tag: string, code: string): { def: X12SegmentDef; qualifier: number; element: number } | undefined {
  const key = `${tag}*${code}`;
  if (!PLACES.has(key)) PLACES.set(key, findPlace(tag, code));
  return PLACES.get(key);
}
function findPlace(tag: string, code: string): { def: X12SegmentDef; qualifier: number; element: number } | undefined {
  for (const def of TABLE.segments) {
    if (def.tag !== tag) continue;
    for (const v of def.values) {
      const q = [...def.match, ...(v.when ?? [])].find((c) => c.value === code);
      if (q) return { def, qualifier: q.element, element: v.element };
    }
  }
  return undefined;
}

/** Writes a canonical segment: the def's own qualifiers, then (qualifier code, value) pairs at their places. */
function canonical(tag: string, pairs: [code: string, value: string][]): string[] | undefined {
  const out: string[] = [];
  for (const [code, value] of pairs) {
    if (value === '') continue;
    const p = placeOf(tag, code);
    if (!p) return undefined;
    for (const m of p.def.match) out[m.element - 1] = m.value;
    out[p.qualifier - 1] = code;
    out[p.element - 1] = value;
  }
  return dense(out);
}

/** The product qualifiers of the line-item heads (IT106 = VC, VT …), from the table. */
const LINE_QUALIFIERS = new Map<string, number>();
for (const def of TABLE.segments) {
  if (def.tag === 'IT1' && def.head) for (const m of def.match) LINE_QUALIFIERS.set(m.value, m.element);
}
/** LINE_QUALIFIERS as arrays, for the check every IT1 goes through */
const LINE_CODES = [...LINE_QUALIFIERS.keys()];
const LINE_ELEMENTS = [...LINE_QUALIFIERS.values()];

/** the tags a rule may rewrite */
export const TOLERATED_TAGS = ['BEG', 'N1', 'NM1', 'N3', 'PO1', 'IT1'];
const [BEG, N1, NM1, N3, PO1, IT1] = TOLERATED_TAGS.map(tagCode) as [number, number, number, number, number, number];

/** BEG02 order-type codes the seeds use instead of LEX's, and the code they are read as. */
const ALTERNATE_ORDER_TYPES = new Map<string, string>([['SA', 'LE']]);

/**
 * Returns the canonical segments for `seg`, or null when it needs no rewriting (the common case).
 */
export function tolerate(seg: SegmentLike, ctx: ToleranceContext, code = tagCode(seg.tag)): StoredSegment[] | null {
  // the fast path, by tag code (no tag string made): nothing to rewrite, and no element copied
  switch (code) {
    case BEG: if (!ALTERNATE_ORDER_TYPES.has(seg.element(2))) return null; break;
    case N1: if (!seg.is(1, 'BY')) return null; break;
    case NM1: if (seg.count <= 7) return null; break;
    case N3: if (!seg.isEmpty(2) || !seg.element(1).includes(ctx.repetition ?? '^')) return null; break;
    case IT1: {
      let shifted = false;
      for (let i = 0; i < LINE_CODES.length; i++) if (seg.isEmpty(LINE_ELEMENTS[i]!) && seg.is(LINE_ELEMENTS[i]! + 1, LINE_CODES[i]!)) shifted = true;
      if (!shifted) return null;
      break;
    }
    case PO1: break;
    default: return null;
  }
  const el = seg.toSegment().elements;
  switch (seg.tag) {
    case 'BEG': {
      const alt = ALTERNATE_ORDER_TYPES.get(el[2] ?? '');
      if (!alt) return null;
      warn(ctx, seg, 'X12_ALTERNATE_LAYOUT', 2, `BEG02 is "${el[2]}" (stand-alone order, the home-page layout); it is read as ${alt}`);
      const copy = el.slice();
      copy[2] = alt;
      return [replaced(seg, copy)];
    }
    case 'N1': {
      if (el[1] !== 'BY') return null;
      // the home-page layout: N1*BY*<customer name>*92*<customer id> instead of NM1*IL*1*<last>*<first>
      const name = (el[2] ?? '').trim();
      const cut = name.lastIndexOf(' ');
      const first = cut > 0 ? name.slice(0, cut).trim() : '';
      const last = cut > 0 ? name.slice(cut + 1) : name;
      warn(ctx, seg, 'X12_ALTERNATE_LAYOUT', 1, `N1*BY (buyer) carries the customer (the home-page layout); its name "${name}" is read as NM1*IL last name "${last}"${first ? `, first name "${first}"` : ''}`);
      if ((el[3] ?? '') !== '' || (el[4] ?? '') !== '') {
        warn(ctx, seg, 'X12_ELEMENT_NOT_MAPPED', 4, `N103/N104 (buyer identification ${el[3] ?? ''} "${el[4] ?? ''}") has no place in LEX; it is dropped`);
      }
      for (let e = 5; e < el.length; e++) if (el[e] !== '') warn(ctx, seg, 'X12_ELEMENT_NOT_MAPPED', e, `N1${String(e).padStart(2, '0')} "${el[e]}" has no place in LEX; it is dropped`);
      return [derived(seg, 'NM1', ['IL', '1', last, first])];
    }
    case 'NM1': {
      if (el.length <= 7) return null;
      // the seed example: NM1*IL*1*<last>*<first>***<email>*TE*<phone>; the seed table: NM108 = EM/TE, NM109 value
      let email = '';
      let phone = '';
      const rest = el.slice(0, 7);
      if ((el[7] ?? '') !== '') {
        if (el[7]!.includes('@')) {
          email = el[7]!;
          warn(ctx, seg, 'X12_ALTERNATE_POSITION', 7, 'NM107 holds an e-mail address (the seed example layout); it is read as PER*IC EM');
        } else rest[7] = el[7]!;
      }
      const q = el[8] ?? '';
      const v = el[9] ?? '';
      if (q === 'EM' || q === 'TE') {
        if (q === 'EM') email ||= v;
        else phone = v;
        warn(ctx, seg, 'X12_ALTERNATE_POSITION', 8, `NM108/NM109 hold a communication number (${q}, the seed layout); it is read as PER*IC ${q}`);
      } else {
        if (q !== '') rest[8] = q;
        if (v !== '') rest[9] = v;
      }
      for (let e = 10; e < el.length; e++) rest[e] = el[e]!;
      const out: StoredSegment[] = [replaced(seg, dense(rest))];
      const per = canonical('PER', [['EM', email], ['TE', phone]]);
      if (per && (email || phone)) out.push(derived(seg, 'PER', per));
      return out;
    }
    case 'N3': {
      const rep = ctx.repetition ?? '^';
      const v = el[1] ?? '';
      const at = v.indexOf(rep);
      if (at < 0 || (el[2] ?? '') !== '') return null;
      warn(ctx, seg, 'X12_ALTERNATE_POSITION', 1, `N301 joins two address lines with "${rep}" (the seed layout); they are read as N301 and N302`);
      const copy = el.slice();
      copy[1] = v.slice(0, at);
      copy[2] = v.slice(at + 1);
      return [replaced(seg, copy)];
    }
    case 'PO1': {
      if (el[6] === 'IN') {
        // the home-page teaser: PO1*1*1*EA***IN*<lead status>
        const ref = canonical('REF', [['LR', el[7] ?? '']]);
        warn(ctx, seg, 'X12_ALTERNATE_LAYOUT', 6, `PO1 with PO106 = IN carries the lead status "${el[7] ?? ''}" (the home-page layout); it is read as REF*LR`);
        for (let e = 8; e < el.length; e++) if (el[e] !== '') warn(ctx, seg, 'X12_ELEMENT_NOT_MAPPED', e, `PO1${String(e).padStart(2, '0')} "${el[e]}" has no place in LEX; it is dropped`);
        return ref ? [derived(seg, 'REF', ref)] : [];
      }
      warn(ctx, seg, 'X12_ALTERNATE_LAYOUT', 0, 'PO1 is read as IT1 (same element layout)');
      const copy = el.slice();
      copy[0] = 'IT1';
      const it1 = replaced(seg, copy);
      return tolerate(it1, ctx) ?? [it1];
    }
    case 'IT1': {
      for (const [code, q] of LINE_QUALIFIERS) {
        if ((el[q] ?? '') !== '' || el[q + 1] !== code) continue;
        // the seed example: IT1**1*EA*0***VC*<year>*<model>*<trim> — qualifier one to the right, no make
        const copy = el.slice(0, q);
        copy[q] = code;
        copy[q + 1] = el[q + 2] ?? '';
        copy[q + 2] = '';
        for (let e = q + 3; e < el.length; e++) copy[e] = el[e]!;
        warn(ctx, seg, 'X12_ALTERNATE_POSITION', q + 1, `IT1${String(q + 1).padStart(2, '0')} holds the product qualifier ${code} (the seed layout: qualifier, year, model, trim); read as IT1${String(q).padStart(2, '0')} = ${code} with the year in IT1${String(q + 1).padStart(2, '0')}, no make, model and trim in IT1${String(q + 3).padStart(2, '0')}/IT1${String(q + 4).padStart(2, '0')}`);
        return [replaced(seg, dense(copy))];
      }
      return null;
    }
    default:
      return null;
  }
}
