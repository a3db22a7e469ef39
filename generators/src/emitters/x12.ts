// The ASC X12 tables of @lexstandard/x12 (850 purchase order, 824 application advice), emitted from the fields'
// `x-lex.x12` places only. A place belongs to the 850 unless its `message` names another transaction set;
// envelope places (ISA, GS) without `message` belong to every set.
//
// Each place (segment, match qualifiers, element, component, format, codes, key, repeat, role) becomes a value of
// a segment definition. Places of the same tag are one segment when their qualifiers agree and their elements do
// not collide (PER*IC carries the e-mail in PER04 after EM and the phone in PER06 after TE; DTM*137 carries the
// date in DTM02 and the time in DTM03). The order of the segments comes from one small rule:
//
//   heading (BEG, CUR, REF, PER, DTM — segments no loop owns), then the loops in head order N1, NM1, IT1,
//   each loop in its own segment order, then trailing segments no loop owns (PRI, MEA, QTY, SAC).
//   (824: heading BGN, then the loops N1, OTI, TED.)
//
// A segment joins the loop of the nearest enclosing object that owns exactly one loop head (the customer owns
// NM1*IL, the desired product IT1*VC, the trade-in IT1*VT; the header owns two N1 heads, so its other segments
// stay in the heading). A loop head that repeats per array item is owned by its array, and the other segments of
// that array's items join it (824: TED*848 per error, with its RED). CTT and the envelope (ISA/GS/ST … SE/GE/IEA)
// are X12 syntax and belong to the engine.
import type { Field, SegmentPlace } from '../model/fields.js';
import { placesOf } from '../model/fields.js';
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

/** The transaction sets LEX writes, as far as LEX uses them; the first is the default. */
interface SetStructure {
  /** ST01 */
  transactionSet: string;
  /** GS01 functional identifier code of the set's functional group */
  functionalId: string;
  /** CTT01 (number of line items) closes the transaction */
  lineItemTotal: boolean;
  loopHeads: string[];
  heading: string[];
  loopBody: Record<string, string[]>;
  trailing: string[];
}
const SETS: SetStructure[] = [
  {
    transactionSet: '850',
    // seed 002: "Functional ID code: ALX for LEX messages"
    functionalId: 'ALX',
    lineItemTotal: true,
    loopHeads: ['N1', 'NM1', 'IT1'],
    heading: ['BEG', 'CUR', 'REF', 'PER', 'DTM'],
    loopBody: {
      N1: ['N1', 'N2', 'N3', 'N4', 'REF', 'PER'],
      NM1: ['NM1', 'N3', 'N4', 'PER', 'REF', 'QTY'],
      IT1: ['IT1', 'QTY', 'PID', 'PRI', 'MEA', 'REF', 'SAC'],
    },
    trailing: ['PRI', 'MEA', 'QTY', 'SAC'],
  },
  {
    // 005010 824 Application Advice: heading BGN, N1 loop; detail OTI loop (OTI REF DTM PER AMT QTY NM1) holding
    // the TED loop (TED NTE RED)
    transactionSet: '824',
    functionalId: 'AG',
    lineItemTotal: false,
    loopHeads: ['N1', 'OTI', 'TED'],
    heading: ['BGN'],
    loopBody: {
      N1: ['N1', 'N2', 'N3', 'N4', 'REF', 'PER'],
      OTI: ['OTI', 'REF', 'DTM', 'PER', 'AMT', 'QTY', 'NM1'],
      TED: ['TED', 'NTE', 'RED'],
    },
    trailing: [],
  },
];
export const X12_TRANSACTION_SETS = SETS.map((s) => s.transactionSet);
const DEFAULT_SET = SETS[0]!.transactionSet;
const ENVELOPE_TAGS = ['ISA', 'GS'];

/** The places of `field` in transaction set `set`: its own, and envelope places that name no set. */
function placesIn(field: Field, set: string): SegmentPlace[] {
  return placesOf(field, 'x12').filter((p) => (p.message ?? (ENVELOPE_TAGS.includes(p.segment) ? set : DEFAULT_SET)) === set);
}

interface Condition { element: number; component?: number; value: string }
interface Place {
  field: Field;
  place: SegmentPlace;
  order: number;
  template: string;
  arrayPointer?: string;
  /** path from the root, or from the array item */
  path: string[];
  owner: string;
  match: Condition[];
  type: string;
}
interface Group { tag: string; loop: string; head: boolean; arrayPointer?: string; places: Place[] }

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const parent = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const pathOf = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map(unescape));
const sameSpot = (a: { element: number; component?: number }, b: { element: number; component?: number }) =>
  a.element === b.element && (a.component ?? 0) === (b.component ?? 0);

