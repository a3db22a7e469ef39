// Loads schema/ into one in-memory model: the source files, the bundle and the field table.
// Every emitter takes this model and returns files; nothing else reads schema/ directly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bundleSchemas } from './bundle.js';
import { collectFields, type Field } from './fields.js';

export const BASE_URI = 'https://lexstandard.org/schema/1.0/';
export const ROOT_FILE = 'lex.schema.json';

export type JsonSchema = { [key: string]: any };

export interface SchemaFile {
  /** path relative to schema/, with forward slashes */
  path: string;
  id: string;
  title: string;
  schema: JsonSchema;
}

export interface ErrorCodeInfo {
  code: string;
  level: 'L1' | 'L2' | 'L3';
  severity: 'CRITICAL' | 'ERROR' | 'WARNING';
  rule: string;
  source: 'schema' | 'business-rule' | 'input';
}

export interface SchemaModel {
  schemaDir: string;
  files: SchemaFile[];
  /** the vocabulary meta-schema of the x-lex keyword */
  vocabulary: JsonSchema;
  /** one self-contained schema: root = envelope, every other file under $defs by title */
  bundle: JsonSchema;
  /** every field reachable from the envelope, in document order */
  fields: Field[];
  errorCodes: ErrorCodeInfo[];
  lifecycle: Lifecycle;
  version: string;
}

export interface Lifecycle {
  sameStatusAllowed: boolean;
  terminal: string[];
  anyToArchived: boolean;
  transitions: Record<string, string[]>;
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listJson(full));
    else if (name.endsWith('.schema.json')) out.push(full);
  }
  return out;
}

export function loadModel(schemaDir: string): SchemaModel {
  const files: SchemaFile[] = [];
  let vocabulary: JsonSchema | undefined;
  for (const full of listJson(schemaDir)) {
    const path = relative(schemaDir, full).split(sep).join('/');
    const schema = JSON.parse(readFileSync(full, 'utf8')) as JsonSchema;
    const expectedId = BASE_URI + path;
    if (schema.$id !== expectedId) throw new Error(`${path}: $id must be ${expectedId}, found ${schema.$id}`);
    if (typeof schema.title !== 'string') throw new Error(`${path}: missing title`);
    if (path.startsWith('vocabulary/')) { vocabulary = schema; continue; }
    files.push({ path, id: schema.$id, title: schema.title, schema });
  }
  if (!vocabulary) throw new Error('schema/vocabulary/x-lex.schema.json is missing');
  const titles = new Map<string, string>();
  for (const f of files) {
    const prev = titles.get(f.title);
    if (prev) throw new Error(`title ${f.title} is used by both ${prev} and ${f.path}`);
    titles.set(f.title, f.path);
  }
  const bundle = bundleSchemas(files, ROOT_FILE, BASE_URI);
  const errorCodes = JSON.parse(readFileSync(join(schemaDir, 'error-codes.json'), 'utf8')).codes as ErrorCodeInfo[];
  const lifecycle = JSON.parse(readFileSync(join(schemaDir, 'lead-lifecycle.json'), 'utf8')) as Lifecycle;
  const version = bundle.properties.lex.properties.version.const as string;
  const fields = collectFields(bundle, files);
  return { schemaDir, files, vocabulary, bundle, fields, errorCodes, lifecycle, version };
}
