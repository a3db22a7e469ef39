// Structural diff of two versions of the canonical LEX schema. Every difference becomes one Change,
// classified breaking / additive / editorial; requiredBump() turns the changes into the semver bump a
// release needs (breaking → major, additive → minor, editorial → patch).
//
// What is compared: the field table (fields keyed by JSON Pointer: presence, requirement and condition,
// type, constraints, enum values, x-lex annotations and wire places), the shared type names ($defs titles),
// the error-code catalogue, the lead lifecycle, and — as a safety net — every other schema keyword
// (anyOf/oneOf/allOf/if/then, additionalProperties, propertyNames, …) file by file. A difference the rules
// below cannot classify is declared breaking: the diff never lets an unknown change through as harmless.
//
// Direction: LEX messages are validated by receivers, so "breaking" means a message valid under the old
// schema may be invalid (or mean something else, or sit elsewhere on the wire) under the new one. Widening a
// constraint, adding an optional field or an enum value is additive: receivers on the old version report the
// new members as UNKNOWN_FIELD warnings instead of rejecting the message.
import type { ErrorCodeInfo, JsonSchema, Lifecycle, SchemaFile, SchemaModel } from './load.js';
import type { Field, SegmentPlace } from './fields.js';

export type ChangeKind = 'breaking' | 'additive' | 'editorial';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface Change {
  kind: ChangeKind;
  /** machine name of the rule that classified the change; see RULES */
  rule: string;
  /** dotted field path (lex.payload.lead.customer.firstName), or errorCodes.CODE, lifecycle.A→B, types.Title, <file>#<pointer> */
  path: string;
  /** JSON Pointer template of the field, when the change is about a field */
  pointer?: string;
  /** one line for humans: what changed */
  detail: string;
  before?: unknown;
  after?: unknown;
}

/** Every rule the diff applies, with its classification. The docs and the Markdown report print this table. */
export const RULES: Record<string, { kind: ChangeKind; meaning: string }> = {
  'field-removed': { kind: 'breaking', meaning: 'a field was removed (a rename is a removal plus an addition)' },
  'field-added-required': { kind: 'breaking', meaning: 'a new field is required, or required under a condition' },
  'field-made-required': { kind: 'breaking', meaning: 'an optional field became required (always or under a condition)' },
  'condition-changed': { kind: 'breaking', meaning: 'the condition under which a field is required changed' },
  'requirement-added': { kind: 'breaking', meaning: 'a new co-occurrence rule (anyOf/oneOf of required members, if/then) applies' },
  'type-changed': { kind: 'breaking', meaning: "a field's JSON type, shape or published type name changed" },
  'type-removed': { kind: 'breaking', meaning: 'a shared type (a $defs title, a TypeScript type name) disappeared' },
  'enum-value-removed': { kind: 'breaking', meaning: 'an enum value was removed (or renamed)' },
  'enum-added': { kind: 'breaking', meaning: 'a free field became an enumeration' },
  'constraint-narrowed': { kind: 'breaking', meaning: 'a constraint was added or tightened: maxLength down, minLength up, pattern/format/const changed, …' },
  'wire-moved': { kind: 'breaking', meaning: 'an XML, X12 or EDIFACT place (or a wire code) of a field moved, changed or was removed' },
  'error-code-changed': { kind: 'breaking', meaning: 'the code a field reports when invalid or missing changed' },
  'pii-added': { kind: 'breaking', meaning: 'a field became personal data (it now needs a consent record)' },
  'error-code-removed': { kind: 'breaking', meaning: 'a code was removed from the error-code catalogue' },
  'error-code-tightened': { kind: 'breaking', meaning: "a code's severity was raised or its level lowered (it is an error in more cases)" },
  'transition-removed': { kind: 'breaking', meaning: 'a lead status transition is no longer allowed' },
  'lifecycle-tightened': { kind: 'breaking', meaning: 'the lifecycle allows less: a new terminal status, repeats or any→ARCHIVED switched off' },
  'structure-changed': { kind: 'breaking', meaning: 'a schema keyword the diff cannot classify changed; declared breaking to be safe — review by hand' },
  'field-added': { kind: 'additive', meaning: 'a new optional field' },
  'field-made-optional': { kind: 'additive', meaning: 'a required (or conditionally required) field became optional' },
  'requirement-relaxed': { kind: 'additive', meaning: 'a co-occurrence rule (anyOf/oneOf of required members, if/then) was dropped, or a new one only concerns new values' },
  'type-widened': { kind: 'additive', meaning: "a field's type accepts more (integer → number, a type added to a union)" },
  'type-added': { kind: 'additive', meaning: 'a new shared type ($defs title)' },
  'enum-value-added': { kind: 'additive', meaning: 'a new enum value' },
  'enum-removed': { kind: 'additive', meaning: 'an enumeration was lifted: any value of the type is accepted' },
  'constraint-widened': { kind: 'additive', meaning: 'a constraint was removed or loosened: maxLength up, minLength down, …' },
  'wire-added': { kind: 'additive', meaning: 'a field is now carried in a wire format (new place, new XML alias, new wire code)' },
  'pii-removed': { kind: 'additive', meaning: 'a field is no longer personal data' },
  'error-code-added': { kind: 'additive', meaning: 'a new code in the error-code catalogue' },
  'error-code-relaxed': { kind: 'additive', meaning: "a code's severity was lowered or its level raised" },
  'transition-added': { kind: 'additive', meaning: 'a new lead status transition is allowed' },
  'lifecycle-relaxed': { kind: 'additive', meaning: 'the lifecycle allows more: a status is no longer terminal, repeats or any→ARCHIVED switched on' },
  'description-changed': { kind: 'editorial', meaning: "a field's description changed" },
  'examples-changed': { kind: 'editorial', meaning: "a field's examples changed" },
  'enum-meaning-changed': { kind: 'editorial', meaning: "the meaning (x-lex.enum) of an enum value changed" },
  'annotation-changed': { kind: 'editorial', meaning: 'an explanatory annotation changed: x-lex.since, notCarried reasons, wire notes' },
  'error-code-text-changed': { kind: 'editorial', meaning: "an error code's rule text or source changed" },
  'lifecycle-notes-changed': { kind: 'editorial', meaning: 'the comments of the lifecycle table changed' },
  'vocabulary-changed': { kind: 'editorial', meaning: 'the x-lex annotation meta-schema changed (tooling, not messages)' },
  'spec-version': { kind: 'editorial', meaning: 'lex.version moved to the next release (the release step does this)' },
};

