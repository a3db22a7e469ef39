// The field table: every field reachable from the envelope with its meaning, constraints, example,
// requirement and wire places, flattened from the bundle. Docs, codecs and the validator all read this.
import type { JsonSchema, SchemaFile } from './load.js';

export interface SegmentPlace {
  /** transaction set (850, 824) or EDIFACT message (ORDERS, APERAK); absent: 850 / ORDERS */
  message?: string;
  segment: string;
  match?: Record<string, string>;
  element?: number;
  component?: number;
  format?: string;
  repeat?: boolean;
  role?: 'primary' | 'envelope' | 'copy';
  key?: string;
  codes?: Record<string, string>;
  default?: string;
  note?: string;
}

export interface LexAnnotations {
  since?: string;
  pii?: boolean;
  enum?: Record<string, string>;
  errorCode?: string;
  missingCode?: string;
  xml?: { element?: string; aliases?: string[]; attribute?: boolean; itemElement?: string; keyAttribute?: string; wrapper?: boolean };
  x12?: SegmentPlace | SegmentPlace[];
  edifact?: SegmentPlace | SegmentPlace[];
  notCarried?: { xml?: string; x12?: string; edifact?: string };
}

export type FieldKind = 'scalar' | 'object' | 'array' | 'map';

export interface Field {
  /** dotted path, `[]` after an array, `.*` for map entries: lex.payload.lead.desiredProduct.installedOptions[].name */
  path: string;
  /** JSON Pointer template, `*` for any array index or map key */
  pointer: string;
  name: string;
  kind: FieldKind;
  /** JSON type, `string[]` for arrays of scalars, the $defs title for shared blocks */
  type: string;
  typeName?: string;
  required: boolean;
  /** when required only under a condition: the condition in words */
  condition?: string;
  description: string;
  examples: unknown[];
  constraints: Record<string, unknown>;
  enum?: { value: string; description: string }[];
  /** schema file (relative to schema/) that declares this field */
  definedIn: string;
  since: string;
  lex: LexAnnotations;
}

