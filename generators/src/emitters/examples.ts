// Whole example messages composed from the per-field examples of the schema: for each message type,
// one message that uses every field (the first example of each leaf, one item per array). They are the
// "full lead" of the bench and the tests, and the canonical examples of the docs.
import type { JsonSchema, SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

export function composeExample(model: SchemaModel, schema: JsonSchema, stack: string[] = []): unknown {
  const defs = model.bundle.$defs;
  let s = schema;
  let title: string | undefined;
  while (typeof s.$ref === 'string') {
    title = s.$ref.replace('#/$defs/', '');
    const { $ref: _r, ...own } = s;
    s = { ...defs[title], ...own };
  }
  if (title && stack.includes(title)) return undefined;
  const next = title ? [...stack, title] : stack;
  if (s.properties) {
    const out: Record<string, unknown> = {};
    for (const [name, sub] of Object.entries<JsonSchema>(s.properties)) {
      const v = composeExample(model, sub, next);
      if (v !== undefined) out[name] = v;
    }
    return out;
  }
  if (s.type === 'array' && s.items && (s.items.properties || s.items.$ref)) {
    const item = composeExample(model, s.items, next);
    return item === undefined ? [] : [item];
  }
  if (Array.isArray(s.examples) && s.examples.length) return structuredClone(s.examples[0]);
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  return undefined;
}

export function fullMessage(model: SchemaModel, messageType: string): unknown {
  const lex = model.bundle.properties.lex;
  const rule = lex.allOf.find((r: JsonSchema) => r.if.properties.header.properties.messageType.const === messageType);
  const member: string = rule.then.properties.payload.required[0];
  const header = composeExample(model, lex.properties.header) as Record<string, unknown>;
  return {
    lex: {
      version: lex.properties.version.const,
      header: { ...header, messageType },
      payload: { [member]: composeExample(model, model.bundle.$defs.LexPayload.properties[member]) },
    },
  };
}

export function emitExamples(model: SchemaModel): GeneratedFile[] {
  const types: string[] = model.bundle.properties.lex.allOf.map((r: JsonSchema) => r.if.properties.header.properties.messageType.const);
  return types.map((t) => ({
    path: `packages/schema/generated/examples/full-${t.toLowerCase().replace(/_/g, '-')}.json`,
    contents: JSON.stringify(fullMessage(model, t), null, 2) + '\n',
  }));
}
