// LEX messages → an X12 interchange (850, or 824 for an ACKNOWLEDGMENT), using the generated tables only. Output is strict: fixed-width ISA,
// exact counts and matching control numbers, separators never inside values.
import { COVERAGE, LexCodecError, LONE_SURROGATE, notCarried, type LexWarning } from '@lexstandard/codec';
import { getPath } from './decode.js';
import { TABLE, TABLES } from './generated/table.js';
import {
  COMPONENT_SEPARATOR, CONVENTION, ELEMENT_SEPARATOR, FILLERS, GS_VERSION, ID_QUALIFIER, ISA_VERSION, MANDATORY,
  LINE_ITEM_TAGS, REPETITION_SEPARATOR, SEGMENT_TERMINATOR,
} from './syntax.js';
import type { X12Condition, X12EnvelopeDef, X12SegmentDef, X12Table, X12ValueDef } from './table.js';
import { dateParts, decimalText, timeText } from './values.js';

export interface X12WriteOptions {
  /** ISA13 interchange control number (1 … 999999999); GS06 uses it too. Default: derived from the content. */
  controlNumber?: number;
  /** ISA15 usage indicator: P production (default) or T test */
  usage?: 'P' | 'T';
  /** write a line break after each segment terminator (default true) */
  newline?: boolean;
}

type Obj = Record<string, unknown>;

/**
 * Anything that cannot sit in an element: our separators, control characters, and what is not text — U+FFFD (a
 * reader takes it for bytes that were not text, binary data) and a lone surrogate (which UTF-8 output turns into one).
 */
const UNSAFE_CHARS = `[*:^~\\x00-\\x1f\\x7f\\ufffd]|${LONE_SURROGATE}`;
const UNSAFE = new RegExp(UNSAFE_CHARS);
const UNSAFE_ALL = new RegExp(UNSAFE_CHARS, 'g');
/** ISA identifiers: printable ASCII without separators */
const UNSAFE_ISA = /[^\x20-\x29\x2b-\x39\x3b-\x5d\x5f-\x7d]/g;

const err = (code: string, message: string) => new LexCodecError('x12', code, message);

/** the top-level member(s) of a message, from the table (the root of every required field) */
const ROOT_KEYS = [...new Set(TABLE.required.map((r) => r.path[0]!))];

/** ISA places are the same in every table (envelope places belong to every transaction set) */
function envelopeDef(element: number): X12EnvelopeDef | undefined {
  return TABLE.envelope.find((e) => e.segment === 'ISA' && e.element === element);
}

/** The transaction set of a message: the table whose selector it matches, else the default (850). */
export function tableFor(message: unknown): X12Table {
  for (const t of TABLES) if (t.selects && getPath(message, t.selects.path) === t.selects.value) return t;
  return TABLE;
}

/** interned value paths: the id of each path and of each of its prefixes (bounded: the tables' paths only) */
const PATH_UP: number[] = [];
const PATH_KEY: string[] = [];
const PATH_IDS = new Map<string, number>();
const PATH_OF = new WeakMap<readonly string[], number>();
function internPath(path: readonly string[], n = path.length): number {
  if (n === 0) return -1;
  const joined = path.slice(0, n).join('\u0000');
  let id = PATH_IDS.get(joined);
  if (id === undefined) {
    const up = internPath(path, n - 1);
    id = PATH_UP.length;
    PATH_UP.push(up);
    PATH_KEY.push(path[n - 1]!);
    PATH_IDS.set(joined, id);
  }
  return id;
}
const MISSING = Symbol('missing');

/**
 * The values of one message by table path, each object on the way read once: the table's value paths share a few
 * dozen parents, and reading every path step by step (keyed loads that see every object shape of the message) was
 * a tenth of the writer's time. What getPath(message, path) gives.
 */
