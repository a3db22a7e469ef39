// The EDIFACT tables of the @lexstandard/edifact codec — ORDERS (ALXLDE:D:96A:UN) and APERAK
// (APERAK:D:96A:UN:ALXACK, for ACKNOWLEDGMENT messages) — from the schema's `x-lex.edifact` places only: the
// carried fields, the segment slots (tag + qualifiers) in the order the message is written, and the envelope
// places. A place belongs to ORDERS unless its `message` names another; UNB/UNH places without one belong to
// every message. The engine (packages/edifact/src) maps JSON ↔ segments with these tables and never names a
// LEX field.
//
// What comes from the annotations: every slot, its qualifiers, value positions, formats and codes, and which
// object owns it. What comes from UN/EDIFACT D.96A ORDERS itself (below, STRUCTURE): the order of segments at
// message level and inside the NAD and LIN segment groups, which tags may sit in which group, the trigger
// segment a group needs (COM needs a CTA), and structural values (BGM 1225, DTM 2379, LIN 1082).
import type { Field, SegmentPlace } from '../model/fields.js';
import { placesOf } from '../model/fields.js';
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';
import type { Condition, EnvelopePlace, OrdersTable, PlaceFormat, Slot, TableField, ValuePlace, ValueType } from '../../../packages/edifact/src/table.js';

export const EDIFACT_TABLE_PATH = 'packages/edifact/src/generated/orders.ts';

/** UN/EDIFACT D.96A ORDERS, as far as LEX uses it. */
const ORDERS_STRUCTURE = {
  /** UNH S009 of the LEX ORDERS adaptation */
  messageIdentifier: ['ALXLDE', 'D', '96A', 'UN'],
  /** message-level segments and groups, in message order (SG1 RFF, SG2 NAD, SG25 LIN) */
  messageLevel: ['BGM', 'DTM', 'PAI', 'ALI', 'IMD', 'FTX', 'RFF', 'NAD', 'LIN'],
  /** group trigger → the tags allowed inside, in order (SG2: LOC FII SG3 RFF SG4 DOC SG5 CTA; SG5: COM; SG25: …) */
  groups: {
    NAD: ['LOC', 'FII', 'RFF', 'DOC', 'CTA'],
    CTA: ['COM'],
    LIN: ['PIA', 'IMD', 'MEA', 'QTY', 'PCD', 'ALI', 'DTM', 'MOA', 'GIN', 'GIR', 'QVR', 'DOC', 'PAI', 'FTX', 'PRI', 'RFF'],
  } as Record<string, string[]>,
  /** groups that LEX places open on their own (NAD, LIN); CTA opens when a COM needs it */
  triggers: ['NAD', 'LIN'],
  /** a member tag whose group needs a trigger segment that carries no field: CTA+OC (order contact) before COM */
  impliedTrigger: { COM: { tag: 'CTA', match: [[1, 1, 'OC']] as Condition[] } } as Record<string, { tag: string; match: Condition[] }>,
  /** structural values written with a segment */
  fixed: { BGM: [[3, 0, '9']] as Condition[] } as Record<string, Condition[]>,
  /** the element carrying the running line item number */
  lineNumber: { LIN: 1 } as Record<string, number>,
  /** date/time format qualifier 2379 written after a DTM value, by place format */
  dateFormatCodes: { CCYYMMDDHHMMSS: '204', CCYYMMDD: '102' } as Record<string, string>,
  /** service positions that carry no LEX data (code list qualifiers, agencies, line numbers, action codes) */
  ignorable: {
    NAD: ['2.2', '2.3'],
    BGM: ['1.2', '1.3', '1.4'],
    LIN: ['1.1', '2.1'],
    RFF: ['1.3', '1.4'],
  } as Record<string, string[]>,
};
type Structure = typeof ORDERS_STRUCTURE;

/**
 * UN/EDIFACT D.96A APERAK (application error and acknowledgement), as far as LEX uses it: BGM DTM FTX CNT, SG1 DOC,
 * SG2 RFF, SG3 NAD-CTA-COM, SG4 ERC-FTX-SG5(RFF-FTX). The association assigned code ALXACK names the LEX
 * adaptation, as ALXLDE does for ORDERS.
 */
