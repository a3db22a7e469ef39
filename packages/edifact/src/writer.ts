// LEX message → EDIFACT ORDERS (an ACKNOWLEDGMENT → APERAK), driven only by the generated tables. Output is strict: UNA:+.? ' always,
// every value released (+ : ' ?), trailing empty components and elements cut, exact UNT and UNZ counts.
import { LexCodecError, LONE_SURROGATE, notCarried, type LexWarning } from '@lexstandard/codec';
import { APERAK } from './generated/aperak.js';
import { ORDERS } from './generated/orders.js';
import type { OrdersTable, TableField, ValuePlace } from './table.js';
import { toWire } from './values.js';

/** Every message LEX writes; the first (ORDERS) is the default for message types no other message selects. */
export const TABLES: readonly OrdersTable[] = [ORDERS, APERAK];

/** The EDIFACT message of a LEX message: the table whose selector it matches, else ORDERS. */
export function tableFor(message: unknown): OrdersTable {
  for (const t of TABLES) if (t.selects && get(message, t.selects.path) === t.selects.value) return t;
  return ORDERS;
}

export interface EdifactWriteOptions {
  /** UNB 0020 / UNZ 0020, 1–14 letters or digits (default: the first 14 letters and digits of the first messageId) */
  controlReference?: string;
  /** put a line break after every segment terminator (default false) */
  newline?: boolean;
}

export const UNA = "UNA:+.? '";
/** UNB S004 written when the message has no timestamp; read back as no date */
export const NO_DATE = '000101:0000';
const SPECIAL = /[?+:']/;
const SPECIAL_G = /[?+:']/g;
const OUTSIDE_UNOC = /[^\t\n\r\x20-\x7e\xa0-\xff]/;
/**
 * control characters a reader takes for binary data (tab, line feed and carriage return are kept), and lone
 * surrogates, which are no characters (UTF-8 output would turn each into U+FFFD)
 */
const NOT_TEXT = `[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]|${LONE_SURROGATE}`;
const CONTROL = new RegExp(NOT_TEXT);
const CONTROL_G = new RegExp(NOT_TEXT, 'g');

function esc(v: string): string {
  return SPECIAL.test(v) ? v.replace(SPECIAL_G, '?$&') : v;
}

/** Renders a segment from its element grid: components joined by ':', elements by '+', trailing empties cut. */
function render(tag: string, grid: (string[] | undefined)[]): string {
  let last = grid.length;
  while (last > 0 && !hasValue(grid[last - 1])) last--;
  let out = tag;
  for (let e = 0; e < last; e++) {
    out += '+';
    const el = grid[e];
    if (!el) continue;
    let lc = el.length;
    while (lc > 0 && !el[lc - 1]) lc--;
    for (let c = 0; c < lc; c++) {
      if (c) out += ':';
      const v = el[c];
      if (v) out += esc(v);
    }
  }
  return out;
}

function hasValue(el: string[] | undefined): boolean {
  if (!el) return false;
  for (const v of el) if (v) return true;
  return false;
}

function put(grid: (string[] | undefined)[], e: number, c: number, v: string) {
  const el = (grid[e - 1] ??= []);
  el[(c || 1) - 1] = v;
}

function get(root: unknown, path: string[]): unknown {
  let o: any = root;
  for (const k of path) {
    if (o === null || typeof o !== 'object') return undefined;
    o = o[k];
  }
  return o;
}

interface Ctx {
  /** the table of the message being written */
  table: OrdersTable;
  plan: Plan;
  warnings: LexWarning[];
  /** paths already warned about (one warning per field) */
  warned: Set<string>;
  /** the message's value at each node of plan.nodes, UNREAD until asked for */
  values: unknown[];
  message: unknown;
}

const UNREAD = Symbol('unread');

/**
 * What a table's shape fixes, worked out once per table instead of once per message: every field path as a node
 * of a trie (so a message's values are read once per shared prefix, not from the root for every field), the base
 * grid of every slot, and which slots repeat per array item.
 */
interface Plan {
  /** trie nodes of the field paths: the parent node (-1: the message itself) and the key read from it */
  nodes: { up: number; key: string }[];
  /** per field, the node of its path */
  fieldNode: number[];
  /** per slot, its match and fixed values as a grid (copied for each use) */
  bases: (string[] | undefined)[][];
  /** per slot: it opens a group per array item */
  perItem: boolean[];
  /** per slot: its grids are made by its per-item trigger (itemGroups), not at message level */
  byTrigger: boolean[];
  /** per per-item trigger slot, the member slots repeating over the same array */
  members: number[][];
}

const PLANS = new Map<OrdersTable, Plan>();

function planOf(table: OrdersTable): Plan {
  let plan = PLANS.get(table);
  if (plan) return plan;
  const nodes: Plan['nodes'] = [];
  const ids = new Map<string, number>();
  const nodeOf = (path: string[]): number => {
    let id = -1;
    for (let i = 0; i < path.length; i++) {
      const key = JSON.stringify(path.slice(0, i + 1));
      let next = ids.get(key);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ up: id, key: path[i]! });
        ids.set(key, next);
      }
      id = next;
    }
    return id;
  };
  const S = table.slots;
  const perItem = S.map((slot) => slot.trigger && slot.repeat !== undefined);
  plan = {
    nodes,
    fieldNode: table.fields.map((f) => nodeOf(f.path)),
    bases: S.map((slot) => {
      const grid: (string[] | undefined)[] = [];
      for (const conds of [slot.match, slot.fixed]) for (const [e, c, v] of conds) if (v !== '') put(grid, e, c, v);
      return grid;
    }),
    perItem,
    byTrigger: S.map((slot, i) => perItem[i]! || (slot.parent >= 0 && perItem[slot.parent]!)),
    members: S.map((slot, t) => (perItem[t] ? S.map((_, i) => i).filter((i) => S[i]!.parent === t && S[i]!.repeat === slot.repeat) : [])),
  };
  PLANS.set(table, plan);
  return plan;
}

