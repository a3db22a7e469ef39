// Bundles the per-concern files into one schema: the root file stays at the top, every other file
// goes under $defs keyed by its title, and relative file $refs become local #/$defs/<Title> refs.
import type { JsonSchema, SchemaFile } from './load.js';

export function bundleSchemas(files: SchemaFile[], rootPath: string, baseUri: string): JsonSchema {
  const byId = new Map(files.map((f) => [f.id, f]));
  const rewrite = (node: unknown, fileId: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, fileId));
    if (!node || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node as JsonSchema)) {
      if (key === '$ref' && typeof value === 'string') {
        out.$ref = localRef(value, fileId);
      } else if (key === 'examples' || key === 'x-lex' || key === 'const' || key === 'enum' || key === 'default') {
        out[key] = value; // data, not schema: never rewrite inside
      } else {
        out[key] = rewrite(value, fileId);
      }
    }
    return out;
  };
  const localRef = (ref: string, fileId: string): string => {
    if (ref.startsWith('#')) {
      if (fileId === baseUri + rootPath) return ref;
      return `#/$defs/${byId.get(fileId)!.title}${ref.slice(1)}`;
    }
    const [target, fragment = ''] = new URL(ref, fileId).href.split('#');
    const file = byId.get(target!);
    if (!file) throw new Error(`${fileId}: $ref ${ref} points to no schema file`);
    if (file.path === rootPath) return `#${fragment}`;
    return `#/$defs/${file.title}${fragment}`;
  };
  const root = files.find((f) => f.path === rootPath);
  if (!root) throw new Error(`root schema ${rootPath} missing`);
  const strip = (s: JsonSchema): JsonSchema => {
    const { $schema: _s, $id: _i, ...rest } = s;
    return rest;
  };
  const defs: JsonSchema = {};
  for (const f of [...files].sort((a, b) => a.title.localeCompare(b.title))) {
    if (f.path === rootPath) continue;
    defs[f.title] = rewrite(strip(f.schema), f.id);
  }
  const body = rewrite(strip(root.schema), root.id) as JsonSchema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: baseUri + 'lex.bundle.schema.json',
    ...body,
    $defs: defs,
  };
}