class MessagePaths {
  // packed from the start (ids are read in any order; a sparse array would go to dictionary mode)
  private readonly memo: unknown[] = new Array(PATH_UP.length).fill(undefined);
  constructor(private readonly root: unknown) {}
  get(path: readonly string[]): unknown {
    if (path.length === 0) return this.root;
    let id = PATH_OF.get(path);
    if (id === undefined) PATH_OF.set(path, (id = internPath(path)));
    return this.at(id);
  }
  /** the value at an interned path id (-1: the message itself) */
  at(id: number): unknown {
    if (id < 0) return this.root;
    const known = this.memo[id];
    if (known !== undefined) return known === MISSING ? undefined : known;
    const up = PATH_UP[id]!;
    const holder = up < 0 ? this.root : this.at(up);
    const value = holder !== null && typeof holder === 'object' ? (holder as Obj)[PATH_KEY[id]!] : undefined;
    this.memo[id] = value === undefined ? MISSING : value;
    return value;
  }
}

/** per segment definition of a table, the interned path id of each of its values (-1 for the empty path) */
const VALUE_IDS = new WeakMap<X12Table, Int32Array[]>();
function valueIdsOf(table: X12Table): Int32Array[] {
  let ids = VALUE_IDS.get(table);
  if (ids === undefined) {
    ids = table.segments.map((def) => Int32Array.from(def.values, (v) => (v.path.length === 0 ? -1 : internPath(v.path))));
    VALUE_IDS.set(table, ids);
  }
  return ids;
}

class Writer {
  readonly segments: string[] = [];
  /** the message's values by path (set by body()) */
  paths: MessagePaths | undefined;
  private lineItems = 0;
  private readonly warned = new Set<string>();

  constructor(readonly warnings: LexWarning[], private readonly at?: { segment: number; tag: string }) {}

