// Conformance vectors generated from the schema (conformance/vectors/generated/): for every required
// field a message that omits it, for every enum (and const) a value outside it, for every format,
// pattern, length, item-count and range constraint a value that breaks it, and one valid message per
// payload type (minimal and full) and per industry block.
//
// Each invalid vector starts from a valid base message (the minimal message of the payload type, plus
// the blocks leading to the field) and changes one thing. ajv then confirms that exactly that field
// fails, and on the intended keyword (the validator reports one issue per field; when a value breaks
// several keywords the first of KEYWORD_ORDER wins); a constraint that cannot be broken on its own is
// listed under "skipped" with the reason instead of producing a vector that tests something else.
// The expected code follows the schema's annotations: x-lex.missingCode for omissions,
// x-lex.errorCode for format/pattern/range/const, the keyword's generic code otherwise.
import { createHash } from 'node:crypto';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Field } from '../model/fields.js';
import type { JsonSchema, SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';
import { createAjv } from './validator.js';

const OUT = 'conformance/vectors/generated';
/** The receiver clock of every generated vector; the examples' header timestamp is 60 s before it. */
export const VECTOR_NOW = '2026-03-23T14:31:00Z';
/** Vectors larger than this (bytes of JSON) are skipped: a list of 1001 items tests little more than one of 11. */
const MAX_VECTOR_SIZE = 24_000;

const GENERIC: Record<string, string> = {
  required: 'REQUIRED_FIELD_MISSING', type: 'INVALID_TYPE', enum: 'INVALID_ENUM_VALUE', const: 'INVALID_ENUM_VALUE',
  format: 'INVALID_FORMAT', pattern: 'INVALID_FORMAT', maxLength: 'FIELD_TOO_LONG', minLength: 'FIELD_TOO_SHORT',
  minimum: 'VALUE_OUT_OF_RANGE', maximum: 'VALUE_OUT_OF_RANGE', exclusiveMinimum: 'VALUE_OUT_OF_RANGE', exclusiveMaximum: 'VALUE_OUT_OF_RANGE',
  multipleOf: 'VALUE_OUT_OF_RANGE', maxItems: 'TOO_MANY_ITEMS', maxProperties: 'TOO_MANY_ITEMS', minItems: 'FIELD_TOO_SHORT',
  minProperties: 'REQUIRED_FIELD_MISSING', uniqueItems: 'INVALID_FORMAT',
};
/** Keywords whose code a field's x-lex.errorCode replaces (lengths and counts keep their generic code). */
const FIELD_CODED = new Set(['format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'const', 'maxProperties', 'minProperties']);
/** When one field breaks several keywords, the first of these is the one reported. */
const KEYWORD_ORDER = ['required', 'type', 'const', 'enum', 'additionalProperties', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'uniqueItems'];
const rank = (k: string) => { const i = KEYWORD_ORDER.indexOf(k); return i < 0 ? KEYWORD_ORDER.length : i; };
/** The envelope and header: an ERROR there is reported as CRITICAL. */
const ENVELOPE = /^(|\/lex|\/lex\/version|\/lex\/header(\/.*)?)$/;
const NOT_IN_ENUM = 'ZZ_NOT_A_DEFINED_VALUE';

type Json = any;
type Level = 'L1' | 'L2' | 'L3';
interface Issue { code: string; path: string; severity: string }
interface Vector {
  id: string; title: string; level: Level; kind: 'validate'; source: string;
  input: { format: 'json'; message: Json }; now: string; expect: { valid: boolean; errors?: Issue[] };
}
interface Skipped { pointer: string; keyword: string; reason: string }

const clone = <T>(v: T): T => structuredClone(v);
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unesc = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const segments = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map(unesc));
/** A concrete pointer (array indexes) → the field-table template (`*`). */
const template = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');
const concrete = (tpl: string) => tpl.replace(/\/\*(?=\/|$)/g, '/0');
const dotted = (pointer: string) => pointer === '/lex' ? 'lex' : segments(pointer).slice(1).map((s) => (/^\d+$/.test(s) ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');

/** SHA256_V1 customer fingerprint: normalised email|phone|lastName. */
function fingerprint(c: Json): string {
  const email = String(c?.email ?? '').trim().toLowerCase();
  const phone = String(c?.phone ?? '').replace(/\D+/g, '').slice(-10);
  const last = String(c?.lastName ?? '').normalize('NFD').replace(/\p{M}+/gu, '').trim().toLowerCase();
  return createHash('sha256').update(`${email}|${phone}|${last}`).digest('hex');
}

class VectorBuilder {
  private readonly defs: JsonSchema;
  private readonly validate: ValidateFunction;
  private readonly fieldAt = new Map<string, Field>();
  private readonly levels = new Map<string, Level>();
  private readonly severities = new Map<string, string>();
  /** payload member → message type, from the envelope's if/then rules */
  readonly typeOf = new Map<string, string>();

  constructor(readonly model: SchemaModel) {
    this.defs = model.bundle.$defs;
    this.validate = createAjv(model).compile(model.bundle);
    for (const f of model.fields) this.fieldAt.set(f.pointer, f);
    for (const c of model.errorCodes) { this.levels.set(c.code, c.level); this.severities.set(c.code, c.severity); }
    for (const rule of model.bundle.properties.lex.allOf) {
      this.typeOf.set(rule.then.properties.payload.required[0], rule.if.properties.header.properties.messageType.const);
    }
  }

  resolve(schema: JsonSchema): JsonSchema {
    let s = schema;
    const seen = new Set<string>();
    while (typeof s.$ref === 'string') {
      const title = s.$ref.replace('#/$defs/', '');
      if (seen.has(title)) throw new Error(`$ref cycle at ${title}`);
      seen.add(title);
      const { $ref: _r, ...own } = s;
      s = { ...this.defs[title], ...own };
    }
    return s;
  }

  /** The schema at a field-table pointer template. */
  schemaAt(tpl: string): JsonSchema {
    let s: JsonSchema = this.model.bundle;
    for (const seg of segments(tpl)) {
      s = this.resolve(s);
      const next = seg === '*' ? (s.items ?? s.additionalProperties) : s.properties?.[seg];
      if (!next || typeof next !== 'object') throw new Error(`conformance vectors: no schema at ${tpl}`);
      s = next;
    }
    return this.resolve(s);
  }

  /** Names an object must have: `required`, plus the first alternative of an anyOf/oneOf of requirements. */
  private requiredNames(s: JsonSchema): string[] {
    const names = [...(s.required ?? [])];
    for (const group of [s.anyOf, s.oneOf]) {
      if (Array.isArray(group) && group.every((g: JsonSchema) => Array.isArray(g.required))) names.push(...group[0].required);
    }
    return names;
  }

  /** A value for a schema from its examples: every member (full) or only the required ones (minimal). */
  compose(schema: JsonSchema, mode: 'full' | 'minimal'): unknown {
    const s = this.resolve(schema);
    if (s.properties) {
      const keep = mode === 'full' ? Object.keys(s.properties) : this.requiredNames(s);
      const out: Record<string, unknown> = {};
      for (const name of Object.keys(s.properties)) {
        if (!keep.includes(name)) continue;
        const v = this.compose(s.properties[name], mode);
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
    if (s.type === 'array' && s.items) {
      const item = this.resolve(s.items);
      if (item.properties) return [this.compose(item, mode)];
    }
    if (Array.isArray(s.examples) && s.examples.length) return clone(s.examples[0]);
    if (s.const !== undefined) return s.const;
    if (Array.isArray(s.enum)) return s.enum[0];
    return s.type === 'object' ? {} : undefined;
  }

  /** The smallest valid message of a payload member; a LEAD carries the consent record and fingerprint its contact data calls for. */
  baseMessage(member: string): Json {
    const lex = this.model.bundle.properties.lex;
    const header = this.compose(lex.properties.header, 'minimal') as Json;
    header.messageType = this.typeOf.get(member);
    if (member === 'acknowledgment' || member === 'leadClosure') header.correlationId = this.compose(this.schemaAt('/lex/header/correlationId'), 'full');
    const message = { lex: { version: lex.properties.version.const, header, payload: { [member]: this.compose(this.schemaAt(`/lex/payload/${member}`), 'minimal') } } };
    return this.complete(message);
  }

  /** Adds what a LEAD with customer contact data needs to be valid at L3, with a fingerprint that matches. */
  complete(message: Json): Json {
    const lead = message.lex?.payload?.lead;
    if (!lead || typeof lead !== 'object') return message;
    const c = lead.customer ?? {};
    if (typeof c.email === 'string' || typeof c.phone === 'string') {
      lead.metadata ??= {};
      lead.metadata.compliance ??= {};
      lead.metadata.compliance.consentRecord ??= this.compose(this.schemaAt('/lex/payload/lead/metadata/compliance/consentRecord'), 'minimal');
      lead.deduplication = { ...(lead.deduplication ?? {}), customerFingerprint: fingerprint(c) };
    }
    return message;
  }

  /** Makes every container on the way to `pointer` exist (minimal), so the field itself can be set or removed. */
  ensurePath(message: Json, pointer: string): void {
    const segs = segments(pointer);
    let node = message;
    for (let i = 0; i < segs.length - 1; i++) {
      const seg = segs[i]!;
      if (node[seg] === undefined) node[seg] = this.compose(this.schemaAt(template('/' + segs.slice(0, i + 1).map(esc).join('/'))), 'minimal') ?? {};
      node = node[seg];
    }
  }

  /** The message type whose payload holds this pointer (header fields: LEAD). */
  memberOf(pointer: string): string {
    const m = /^\/lex\/payload\/([^/]+)/.exec(pointer);
    return m ? m[1]! : 'lead';
  }

  /** A valid message holding the field at `pointer` with its example value. */
  baseFor(pointer: string): Json {
    const message = this.baseMessage(this.memberOf(pointer));
    this.ensurePath(message, pointer);
    const segs = segments(pointer);
    const parent = get(message, segs.slice(0, -1));
    const leaf = segs[segs.length - 1]!;
    if (parent[leaf] === undefined) parent[leaf] = this.compose(this.schemaAt(template(pointer)), 'full');
    return this.complete(message);
  }

  errors(message: Json): ErrorObject[] {
    return this.validate(message) ? [] : (this.validate.errors ?? []).filter((e) => e.keyword !== 'if');
  }

  /**
   * Whether `message` fails on `pointer` only and there on `keyword` first: the vector then tests that
   * constraint and nothing else of the schema.
   */
  failsOnly(message: Json, pointer: string, keyword: string): boolean {
    const errs = this.errors(message);
    if (!errs.length) return false;
    const at = (e: ErrorObject) => e.keyword === 'required' ? `${e.instancePath}/${esc(String(e.params.missingProperty))}` : e.instancePath;
    if (errs.some((e) => at(e) !== pointer || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'additionalProperties')) return false;
    const top = errs.map((e) => e.keyword).sort((a, b) => rank(a) - rank(b))[0];
    return top === keyword;
  }

  /** The keyword reported first when `value` is put at `pointer` (for the skip reasons). */
  reportedFirst(message: Json, pointer: string, value: unknown): string | undefined {
    set(message, pointer, value);
    const kws = this.errors(message).filter((e) => e.instancePath === pointer).map((e) => e.keyword).sort((a, b) => rank(a) - rank(b));
    return kws[0];
  }

  codeFor(keyword: string, pointer: string): string {
    const field = this.fieldAt.get(template(pointer));
    if (keyword === 'required') return field?.lex.missingCode ?? GENERIC.required!;
    return (FIELD_CODED.has(keyword) && field?.lex.errorCode) || GENERIC[keyword] || 'INVALID_FORMAT';
  }

  issue(code: string, path: string): Issue {
    let severity = this.severities.get(code) ?? 'ERROR';
    if (severity === 'ERROR' && ENVELOPE.test(path)) severity = 'CRITICAL';
    return { code, path, severity };
  }

  levelOf(code: string): Level {
    const l = this.levels.get(code);
    if (!l) throw new Error(`conformance vectors: code ${code} is not in schema/error-codes.json`);
    return l;
  }

  invalid(id: string, title: string, source: string, message: Json, keyword: string, path: string): Vector {
    const code = this.codeFor(keyword, path);
    return { id, title, level: this.levelOf(code), kind: 'validate', source, input: { format: 'json', message }, now: VECTOR_NOW, expect: { valid: false, errors: [this.issue(code, path)] } };
  }
}

function get(doc: Json, segs: string[]): Json {
  let node = doc;
  for (const s of segs) node = node?.[s];
  return node;
}

function set(doc: Json, pointer: string, value: unknown): void {
  const segs = segments(pointer);
  get(doc, segs.slice(0, -1))[segs[segs.length - 1]!] = value;
}

function remove(doc: Json, pointer: string): void {
  const segs = segments(pointer);
  const parent = get(doc, segs.slice(0, -1));
  delete parent[segs[segs.length - 1]!];
}

// ---- the values that break one constraint ------------------------------------------------------

function stringCandidates(ex: string): string[] {
  return [ex + '!', '!' + ex, 'not valid!', ex.replace(/Z$/, '+01:00'), ex.toLowerCase(), ex.toUpperCase(), ex + ' x', '!', '-', 'a', 'A', '0', ex.slice(0, -1), ex + '0', ex + 'a', ex.replace(/[^A-Za-z0-9]/g, '')];
}

function padded(ex: string, length: number): string[] {
  const out: string[] = [];
  for (const ch of [ex.slice(-1), ex[0] ?? 'a', 'a', 'A', '1', '0']) {
    if (!ch) continue;
    const pad = ch.repeat(Math.max(0, length - ex.length));
    out.push(ex + pad, pad + ex);
  }
  out.push('a'.repeat(length), 'A'.repeat(length), '1'.repeat(length));
  return out;
}

function shortened(ex: string, length: number): string[] {
  return [ex.slice(0, length), 'a'.repeat(length), 'A'.repeat(length), '1'.repeat(length)];
}

function numberCandidates(keyword: string, limit: number, ex: number, integer: boolean): number[] {
  switch (keyword) {
    case 'minimum': return integer ? [limit - 1] : [limit - 1, limit - 0.5];
    case 'maximum': return integer ? [limit + 1] : [limit + 1, limit + 0.5];
    case 'exclusiveMinimum': return [limit, limit - 1];
    case 'exclusiveMaximum': return [limit, limit + 1];
    case 'multipleOf': return [Number((ex + limit / 10).toFixed(6)), Number((ex + limit / 2).toFixed(6))];
    default: return [];
  }
}

const describeKeyword = (k: string, v: unknown): string => {
  switch (k) {
    case 'enum': return '';
    case 'const': return `is not ${JSON.stringify(v)}`;
    case 'format': return `is not a valid ${String(v)}`;
    case 'pattern': return 'does not match its pattern';
    case 'maxLength': return `is longer than ${String(v)} characters`;
    case 'minLength': return `is shorter than ${String(v)} character${v === 1 ? '' : 's'}`;
    case 'minimum': return `is below its minimum ${String(v)}`;
    case 'maximum': return `is above its maximum ${String(v)}`;
    case 'exclusiveMinimum': return `is not above ${String(v)}`;
    case 'exclusiveMaximum': return `is not below ${String(v)}`;
    case 'multipleOf': return `is not a multiple of ${String(v)}`;
    case 'maxItems': return `has more than ${String(v)} items`;
    case 'minItems': return `has fewer than ${String(v)} item${v === 1 ? '' : 's'}`;
    case 'maxProperties': return `has more than ${String(v)} member${v === 1 ? '' : 's'}`;
    default: return `breaks ${k}`;
  }
};

const SCALAR_KEYWORDS = ['format', 'pattern', 'maxLength', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

export function buildConformanceVectors(model: SchemaModel) {
  const b = new VectorBuilder(model);
  const required: Vector[] = [], enums: Vector[] = [], constraints: Vector[] = [], valid: Vector[] = [];
  const skipped: Skipped[] = [];

  /** Tries candidate values at `path` until one fails there on `keyword` alone. */
  const tryValues = (field: Field, path: string, keyword: string, limit: unknown, values: unknown[], into: Vector[], base?: Json, what = dotted(path)) => {
    const start = base ?? b.baseFor(path);
    for (const value of values) {
      if (value === undefined) continue;
      const m = clone(start);
      set(m, path, value);
      if (b.failsOnly(m, path, keyword)) {
        into.push(b.invalid(`gen:${keyword}:${path}`, [what, describeKeyword(keyword, limit)].filter(Boolean).join(' '), `schema ${field.definedIn}: ${keyword}`, m, keyword, path));
        return;
      }
    }
    const other = values.length ? b.reportedFirst(clone(start), path, values[0]) : undefined;
    skipped.push({ pointer: path, keyword, reason: other ? `a value that breaks it also breaks ${other}, which is reported first` : 'no value breaks this constraint without breaking another one first' });
  };

  for (const field of model.fields) {
    const path = concrete(field.pointer);
    const c = field.constraints;

    // ---- omissions ----
    if (field.required) {
      const m = b.baseFor(path);
      remove(m, path);
      if (path === '/lex') {
        // without its lex member a document is not a LEX message at all: the input code of the catalogue
        required.push({ id: `gen:required:${path}`, title: 'lex is missing: not a LEX message', level: b.levelOf('NOT_A_LEX_MESSAGE'), kind: 'validate', source: `schema ${field.definedIn}: required`, input: { format: 'json', message: m }, now: VECTOR_NOW, expect: { valid: false, errors: [b.issue('NOT_A_LEX_MESSAGE', '')] } });
      } else if (b.failsOnly(m, path, 'required')) required.push(b.invalid(`gen:required:${path}`, `${dotted(path)} is missing`, `schema ${field.definedIn}: required`, m, 'required', path));
      else skipped.push({ pointer: path, keyword: 'required', reason: 'removing it breaks more than the requirement' });
    }

    if (field.kind === 'object') {
      const s = b.schemaAt(field.pointer);
      // one of several members required (customer: email or phone)
      for (const group of [s.anyOf, s.oneOf]) {
        if (!Array.isArray(group) || !group.every((g: JsonSchema) => Array.isArray(g.required))) continue;
        const names: string[] = group.flatMap((g: JsonSchema) => g.required);
        const m = b.baseFor(path);
        const obj = get(m, segments(path));
        for (const n of names) delete obj[n];
        // the validator reports the group once, at its first member
        const target = `${path}/${esc(names[0]!)}`;
        const code = b.codeFor('required', target);
        if (b.errors(m).length) {
          required.push({ id: `gen:required-one-of:${path}`, title: `${dotted(path)} has none of ${names.join(', ')}`, level: b.levelOf(code), kind: 'validate', source: `schema ${field.definedIn}: one of ${names.join(', ')} required`, input: { format: 'json', message: m }, now: VECTOR_NOW, expect: { valid: false, errors: [b.issue(code, target)] } });
        } else skipped.push({ pointer: target, keyword: `one of ${names.join(', ')}`, reason: 'removing them does not fail the schema' });
      }
      // required when a discriminator has one of some values (lead: parentOrderId for post-order lead types)
      if (s.if?.properties && s.then?.required) {
        const [disc] = Object.keys(s.if.properties);
        const d = s.if.properties[disc!];
        const values: unknown[] = d.enum ?? (d.const !== undefined ? [d.const] : []);
        for (const name of s.then.required as string[]) {
          for (const value of values) {
            const m = b.baseFor(path);
            const obj = get(m, segments(path));
            obj[disc!] = value;
            delete obj[name];
            const target = `${path}/${esc(name)}`;
            if (b.failsOnly(m, target, 'required')) required.push(b.invalid(`gen:required-when:${target}:${disc}=${String(value)}`, `${dotted(target)} is missing although ${disc} is ${String(value)}`, `schema ${field.definedIn}: required when ${disc} is ${String(value)}`, m, 'required', target));
            else skipped.push({ pointer: target, keyword: `required when ${disc}=${String(value)}`, reason: 'removing it breaks more than the requirement' });
          }
        }
      }
    }

    // ---- enumerations and constants ----
    if (field.enum && field.kind === 'scalar') tryValues(field, path, 'enum', undefined, [NOT_IN_ENUM], enums, undefined, `${dotted(path)} = ${JSON.stringify(NOT_IN_ENUM)} is not one of its values`);
    if (field.enum && field.kind === 'array') tryValues(field, `${path}/0`, 'enum', undefined, [NOT_IN_ENUM], enums, b.baseFor(path), `an item of ${dotted(path)} is not one of its values`);
    if (c.const !== undefined) tryValues(field, path, 'const', c.const, [typeof c.const === 'string' ? '9.9.9' : NOT_IN_ENUM, NOT_IN_ENUM], enums);

    // ---- scalar constraints (of the field, or of its items for arrays of scalars) ----
    const own = field.kind === 'scalar';
    const itemPrefix = field.kind === 'array' ? 'items.' : '';
    const items = field.kind === 'array' ? b.resolve(b.schemaAt(field.pointer).items ?? {}) : undefined;
    if (own || (items && !items.properties)) {
      const target = own ? path : `${path}/0`;
      const ex = own ? field.examples[0] : Array.isArray(field.examples[0]) ? (field.examples[0] as unknown[])[0] : undefined;
      const type = own ? field.type : field.type.replace(/\[\]$/, '');
      for (const k of SCALAR_KEYWORDS) {
        const limit = c[itemPrefix + k];
        if (limit === undefined) continue;
        if (k === 'minLength' && (limit as number) < 1) continue;
        const base = own ? undefined : b.baseFor(path);
        let values: unknown[] = [];
        if (type === 'string' && typeof ex === 'string') {
          if (k === 'format' || k === 'pattern') values = stringCandidates(ex);
          else if (k === 'maxLength') values = padded(ex, (limit as number) + 1);
          else if (k === 'minLength') values = shortened(ex, (limit as number) - 1);
        } else if ((type === 'number' || type === 'integer') && typeof limit === 'number') {
          values = numberCandidates(k, limit, typeof ex === 'number' ? ex : limit, type === 'integer');
        }
        if (!values.length) { skipped.push({ pointer: target, keyword: k, reason: `no example value of type ${type} to start from` }); continue; }
        tryValues(field, target, k, limit, values, constraints, base, own ? dotted(path) : `an item of ${dotted(path)}`);
      }
    }

    // ---- item counts and member counts ----
    if (field.kind === 'array') {
      const base = b.baseFor(path);
      const arr = get(base, segments(path));
      const item = Array.isArray(arr) && arr.length ? arr[0] : undefined;
      if (typeof c.minItems === 'number' && c.minItems >= 1) tryValues(field, path, 'minItems', c.minItems, [Array(c.minItems - 1).fill(item)], constraints, base);
      if (typeof c.maxItems === 'number' && item !== undefined) {
        const over = Array(c.maxItems + 1).fill(item);
        if (JSON.stringify(over).length > MAX_VECTOR_SIZE) skipped.push({ pointer: path, keyword: 'maxItems', reason: `${c.maxItems + 1} items would make a vector of more than ${MAX_VECTOR_SIZE} bytes` });
        else tryValues(field, path, 'maxItems', c.maxItems, [over], constraints, base);
      }
    }
    if (typeof c.maxProperties === 'number') {
      const base = b.baseFor(path);
      const obj = clone(get(base, segments(path)));
      const s = b.schemaAt(field.pointer);
      if (field.kind === 'map') {
        const example = Object.values(obj ?? {})[0] ?? 'x';
        for (let i = 0; Object.keys(obj).length <= c.maxProperties; i++) obj[`key${String(i).padStart(2, '0')}`] = example;
      } else {
        for (const name of Object.keys(s.properties ?? {})) {
          if (Object.keys(obj).length > c.maxProperties) break;
          if (obj[name] === undefined) obj[name] = b.compose(s.properties[name], 'minimal');
        }
      }
      tryValues(field, path, 'maxProperties', c.maxProperties, [obj], constraints, base);
    }
  }

  // ---- valid messages ----
  for (const [member, type] of b.typeOf) {
    const minimal = b.baseMessage(member);
    const full = b.complete({ lex: { ...minimal.lex, header: { ...(b.compose(b.model.bundle.properties.lex.properties.header, 'full') as Json), messageType: type }, payload: { [member]: b.compose(b.schemaAt(`/lex/payload/${member}`), 'full') } } });
    for (const [which, message, level] of [['minimal', minimal, 'L1'], ['full', full, 'L3']] as const) {
      if (b.errors(message).length) throw new Error(`conformance vectors: the ${which} ${type} message does not pass the schema: ${JSON.stringify(b.errors(message).slice(0, 3))}`);
      valid.push({ id: `gen:valid:${type}:${which}`, title: `A ${which === 'minimal' ? 'minimal' : 'complete'} ${type} message (${which === 'minimal' ? 'required fields only' : 'every field'}) is valid`, level, kind: 'validate', source: `schema: valid ${which} ${type}`, input: { format: 'json', message }, now: VECTOR_NOW, expect: { valid: true } });
    }
  }
  const industry = new Set(model.files.filter((f) => f.path.startsWith('industry/')).map((f) => f.title));
  for (const field of model.fields) {
    if (!field.typeName || !industry.has(field.typeName) || field.kind !== 'object') continue;
    const message = b.baseMessage(b.memberOf(field.pointer));
    b.ensurePath(message, field.pointer);
    set(message, field.pointer, b.compose(b.schemaAt(field.pointer), 'full'));
    if (b.errors(message).length) throw new Error(`conformance vectors: the ${field.typeName} message does not pass the schema`);
    valid.push({ id: `gen:valid:${b.typeOf.get(b.memberOf(field.pointer))}:${field.name}`, title: `A ${b.typeOf.get(b.memberOf(field.pointer))} with a complete ${field.name} block is valid`, level: 'L3', kind: 'validate', source: `schema ${model.files.find((f) => f.title === field.typeName)?.path}: industry block`, input: { format: 'json', message }, now: VECTOR_NOW, expect: { valid: true } });
  }

  for (const list of [required, enums, constraints]) {
    for (let i = list.length - 1; i >= 0; i--) {
      if (JSON.stringify(list[i]).length > MAX_VECTOR_SIZE) {
        skipped.push({ pointer: list[i]!.expect.errors![0]!.path, keyword: list[i]!.id.split(':')[1]!, reason: `vector larger than ${MAX_VECTOR_SIZE} bytes` });
        list.splice(i, 1);
      }
    }
  }
  return { required, enums, constraints, valid, skipped };
}

/** One vector per line: small diffs when the schema changes, and still plain JSON. */
function vectorFile(description: string, vectors: Vector[], version: string, skipped?: Skipped[]): string {
  const head = [
    `  "$schema": "../../vector.schema.json"`,
    `  "description": ${JSON.stringify(description)}`,
    `  "generatedBy": "generators/src/emitters/conformance.ts from schema/ (LEX ${version}); do not edit, run npm run generate"`,
  ];
  const body = `  "vectors": [\n${vectors.map((v) => '    ' + JSON.stringify(v)).join(',\n')}\n  ]`;
  const tail = skipped ? [`  "skipped": [\n${skipped.map((s) => '    ' + JSON.stringify(s)).join(',\n')}\n  ]`] : [];
  return `{\n${[...head, body, ...tail].join(',\n')}\n}\n`;
}

export function emitConformance(model: SchemaModel): GeneratedFile[] {
  const { required, enums, constraints, valid, skipped } = buildConformanceVectors(model);
  return [
    { path: `${OUT}/required.json`, contents: vectorFile('Every required field omitted, one at a time; every conditional requirement left unmet.', required, model.version) },
    { path: `${OUT}/enum.json`, contents: vectorFile('Every enumeration (and constant) given a value outside it.', enums, model.version) },
    { path: `${OUT}/constraints.json`, contents: vectorFile('Every format, pattern, length, item-count and range constraint broken, one at a time. "skipped" lists the constraints that cannot be broken on their own, with the reason.', constraints, model.version, skipped) },
    { path: `${OUT}/valid.json`, contents: vectorFile('One valid message per payload type (minimal and complete) and per industry block.', valid, model.version) },
  ];
}
