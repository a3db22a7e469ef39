// The generated tables, each indexed once at load for the decoder's inner loop: definitions by tag code and
// qualifier, value parents by number, bit masks of the elements X12 syntax fills.
import { TABLES } from './generated/table.js';
import { FILLERS, LINE_ITEM_TAGS } from './syntax.js';
import { TOLERATED_TAGS } from './tolerance.js';
import type { X12Condition, X12EnvelopeDef, X12RequiredDef, X12SegmentDef, X12Table, X12ValueDef } from './table.js';
import { keyCode, tagCode } from './segment.js';

export const AREA_HEADING = 0;
export const AREA_LOOP = 1;
export const AREA_TRAILING = 2;

// The records below are made by one object literal each, so that the decoder's property reads see one hidden class
// (the table's own objects come in many shapes, as their optional fields vary, which makes those reads slow).

/** A qualifier condition: `component` is 0 when the whole element is compared. */
export interface CCondition {
  element: number;
  component: number;
  value: string;
}

const condition = (c: X12Condition): CCondition => ({ element: c.element, component: c.component ?? 0, value: c.value });

export interface CValue {
  def: X12ValueDef;
  element: number;
  /** component (1-based), 0 for the whole element */
  component: number;
  /** conditions on the segment for this value, null when none */
  when: CCondition[] | null;
  pointer: string;
  /** the value is a date or date-time (its date and time may come in separate elements) */
  isDate: boolean;
  /** JSON Pointer of the array whose items hold the value, '' outside arrays */
  arrayPointer: string;
  /** parent object id (see PARENTS), or -1 when the value sits in an array item */
  parent: number;
  /** key of the value in its parent (or in the item) */
  key: string;
  /** stores the value under `key` (see keySetter) */
  set: (holder: Record<string, unknown>, value: unknown) => void;
  /** path from the array item to the value's parent (items only) */
  itemParent: string[];
  /** wire code → JSON value */
  decodes: Map<string, string> | undefined;
  /** date/time slot of a (non-array) date-time field, -1 otherwise */
  dateSlot: number;
  /** element bits this value consumes (its element and its `when` qualifiers) */
  bits: number;
  /** how the element text becomes the JSON value: VALUE_TEXT, VALUE_DECIMAL, VALUE_INTEGER or VALUE_BOOLEAN */
  kind: number;
}

export const VALUE_TEXT = 0;
export const VALUE_DECIMAL = 1;
export const VALUE_INTEGER = 2;
export const VALUE_BOOLEAN = 3;

function valueKind(v: X12ValueDef): number {
  const f = v.format;
  if (f === 'DECIMAL' || (f === undefined && v.type === 'number')) return VALUE_DECIMAL;
  if (f === 'INTEGER' || (f === undefined && v.type === 'integer')) return VALUE_INTEGER;
  if (f === 'BOOLEAN_YN' || (f === undefined && v.type === 'boolean')) return VALUE_BOOLEAN;
  return VALUE_TEXT;
}

export interface CDef {
  def: X12SegmentDef;
  id: string;
  loop: string;
  head: boolean;
  rank: number;
  /** the definition has qualifiers */
  qualified: boolean;
  ord: number;
  /** qualifiers still to test once the tag entry's key element matched */
  check: CCondition[];
  /** X12 syntax fillers of the tag that are checked on input */
  checkedFillers: { element: number; value: string }[];
  area: number;
  /** bits of the elements the qualifiers and X12 syntax fill */
  bits: number;
  values: CValue[];
  /** array id (see ARRAYS), -1 when the segment does not repeat per item */
  array: number;
  /** the array holds scalars: each segment adds one value */
  scalarItems: boolean;
  /** the segment adds to the array's last item instead of opening one (see X12SegmentDef.array) */
  continues: boolean;
}

export interface TagEntry {
  /** FLAG_* bits */
  flags: number;
  /** the qualifier element every definition of the tag tests (0: none) */
  keyElement: number;
  byKey: Map<string, CDef[]>;
  /** byKey by keyCode of the key, for the keys that have one */
  byCode: CodeMap<CDef[]>;
  all: CDef[];
}

const bit = (e: number) => (e > 30 ? 0 : 1 << e);

/**
 * A read-only map from small non-negative integers (tag and qualifier codes) to values: a collision-free
 * multiplicative hash found once at load, so that a lookup is one multiply, one shift and one compare — the
 * decoder looks up every segment's tag and qualifier, and a Map lookup was a tenth of its time.
 */