function conditions(match: Record<string, string> | undefined): Condition[] {
  return Object.entries(match ?? {})
    .map(([k, value]) => {
      const [e, c] = k.split('.').map(Number);
      return c === undefined ? { element: e!, value } : { element: e!, component: c, value };
    })
    .sort((a, b) => a.element - b.element || (a.component ?? 0) - (b.component ?? 0));
}

function valueType(f: Field): string {
  const format = (f.constraints.format ?? f.constraints['items.format']) as string | undefined;
  if (format === 'date-time' || format === 'date') return format;
  // map entries (customFields) are strings: the only kind of map that has keyed places
  const t = f.kind === 'map' ? 'string' : f.type.endsWith('[]') ? f.type.slice(0, -2) : f.type;
  if (!['string', 'number', 'integer', 'boolean'].includes(t)) throw new Error(`x12: ${f.pointer} has type ${f.type}, which has no X12 encoding`);
  return t;
}

/** Can `p` share one segment with the places already in `g`? */
function compatible(g: Group, p: Place): boolean {
  for (const q of g.places) {
    for (const a of p.match) for (const b of q.match) if (sameSpot(a, b) && a.value !== b.value) return false;
    const spot = { element: p.place.element ?? 0, component: p.place.component };
    const qSpot = { element: q.place.element ?? 0, component: q.place.component };
    if (sameSpot(spot, qSpot)) return false;
    if (q.match.some((c) => sameSpot(c, spot)) || p.match.some((c) => sameSpot(c, qSpot))) return false;
  }
  return true;
}