  warn(code: string, path: string, message: string): void {
    const key = `${code} ${path}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const w: LexWarning = { code, path, message };
    if (this.at) w.position = { ...this.at };
    this.warnings.push(w);
  }

  sanitize(text: string, pointer: string): string {
    if (!UNSAFE.test(text)) return text;
    this.warn('X12_VALUE_SANITIZED', pointer, `${pointer} contains X12 separators, control characters (* : ^ ~, line breaks) or characters that are not text (U+FFFD, a lone surrogate), which X12 cannot escape or carry; they were replaced by spaces`);
    return text.replace(UNSAFE_ALL, ' ');
  }

  /** Element text of one value, or undefined (with a warning) when it cannot be written. */
  format(value: unknown, v: X12ValueDef, pointer: string): string | undefined {
    const notWritten = (why: string) => {
      this.warn('X12_VALUE_NOT_WRITTEN', pointer, `${pointer} is not written: ${why}`);
      return undefined;
    };
    switch (v.type) {
      case 'date-time':
      case 'date': {
        if (typeof value !== 'string') return notWritten(`expected a ${v.type} string`);
        if (!v.format) return this.sanitize(value, pointer);
        const d = dateParts(value, v.type);
        if (!d) return notWritten(`"${value}" is not a valid ${v.type}`);
        if (d.normalized) this.warn('X12_VALUE_NORMALIZED', pointer, `${pointer} "${value}" is not a canonical UTC timestamp; it is written as ${d.normalized}`);
        const p = d.parts;
        switch (v.format) {
          case 'CCYYMMDD': return p.date;
          case 'YYMMDD': return p.date.slice(2);
          case 'HHMM':
          case 'HHMMSS': {
            const t = timeText(p, v.format);
            if (t.truncated) this.warn('X12_VALUE_TRUNCATED', pointer, `${pointer} has ${p.fraction.length} fraction digits; X12 times hold hundredths of a second, so it is written as ${t.text}`);
            return t.text;
          }
          case 'CCYYMMDDHHMMSS': return p.date + p.time;
          default: return notWritten(`format ${v.format} does not apply to a ${v.type}`);
        }
      }
      case 'number':
      case 'integer': {
        if (typeof value !== 'number' || !Number.isFinite(value)) return notWritten('expected a finite number');
        if ((v.type === 'integer' || v.format === 'INTEGER') && !Number.isInteger(value)) return notWritten(`${value} is not an integer`);
        return decimalText(value);
      }
      case 'boolean': {
        if (typeof value !== 'boolean') return notWritten('expected a boolean');
        return value ? 'Y' : 'N';
      }
      default: {
        if (typeof value !== 'string') return notWritten('expected a string');
        const coded = v.codes?.[value] ?? value;
        if (coded === '') {
          this.warn('X12_EMPTY_VALUE', pointer, `${pointer} is an empty string; X12 cannot tell an empty element from an absent one, so it is left out`);
          return undefined;
        }
        return this.sanitize(coded, pointer);
      }
    }
  }

  /**
   * Elements (after the tag) of one segment; `any` tells whether a value was written. A segment of the message
   * itself gets `ids`, its values' path ids (valueIdsOf), and reads them from this.paths; an array item's segment
   * gets the item as `src` and its `itemPointer`.
   */
  build(def: X12SegmentDef, src: unknown, itemPointer?: string, ids?: Int32Array): { els: string[]; any: boolean } {
    const paths = ids !== undefined ? this.paths : undefined;
    const values = def.values;
    // most segments of the table have nothing in a given message: a segment of the message (not a loop head, whose
    // qualifiers are kept for a member that may follow, nor an array item's, which is written even when empty)
    // is left at once when none of its values is there
    if (paths !== undefined && !def.head) {
      let some = false;
      for (let i = 0; i < values.length && !some; i++) some = paths.at(ids![i]!) != null;
      if (!some) return NOTHING;
    }
    const els: string[] = [];
    for (const c of def.match) put(els, c, c.value);
    let any = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const value = v.path.length === 0 ? src : paths !== undefined ? paths.at(ids![i]!) : getPath(src, v.path);
      if (value === undefined || value === null) continue;
      const pointer = itemPointer === undefined ? v.pointer : valuePointer(def, v, itemPointer);
      const text = this.format(value, v, pointer);
      if (text === undefined) continue;
      if (v.when) for (const c of v.when) put(els, c, c.value);
      put(els, v, text);
      any = true;
    }
    return { els, any };
  }

  /** Appends one segment: the fillers added, a mandatory element left empty refused (`def` names its field). */
  emit(tag: string, els: string[], date: string, def?: X12SegmentDef, itemPointer?: string): void {
    const fillers = FILLERS[tag];
    const line = LINE_ITEM_TAGS.has(tag) ? ++this.lineItems : 0;
    if (fillers) {
      for (const f of fillers) {
        if ((els[f.element] ?? '') !== '') continue;
        if (f.ifElement !== undefined && (els[f.ifElement] ?? '') === '') continue;
        els[f.element] = f.source.kind === 'const' ? f.source.value : f.source.kind === 'date' ? date : String(line);
      }
    }
    const mandatory = MANDATORY[tag];
    if (mandatory) for (const e of mandatory) if ((els[e] ?? '').length === 0) throw mandatoryMissing(tag, e, def, itemPointer);
    let n = els.length;
    while (n > 0 && (els[n - 1] ?? '') === '') n--;
    let s = tag;
    for (let i = 1; i < n; i++) s += ELEMENT_SEPARATOR + (els[i] ?? '');
    this.segments.push(s);
  }

  get lines(): number {
    return this.lineItems;
  }
}

/** The pointer of value `v` of an array item's segment: the item's own pointer with the value's path under it. */
function valuePointer(def: X12SegmentDef, v: X12ValueDef, itemPointer: string): string {
  return itemPointer + v.pointer.slice(def.array!.pointer.length + 2);
}

/** X12_CANNOT_SERIALIZE for a mandatory element nothing fills, naming the message field(s) that belong there. */
function mandatoryMissing(tag: string, element: number, def: X12SegmentDef | undefined, itemPointer: string | undefined): LexCodecError {
  const at = `${tag}${String(element).padStart(2, '0')}`;
  const fields = (def?.values ?? [])
    .filter((v) => v.element === element)
    .map((v) => (itemPointer === undefined || !def!.array ? v.pointer : valuePointer(def!, v, itemPointer)));
  const what = fields.length === 0 ? 'nothing in the message fills it' : `it needs ${[...new Set(fields)].join(' or ')}, which the message does not have (or has in a form X12 cannot write)`;
  return err('X12_CANNOT_SERIALIZE', `${at} is mandatory in X12 and would be empty: ${what}`);
}

/** build()'s answer for a segment none of whose values the message has */
const NOTHING: { els: string[]; any: boolean } = Object.freeze({ els: [] as string[], any: false });

/** Writes value text at an element (or a component of it). */
function put(els: string[], at: { element: number; component?: number }, text: string): void {
  if (at.component === undefined) {
    els[at.element] = text;
    return;
  }
  const parts = (els[at.element] ?? '').split(COMPONENT_SEPARATOR);
  while (parts.length < at.component) parts.push('');
  parts[at.component - 1] = text;
  els[at.element] = parts.join(COMPONENT_SEPARATOR);
}

/** The body segments (BEG … CTT, BGN … last TED loop) of one message. */
function body(message: Obj, w: Writer, table: X12Table): void {
  const dateDef = envelopeDef(9);
  const paths = (w.paths = new MessagePaths(message));
  const stamp = dateDef ? paths.get(dateDef.path) : undefined;
  const date = typeof stamp === 'string' ? dateParts(stamp, dateDef!.type)?.parts.date ?? '' : '';
  const pendingHeads = new Map<string, { def: X12SegmentDef; els: string[] }>();
  const open = new Set<string>();
  const emitIn = (def: X12SegmentDef, els: string[], itemPointer?: string) => {
    if (!def.head && def.loop !== 'heading' && def.loop !== 'trailing' && !open.has(def.loop)) {
      const head = pendingHeads.get(def.loop);
      if (head) {
        w.emit(head.def.tag, head.els, date, head.def);
        open.add(def.loop);
      }
    }
    w.emit(def.tag, els, date, def, itemPointer);
  };
  const segments = table.segments;
  const ids = valueIdsOf(table);
  for (let d = 0; d < segments.length; d++) {
    const def = segments[d]!;
    if (def.array) {
      // continuing segments are written with the item their array's first segment opens
      if (def.array.continues) continue;
      const arr = paths.get(def.array.path);
      if (arr === undefined || arr === null) continue;
      if (!Array.isArray(arr)) {
        w.warn('X12_VALUE_NOT_WRITTEN', def.array.pointer, `${def.array.pointer} is not written: expected an array`);
        continue;
      }
      const pointer = def.array.pointer;
      const scalar = def.values.length === 1 && def.values[0]!.path.length === 0;
      for (let i = 0; i < arr.length; i++) {
        const item = arr[i];
        const r = w.build(def, item, `${pointer}/${i}`);
        // an array of scalars writes only its values; an array of objects writes one segment per item so
        // that indexes survive even when an item carries nothing X12 holds
        if (!(scalar ? r.any : item !== null && typeof item === 'object')) continue;
        if (def.head) {
          w.emit(def.tag, r.els, date, def, `${pointer}/${i}`);
          open.add(def.id);
        } else emitIn(def, r.els, `${pointer}/${i}`);
        for (let c = d + 1; c < segments.length; c++) {
          const more = segments[c]!;
          if (more.array?.continues !== true || more.array.pointer !== pointer) continue;
          const m = w.build(more, item, `${pointer}/${i}`);
          if (m.any) emitIn(more, m.els, `${pointer}/${i}`);
        }
      }
      continue;
    }
    if (def.head) {
      const r = w.build(def, message, undefined, ids[d]);
      if (r.any) {
        w.emit(def.tag, r.els, date, def);
        open.add(def.id);
      } else pendingHeads.set(def.id, { def, els: r.els });
      continue;
    }
    const r = w.build(def, message, undefined, ids[d]);
    if (r.any) emitIn(def, r.els);
  }
  if (table.lineItemTotal) w.emit('CTT', ['', String(w.lines)], date);
}

/** FNV-1a over the text: a deterministic control number in 1 … 999999999. */
function derivedControlNumber(bodies: readonly { segments: readonly string[] }[]): number {
  let h = 0x811c9dc5;
  for (const b of bodies) for (const s of b.segments) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1e;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 999999999) + 1;
}

function isaId(message: Obj, element: number, w: Writer): string {
  const def = envelopeDef(element);
  const value = def ? getPath(message, def.path) : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw err('X12_CANNOT_SERIALIZE', `ISA${String(element).padStart(2, '0')} needs ${def?.pointer ?? 'a value'}, which the message does not have`);
  }
  let id = value.replace(UNSAFE_ISA, ' ');
  if (id !== value) w.warn('X12_VALUE_SANITIZED', def!.pointer, `${def!.pointer} has characters ISA${String(element).padStart(2, '0')} cannot hold; they were replaced by spaces there`);
  if (id.length > 15) {
    w.warn('X12_ENVELOPE_ID_TRUNCATED', def!.pointer, `${def!.pointer} "${value}" is longer than the 15 characters of ISA${String(element).padStart(2, '0')}; it is truncated there and carried in full in the transaction`);
    id = id.slice(0, 15);
  }
  return id;
}

function envelopeStamp(message: Obj): { yymmdd: string; ccyymmdd: string; hhmm: string } {
  const dateDef = envelopeDef(9);
  const timeDef = envelopeDef(10);
  const value = dateDef ? getPath(message, dateDef.path) : undefined;
  const d = typeof value === 'string' ? dateParts(value, dateDef!.type) : undefined;
  if (!d) throw err('X12_CANNOT_SERIALIZE', `ISA09/ISA10 need ${dateDef?.pointer ?? 'a timestamp'}, which is missing or not a timestamp`);
  void timeDef;
  return { yymmdd: d.parts.date.slice(2), ccyymmdd: d.parts.date, hhmm: d.parts.time.slice(0, 4) };
}

function checkOptions(options: X12WriteOptions): void {
  if (options === null || typeof options !== 'object') throw err('X12_BAD_OPTION', 'options must be an object');
  const c = options.controlNumber;
  if (c !== undefined && (typeof c !== 'number' || !Number.isInteger(c) || c < 1 || c > 999999999)) {
    throw err('X12_BAD_OPTION', `controlNumber must be an integer from 1 to 999999999, not ${String(c)}`);
  }
  if (options.usage !== undefined && options.usage !== 'P' && options.usage !== 'T') throw err('X12_BAD_OPTION', `usage must be P or T, not ${String(options.usage)}`);
  if (options.newline !== undefined && typeof options.newline !== 'boolean') throw err('X12_BAD_OPTION', 'newline must be a boolean');
}

const segKey = (k: string) => (k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);
const unKey = (k: string) => (k.includes('~') ? k.replace(/~1/g, '/').replace(/~0/g, '~') : k);

/** coverage template of a member: the exact entry when the table has one, else `<parent>/*` (cached) */
const CHILD = new Map<string, Map<string, string>>();
function childTemplate(template: string, key: string, index: boolean): string {
  let m = CHILD.get(template);
  if (m === undefined) CHILD.set(template, (m = new Map()));
  const k = index ? '*' : key;
  let t = m.get(k);
  if (t === undefined) {
    const exact = `${template}/${segKey(key)}`;
    t = !index && COVERAGE[exact] ? exact : `${template}/*`;
    if (m.size < 256) m.set(k, t);
  }
  return t;
}
const carriedX12 = (template: string) => COVERAGE[template]?.x12 === true;

/**
 * FIELD_NOT_CARRIED warnings, except for values the X12 message implies (lex.version 1.0.0), and X12_EMPTY_VALUE
 * for empty arrays and objects X12 would carry: X12 has no way to write "an empty list", so they read back absent.
 * (An empty item of an array of objects is kept: it still gets its segment, so indexes survive.)
 */
function uncarried(message: Obj, table: X12Table): LexWarning[] {
  let out = notCarried(message, 'x12');
  for (const i of table.implied) {
    if (getPath(message, i.path) === i.value) out = out.filter((w) => w.path !== i.pointer);
  }
  const keys: string[] = [];
  const walk = (value: unknown, template: string) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      if (value.length === 0) return empty(template, 'list');
      const t = childTemplate(template, '', true);
      if (!carriedX12(t) && COVERAGE[t] !== undefined) return;
      for (let i = 0; i < value.length; i++) {
        keys.push(String(i));
        walk(value[i], t);
        keys.pop();
      }
      return;
    }
    let n = 0;
    for (const k in value) {
      n++;
      const t = childTemplate(template, k, false);
      if (!carriedX12(t)) continue;
      keys.push(k);
      walk((value as Obj)[k], t);
      keys.pop();
    }
    if (n === 0) empty(template, 'object');
  };
  const empty = (template: string, what: string) => {
    if (template === '' || template.endsWith('/*') || !carriedX12(template)) return;
    const pointer = keys.map((k) => '/' + segKey(k)).join('');
    out.push({ code: 'X12_EMPTY_VALUE', path: pointer, message: `${pointer} is empty; X12 cannot write an empty ${what}, so it reads back as absent` });
  };
  walk(message, '');
  return out;
}

