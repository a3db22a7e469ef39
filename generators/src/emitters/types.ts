// TypeScript types for every message, from the bundle, by json-schema-to-typescript.
import { compile } from 'json-schema-to-typescript';
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

export async function emitTypes(model: SchemaModel): Promise<GeneratedFile[]> {
  // x-lex annotations are ours, not types: strip them so the output only changes when a type changes.
  // A $ref with sibling keywords would make json-schema-to-typescript emit a numbered copy of the
  // referenced type (LeadStatus1, …); the referenced definition carries its own description.
  const schema = JSON.parse(JSON.stringify(model.bundle, (k, v) => {
    if (k === 'x-lex' || k === 'examples') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.$ref === 'string') return { $ref: v.$ref };
    return v;
  }));
  const ts = await compile(schema, 'LexMessage', {
    bannerComment: `/* Generated from schema/ by generators/src/emitters/types.ts — do not edit. LEX ${model.version} */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  // messageType → payload member and payload type, read from the envelope's if/then rules.
  const rules: { type: string; member: string }[] = model.bundle.properties.lex.allOf.map((r: any) => ({
    type: r.if.properties.header.properties.messageType.const,
    member: r.then.properties.payload.required[0],
  }));
  const payloadProps = model.bundle.$defs.LexPayload.properties;
  const typeOf = (member: string) => payloadProps[member].$ref.replace('#/$defs/', '');
  const map = `
/** The payload member each message type carries (from the envelope's messageType rules). */
export const PAYLOAD_MEMBER = {
${rules.map((r) => `  ${r.type}: '${r.member}',`).join('\n')}
} as const;
/** The payload type of each message type. */
export interface PayloadByType {
${rules.map((r) => `  ${r.type}: ${typeOf(r.member)};`).join('\n')}
}
`;
  return [{ path: 'packages/types/src/generated/lex.ts', contents: ts + map }];
}