const KIND_ORDER: Record<ChangeKind, number> = { breaking: 0, additive: 1, editorial: 2 };
const BUMP_ORDER: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const BUMP_OF: Record<ChangeKind, Bump> = { breaking: 'major', additive: 'minor', editorial: 'patch' };

/** The semver bump a set of changes needs: any breaking → major, any additive → minor, any editorial → patch. */
export function requiredBump(changes: readonly Change[]): Bump {
  return changes.reduce<Bump>((b, c) => maxBump(b, BUMP_OF[c.kind]), 'none');
}

export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER[a] >= BUMP_ORDER[b] ? a : b;
}

export function compareBumps(a: Bump, b: Bump): number {
  return BUMP_ORDER[a] - BUMP_ORDER[b];
}

export function bumpFor(kind: ChangeKind): Bump {
  return BUMP_OF[kind];
}

/** Canonical JSON: object keys sorted, so that two equal values always print the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
/** A value in a one-line detail; long values are cut (before/after keep them whole). */
const show = (v: unknown) => {
  const s = v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

// ---------------------------------------------------------------------------------------------------------
// constraints

type Direction = 'upper' | 'lower' | 'exact' | 'flag';
const CONSTRAINT_DIRECTION: Record<string, Direction> = {
  maxLength: 'upper', maximum: 'upper', exclusiveMaximum: 'upper', maxItems: 'upper', maxProperties: 'upper',
  minLength: 'lower', minimum: 'lower', exclusiveMinimum: 'lower', minItems: 'lower', minProperties: 'lower',
  pattern: 'exact', format: 'exact', const: 'exact', multipleOf: 'exact',
  uniqueItems: 'flag',
};

/** Classifies one constraint keyword's change; undefined when the values are equal. */
function constraintChange(key: string, before: unknown, after: unknown): { kind: ChangeKind; verb: string } | undefined {
  if (same(before, after)) return undefined;
  const base = key.replace(/^items\./, '');
  const dir = CONSTRAINT_DIRECTION[base] ?? 'exact';
  if (before === undefined) {
    if (dir === 'flag' && after === false) return { kind: 'editorial', verb: 'set to its default' };
    return { kind: 'breaking', verb: 'added' };
  }
  if (after === undefined) {
    if (dir === 'flag' && before === false) return { kind: 'editorial', verb: 'default made implicit' };
    return { kind: 'additive', verb: 'removed' };
  }
  if (dir === 'upper' && typeof before === 'number' && typeof after === 'number') {
    return after < before ? { kind: 'breaking', verb: 'narrowed' } : { kind: 'additive', verb: 'widened' };
  }
  if (dir === 'lower' && typeof before === 'number' && typeof after === 'number') {
    return after > before ? { kind: 'breaking', verb: 'narrowed' } : { kind: 'additive', verb: 'widened' };
  }
  if (dir === 'flag') return after === true ? { kind: 'breaking', verb: 'switched on' } : { kind: 'additive', verb: 'switched off' };
  return { kind: 'breaking', verb: 'changed' };
}

// ---------------------------------------------------------------------------------------------------------
// wire places

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function places(field: Field, format: 'x12' | 'edifact'): SegmentPlace[] {
  const p = field.lex[format];
  return p === undefined ? [] : Array.isArray(p) ? p : [p];
}

/** Where a place sits: transaction set or message, segment, qualifier match, element, component and map key. */
function placeId(p: SegmentPlace): string {
  return canonical({ s: p.segment, m: p.match ?? {}, e: p.element ?? null, c: p.component ?? null, k: p.key ?? null, ...(p.message !== undefined ? { t: p.message } : {}) });
}

export function describePlace(p: SegmentPlace): string {
  const match = p.match && Object.keys(p.match).length
    ? `[${Object.entries(p.match).map(([k, v]) => `${k}=${v}`).join(',')}]`
    : '';
  return `${p.message !== undefined ? `${p.message} ` : ''}${p.segment}${match}${p.element !== undefined ? `/${p.element}` : ''}${p.component !== undefined ? `.${p.component}` : ''}${p.key !== undefined ? ` key ${p.key}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// fields

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array', 'any']);

/** The JSON shape of a field's type, with published type names kept (a renamed object type changes the TS API). */
function typeParts(t: string): string[] {
  return t.split('|').sort();
}

function typeChange(before: string, after: string): ChangeKind | undefined {
  if (before === after) return undefined;
  const a = typeParts(before.replace(/\[\]$/, ''));
  const b = typeParts(after.replace(/\[\]$/, ''));
  if (before.endsWith('[]') !== after.endsWith('[]')) return 'breaking';
  if (![...a, ...b].every((t) => JSON_TYPES.has(t))) return 'breaking';
  if (b.includes('any')) return 'additive';
  const covered = (t: string) => b.includes(t) || (t === 'integer' && b.includes('number'));
  return a.every(covered) ? 'additive' : 'breaking';
}

function parentPointer(pointer: string): string {
  return pointer.replace(/\/[^/]*$/, '').replace(/\/\*$/, '');
}

function diffField(o: Field, n: Field, push: (c: Omit<Change, 'path' | 'pointer'>) => void): void {
  // type and shape
  if (o.kind !== n.kind) {
    push({ kind: 'breaking', rule: 'type-changed', detail: `shape changed ${o.kind} → ${n.kind}`, before: o.kind, after: n.kind });
  } else {
    const k = typeChange(o.type, n.type);
    if (k) push({ kind: k, rule: k === 'breaking' ? 'type-changed' : 'type-widened', detail: `type ${k === 'breaking' ? 'changed' : 'widened'} ${o.type} → ${n.type}`, before: o.type, after: n.type });
  }

  // requirement
  if (!o.required && n.required) {
    push({ kind: 'breaking', rule: 'field-made-required', detail: 'made required', before: false, after: true });
  } else if (o.required && !n.required) {
    push({ kind: n.condition ? 'breaking' : 'additive', rule: n.condition ? 'condition-changed' : 'field-made-optional', detail: n.condition ? `now ${n.condition} instead of always` : 'made optional', before: true, after: n.condition ?? false });
  } else if (!n.required && o.condition !== n.condition) {
    if (!o.condition) push({ kind: 'breaking', rule: 'field-made-required', detail: `now ${n.condition}`, before: false, after: n.condition });
    else if (!n.condition) push({ kind: 'additive', rule: 'field-made-optional', detail: `no longer ${o.condition}`, before: o.condition, after: false });
    else push({ kind: 'breaking', rule: 'condition-changed', detail: `requirement changed: ${o.condition} → ${n.condition}`, before: o.condition, after: n.condition });
  }

  // constraints
  const keys = [...new Set([...Object.keys(o.constraints), ...Object.keys(n.constraints)])];
  for (const key of keys) {
    const before = o.constraints[key];
    const after = n.constraints[key];
    const c = constraintChange(key, before, after);
    if (!c) continue;
    if (key === 'const' && n.pointer === '/lex/version') {
      push({ kind: 'editorial', rule: 'spec-version', detail: `lex.version ${show(before)} → ${show(after)}`, before, after });
      continue;
    }
    const rule = c.kind === 'breaking' ? 'constraint-narrowed' : c.kind === 'additive' ? 'constraint-widened' : 'annotation-changed';
    const detail = c.verb === 'added' ? `${key} ${show(after)} added`
      : c.verb === 'removed' ? `${key} ${show(before)} removed`
      : `${key} ${c.verb} ${show(before)} → ${show(after)}`;
    push({ kind: c.kind, rule, detail, before, after });
  }

  // enum
  if (o.enum || n.enum) {
    if (!o.enum) {
      push({ kind: 'breaking', rule: 'enum-added', detail: `now restricted to ${n.enum!.map((e) => e.value).join(', ')}`, after: n.enum!.map((e) => e.value) });
    } else if (!n.enum) {
      push({ kind: 'additive', rule: 'enum-removed', detail: 'no longer restricted to a list of values', before: o.enum.map((e) => e.value) });
    } else {
      const before = new Map(o.enum.map((e) => [e.value, e.description]));
      const after = new Map(n.enum.map((e) => [e.value, e.description]));
      for (const [v] of before) if (!after.has(v)) push({ kind: 'breaking', rule: 'enum-value-removed', detail: `enum value ${v} removed`, before: v });
      for (const [v] of after) if (!before.has(v)) push({ kind: 'additive', rule: 'enum-value-added', detail: `enum value ${v} added`, after: v });
      for (const [v, d] of after) {
        if (before.has(v) && before.get(v) !== d) push({ kind: 'editorial', rule: 'enum-meaning-changed', detail: `meaning of ${v} changed`, before: before.get(v), after: d });
      }
    }
  }

  // words
  if (o.description !== n.description) push({ kind: 'editorial', rule: 'description-changed', detail: 'description changed', before: o.description, after: n.description });
  if (!same(o.examples, n.examples)) push({ kind: 'editorial', rule: 'examples-changed', detail: 'examples changed', before: o.examples, after: n.examples });

  // annotations
  const ol = o.lex, nl = n.lex;
  for (const key of ['errorCode', 'missingCode'] as const) {
    if (ol[key] !== nl[key]) push({ kind: 'breaking', rule: 'error-code-changed', detail: `x-lex.${key} ${show(ol[key])} → ${show(nl[key])}`, before: ol[key], after: nl[key] });
  }
  if (!!ol.pii !== !!nl.pii) {
    push(nl.pii
      ? { kind: 'breaking', rule: 'pii-added', detail: 'now personal data (x-lex.pii)', before: false, after: true }
      : { kind: 'additive', rule: 'pii-removed', detail: 'no longer personal data (x-lex.pii)', before: true, after: false });
  }
  if (o.since !== n.since) push({ kind: 'editorial', rule: 'annotation-changed', detail: `x-lex.since ${o.since} → ${n.since}`, before: o.since, after: n.since });
  for (const format of ['xml', 'x12', 'edifact'] as const) {
    const b = ol.notCarried?.[format], a = nl.notCarried?.[format];
    if (b !== a) push({ kind: 'editorial', rule: 'annotation-changed', detail: `x-lex.notCarried.${format} changed`, before: b, after: a });
  }

  // XML place: every field is carried by XML-EDI, at its element (default: the name in PascalCase)
  const ox = ol.xml ?? {}, nx = nl.xml ?? {};
  const xmlPlace = (x: typeof ox, f: Field) => ({
    element: x.element ?? pascal(f.name), attribute: !!x.attribute, itemElement: x.itemElement, wrapper: !!x.wrapper, keyAttribute: x.keyAttribute,
  });
  const xb = xmlPlace(ox, o), xa = xmlPlace(nx, n);
  for (const k of Object.keys(xb) as (keyof typeof xb)[]) {
    if (xb[k] !== xa[k]) push({ kind: 'breaking', rule: 'wire-moved', detail: `XML ${k} ${show(xb[k])} → ${show(xa[k])}`, before: xb[k], after: xa[k] });
  }
  const aliasesBefore = ox.aliases ?? [], aliasesAfter = nx.aliases ?? [];
  for (const al of aliasesBefore) if (!aliasesAfter.includes(al)) push({ kind: 'breaking', rule: 'wire-moved', detail: `XML alias ${al} no longer accepted`, before: al });
  for (const al of aliasesAfter) if (!aliasesBefore.includes(al)) push({ kind: 'additive', rule: 'wire-added', detail: `XML alias ${al} accepted`, after: al });

  // X12 and EDIFACT places
  for (const format of ['x12', 'edifact'] as const) {
    const label = format === 'x12' ? 'X12' : 'EDIFACT';
    const before = places(o, format), after = places(n, format);
    const afterById = new Map(after.map((p) => [placeId(p), p]));
    const beforeById = new Map(before.map((p) => [placeId(p), p]));
    const gone = before.filter((p) => !afterById.has(placeId(p)));
    const added = after.filter((p) => !beforeById.has(placeId(p)));
    if (gone.length) {
      const detail = after.length === 0
        ? `no longer carried by ${label} (was ${gone.map(describePlace).join(', ')})`
        : `${label} place moved: ${gone.map(describePlace).join(', ')} → ${(added.length ? added : after).map(describePlace).join(', ')}`;
      push({ kind: 'breaking', rule: 'wire-moved', detail, before: before.map(describePlace), after: after.map(describePlace) });
    } else if (added.length) {
      const detail = before.length === 0
        ? `now carried by ${label} at ${added.map(describePlace).join(', ')}`
        : `additional ${label} place ${added.map(describePlace).join(', ')}`;
      push({ kind: 'additive', rule: 'wire-added', detail, before: before.map(describePlace), after: after.map(describePlace) });
    }
    for (const p of before) {
      const q = afterById.get(placeId(p));
      if (!q) continue;
      const where = `${label} ${describePlace(p)}`;
      for (const k of ['format', 'repeat', 'role', 'default'] as const) {
        if (!same(p[k], q[k])) push({ kind: 'breaking', rule: 'wire-moved', detail: `${where}: ${k} ${show(p[k])} → ${show(q[k])}`, before: p[k], after: q[k] });
      }
      const cb = p.codes ?? {}, ca = q.codes ?? {};
      for (const [v, code] of Object.entries(cb)) {
        if (!(v in ca)) push({ kind: 'breaking', rule: 'wire-moved', detail: `${where}: wire code for ${v} (${code}) removed`, before: code });
        else if (ca[v] !== code) push({ kind: 'breaking', rule: 'wire-moved', detail: `${where}: wire code for ${v} changed ${code} → ${ca[v]}`, before: code, after: ca[v] });
      }
      for (const [v, code] of Object.entries(ca)) {
        if (!(v in cb)) push({ kind: 'additive', rule: 'wire-added', detail: `${where}: wire code ${code} for ${v} added`, after: code });
      }
      if (p.note !== q.note) push({ kind: 'editorial', rule: 'annotation-changed', detail: `${where}: note changed`, before: p.note, after: q.note });
    }
  }
}

function diffFields(oldModel: SchemaModel, newModel: SchemaModel, out: Change[]): void {
  const before = new Map(oldModel.fields.map((f) => [f.pointer, f]));
  const after = new Map(newModel.fields.map((f) => [f.pointer, f]));
  const removed = oldModel.fields.filter((f) => !after.has(f.pointer));
  const added = newModel.fields.filter((f) => !before.has(f.pointer));
  const removedSet = new Set(removed.map((f) => f.pointer));
  const addedSet = new Set(added.map((f) => f.pointer));
  const nestedCount = (list: Field[], top: string) => list.filter((f) => f.pointer.startsWith(top + '/')).length;

  for (const f of oldModel.fields) {
    const n = after.get(f.pointer);
    if (n) {
      diffField(f, n, (c) => out.push({ ...c, path: n.path, pointer: n.pointer }));
      continue;
    }
    if (removedSet.has(parentPointer(f.pointer))) continue; // reported with its parent
    const nested = nestedCount(removed, f.pointer);
    // a rename is a removal plus an addition; point at the likely new name
    const sibling = added.find((a) => parentPointer(a.pointer) === parentPointer(f.pointer) && a.type === f.type && !addedSet.has(parentPointer(a.pointer)));
    out.push({
      kind: 'breaking', rule: 'field-removed', path: f.path, pointer: f.pointer,
      detail: `field removed${nested ? ` (with its ${nested} nested field${nested === 1 ? '' : 's'})` : ''}${sibling ? `; renamed to ${sibling.name}? a rename is a removal plus an addition` : ''}`,
      before: f.type,
    });
  }
  for (const f of added) {
    if (addedSet.has(parentPointer(f.pointer))) continue; // reported with its parent
    const nested = nestedCount(added, f.pointer);
    const withNested = nested ? ` (with ${nested} nested field${nested === 1 ? '' : 's'})` : '';
    if (f.required || f.condition) {
      out.push({ kind: 'breaking', rule: 'field-added-required', path: f.path, pointer: f.pointer, detail: `new ${f.required ? 'required' : f.condition} field${withNested}`, after: f.type });
    } else {
      out.push({ kind: 'additive', rule: 'field-added', path: f.path, pointer: f.pointer, detail: `new optional field${withNested}`, after: f.type });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// shared types: every title (file titles and inline titles) is a published type name

const DATA_KEYS = new Set(['examples', 'x-lex', 'const', 'enum', 'default']);

function titlesOf(files: SchemaFile[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, file: string) => {
    if (Array.isArray(node)) { node.forEach((n) => walk(n, file)); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node as JsonSchema)) {
      if (k === 'title' && typeof v === 'string') out.set(v, file);
      else if (!DATA_KEYS.has(k)) walk(v, file);
    }
  };
  for (const f of files) walk(f.schema, f.path);
  return out;
}

function diffTitles(oldModel: SchemaModel, newModel: SchemaModel, out: Change[]): void {
  const before = titlesOf(oldModel.files), after = titlesOf(newModel.files);
  for (const [t, file] of before) {
    if (!after.has(t)) out.push({ kind: 'breaking', rule: 'type-removed', path: `types.${t}`, detail: `type ${t} (${file}) removed or renamed: the published TypeScript type and $defs/${t} disappear`, before: t });
  }
  for (const [t, file] of after) {
    if (!before.has(t)) out.push({ kind: 'additive', rule: 'type-added', path: `types.${t}`, detail: `new type ${t} (${file})`, after: t });
  }
}

// ---------------------------------------------------------------------------------------------------------
// the error-code catalogue

const SEVERITY = { WARNING: 0, ERROR: 1, CRITICAL: 2 } as const;
const LEVEL = { L1: 1, L2: 2, L3: 3 } as const;

function diffErrorCodes(before: ErrorCodeInfo[], after: ErrorCodeInfo[], out: Change[]): void {
  const a = new Map(after.map((c) => [c.code, c]));
  const b = new Map(before.map((c) => [c.code, c]));
  for (const o of before) {
    const n = a.get(o.code);
    const path = `errorCodes.${o.code}`;
    if (!n) { out.push({ kind: 'breaking', rule: 'error-code-removed', path, detail: `error code ${o.code} removed`, before: o }); continue; }
    if (n.severity !== o.severity) {
      const up = (SEVERITY[n.severity] ?? 0) > (SEVERITY[o.severity] ?? 0);
      out.push({ kind: up ? 'breaking' : 'additive', rule: up ? 'error-code-tightened' : 'error-code-relaxed', path, detail: `severity ${up ? 'raised' : 'lowered'} ${o.severity} → ${n.severity}`, before: o.severity, after: n.severity });
    }
    if (n.level !== o.level) {
      const down = (LEVEL[n.level] ?? 0) < (LEVEL[o.level] ?? 0);
      out.push({ kind: down ? 'breaking' : 'additive', rule: down ? 'error-code-tightened' : 'error-code-relaxed', path, detail: `level ${down ? 'lowered' : 'raised'} ${o.level} → ${n.level} (an error at ${down ? 'more' : 'fewer'} conformance levels)`, before: o.level, after: n.level });
    }
    if (n.rule !== o.rule) out.push({ kind: 'editorial', rule: 'error-code-text-changed', path, detail: 'rule text changed', before: o.rule, after: n.rule });
    if (n.source !== o.source) out.push({ kind: 'editorial', rule: 'error-code-text-changed', path, detail: `source ${o.source} → ${n.source}`, before: o.source, after: n.source });
  }
  for (const n of after) {
    if (!b.has(n.code)) out.push({ kind: 'additive', rule: 'error-code-added', path: `errorCodes.${n.code}`, detail: `new error code ${n.code} (${n.level}, ${n.severity})`, after: n });
  }
}

// ---------------------------------------------------------------------------------------------------------
// the lead lifecycle

function diffLifecycle(o: Lifecycle, n: Lifecycle, out: Change[]): void {
  const froms = [...new Set([...Object.keys(o.transitions ?? {}), ...Object.keys(n.transitions ?? {})])];
  for (const from of froms) {
    const b = o.transitions?.[from] ?? [], a = n.transitions?.[from] ?? [];
    for (const to of b) if (!a.includes(to)) out.push({ kind: 'breaking', rule: 'transition-removed', path: `lifecycle.${from}→${to}`, detail: `transition ${from} → ${to} removed`, before: `${from}→${to}` });
    for (const to of a) if (!b.includes(to)) out.push({ kind: 'additive', rule: 'transition-added', path: `lifecycle.${from}→${to}`, detail: `transition ${from} → ${to} added`, after: `${from}→${to}` });
  }
  const tb = o.terminal ?? [], ta = n.terminal ?? [];
  for (const s of ta) if (!tb.includes(s)) out.push({ kind: 'breaking', rule: 'lifecycle-tightened', path: `lifecycle.terminal.${s}`, detail: `${s} is now terminal` });
  for (const s of tb) if (!ta.includes(s)) out.push({ kind: 'additive', rule: 'lifecycle-relaxed', path: `lifecycle.terminal.${s}`, detail: `${s} is no longer terminal` });
  for (const key of ['sameStatusAllowed', 'anyToArchived'] as const) {
    if (!!o[key] === !!n[key]) continue;
    out.push(n[key]
      ? { kind: 'additive', rule: 'lifecycle-relaxed', path: `lifecycle.${key}`, detail: `${key} switched on`, before: false, after: true }
      : { kind: 'breaking', rule: 'lifecycle-tightened', path: `lifecycle.${key}`, detail: `${key} switched off`, before: true, after: false });
  }
  const { transitions: _t1, terminal: _x1, sameStatusAllowed: _s1, anyToArchived: _a1, ...restO } = o;
  const { transitions: _t2, terminal: _x2, sameStatusAllowed: _s2, anyToArchived: _a2, ...restN } = n;
  if (!same(restO, restN)) out.push({ kind: 'editorial', rule: 'lifecycle-notes-changed', path: 'lifecycle', detail: 'lifecycle comments / notes changed' });
}

// ---------------------------------------------------------------------------------------------------------
// safety net: schema keywords the field table does not capture, compared file by file

/** Keywords the field table covers (or that are words, not rules). */
const COVERED = new Set([
  'description', 'examples', 'title', '$comment', '$schema', '$id', 'x-lex', 'type', 'enum', 'const', '$ref', 'required', 'default',
  'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'maxProperties',
]);

/** A requirement-only subschema: { required: [...] } possibly with type: object and properties { x: true }. */
function requirementOnly(s: unknown): s is { required: string[] } {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return false;
  const o = s as JsonSchema;
  if (!Array.isArray(o.required)) return false;
  return Object.keys(o).every((k) =>
    k === 'required' || (k === 'type' && o.type === 'object') || (k === 'properties' && Object.values(o.properties).every((v) => v === true)) || k === 'description' || k === '$comment');
}

/** The shapes fields.ts turns into Field.condition (so the field diff already reports them). */
function fieldCondition(kw: string, value: unknown, node: JsonSchema): boolean {
  if ((kw === 'anyOf' || kw === 'oneOf') && Array.isArray(value)) {
    return value.every((g: JsonSchema) => Array.isArray(g?.required) && Object.values(g.properties ?? {}).every((p) => p === true));
  }
  if (kw === 'if' || kw === 'then') return ifThenCondition(node);
  return false;
}

/** An if/then that fields.ts reads as "required when <discriminator> is …" (also as an allOf member). */
function ifThenCondition(s: JsonSchema): boolean {
  return !!(s?.if && s.then && Array.isArray(s.then.required) && Object.keys(s.if.properties ?? {}).length);
}

interface Residue {
  /** co-occurrence rules in words, keyed by rule text */
  rules: Map<string, { text: string; ptr: string; values: unknown[] }>;
  /** other keyword values, keyed by pointer inside the file */
  other: Map<string, unknown>;
  /** the description and examples of array items (no field of their own), keyed by pointer inside the file */
  words: Map<string, unknown>;
}

function stripWords(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripWords);
  if (!v || typeof v !== 'object') return v;
  const out: JsonSchema = {};
  for (const [k, x] of Object.entries(v as JsonSchema)) {
    if (k === 'description' || k === 'examples' || k === '$comment' || k === 'title') continue;
    out[k] = DATA_KEYS.has(k) ? x : stripWords(x);
  }
  return out;
}

function leafValues(v: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(v)) v.forEach((x) => leafValues(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as JsonSchema)) {
      if (k === 'const') out.push(x);
      else if (k === 'enum' && Array.isArray(x)) out.push(...x);
      else leafValues(x, out);
    }
  }
  return out;
}

function collectResidue(node: unknown, ptr: string, res: Residue, bothSides: (ptr: string, name: string) => boolean, itemNode = false): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const n = node as JsonSchema;
  if (itemNode && (n.description !== undefined || n.examples !== undefined)) res.words.set(ptr, { description: n.description, examples: n.examples });
  for (const [kw, value] of Object.entries(n)) {
    if (COVERED.has(kw)) continue;
    const at = `${ptr}/${kw}`;
    if (kw === 'properties' && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as JsonSchema)) {
        if (bothSides(at, name)) collectResidue(sub, `${at}/${name}`, res, bothSides);
      }
      continue;
    }
    if (kw === 'items') { collectResidue(value, at, res, bothSides, true); continue; }
    // additionalProperties (map values: their constraints are not in the field table) and every other
    // keyword fall through to the residue below and are compared whole
    if (fieldCondition(kw, value, n)) continue;
    if ((kw === 'anyOf' || kw === 'oneOf') && Array.isArray(value) && value.every(requirementOnly)) {
      const groups = value.map((g) => [...g.required].sort().join(' and '));
      const text = `${ptr || '/'}: ${kw === 'oneOf' ? 'exactly one' : 'at least one'} of ${groups.join(' | ')} must be present`;
      res.rules.set(text, { text, ptr, values: [] });
      continue;
    }
    if (kw === 'allOf' && Array.isArray(value)) {
      value.forEach((member, i) => {
        if (ifThenCondition(member)) return; // a field condition: the field diff reports it
        if (member && typeof member === 'object' && member.if && member.then && Object.keys(member).every((k) => k === 'if' || k === 'then' || k === '$comment' || k === 'description')) {
          const text = `${ptr || '/'}: if ${canonical(stripWords(member.if))} then ${canonical(stripWords(member.then))}`;
          res.rules.set(text, { text, ptr, values: leafValues(member.if) });
        } else {
          res.other.set(`${at}/${i}`, stripWords(member));
        }
      });
      continue;
    }
    res.other.set(at, stripWords(value));
  }
}