export function x12Table(model: SchemaModel, set: string = DEFAULT_SET) {
  const structure = SETS.find((s) => s.transactionSet === set);
  if (!structure) throw new Error(`x12: no structure for transaction set ${set}`);
  const { loopHeads: LOOP_HEADS, heading: HEADING, loopBody: LOOP_BODY, trailing: TRAILING } = structure;
  const places: Place[] = [];
  const envelope: unknown[] = [];
  let selects: { pointer: string; path: string[]; value: string } | undefined;
  // an array of objects may give the qualifiers of its items' segments (a shared block placed per use)
  const itemQualifiers = new Map<string, Record<string, string>>();
  for (const field of model.fields) {
    if (field.kind !== 'array') continue;
    for (const place of placesIn(field, set)) if (place.element === undefined && place.match) itemQualifiers.set(`${field.pointer}/*|${place.segment}`, place.match);
  }
  let order = 0;
  for (const field of model.fields) {
    for (let place of placesIn(field, set)) {
      order++;
      if (place.segment === 'ST') {
        // ST01 names the set: the field and value that select it when writing, implied when reading
        const entries = Object.entries(place.codes ?? {});
        if (place.element !== 1 || entries.length !== 1 || entries[0]![1] !== set) throw new Error(`x12: ${field.pointer}: an ST place must be ST01 with one code, ${set}`);
        selects = { pointer: field.pointer, path: pathOf(field.pointer), value: entries[0]![0] };
        continue;
      }
      if (place.element === undefined && field.kind === 'array' && place.match) continue; // item qualifiers, above
      if (place.element === undefined) throw new Error(`x12: ${field.pointer} place ${place.segment} has no element`);
      const itemAt = field.pointer.lastIndexOf('/*');
      const qualifiers = itemAt >= 0 ? itemQualifiers.get(`${field.pointer.slice(0, itemAt + 2)}|${place.segment}`) : undefined;
      if (qualifiers) place = { ...place, match: { ...qualifiers, ...place.match } };
      if (place.role === 'envelope') {
        if (place.segment !== 'ISA' && place.segment !== 'GS') throw new Error(`x12: envelope place of ${field.pointer} must be in ISA or GS`);
        envelope.push({ pointer: field.pointer, path: pathOf(field.pointer), segment: place.segment, element: place.element, ...(place.format ? { format: place.format } : {}), type: valueType(field) });
        continue;
      }
      let template = field.pointer;
      if (place.key !== undefined) template = `${field.pointer}/${escape(place.key)}`;
      else if (field.kind === 'array') {
        if (!place.repeat) throw new Error(`x12: array ${field.pointer} needs repeat: true`);
        template = `${field.pointer}/*`;
      } else if (field.kind !== 'scalar') throw new Error(`x12: ${field.pointer} is a ${field.kind}; only scalars, arrays and map keys have places`);
      const star = template.lastIndexOf('/*');
      const arrayPointer = star >= 0 ? template.slice(0, star) : undefined;
      if (arrayPointer?.includes('/*')) throw new Error(`x12: ${template}: arrays inside arrays have no X12 layout`);
      if (place.repeat && arrayPointer === undefined) throw new Error(`x12: ${field.pointer} repeats but is not in an array`);
      places.push({
        field, place, order, template, arrayPointer,
        path: arrayPointer === undefined ? pathOf(template) : pathOf(template.slice(star + 2)),
        owner: parent(arrayPointer ?? template),
        match: conditions(place.match),
        type: valueType(field),
      });
    }
  }

  const group = (list: Place[], loopOf: (p: Place) => string, head: boolean): Group[] => {
    const groups: Group[] = [];
    for (const p of list) {
      const loop = loopOf(p);
      const g = groups.find((x) => x.tag === p.place.segment && x.loop === loop && x.arrayPointer === p.arrayPointer && compatible(x, p));
      if (g) g.places.push(p);
      else groups.push({ tag: p.place.segment, loop, head, arrayPointer: p.arrayPointer, places: [p] });
    }
    return groups;
  };

  // loop heads, and the objects that own exactly one of them
  const heads = group(places.filter((p) => LOOP_HEADS.includes(p.place.segment)), (p) => `owner:${p.arrayPointer ?? p.owner}`, true);
  const headsByOwner = new Map<string, Group[]>();
  for (const h of heads) {
    const owner = h.arrayPointer ?? h.places[0]!.owner;
    headsByOwner.set(owner, [...(headsByOwner.get(owner) ?? []), h]);
  }
  const loopOwner = new Map<string, Group>();
  for (const [owner, hs] of headsByOwner) if (hs.length === 1) loopOwner.set(owner, hs[0]!);
  const loopOf = (p: Place): string => {
    const itemHead = p.arrayPointer === undefined ? undefined : loopOwner.get(p.arrayPointer);
    if (itemHead) return `head:${heads.indexOf(itemHead)}`;
    for (let o = p.owner; ; o = parent(o)) {
      const h = loopOwner.get(o);
      if (h) return `head:${heads.indexOf(h)}`;
      if (o === '') break;
    }
    return HEADING.includes(p.place.segment) ? 'heading' : 'trailing';
  };
  const body = group(places.filter((p) => !LOOP_HEADS.includes(p.place.segment)), loopOf, false);

  // canonical order
  const headOrder = [...heads].sort((a, b) => LOOP_HEADS.indexOf(a.tag) - LOOP_HEADS.indexOf(b.tag) || a.places[0]!.order - b.places[0]!.order);
  const rankOf = (g: Group): number => {
    if (g.loop === 'heading') return 100 + HEADING.indexOf(g.tag);
    if (g.loop === 'trailing') return 1000 + (TRAILING.includes(g.tag) ? TRAILING.indexOf(g.tag) : TRAILING.length);
    const h = g.head ? g : heads[Number(g.loop.slice(5))]!;
    const seq = LOOP_BODY[h.tag]!;
    // loops of the same head tag share their ranks: N1*01 and N1*SH, IT1*VC and IT1*VT may come in any order
    return 200 + LOOP_HEADS.indexOf(h.tag) * 100 + (seq.includes(g.tag) ? seq.indexOf(g.tag) : seq.length);
  };
  const loopIndex = (g: Group) => (g.head ? headOrder.indexOf(g) : g.loop.startsWith('head:') ? headOrder.indexOf(heads[Number(g.loop.slice(5))]!) : -1);
  const all = [...heads, ...body].sort((a, b) => {
    const la = loopIndex(a), lb = loopIndex(b);
    const ra = rankOf(a), rb = rankOf(b);
    const ka = la >= 0 ? 200 + la : ra, kb = lb >= 0 ? 200 + lb : rb;
    return ka - kb || ra - rb || a.places[0]!.order - b.places[0]!.order;
  });

  // ids, and the check that no two fields share one element
  const ids = new Map<Group, string>();
  const commonOf = (g: Group): Condition[] => g.places[0]!.match.filter((c) => g.places.every((p) => p.match.some((d) => sameSpot(c, d) && d.value === c.value)));
  for (const g of all) {
    const common = commonOf(g);
    const width = Math.max(0, ...common.map((c) => c.element));
    const parts = [g.tag];
    for (let e = 1; e <= width; e++) parts.push(common.filter((c) => c.element === e).map((c) => c.value).join(':'));
    let id = parts.join('*');
    for (let n = 2; [...ids.values()].includes(id); n++) id = `${parts.join('*')}#${n}`;
    ids.set(g, id);
  }
  const headId = (g: Group) => (g.head ? ids.get(g)! : g.loop.startsWith('head:') ? ids.get(heads[Number(g.loop.slice(5))]!)! : g.loop);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!, b = all[j]!;
      if (a.tag !== b.tag || headId(a) !== headId(b)) continue;
      const ca = commonOf(a), cb = commonOf(b);
      const distinct = ca.some((c) => cb.some((d) => sameSpot(c, d) && c.value !== d.value));
      if (!distinct) throw new Error(`x12: ${ids.get(a)} and ${ids.get(b)} cannot be told apart by their qualifiers (${a.places[0]!.field.pointer}, ${b.places[0]!.field.pointer})`);
    }
  }

  const segments = all.map((g, i) => {
    const common = commonOf(g);
    // a later segment of the same array adds to the item the array's first segment opened
    const continues = g.arrayPointer !== undefined && all.slice(0, i).some((o) => o.arrayPointer === g.arrayPointer);
    return {
      id: ids.get(g)!,
      tag: g.tag,
      match: common,
      loop: headId(g),
      head: g.head,
      rank: rankOf(g),
      ...(g.arrayPointer !== undefined ? { array: { pointer: g.arrayPointer, path: pathOf(g.arrayPointer), ...(continues ? { continues: true } : {}) } } : {}),
      values: g.places.map((p) => {
        const when = p.match.filter((c) => !common.some((d) => sameSpot(c, d)));
        return {
          pointer: p.template,
          path: p.path,
          element: p.place.element!,
          ...(p.place.component !== undefined ? { component: p.place.component } : {}),
          ...(when.length ? { when } : {}),
          ...(p.place.format ? { format: p.place.format } : {}),
          type: p.type,
          ...(p.place.codes ? { codes: p.place.codes } : {}),
        };
      }),
    };
  });

  // values X12 implies (a const nobody carries), and required fields whose parent may be present
  const implied = model.fields
    .filter((f) => f.constraints.const !== undefined && placesIn(f, set).length === 0)
    .map((f) => ({ pointer: f.pointer, path: pathOf(f.pointer), value: String(f.constraints.const) }));
  if (selects) implied.push({ ...selects });
  const carried = (f: Field) => model.fields.some((d) => (d.pointer === f.pointer || d.pointer.startsWith(f.pointer + '/')) && placesIn(d, set).length > 0);
  const required = model.fields
    .filter((f) => f.required && !f.pointer.includes('/*') && carried(f))
    .map((f) => ({ pointer: f.pointer, path: pathOf(f.pointer), ...(f.typeName === 'UuidV4' ? { derive: 'uuid' } : {}) }));

  return {
    version: model.version,
    transactionSet: set,
    functionalId: structure.functionalId,
    ...(selects ? { selects } : {}),
    lineItemTotal: structure.lineItemTotal,
    implied, loopHeads: LOOP_HEADS, segments, envelope, required,
  };
}

export function emitX12(model: SchemaModel): GeneratedFile[] {
  // a set no message type selects (no ST01 place: a schema without its places) is not emitted
  const [table, ...others] = SETS.map((s) => x12Table(model, s.transactionSet)).filter((t, i) => i === 0 || t.selects !== undefined);
  return [{
    path: 'packages/x12/src/generated/table.ts',
    contents: `// Generated from schema/ by generators/src/emitters/x12.ts — do not edit. LEX ${model.version}
// The X12 850 segment table: every segment LEX writes, in canonical order, with the fields it carries.
import type { X12Table } from '../table.js';

export const TABLE: X12Table = ${JSON.stringify(table, null, 1)};
${others.map((t) => `
/** The X12 ${t.transactionSet} table (GS01 ${t.functionalId}), for ${t.selects!.value} messages. */
export const TABLE_${t.transactionSet}: X12Table = ${JSON.stringify(t, null, 1)};
`).join('')}
/** Every transaction set LEX writes; the first (850) is the default for message types no other set selects. */
export const TABLES: readonly X12Table[] = [TABLE, ${others.map((t) => `TABLE_${t.transactionSet}`).join(', ')}];
`,
  }];
}