function contextFor(table: OrdersTable, message: unknown): Ctx {
  const plan = planOf(table);
  return { table, plan, warnings: [], warned: new Set(), values: new Array(plan.nodes.length).fill(UNREAD), message };
}

/** The message's value at trie node `id`: what get(message, path) gives, each prefix read once per message. */
function valueAt(ctx: Ctx, id: number): unknown {
  if (id < 0) return ctx.message;
  const known = ctx.values[id];
  if (known !== UNREAD) return known;
  const node = ctx.plan.nodes[id]!;
  const holder: any = valueAt(ctx, node.up);
  const value = holder === null || typeof holder !== 'object' ? undefined : holder[node.key];
  ctx.values[id] = value;
  return value;
}

/** The message's value of table field `field` (its whole path). */
const fieldValue = (ctx: Ctx, field: number): unknown => valueAt(ctx, ctx.plan.fieldNode[field]!);

function pointerOf(F: TableField[], f: TableField, index?: number): string {
  if (f.shape === 'item' && index !== undefined) return `${F[f.array!]!.pointer}/${index}/${f.itemPath!.join('/')}`;
  if (f.shape === 'list' && index !== undefined) return `${f.pointer}/${index}`;
  if (f.shape === 'entry') return `${f.pointer}/${f.key}`;
  return f.pointer;
}

/** The element text of `value` at `place`; `index` is the array item it comes from (for the warnings' pointer). */
function text(ctx: Ctx, place: ValuePlace, value: unknown, index?: number): string | undefined {
  const F = ctx.table.fields;
  const f = F[place.field]!;
  const r = toWire(value, f.type, place.format, place.codes);
  if (place.codes !== undefined && f.enum !== undefined && typeof value === 'string' && place.codes[value] === undefined && !f.enum.includes(value)) {
    // written as it is, but a reader maps a value that is neither a code of the place nor a LEX value to a code
    // it knows (or keeps it with a warning): say so here, where the message is still at hand
    const pointer = pointerOf(F, f, index);
    ctx.warnings.push({ code: 'EDIFACT_CODE_UNKNOWN', path: pointer, message: `${pointer} ${JSON.stringify(value)} is neither a LEX value (${f.enum.join(', ')}) nor a code of its EDIFACT place (${Object.values(place.codes).join(', ')}); it is written as it is, and a reader will not read it back as such` });
  }
  if (r.text !== undefined && r.error === undefined && r.loss === undefined && !OUTSIDE_UNOC.test(r.text)) return r.text === '' ? undefined : r.text;
  const pointer = pointerOf(F, f, index);
  if (r.error) {
    ctx.warnings.push({ code: 'EDIFACT_VALUE_NOT_WRITTEN', path: pointer, message: `${pointer}: ${r.error}; it is left out of the EDIFACT output` });
    return undefined;
  }
  if (r.loss) ctx.warnings.push({ code: 'EDIFACT_PRECISION_LOST', path: pointer, message: `${pointer}: ${r.loss}` });
  let t = r.text;
  if (t !== undefined && OUTSIDE_UNOC.test(t)) {
    const controls = CONTROL.test(t);
    if (controls) t = t.replace(CONTROL_G, '');
    if (!ctx.warned.has(pointer)) {
      ctx.warned.add(pointer);
      ctx.warnings.push({ code: 'EDIFACT_CHARACTER_SET', path: pointer, message: controls ? `${pointer} holds control characters or lone surrogates, which EDIFACT text cannot carry: they are left out` : `${pointer} holds characters outside ISO 8859-1 (syntax level UNOC); they are written as they are` });
    }
  }
  if (t === '') t = undefined;
  return t;
}