export class CodeMap<T> {
  private readonly keys: Int32Array;
  private readonly values: (T | undefined)[];
  private readonly mul: number;
  private readonly shift: number;
  readonly size: number;

  constructor(entries: Iterable<[number, T]>) {
    const list = [...entries];
    this.size = list.length;
    for (let bits = Math.max(1, Math.ceil(Math.log2(list.length + 1)) + 1); ; bits++) {
      for (let attempt = 0; attempt < 64; attempt++) {
        // odd multipliers from a fixed sequence: the same table on every load
        const mul = (Math.imul(0x9e3779b1, attempt * 2 + 1) | 1) >>> 0;
        const shift = 32 - bits;
        const keys = new Int32Array(1 << bits).fill(-1);
        let ok = true;
        for (const [k] of list) {
          const h = Math.imul(k, mul) >>> shift;
          if (keys[h] !== -1) { ok = false; break; }
          keys[h] = k;
        }
        if (!ok) continue;
        this.keys = keys;
        this.values = new Array(1 << bits).fill(undefined);
        for (const [k, v] of list) this.values[Math.imul(k, mul) >>> shift] = v;
        this.mul = mul;
        this.shift = shift;
        return;
      }
    }
  }

  get(key: number): T | undefined {
    const h = Math.imul(key, this.mul) >>> this.shift;
    return this.keys[h] === key ? this.values[h] : undefined;
  }
}

type Holder = Record<string, unknown>;

/** Compiles `body` over the parameter `o` for one key; `generic` where code cannot be compiled at run time. */
function compiled<F>(key: string, body: (k: string) => string, generic: F, params = 'o'): F {
  try {
    return new Function(...params.split(','), body(JSON.stringify(key))) as F;
  } catch {
    return generic;
  }
}

/** `holder[key]` when it is a plain object; otherwise a new object stored there (one function per key, as keySetter). */
export function childGetter(key: string): (holder: Holder) => Holder {
  return compiled(key, (k) => `let n = o[${k}]; if (n === undefined || n === null || typeof n !== 'object' || Array.isArray(n)) { n = {}; o[${k}] = n; } return n;`,
    (o: Holder) => {
      let n = o[key];
      if (n === undefined || n === null || typeof n !== 'object' || Array.isArray(n)) o[key] = n = {};
      return n as Holder;
    });
}

/** `holder[key]` when it is a plain object, else undefined. */
export function childLookup(key: string): (holder: Holder) => Holder | undefined {
  return compiled(key, (k) => `const n = o[${k}]; return n !== null && typeof n === 'object' && !Array.isArray(n) ? n : undefined;`,
    (o: Holder) => {
      const n = o[key];
      return n !== null && typeof n === 'object' && !Array.isArray(n) ? (n as Holder) : undefined;
    });
}

/**
 * `(holder, value) => { holder[key] = value }` for one key, as its own function, so each store site sees few object
 * shapes (one shared `holder[key] = value` sees every shape of the message and was a fifth of the decoder's time).
 * Where code cannot be compiled at run time (a strict Content-Security-Policy), the generic store is used.
 */
export function keySetter(key: string): (holder: Record<string, unknown>, value: unknown) => void {
  try {
    return new Function('o', 'v', `o[${JSON.stringify(key)}] = v;`) as (holder: Record<string, unknown>, value: unknown) => void;
  } catch {
    return (o, v) => { o[key] = v; };
  }
}

/** `holder => holder[key]` for one key, as its own function (see keySetter: one shared `holder[key]` read sees every shape). */
export function keyGetter(key: string): (holder: Record<string, unknown>) => unknown {
  return compiled(key, (k) => `return o[${k}];`, (o: Holder) => o[key]);
}

/** A field's place in the message: its parent id and key, with a read and a store compiled for the key. */
export interface Slot {
  parent: number;
  key: string;
  get: (holder: Record<string, unknown>) => unknown;
  set: (holder: Record<string, unknown>, value: unknown) => void;
}

const slot = (parent: number, key: string): Slot => ({ parent, key, get: keyGetter(key), set: keySetter(key) });

export const FLAG_LINE_ITEM = 1;
export const FLAG_TOLERATED = 2;
export const FLAG_BEG = 4;
export const FLAG_CTT = 8;
export const FLAG_LOOP_HEAD = 16;
type Parented<T> = T & Slot;