/** GS06 of the n-th functional group (0-based) of an interchange with control number `control`. */
const groupControl = (control: number, n: number) => String(((control - 1 + n) % 999999999) + 1);

/**
 * One interchange (ISA) holding one ST … SE per message. Consecutive messages of the same transaction set share a
 * functional group (GS … GE); a message of another set (an 824 after an 850) opens the next group.
 */
export function writeInterchange(messages: readonly unknown[], options: X12WriteOptions = {}): { output: string; warnings: LexWarning[] } {
  checkOptions(options);
  if (!Array.isArray(messages) || messages.length === 0) throw err('X12_CANNOT_SERIALIZE', 'there is no message to write');
  const warnings: LexWarning[] = [];
  const bodies: { table: X12Table; segments: string[] }[] = [];
  const first = messages[0];
  // segment number of the next ST: ISA, GS, then per message its segments + ST + SE, + GE and GS per new group
  let stSegment = 3;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (m === null || typeof m !== 'object' || Array.isArray(m) || !ROOT_KEYS.every((k) => k in m)) throw err('X12_CANNOT_SERIALIZE', `message ${i + 1} is not a LEX message (an object with a "${ROOT_KEYS.join('", "')}" member)`);
    const table = tableFor(m);
    if (i > 0 && table !== bodies[i - 1]!.table) stSegment += 2;
    const at = messages.length > 1 ? { segment: 0, tag: 'ST' } : undefined;
    const own: LexWarning[] = [];
    for (const u of uncarried(m as Obj, table)) own.push(at ? { ...u, position: { ...at } } : u);
    const w = new Writer(own, at);
    body(m as Obj, w, table);
    bodies.push({ table, segments: w.segments });
    if (at) {
      // the warnings of message i point at its ST segment
      for (const x of own) x.position = { segment: stSegment, tag: 'ST' };
    }
    stSegment += w.segments.length + 2;
    warnings.push(...own);
  }
  const control = options.controlNumber ?? derivedControlNumber(bodies);
  const head = envelopeHead(first as Obj, control, options, new Writer(warnings));
  const out: string[] = [head.isa];
  let groups = 0;
  let inGroup = 0;
  let gs06 = '';
  for (let i = 0; i < bodies.length; i++) {
    const { table, segments } = bodies[i]!;
    if (i === 0 || table !== bodies[i - 1]!.table) {
      if (i > 0) out.push(['GE', String(inGroup), gs06].join(ELEMENT_SEPARATOR));
      gs06 = groupControl(control, groups++);
      out.push(groupHeader(head, table, gs06));
      inGroup = 0;
    }
    inGroup++;
    const st02 = String(i + 1).padStart(4, '0');
    out.push(['ST', table.transactionSet, st02, CONVENTION].join(ELEMENT_SEPARATOR));
    for (const s of segments) out.push(s);
    out.push(['SE', String(segments.length + 2), st02].join(ELEMENT_SEPARATOR));
  }
  out.push(['GE', String(inGroup), gs06].join(ELEMENT_SEPARATOR));
  out.push(['IEA', String(groups), head.isa13].join(ELEMENT_SEPARATOR));
  const term = SEGMENT_TERMINATOR + (options.newline === false ? '' : '\n');
  return { output: out.join(term) + term, warnings };
}