const CONSTRAINT_KEYS = ['format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'maxProperties', 'const'];

/** a schema's `type` as the field table writes it: a union as `string|null` */
function typeText(type: unknown): string {
  return Array.isArray(type) ? type.join('|') : typeof type === 'string' ? type : 'any';
}

export function collectFields(bundle: JsonSchema, files: SchemaFile[]): Field[] {
  const defs: JsonSchema = bundle.$defs ?? {};
  const pathOfTitle = new Map(files.map((f) => [f.title, f.path]));
  const rootPath = 'lex.schema.json';
  const out: Field[] = [];

  /** Follows $ref chains; the referencing schema's own keywords win, x-lex is merged member by member. */
  const resolve = (schema: JsonSchema): { schema: JsonSchema; typeName?: string } => {
    let typeName: string | undefined;
    let current = schema;
    const seen = new Set<string>();
    while (typeof current.$ref === 'string') {
      const m = /^#\/\$defs\/([^/]+)$/.exec(current.$ref);
      if (!m) throw new Error(`unsupported $ref ${current.$ref}`);
      const title = m[1]!;
      if (seen.has(title)) throw new Error(`$ref cycle at ${title}`);
      seen.add(title);
      typeName ??= title;
      const { $ref: _r, ...own } = current;
      const target = defs[title] as JsonSchema;
      current = { ...target, ...own, 'x-lex': { ...(target['x-lex'] ?? {}), ...(own['x-lex'] ?? {}) } };
    }
    return { schema: current, typeName };
  };

  const conditions = (obj: JsonSchema): Map<string, string> => {
    const out = new Map<string, string>();
    for (const group of [obj.anyOf, obj.oneOf]) {
      // alternatives that only require members (type / properties: true beside them are for ajv strict mode)
      if (!Array.isArray(group) || !group.every((g: JsonSchema) => Array.isArray(g.required) && Object.values(g.properties ?? {}).every((p) => p === true))) continue;
      const names: string[] = group.flatMap((g: JsonSchema) => g.required);
      for (const n of names) {
        const others = names.filter((o) => o !== n);
        out.set(n, `required unless ${others.join(' or ')} ${others.length > 1 ? 'are' : 'is'} present`);
      }
    }
    const ifs: JsonSchema[] = [obj, ...(Array.isArray(obj.allOf) ? obj.allOf : [])].filter((s) => s.if && s.then);
    for (const s of ifs) {
      const req: string[] | undefined = s.then.required;
      const props = s.if.properties ?? {};
      const [discriminator] = Object.keys(props);
      if (!req || !discriminator) continue;
      const d = props[discriminator];
      const values: unknown[] = d.enum ?? (d.const !== undefined ? [d.const] : []);
      for (const n of req) out.set(n, `required when ${discriminator} is ${values.length > 1 ? 'one of ' : ''}${values.join(', ')}`);
    }
    return out;
  };

  const walkObject = (obj: JsonSchema, path: string, pointer: string, file: string, stack: string[]) => {
    const props: JsonSchema = obj.properties ?? {};
    const required = new Set<string>(obj.required ?? []);
    const conditional = conditions(obj);
    for (const [name, raw] of Object.entries(props)) {
      const { schema, typeName } = resolve(raw as JsonSchema);
      const lex: LexAnnotations = schema['x-lex'] ?? {};
      const fieldPath = path ? `${path}.${name}` : name;
      const fieldPointer = `${pointer}/${name}`;
      const kind: FieldKind = schema.type === 'object' || schema.properties
        ? (schema.properties ? 'object' : 'map')
        : schema.type === 'array' ? 'array' : 'scalar';
      let type: string = typeText(schema.type);
      let itemSchema: JsonSchema | undefined;
      let itemTypeName: string | undefined;
      if (kind === 'array') {
        const r = resolve(schema.items ?? {});
        itemSchema = r.schema;
        itemTypeName = r.typeName;
        type = itemSchema.properties ? `${itemTypeName ?? 'object'}[]` : `${typeText(itemSchema.type)}[]`;
      } else if (kind === 'object' && typeName) {
        type = typeName;
      }
      const constraints: Record<string, unknown> = {};
      for (const k of CONSTRAINT_KEYS) {
        if (schema[k] !== undefined) constraints[k] = schema[k];
        if (itemSchema && itemSchema[k] !== undefined && !itemSchema.properties) constraints[`items.${k}`] = itemSchema[k];
      }
      const enumValues: unknown[] | undefined = schema.enum ?? (itemSchema && !itemSchema.properties ? itemSchema.enum : undefined);
      const enumDescriptions = (schema.enum ? lex.enum : itemSchema?.['x-lex']?.enum) ?? {};
      const definedIn = file;
      out.push({
        path: fieldPath,
        pointer: fieldPointer,
        name,
        kind,
        type,
        ...(typeName || itemTypeName ? { typeName: typeName ?? itemTypeName } : {}),
        required: required.has(name),
        ...(conditional.has(name) ? { condition: conditional.get(name) } : {}),
        description: schema.description ?? '',
        examples: schema.examples ?? [],
        constraints,
        ...(enumValues ? { enum: enumValues.map((v) => ({ value: String(v), description: enumDescriptions[String(v)] ?? '' })) } : {}),
        definedIn,
        since: lex.since ?? '1.0.0',
        lex,
      });
      const childFile = typeName ? pathOfTitle.get(typeName) ?? file : file;
      if (stack.includes(fieldPointer)) continue;
      if (kind === 'object') walkObject(schema, fieldPath, fieldPointer, childFile, [...stack, fieldPointer]);
      if (kind === 'array' && itemSchema?.properties) {
        const itemFile = itemTypeName ? pathOfTitle.get(itemTypeName) ?? childFile : childFile;
        walkObject(itemSchema, `${fieldPath}[]`, `${fieldPointer}/*`, itemFile, [...stack, fieldPointer]);
      }
    }
  };

  walkObject(bundle, '', '', rootPath, []);
  return out;
}

/** All wire places of a field for one format, as an array. */
export function placesOf(field: Field, format: 'x12' | 'edifact'): SegmentPlace[] {
  const p = field.lex[format];
  return p === undefined ? [] : Array.isArray(p) ? p : [p];
}