function fieldPathsForFile(model: SchemaModel, file: SchemaFile, ptr: string): string[] {
  const suffix = ptr.split('/').reduce<{ out: string; prev: string }>((acc, seg) => {
    if (acc.prev === 'properties') return { out: `${acc.out}.${seg}`, prev: '' };
    if (seg === 'items') return { out: `${acc.out}[]`, prev: seg };
    return { out: acc.out, prev: seg };
  }, { out: '', prev: '' }).out;
  if (file.path === 'lex.schema.json') return [suffix.replace(/^\./, '')];
  return model.fields.filter((f) => f.typeName === file.title && (f.kind === 'object' || f.kind === 'array' || f.kind === 'map'))
    .map((f) => `${f.path}${f.kind === 'array' ? '[]' : ''}${suffix}`);
}

function diffStructure(oldModel: SchemaModel, newModel: SchemaModel, out: Change[], newEnumValues: Set<string>): void {
  const afterFiles = new Map(newModel.files.map((f) => [f.path, f]));
  for (const of of oldModel.files) {
    const nf = afterFiles.get(of.path);
    if (!nf) continue; // a removed file shows up as removed fields and a removed type
    // walk only properties that exist on both sides: added/removed properties are field changes
    const propsAt = (schema: JsonSchema, at: string): JsonSchema | undefined => {
      let cur: any = schema;
      for (const seg of at.split('/').slice(1)) cur = cur?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
      return cur;
    };
    const both = (at: string, name: string) => !!propsAt(of.schema, at)?.[name] && !!propsAt(nf.schema, at)?.[name];
    if (of.schema.description !== nf.schema.description) {
      out.push({ kind: 'editorial', rule: 'description-changed', path: `types.${nf.title}`, detail: `description of ${nf.path} changed`, before: of.schema.description, after: nf.schema.description });
    }
    // a type's examples feed the fields that use it (generated example messages, the docs)
    if (!same(of.schema.examples, nf.schema.examples)) {
      out.push({ kind: 'editorial', rule: 'examples-changed', path: `types.${nf.title}`, detail: `examples of ${nf.path} changed`, before: of.schema.examples, after: nf.schema.examples });
    }
    const rb: Residue = { rules: new Map(), other: new Map(), words: new Map() };
    const ra: Residue = { rules: new Map(), other: new Map(), words: new Map() };
    collectResidue(of.schema, '', rb, both);
    collectResidue(nf.schema, '', ra, both);
    const name = (ptr: string) => {
      const paths = fieldPathsForFile(newModel, nf, ptr.replace(/\/(anyOf|oneOf|allOf|if|then|else|not|additionalProperties|propertyNames|patternProperties|minProperties|dependentRequired|dependentSchemas|prefixItems|contains|unevaluatedProperties)(\/.*)?$/, ''));
      const shown = paths.length ? paths[0]! + (paths.length > 1 ? ` (and ${paths.length - 1} more)` : '') : '';
      return shown || `${nf.path}#${ptr}`;
    };
    for (const [text, r] of rb.rules) {
      if (!ra.rules.has(text)) out.push({ kind: 'additive', rule: 'requirement-relaxed', path: name(r.ptr), detail: `rule dropped in ${nf.path}: ${text}`, before: r.text });
    }
    for (const [text, r] of ra.rules) {
      if (rb.rules.has(text)) continue;
      // a new if/then that only concerns values the old schema did not allow cannot break an old message
      const onlyNewValues = r.values.length > 0 && r.values.every((v) => newEnumValues.has(String(v)));
      out.push({
        kind: onlyNewValues ? 'additive' : 'breaking', rule: onlyNewValues ? 'requirement-relaxed' : 'requirement-added',
        path: name(r.ptr),
        detail: `rule added in ${nf.path}: ${text}${onlyNewValues ? ' (only for new values)' : ''}`, after: r.text,
      });
    }
    for (const p of new Set([...rb.words.keys(), ...ra.words.keys()])) {
      const b = rb.words.get(p) as { description?: unknown; examples?: unknown } | undefined, a = ra.words.get(p) as typeof b;
      if (same(b, a)) continue;
      const rule = same(b?.description, a?.description) ? 'examples-changed' : 'description-changed';
      out.push({ kind: 'editorial', rule, path: name(p), detail: `${rule === 'examples-changed' ? 'examples' : 'description'} of the items at ${nf.path}#${p} changed`, before: b, after: a });
    }
    const ptrs = [...new Set([...rb.other.keys(), ...ra.other.keys()])];
    for (const p of ptrs) {
      const b = rb.other.get(p), a = ra.other.get(p);
      if (same(b, a)) continue;
      out.push({
        kind: 'breaking', rule: 'structure-changed', path: name(p),
        detail: `${nf.path}#${p} changed — the diff cannot classify this keyword, so it counts as breaking; review by hand`, before: b, after: a,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Every difference between two versions of the canonical schema, classified; breaking first. */
export function diffSchemas(oldModel: SchemaModel, newModel: SchemaModel): Change[] {
  const out: Change[] = [];
  diffFields(oldModel, newModel, out);
  diffTitles(oldModel, newModel, out);
  const newEnumValues = new Set(out.filter((c) => c.rule === 'enum-value-added').map((c) => String(c.after)));
  diffStructure(oldModel, newModel, out, newEnumValues);
  diffErrorCodes(oldModel.errorCodes, newModel.errorCodes, out);
  diffLifecycle(oldModel.lifecycle, newModel.lifecycle, out);
  if (!same(oldModel.vocabulary, newModel.vocabulary)) {
    out.push({ kind: 'editorial', rule: 'vocabulary-changed', path: 'vocabulary/x-lex.schema.json', detail: 'the x-lex meta-schema changed' });
  }
  // stable: breaking, additive, editorial; document order inside each kind; no exact duplicates
  const seen = new Set<string>();
  return out
    .filter((c) => { const k = `${c.rule}|${c.path}|${c.detail}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .map((c, i) => ({ c, i }))
    .sort((a, b) => KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] || a.i - b.i)
    .map(({ c }) => c);
}