interface EnvelopeHead {
  isa: string;
  isa13: string;
  /** GS02, GS03, GS04, GS05 */
  gsParties: string[];
}

/** The ISA segment (without terminator) for an interchange whose first message is `first`, and the GS values. */
function envelopeHead(first: Obj, control: number, options: X12WriteOptions, head: Writer): EnvelopeHead {
  const sender = isaId(first, 6, head);
  const receiver = isaId(first, 8, head);
  const stamp = envelopeStamp(first);
  const isa13 = String(control).padStart(9, '0');
  const pad = (s: string, n: number) => s + ' '.repeat(n - s.length);
  const gsId = (s: string) => (s.trim().length >= 2 ? s.trim() : pad(s.trim(), 2));
  const isa = ['ISA', '00', pad('', 10), '00', pad('', 10), ID_QUALIFIER, pad(sender, 15), ID_QUALIFIER, pad(receiver, 15), stamp.yymmdd, stamp.hhmm,
    REPETITION_SEPARATOR, ISA_VERSION, isa13, '0', options.usage ?? 'P', COMPONENT_SEPARATOR].join(ELEMENT_SEPARATOR);
  return { isa, isa13, gsParties: [gsId(sender), gsId(receiver), stamp.ccyymmdd, stamp.hhmm] };
}