const APERAK_STRUCTURE: Structure = {
  messageIdentifier: ['APERAK', 'D', '96A', 'UN', 'ALXACK'],
  messageLevel: ['BGM', 'DTM', 'FTX', 'CNT', 'DOC', 'RFF', 'NAD', 'ERC'],
  groups: { NAD: ['CTA'], CTA: ['COM'], ERC: ['FTX', 'RFF'] },
  triggers: ['NAD', 'ERC'],
  impliedTrigger: {},
  // BGM 1001 305 (application error and acknowledgement); ERC 3055 ZZZ (mutually defined: the LEX catalogue)
  fixed: { BGM: [[1, 1, '305']], ERC: [[1, 3, 'ZZZ']] },
  lineNumber: {},
  dateFormatCodes: { CCYYMMDDHHMMSS: '204', CCYYMMDD: '102' },
  ignorable: {
    NAD: ['2.2', '2.3'],
    BGM: ['1.2', '1.3', '1.4'],
    RFF: ['1.3', '1.4'],
  },
};

/** The messages LEX writes: the first (ORDERS) is the default for message types no other message selects. */
const MESSAGES: { name: string; structure: Structure; path: string; constName: string; builderName: string }[] = [
  { name: 'ORDERS', structure: ORDERS_STRUCTURE, path: EDIFACT_TABLE_PATH, constName: 'ORDERS', builderName: 'buildMessage' },
  { name: 'APERAK', structure: APERAK_STRUCTURE, path: 'packages/edifact/src/generated/aperak.ts', constName: 'APERAK', builderName: 'buildAperakMessage' },
];
const DEFAULT_MESSAGE = MESSAGES[0]!.name;

/** The places of `f` in `message`: its own, and UNB/UNH places that name no message. */
function placesIn(f: Field, message: string): SegmentPlace[] {
  return placesOf(f, 'edifact').filter((p) => (p.message ?? (p.segment === 'UNB' || p.segment === 'UNH' ? message : DEFAULT_MESSAGE)) === message);
}

function valueType(f: Field): ValueType {
  const t = f.kind === 'array' ? f.type.replace(/\[\]$/, '') : f.type;
  if (t === 'integer' || t === 'number' || t === 'boolean') return t;
  return 'string';
}

function parsePosition(key: string): [number, number] {
  const [e, c] = key.split('.');
  return [Number(e), c === undefined ? 0 : Number(c)];
}

function pathOf(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentPointer(pointer: string): string {
  let p = pointer.slice(0, pointer.lastIndexOf('/'));
  while (p.endsWith('/*')) p = p.slice(0, -2);
  return p;
}

function commonPrefix(pointers: string[]): string {
  const parts = pointers.map((p) => p.split('/'));
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const s = parts[0]![i];
    if (s === undefined || !parts.every((p) => p[i] === s)) break;
    out.push(s);
  }
  return out.join('/');
}

const isPrefix = (owner: string, of: string) => of === owner || of.startsWith(owner + '/');

const matchKey = (tag: string, match: Condition[]) =>
  `${tag}${[...match].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([e, c, v]) => `|${e}.${c}=${v}`).join('')}`;

interface DraftSlot {
  tag: string;
  match: Condition[];
  values: ValuePlace[];
  repeat?: number;
  owner: string;
  /** first field order index, for stable ordering */
  first: number;
  implied?: boolean;
  parentKey?: string;
  key: string;
}