/** A fresh copy of the grid of slot `i`'s match and fixed values. */
function base(ctx: Ctx, i: number): (string[] | undefined)[] {
  const planned = ctx.plan.bases[i]!;
  const grid: (string[] | undefined)[] = new Array(planned.length);
  for (let e = 0; e < planned.length; e++) {
    const el = planned[e];
    if (el !== undefined) grid[e] = el.slice();
  }
  return grid;
}

/** The element grid of one slot for one item of its array (undefined when the item gives it no value). */
function itemGrid(ctx: Ctx, i: number, container: TableField, item: unknown, index: number): (string[] | undefined)[] | undefined {
  const F = ctx.table.fields;
  const slot = ctx.table.slots[i]!;
  const grid = base(ctx, i);
  let any = false;
  for (const place of slot.values) {
    const f = F[place.field]!;
    const value = container.shape === 'list' ? item : get(item, f.itemPath!);
    const t = text(ctx, place, value, index);
    if (t === undefined) continue;
    put(grid, place.element, place.component, t);
    if (place.formatCode) put(grid, place.formatCode[0], place.formatCode[1], place.formatCode[2]);
    any = true;
  }
  return any ? grid : undefined;
}

/** The element grids of one slot for one message: none, one, or one per array item. */
function slotGrids(ctx: Ctx, i: number): (string[] | undefined)[][] {
  const F = ctx.table.fields;
  const slot = ctx.table.slots[i]!;
  if (slot.repeat !== undefined) {
    const container = F[slot.repeat]!;
    const list = fieldValue(ctx, slot.repeat);
    if (!Array.isArray(list)) return [];
    const out: (string[] | undefined)[][] = [];
    list.forEach((item, index) => {
      const grid = itemGrid(ctx, i, container, item, index);
      if (grid) out.push(grid);
    });
    return out;
  }
  let grid: (string[] | undefined)[] | undefined;
  for (const place of slot.values) {
    const f = F[place.field]!;
    const value = f.shape === 'entry' ? (fieldValue(ctx, place.field) as any)?.[f.key!] : fieldValue(ctx, place.field);
    if (value === undefined) continue;
    const t = text(ctx, place, value);
    if (t === undefined) continue;
    grid ??= base(ctx, i);
    put(grid, place.element, place.component, t);
    if (place.formatCode) put(grid, place.formatCode[0], place.formatCode[1], place.formatCode[2]);
  }
  return grid ? [grid] : [];
}

/**
 * A group whose trigger repeats per item of an array (ERC per error): each item writes its trigger, then the
 * members that repeat over the same array, for that item (ERC FTX RFF, ERC FTX RFF, …).
 */
function itemGroups(ctx: Ctx, trigger: number): string[] {
  const S = ctx.table.slots;
  const slot = S[trigger]!;
  const container = ctx.table.fields[slot.repeat!]!;
  const list = fieldValue(ctx, slot.repeat!);
  if (!Array.isArray(list)) return [];
  const members = ctx.plan.members[trigger]!;
  const out: string[] = [];
  list.forEach((item, index) => {
    const grids = members.map((i) => itemGrid(ctx, i, container, item, index));
    const head = itemGrid(ctx, trigger, container, item, index);
    if (!head && grids.every((g) => g === undefined)) return;
    out.push(render(slot.tag, head ?? base(ctx, trigger)));
    members.forEach((i, k) => {
      if (grids[k]) out.push(render(S[i]!.tag, grids[k]!));
    });
  });
  return out;
}