/** The GS segment (without terminator) of a functional group of `table`'s transaction set. */
function groupHeader(head: EnvelopeHead, table: X12Table, gs06: string): string {
  return ['GS', table.functionalId, ...head.gsParties, gs06, 'X', GS_VERSION].join(ELEMENT_SEPARATOR);
}

/**
 * One interchange written message by message, for streams (used by @lexstandard/core's writeMessages): the first
 * message written opens it (its sender, receiver and timestamp make the ISA/GS, as in writeInterchange), each
 * message adds its ST … SE with SE01 counted, and end() closes it with GE01 = number of transactions and IEA.
 * The output equals writeInterchange's for the same messages, except the default control number: derived from
 * the first message only, since the rest is not known yet. A message that cannot be written throws
 * X12_CANNOT_SERIALIZE and leaves the interchange as it was (the next message may still be written).
 */
export class X12InterchangeWriter {
  private sets = 0;
  /** segments written so far (ISA and GS included) */
  private segments = 0;
  private control = 0;
  private head: EnvelopeHead | undefined;
  /** the open functional group: its table, GS06 and number of transactions */
  private group: { table: X12Table; gs06: string; sets: number } | undefined;
  private groups = 0;
  private readonly term: string;

  constructor(private readonly options: X12WriteOptions = {}) {
    checkOptions(options);
    this.term = SEGMENT_TERMINATOR + (options.newline === false ? '' : '\n');
  }