/** One generated table, indexed for the decoder. */
export interface CompiledTable {
  table: X12Table;
  /** parent object paths from the root, by id */
  PARENTS: string[][];
  /** the id of each parent's own parent (the path without its last key), -1 for the root */
  PARENT_OF: number[];
  /** per parent id: the child object under the parent's last key, made when missing (see childGetter) */
  CHILD: ((holder: Record<string, unknown>) => Record<string, unknown>)[];
  /** per parent id: the child object under the parent's last key if there is one (see childLookup) */
  LOOKUP: ((holder: Record<string, unknown>) => Record<string, unknown> | undefined)[];
  /** array paths from the root, by id */
  ARRAYS: ({ pointer: string; path: string[] } & Slot)[];
  /** date-time fields (outside arrays), by slot */
  DATE_SLOTS: ({ pointer: string } & Slot)[];
  DEFS: CDef[];
  /** definitions by tag code */
  TAGS: CodeMap<TagEntry>;
  /** per tag code: what the decoder does besides the table (CTT, line items, tolerance rules) */
  TAG_FLAGS: CodeMap<number>;
  /** the required fields with their parents' ids, for the check at the end of a transaction */
  REQUIRED: Parented<X12RequiredDef>[];
  ENVELOPE: ({ pointer: string; defs: X12EnvelopeDef[] } & Slot)[];
  IMPLIED: Parented<X12Table['implied'][number]>[];
}

/**
 * Indexes one table. `tolerant`: the seed-layout rules of tolerance.ts apply (they rewrite 850 layouts, so only
 * the default table uses them).
 */
