// The canonical LEX schema, bundled into one JSON Schema 2020-12 document, and the field table.
import { readFileSync } from 'node:fs';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../generated/${name}`, import.meta.url), 'utf8'));

export interface FieldEntry {
  path: string;
  pointer: string;
  name: string;
  kind: 'scalar' | 'object' | 'array' | 'map';
  type: string;
  typeName?: string;
  required: boolean;
  condition?: string;
  description: string;
  examples: unknown[];
  constraints: Record<string, unknown>;
  enum?: { value: string; description: string }[];
  definedIn: string;
  since: string;
  lex: Record<string, any>;
}

/** The bundled schema: the envelope at the root, every other definition under $defs by title. */
export const lexSchema: Record<string, any> = load('lex.schema.json');
/** Every field reachable from the envelope, with meaning, constraints, example and wire places. */
export const fields: FieldEntry[] = load('fields.json').fields;
/** The validation code catalogue. */
export const errorCodes: { code: string; level: 'L1' | 'L2' | 'L3'; severity: string; rule: string; source: string }[] = load('error-codes.json').codes;
export const SPEC_VERSION: string = load('fields.json').version;