  /** number of transactions written */
  get count(): number {
    return this.sets;
  }

  /** The text for one more message: the ISA first when it is the first, a GS when its set changes, then its ST … SE. */
  write(message: unknown): { output: string; warnings: LexWarning[] } {
    const m = message;
    if (m === null || typeof m !== 'object' || Array.isArray(m) || !ROOT_KEYS.every((k) => k in m)) throw err('X12_CANNOT_SERIALIZE', `the message is not a LEX message (an object with a "${ROOT_KEYS.join('", "')}" member)`);
    const table = tableFor(m);
    const own: LexWarning[] = uncarried(m as Obj, table);
    const w = new Writer(own, { segment: 0, tag: 'ST' });
    body(m as Obj, w, table);
    const term = this.term;
    let out = '';
    let segments = this.segments;
    let head = this.head;
    if (head === undefined) {
      this.control = this.options.controlNumber ?? derivedControlNumber([w]);
      head = envelopeHead(m as Obj, this.control, this.options, new Writer(own));
      out = head.isa + term;
      segments = 1;
    }
    let group = this.group;
    if (group === undefined || group.table !== table) {
      if (group !== undefined) {
        out += ['GE', String(group.sets), group.gs06].join(ELEMENT_SEPARATOR) + term;
        segments++;
      }
      group = { table, gs06: groupControl(this.control, this.groups), sets: 0 };
      out += groupHeader(head, table, group.gs06) + term;
      segments++;
    }
    const stSegment = segments + 1;
    for (const x of own) x.position = { segment: stSegment, tag: 'ST' };
    const st02 = String(this.sets + 1).padStart(4, '0');
    out += ['ST', table.transactionSet, st02, CONVENTION].join(ELEMENT_SEPARATOR) + term;
    for (const s of w.segments) out += s + term;
    out += ['SE', String(w.segments.length + 2), st02].join(ELEMENT_SEPARATOR) + term;
    // nothing above threw: commit the state
    if (this.group !== group) this.groups++;
    this.head = head;
    this.group = group;
    group.sets++;
    this.segments = segments + w.segments.length + 2;
    this.sets++;
    return { output: out, warnings: own };
  }

  /** GE and IEA with the final counts; '' when no message was written (there is no interchange then). */
  end(): string {
    if (this.head === undefined || this.group === undefined) return '';
    return ['GE', String(this.group.sets), this.group.gs06].join(ELEMENT_SEPARATOR) + this.term + ['IEA', String(this.groups), this.head.isa13].join(ELEMENT_SEPARATOR) + this.term;
  }
}