export function edifactTable(model: SchemaModel, message: string = DEFAULT_MESSAGE): OrdersTable {
  const STRUCTURE = MESSAGES.find((m) => m.name === message)?.structure;
  if (!STRUCTURE) throw new Error(`edifact: no structure for message ${message}`);
  let selects: OrdersTable['selects'];
  // an array of objects may give the qualifiers of its items' segments (a shared block placed per use)
  const itemQualifiers = new Map<string, Record<string, string>>();
  for (const f of model.fields) {
    if (f.kind !== 'array') continue;
    for (const p of placesIn(f, message)) if (p.element === undefined && p.match) itemQualifiers.set(`${f.pointer}/*|${p.segment}`, p.match);
  }
  const fields: TableField[] = [];
  const fieldIndex = new Map<string, number>();
  const envelope: EnvelopePlace[] = [];
  const drafts = new Map<string, DraftSlot>();
  const byPointer = new Map(model.fields.map((f) => [f.pointer, f]));

  const addField = (f: Field, shape: TableField['shape'], extra: Partial<TableField> = {}): number => {
    const id = `${f.pointer}${extra.key ? `#${extra.key}` : ''}`;
    const known = fieldIndex.get(id);
    if (known !== undefined) return known;
    const entry: TableField = { pointer: f.pointer, path: pathOf(f.pointer), shape, type: valueType(f), ...extra };
    if (f.enum && f.enum.length) entry.enum = f.enum.map((e) => e.value);
    if (f.constraints.format === 'email' || f.constraints['items.format'] === 'email') entry.emailFormat = true;
    fields.push(entry);
    fieldIndex.set(id, fields.length - 1);
    return fields.length - 1;
  };

  model.fields.forEach((f, order) => {
    const places = placesIn(f, message).filter((p) => {
      // UNH S009 0065 names the message: the field and value that select it when writing, implied when reading
      if (p.segment === 'UNH' && p.element === 2) {
        const entries = Object.entries(p.codes ?? {});
        if (p.component !== 1 || entries.length !== 1 || entries[0]![1] !== message) throw new Error(`edifact: ${f.pointer}: a UNH 2 place must be 2.1 with one code, ${message}`);
        selects = { path: pathOf(f.pointer), value: entries[0]![0] };
        return false;
      }
      return !(p.element === undefined && f.kind === 'array' && p.match); // item qualifiers, above
    });
    if (!places.length) return;
    // the shape of the field decides how occurrences map to JSON
    const star = f.pointer.indexOf('/*/');
    let shape: TableField['shape'];
    let arrayIndex: number | undefined;
    const extra: Partial<TableField> = {};
    if (star >= 0) {
      const arrayPointer = f.pointer.slice(0, star);
      const container = byPointer.get(arrayPointer);
      if (!container || container.kind !== 'array' || f.pointer.indexOf('/*', star + 3) >= 0) throw new Error(`edifact: ${f.pointer}: only fields of one level of object arrays can be carried`);
      arrayIndex = addField(container, 'array');
      shape = 'item';
      extra.array = arrayIndex;
      extra.itemPath = pathOf(f.pointer.slice(star + 2));
    } else if (f.kind === 'array') {
      if (f.type.endsWith('[]') && /^(string|integer|number|boolean)\[\]$/.test(f.type)) shape = 'list';
      else throw new Error(`edifact: ${f.pointer}: an array of objects is carried through its items' fields`);
    } else if (f.kind === 'map') {
      shape = 'entry';
    } else if (f.kind === 'scalar') {
      shape = 'scalar';
    } else {
      throw new Error(`edifact: ${f.pointer}: a ${f.kind} cannot have an EDIFACT place; annotate its fields`);
    }

    for (let p of places) {
      if (shape === 'entry' && !p.key) throw new Error(`edifact: ${f.pointer}: a map place needs a key`);
      const qualifiers = star >= 0 ? itemQualifiers.get(`${f.pointer.slice(0, star + 2)}|${p.segment}`) : undefined;
      if (qualifiers) p = { ...p, match: { ...qualifiers, ...p.match } };
      const fid = addField(f, shape, shape === 'entry' ? { key: p.key } : extra);
      const [element, component] = [p.element ?? 1, p.component ?? 1];
      if (p.role === 'envelope' || p.segment === 'UNH' || p.segment === 'UNB') {
        if (p.segment !== 'UNB' && p.segment !== 'UNH') throw new Error(`edifact: ${f.pointer}: envelope places are UNB or UNH, not ${p.segment}`);
        envelope.push({ field: fid, tag: p.segment, element, component, ...(p.format ? { format: p.format as PlaceFormat } : {}) });
        continue;
      }
      const match: Condition[] = Object.entries(p.match ?? {}).map(([k, v]) => [...parsePosition(k), v] as Condition);
      // segments repeated per item of different arrays are different slots even with the same qualifiers
      // (FTX+AAO of an error, FTX+AAO of a warning: their groups tell them apart)
      const repeatOf = shape === 'list' ? fid : shape === 'item' ? arrayIndex : undefined;
      const key = matchKey(p.segment, match) + (repeatOf !== undefined ? `@${fields[repeatOf]!.pointer}` : '');
      let slot = drafts.get(key);
      if (!slot) {
        slot = { tag: p.segment, match, values: [], owner: '', first: order, key };
        drafts.set(key, slot);
      }
      const place: ValuePlace = { field: fid, element, component };
      if (p.format) place.format = p.format as PlaceFormat;
      if (p.codes) place.codes = { ...p.codes };
      if (p.segment === 'DTM' && p.format) {
        const code = STRUCTURE.dateFormatCodes[p.format];
        if (!code) throw new Error(`edifact: ${f.pointer}: no DTM format code for ${p.format}`);
        place.formatCode = [element, component + 1, code];
      }
      for (const other of slot.values) {
        if (other.element === element && other.component === component) throw new Error(`edifact: ${f.pointer} and ${fields[other.field]!.pointer} share ${key} ${element}.${component}`);
      }
      slot.values.push(place);
      if (p.repeat || repeatOf !== undefined) {
        if (repeatOf === undefined) throw new Error(`edifact: ${f.pointer}: repeat on a field that is not in an array`);
        if (slot.repeat !== undefined && slot.repeat !== repeatOf) throw new Error(`edifact: ${key} repeats over two arrays`);
        slot.repeat = repeatOf;
      } else if (slot.repeat !== undefined) {
        throw new Error(`edifact: ${key} mixes repeated and single values`);
      }
    }
  });

  // owners: the deepest object holding every field of the slot
  for (const s of drafts.values()) s.owner = commonPrefix(s.values.map((v) => parentPointer(fields[v.field]!.pointer)));

  // group membership: the trigger slot whose owner holds the slot's owner, deepest first; ties → message level
  const all = [...drafts.values()];
  const triggers = all.filter((s) => STRUCTURE.triggers.includes(s.tag));
  const lines = triggers.filter((s) => s.tag === 'LIN').sort((a, b) => a.first - b.first);
  const allowedIn = (trigger: string, tag: string): boolean =>
    (STRUCTURE.groups[trigger] ?? []).includes(tag) ||
    (STRUCTURE.impliedTrigger[tag] !== undefined && (STRUCTURE.groups[trigger] ?? []).includes(STRUCTURE.impliedTrigger[tag]!.tag));
  const implied = new Map<string, DraftSlot>();
  for (const s of all) {
    if (STRUCTURE.triggers.includes(s.tag)) continue;
    const candidates = triggers.filter((t) => isPrefix(t.owner, s.owner) && allowedIn(t.tag, s.tag));
    const deepest = Math.max(-1, ...candidates.map((t) => t.owner.length));
    const best = candidates.filter((t) => t.owner.length === deepest);
    let parent: DraftSlot | undefined;
    if (best.length === 1) parent = best[0];
    else if (!STRUCTURE.messageLevel.includes(s.tag)) {
      // D.96A allows this tag only inside a line item: it joins the first line (the primary asset)
      parent = lines[0];
      if (!parent) throw new Error(`edifact: ${s.key} can only sit in a LIN group and no LIN place exists`);
    }
    if (!parent) continue;
    const need = STRUCTURE.impliedTrigger[s.tag];
    if (need && !(STRUCTURE.groups[parent.tag] ?? []).includes(s.tag)) {
      const ikey = `${parent.key}>${matchKey(need.tag, need.match)}`;
      let t = implied.get(ikey);
      if (!t) {
        t = { tag: need.tag, match: need.match, values: [], owner: parent.owner, first: s.first, implied: true, parentKey: parent.key, key: ikey };
        implied.set(ikey, t);
      }
      t.first = Math.min(t.first, s.first);
      s.parentKey = ikey;
    } else {
      s.parentKey = parent.key;
    }
  }

  // order: message level by D.96A position, groups right after their trigger, members by position in the group
  const everything = [...all, ...implied.values()];
  const children = (parentKey: string | undefined, order: string[]) =>
    everything
      .filter((s) => s.parentKey === parentKey)
      .sort((a, b) => order.indexOf(a.tag) - order.indexOf(b.tag) || a.first - b.first);
  const slots: Slot[] = [];
  const emit = (s: DraftSlot, parent: number) => {
    const index = slots.length;
    const trigger = STRUCTURE.triggers.includes(s.tag) || !!s.implied;
    const slot: Slot = {
      tag: s.tag,
      match: s.match,
      fixed: STRUCTURE.fixed[s.tag] ?? [],
      values: s.values,
      parent,
      trigger,
      owner: s.owner,
    };
    if (s.repeat !== undefined) slot.repeat = s.repeat;
    if (STRUCTURE.lineNumber[s.tag] !== undefined) slot.lineNumber = STRUCTURE.lineNumber[s.tag]!;
    slots.push(slot);
    if (trigger) for (const c of children(s.key, STRUCTURE.groups[s.tag] ?? [])) emit(c, index);
  };
  for (const s of children(undefined, STRUCTURE.messageLevel)) {
    if (!STRUCTURE.messageLevel.includes(s.tag)) throw new Error(`edifact: ${s.key} has no place at message level in D.96A ${message}`);
    emit(s, -1);
  }

  // required fields (not inside arrays) that this message can carry, itself or through a member
  const carried = (f: Field) => model.fields.some((d) => isPrefix(f.pointer, d.pointer) && placesIn(d, message).length > 0);
  const required = model.fields
    .filter((f) => f.required && !f.pointer.includes('/*') && carried(f))
    .map((f) => ({ pointer: f.pointer, path: pathOf(f.pointer) }));

  const versionField = byPointer.get('/lex/version');
  return {
    version: { path: ['lex', 'version'], value: (versionField?.constraints.const as string | undefined) ?? model.version },
    ...(selects ? { selects } : {}),
    messageIdentifier: STRUCTURE.messageIdentifier,
    fields,
    slots,
    envelope,
    ignorable: STRUCTURE.ignorable,
    required,
  };
}