/** The body segments (BGM … last group) of one message, rendered, without terminators. */
function body(ctx: Ctx): string[] {
  const S = ctx.table.slots;
  const { perItem, byTrigger } = ctx.plan;
  const grids = S.map((_, i) => (byTrigger[i] ? [] : slotGrids(ctx, i)));
  // a group is written when its trigger or any member has content
  const content = grids.map((g) => g.length > 0);
  for (let i = S.length - 1; i >= 0; i--) {
    const p = S[i]!.parent;
    if (content[i] && p >= 0) content[p] = true;
  }
  const out: string[] = [];
  let line = 0;
  for (let i = 0; i < S.length; i++) {
    if (perItem[i]) {
      out.push(...itemGroups(ctx, i));
      continue;
    }
    if (!content[i]) continue;
    const slot = S[i]!;
    const list = grids[i]!.length ? grids[i]! : [base(ctx, i)];
    for (const grid of list) {
      if (slot.lineNumber !== undefined) put(grid, slot.lineNumber, 1, String(++line));
      out.push(render(slot.tag, grid));
    }
  }
  return out;
}

/** An envelope value as text (control characters left out, as in the body: see text()). */
function envelopeValue(message: unknown, tag: 'UNB' | 'UNH', element: number, component: number, table: OrdersTable = ORDERS): string | undefined {
  const p = table.envelope.find((x) => x.tag === tag && x.element === element && x.component === component);
  if (!p) return undefined;
  const f = table.fields[p.field]!;
  const value = get(message, f.path);
  if (value === undefined) return undefined;
  const t = toWire(value, f.type, p.format, undefined).text;
  return t !== undefined && CONTROL.test(t) ? t.replace(CONTROL_G, '') : t;
}

/** the envelope object every message has (the parent of the messageId) */
const ENVELOPE_PATH = ORDERS.fields[ORDERS.envelope.find((p) => p.tag === 'UNH')!.field]!.path.slice(0, -1);
/** the messageId's place (UNH 0062), the same in every table */
const MESSAGE_ID = ORDERS.fields[ORDERS.envelope.find((p) => p.tag === 'UNH')!.field]!;

function checkMessage(message: unknown, index?: number): void {
  const envelope = get(message, ENVELOPE_PATH);
  if (message === null || typeof message !== 'object' || envelope === null || typeof envelope !== 'object') {
    throw new LexCodecError('edifact', 'EDIFACT_INVALID_MESSAGE', `${index !== undefined ? `message ${index + 1}: ` : ''}not a LEX message (an object with ${ENVELOPE_PATH.join('.')} is expected)`);
  }
}

function defaultReference(message: unknown): string {
  const id = String(get(message, MESSAGE_ID.path) ?? '');
  const ref = id.replace(/[^A-Za-z0-9]/g, '').slice(0, 14).toUpperCase();
  return ref || '1';
}

/**
 * FIELD_NOT_CARRIED warnings: notCarried() of @lexstandard/codec (which walks array items as it walks fields),
 * less the LEX version the message identifier implies.
 */
function fieldsNotCarried(ctx: Ctx): LexWarning[] {
  const { message } = ctx;
  // the LEX version the message identifier implies comes back on input: only another version is lost
  const { version } = ctx.table;
  const impliedVersion = get(message, version.path) === version.value ? '/' + version.path.join('/') : undefined;
  return notCarried(message, 'edifact').filter((w) => w.path === undefined || w.path !== impliedVersion);
}