export function compileTable(TABLE: X12Table, tolerant: boolean): CompiledTable {
  const PARENTS: string[][] = [];
  const PARENT_OF: number[] = [];
  const CHILD: CompiledTable['CHILD'] = [];
  const LOOKUP: CompiledTable['LOOKUP'] = [];
  const parentIds = new Map<string, number>();
  function parentId(path: string[]): number {
    const key = path.join('\u0000');
    let id = parentIds.get(key);
    if (id === undefined) {
      // the path's own parent first, so that each object of the message is reached from the one above it
      const up = path.length === 0 ? -1 : parentId(path.slice(0, -1));
      id = PARENTS.length;
      PARENTS.push(path);
      PARENT_OF.push(up);
      const last = path.length === 0 ? '' : path[path.length - 1]!;
      CHILD.push(childGetter(last));
      LOOKUP.push(childLookup(last));
      parentIds.set(key, id);
    }
    return id;
  }

  const ARRAYS: CompiledTable['ARRAYS'] = [];
  const arrayIds = new Map<string, number>();

  const DATE_SLOTS: CompiledTable['DATE_SLOTS'] = [];
  const dateSlots = new Map<string, number>();

  const fillerBits = new Map<string, number>();
  for (const [tag, fillers] of Object.entries(FILLERS)) fillerBits.set(tag, fillers.reduce((m, f) => m | bit(f.element), 0));

  const DEFS: CDef[] = TABLE.segments.map((def, ord) => {
    let array = -1;
    if (def.array) {
      array = arrayIds.get(def.array.pointer) ?? -1;
      if (array < 0) {
        array = ARRAYS.length;
        ARRAYS.push({ ...def.array, ...slot(parentId(def.array.path.slice(0, -1)), def.array.path[def.array.path.length - 1]!) });
        arrayIds.set(def.array.pointer, array);
      }
    }
    const values = def.values.map((v): CValue => {
      const key = v.path[v.path.length - 1] ?? '';
      const inItem = def.array !== undefined;
      const parent = inItem ? -1 : parentId(v.path.slice(0, -1));
      let dateSlot = -1;
      if (!inItem && (v.type === 'date-time' || v.type === 'date') && v.format && !['BOOLEAN_YN', 'DECIMAL', 'INTEGER'].includes(v.format)) {
        dateSlot = dateSlots.get(v.pointer) ?? -1;
        if (dateSlot < 0) {
          dateSlot = DATE_SLOTS.length;
          DATE_SLOTS.push({ pointer: v.pointer, ...slot(parent, key) });
          dateSlots.set(v.pointer, dateSlot);
        }
      }
      return {
        def: v,
        element: v.element,
        component: v.component ?? 0,
        when: v.when ? v.when.map(condition) : null,
        pointer: v.pointer,
        isDate: v.type === 'date-time' || v.type === 'date',
        arrayPointer: def.array ? def.array.pointer : '',
        parent,
        key,
        set: keySetter(key),
        itemParent: inItem ? v.path.slice(0, -1) : [],
        decodes: v.codes ? new Map(Object.entries(v.codes).map(([json, wire]) => [wire, json])) : undefined,
        dateSlot,
        bits: bit(v.element) | (v.when ?? []).reduce((m: number, c: X12Condition) => m | bit(c.element), 0),
        kind: valueKind(v),
      };
    });
    return {
      def,
      id: def.id,
      loop: def.loop,
      head: def.head,
      rank: def.rank,
      qualified: def.match.length > 0,
      ord,
      check: def.match.map(condition),
      checkedFillers: (FILLERS[def.tag] ?? []).filter((f) => f.check && f.source.kind === 'const').map((f) => ({ element: f.element, value: (f.source as { value: string }).value })),
      area: def.loop === 'heading' ? AREA_HEADING : def.loop === 'trailing' ? AREA_TRAILING : AREA_LOOP,
      bits: (fillerBits.get(def.tag) ?? 0) | def.match.reduce((m, c) => m | bit(c.element), 0),
      values,
      array,
      scalarItems: def.values.length === 1 && def.values[0]!.path.length === 0,
      continues: def.array?.continues === true,
    };
  });

  const tags = new Map<number, TagEntry>();
  for (const d of DEFS) {
    const code = tagCode(d.def.tag);
    let entry = tags.get(code);
    if (!entry) tags.set(code, (entry = { flags: 0, keyElement: 0, byKey: new Map(), byCode: new CodeMap([]), all: [] }));
    entry.all.push(d);
  }
  for (const entry of tags.values()) {
    const first = entry.all[0]!.def.match;
    const shared = first.find((c) => c.component === undefined && entry.all.every((d) => d.def.match.some((m) => m.element === c.element && m.component === undefined)));
    if (!shared) continue;
    entry.keyElement = shared.element;
    for (const d of entry.all) {
      const value = d.def.match.find((m) => m.element === shared.element)!.value;
      entry.byKey.set(value, [...(entry.byKey.get(value) ?? []), d]);
      d.check = d.def.match.filter((m) => m.element !== shared.element || m.component !== undefined).map(condition);
    }
    const coded: [number, CDef[]][] = [];
    for (const [key, defs] of entry.byKey) {
      const code = keyCode(key, 0, key.length);
      if (code >= 0) coded.push([code, defs]);
    }
    entry.byCode = new CodeMap(coded);
  }

  const tagFlags = new Map<number, number>();
  const flag = (tag: string, f: number) => tagFlags.set(tagCode(tag), (tagFlags.get(tagCode(tag)) ?? 0) | f);
  if (TABLE.lineItemTotal) {
    for (const t of LINE_ITEM_TAGS) flag(t, FLAG_LINE_ITEM);
    flag('CTT', FLAG_CTT);
  }
  if (tolerant) for (const t of TOLERATED_TAGS) flag(t, FLAG_TOLERATED);
  flag('BEG', FLAG_BEG);
  for (const t of TABLE.loopHeads) flag(t, FLAG_LOOP_HEAD);
  for (const [code, entry] of tags) entry.flags = tagFlags.get(code) ?? 0;
  const TAGS = new CodeMap(tags);
  const TAG_FLAGS = new CodeMap(tagFlags);

  const REQUIRED = TABLE.required.map((r) => ({ ...r, ...slot(parentId(r.path.slice(0, -1)), r.path[r.path.length - 1]!) }));
  const ENVELOPE = (() => {
    const byPointer = new Map<string, typeof TABLE.envelope>();
    for (const e of TABLE.envelope) byPointer.set(e.pointer, [...(byPointer.get(e.pointer) ?? []), e]);
    return [...byPointer.entries()].map(([pointer, defs]) => ({ pointer, defs, ...slot(parentId(defs[0]!.path.slice(0, -1)), defs[0]!.path[defs[0]!.path.length - 1]!) }));
  })();
  const IMPLIED = TABLE.implied.map((i) => ({ ...i, ...slot(parentId(i.path.slice(0, -1)), i.path[i.path.length - 1]!) }));
  return { table: TABLE, PARENTS, PARENT_OF, CHILD, LOOKUP, ARRAYS, DATE_SLOTS, DEFS, TAGS, TAG_FLAGS, REQUIRED, ENVELOPE, IMPLIED };
}

/** The compiled tables, in TABLES order: the first (850) is the default and the only tolerant one. */
export const COMPILED: readonly CompiledTable[] = TABLES.map((t, i) => compileTable(t, i === 0));

/** The table of an ST01 transaction set identifier, or undefined when LEX has none for it. */
export function compiledForSet(st01: string): CompiledTable | undefined {
  for (const c of COMPILED) if (c.table.transactionSet === st01) return c;
  return undefined;
}