/** One line per slot, for the generated file's header comment. */
function describe(table: OrdersTable): string {
  const pos = (e: number, c: number) => (c ? `${e}.${c}` : `${e}`);
  const depth = (i: number): number => (table.slots[i]!.parent < 0 ? 0 : 1 + depth(table.slots[i]!.parent));
  return table.slots
    .map((s, i) => {
      const q = s.match.map(([e, c, v]) => `${pos(e, c)}=${v === '' ? '∅' : v}`).join(' ');
      const v = s.values.map((p) => `${pos(p.element, p.component)} ${table.fields[p.field]!.pointer}${table.fields[p.field]!.key ? `/${table.fields[p.field]!.key}` : ''}`).join(', ');
      return `//   ${'  '.repeat(depth(i))}${s.tag}${q ? ` [${q}]` : ''}${s.repeat !== undefined ? ' (repeats)' : ''}${v ? ` → ${v}` : ''}`;
    })
    .join('\n');
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const prop = (k: string) => (IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

/**
 * A builder specialised to the table: the message object from the values read (by field index), members in
 * schema order, each object created when its first member is set. Field names appear only here, in generated
 * code; property stores with constant names keep the engine's hot path monomorphic. It clears `v` as it reads.
 */
function builder(table: OrdersTable, name: string): string {
  const nodes = new Map<string, { id: number; parent: number; key: string }>([['', { id: 0, parent: -1, key: '' }]]);
  const node = (path: string[]): number => {
    let id = 0;
    let at = '';
    for (const k of path) {
      at += '/' + k;
      let n = nodes.get(at);
      if (!n) {
        n = { id: nodes.size, parent: id, key: k };
        nodes.set(at, n);
      }
      id = n.id;
    }
    return id;
  };
  const byId = () => new Map([...nodes.values()].map((n) => [n.id, n]));
  const lines: string[] = [];
  const ensure = (id: number): string => {
    if (id === 0) return 'n0';
    const n = byId().get(id)!;
    return `(n${id} ??= (${ensure(n.parent)}${prop(n.key)} = {}))`;
  };
  const versionNode = node(table.version.path.slice(0, -1));
  lines.push(`  ${ensure(versionNode)}${prop(table.version.path[table.version.path.length - 1]!)} = ${JSON.stringify(table.version.value)};`);
  if (table.selects) {
    // the message type the UNH names (APERAK → ACKNOWLEDGMENT), implied by the table
    const at = node(table.selects.path.slice(0, -1));
    lines.push(`  ${ensure(at)}${prop(table.selects.path[table.selects.path.length - 1]!)} = ${JSON.stringify(table.selects.value)};`);
  }
  table.fields.forEach((f, i) => {
    if (f.shape === 'item') return;
    const holder = f.shape === 'entry' ? node(f.path) : node(f.path.slice(0, -1));
    const key = f.shape === 'entry' ? f.key! : f.path[f.path.length - 1]!;
    lines.push(`  if ((x = v[${i}]) !== undefined) { v[${i}] = undefined; ${f.shape === 'list' || f.shape === 'array' ? 'if ((x as unknown[]).length !== 0) ' : ''}${ensure(holder)}${prop(key)} = x; } // ${f.pointer}${f.key ? `/${f.key}` : ''}`);
  });
  // a required field is missing where its holder was made and it was not set (a holder never made: nothing to report)
  const checks = table.required.map((r, i) => {
    const holder = node(r.path.slice(0, -1));
    return `    if (${holder === 0 ? '' : `n${holder} !== undefined && `}n${holder}${prop(r.path[r.path.length - 1]!)} === undefined) missing(${i}); // ${r.pointer}`;
  });
  const count = nodes.size;
  const decl = Array.from({ length: count - 1 }, (_, k) => `n${k + 1}: Obj | undefined`).join(', ');
  return `/**
 * Builds the message from the values read (index = field), members in schema order; then calls \`missing\` with the
 * index in \`required\` of each required field left unset in an object that was made.
 */
export function ${name}(v: unknown[], missing?: (required: number) => void): Record<string, unknown> {
  type Obj = Record<string, unknown>;
  const n0: Obj = {};
  let ${decl};
  let x: unknown;
${lines.join('\n')}
  if (missing !== undefined) {
${checks.join('\n')}
  }
  return n0;
}
`;
}

/** The table as TypeScript: one line per field, slot and envelope place. */
function compact(table: OrdersTable): string {
  const list = (items: unknown[]) => `[\n${items.map((x, i) => `  ${JSON.stringify(x)}, // ${i}`).join('\n')}\n ]`;
  return `{
 version: ${JSON.stringify(table.version)},${table.selects ? `\n selects: ${JSON.stringify(table.selects)},` : ''}
 messageIdentifier: ${JSON.stringify(table.messageIdentifier)},
 fields: ${list(table.fields)},
 slots: ${list(table.slots)},
 envelope: ${list(table.envelope)},
 ignorable: ${JSON.stringify(table.ignorable)},
 required: ${list(table.required)},
}`;
}

export function emitEdifact(model: SchemaModel): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const [i, m] of MESSAGES.entries()) {
    const table = edifactTable(model, m.name);
    // a message no message type selects (a schema without its places) is not emitted
    if (i > 0 && !table.selects) continue;
    const unb = table.envelope.map((p) => `${p.tag} ${p.element}.${p.component} ${table.fields[p.field]!.pointer}`).join(', ');
    out.push({
      path: m.path,
      contents: `// Generated from schema/ by generators/src/emitters/edifact.ts — do not edit. LEX ${model.version}
// EDIFACT ${m.name} (${table.messageIdentifier.join(':')}) as LEX writes it, between UNH and UNT:
${describe(table)}
// envelope: ${unb}
import type { OrdersTable } from '../table.js';

export const ${m.constName}: OrdersTable = ${compact(table)};

${builder(table, m.builderName)}`,
    });
  }
  return out;
}

export type { SegmentPlace };