/** Writes one interchange holding `messages`, one UNH..UNT each. */
export function writeInterchange(messages: unknown[], options: EdifactWriteOptions = {}): { output: string; warnings: LexWarning[] } {
  if (!Array.isArray(messages) || messages.length === 0) throw new LexCodecError('edifact', 'EDIFACT_INVALID_MESSAGE', 'an interchange needs at least one message');
  messages.forEach((m, i) => checkMessage(m, messages.length > 1 ? i : undefined));
  const ref = options.controlReference ?? defaultReference(messages[0]);
  if (typeof ref !== 'string' || !/^[A-Za-z0-9]{1,14}$/.test(ref)) {
    throw new LexCodecError('edifact', 'EDIFACT_INVALID_OPTION', `controlReference must be 1 to 14 letters or digits (UNB 0020 an..14), not ${JSON.stringify(ref)}`);
  }
  const nl = options.newline ? "'\n" : "'";
  const warnings: LexWarning[] = [];
  const first = messages[0];
  const unbPart = (element: number, component = 1) => esc(envelopeValue(first, 'UNB', element, component) ?? '');
  const date = unbPart(4, 1);
  const time = unbPart(4, 2);
  // parts joined once at the end: the output is one flat string (no rope of concatenations)
  const out: string[] = [UNA + (options.newline ? '\n' : '')];
  // S004 is mandatory: a message without a (valid) timestamp gets NO_DATE, which readers take for "no date"
  out.push(`UNB+UNOC:3+${unbPart(2)}+${unbPart(3)}+${date && time ? `${date}:${time}` : NO_DATE}+${ref}${nl}`);
  messages.forEach((message, i) => {
    const table = tableFor(message);
    const ctx = contextFor(table, message);
    let reference = envelopeValue(message, 'UNH', 1, 1);
    if (!reference) {
      reference = String(i + 1);
      ctx.warnings.push({ code: 'EDIFACT_MESSAGE_REFERENCE_GENERATED', path: MESSAGE_ID.pointer, message: `the message has no messageId: UNH 0062 is the sequence number ${reference}` });
    }
    const segments = body(ctx);
    const escRef = esc(reference);
    out.push(`UNH+${escRef}+${table.messageIdentifier.join(':')}${nl}`);
    for (const s of segments) out.push(s, nl);
    out.push(`UNT+${segments.length + 2}+${escRef}${nl}`);
    const uncarried = fieldsNotCarried(ctx);
    const all = [...uncarried, ...ctx.warnings];
    if (messages.length > 1) for (const w of all) w.message = `message ${i + 1}: ${w.message}`;
    warnings.push(...all);
  });
  out.push(`UNZ+${messages.length}+${ref}${nl}`);
  return { output: out.join(''), warnings };
}

/**
 * One interchange written message by message, for streams (used by @lexstandard/core's writeMessages): the first
 * message written opens it (UNA, and the UNB from its sender, receiver and timestamp, as writeInterchange does),
 * each message adds its UNH … UNT with the UNT count, and end() closes it with UNZ = the number of messages. The
 * text equals writeInterchange's for the same messages; the warnings are each message's own (no "message n:"
 * prefix). A message that cannot be written throws and leaves the interchange as it was.
 */
export class EdifactInterchangeWriter {
  private count = 0;
  private reference = '';
  private readonly nl: string;

  constructor(private readonly options: EdifactWriteOptions = {}) {
    this.nl = options.newline ? "'\n" : "'";
  }

  write(message: unknown): { output: string; warnings: LexWarning[] } {
    checkMessage(message);
    const nl = this.nl;
    let head = '';
    if (this.count === 0) {
      const ref = this.options.controlReference ?? defaultReference(message);
      if (typeof ref !== 'string' || !/^[A-Za-z0-9]{1,14}$/.test(ref)) {
        throw new LexCodecError('edifact', 'EDIFACT_INVALID_OPTION', `controlReference must be 1 to 14 letters or digits (UNB 0020 an..14), not ${JSON.stringify(ref)}`);
      }
      const unbPart = (element: number, component = 1) => esc(envelopeValue(message, 'UNB', element, component) ?? '');
      const date = unbPart(4, 1);
      const time = unbPart(4, 2);
      head = UNA + (this.options.newline ? '\n' : '') + `UNB+UNOC:3+${unbPart(2)}+${unbPart(3)}+${date && time ? `${date}:${time}` : NO_DATE}+${ref}${nl}`;
      this.reference = ref;
    }
    const table = tableFor(message);
    const ctx = contextFor(table, message);
    let reference = envelopeValue(message, 'UNH', 1, 1);
    if (!reference) {
      reference = String(this.count + 1);
      ctx.warnings.push({ code: 'EDIFACT_MESSAGE_REFERENCE_GENERATED', path: MESSAGE_ID.pointer, message: `the message has no messageId: UNH 0062 is the sequence number ${reference}` });
    }
    const segments = body(ctx);
    const escRef = esc(reference);
    let out = head + `UNH+${escRef}+${table.messageIdentifier.join(':')}${nl}`;
    for (const s of segments) out += s + nl;
    out += `UNT+${segments.length + 2}+${escRef}${nl}`;
    this.count++;
    return { output: out, warnings: [...fieldsNotCarried(ctx), ...ctx.warnings] };
  }

  /** UNZ with the message count; '' when no message was written (there is no interchange then). */
  end(): string {
    return this.count === 0 ? '' : `UNZ+${this.count}+${this.reference}${this.nl}`;
  }
}
