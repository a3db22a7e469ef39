// The per-field coverage table: which wire formats carry each field. XML-EDI carries every field; X12 and
// EDIFACT carry a field when it (or, for a block, any field inside it) has a place in that format. `required`
// marks a field the schema requires whenever the object holding it (or each array item) is present.
import type { Field } from '../model/fields.js';
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

export type WireFormat = 'xml' | 'x12' | 'edifact';
export interface Coverage { xml: boolean; x12: boolean; edifact: boolean; reason?: Partial<Record<WireFormat, string>>; required?: true }

export function coverageOf(model: SchemaModel): Record<string, Coverage> {
  const table: Record<string, Coverage> = {};
  const has = (f: Field, fmt: 'x12' | 'edifact') => f.lex[fmt] !== undefined;
  for (const f of model.fields) {
    const inside = model.fields.filter((d) => d.pointer === f.pointer || d.pointer.startsWith(f.pointer + '/'));
    const entry: Coverage = { xml: true, x12: inside.some((d) => has(d, 'x12')), edifact: inside.some((d) => has(d, 'edifact')) };
    const reason: Partial<Record<WireFormat, string>> = {};
    for (const fmt of ['x12', 'edifact'] as const) {
      if (!entry[fmt]) reason[fmt] = f.lex.notCarried?.[fmt] ?? `no ${fmt === 'x12' ? 'X12' : 'EDIFACT'} place is defined for it`;
    }
    if (Object.keys(reason).length) entry.reason = reason;
    if (f.required) entry.required = true;
    table[f.pointer] = entry;
    // map entries carried under a specific key (e.g. customFields.salesRepId)
    for (const fmt of ['x12', 'edifact'] as const) {
      const places = f.lex[fmt] === undefined ? [] : Array.isArray(f.lex[fmt]) ? f.lex[fmt] : [f.lex[fmt]];
      for (const p of places) {
        if (!p.key) continue;
        const keyed = (table[`${f.pointer}/${p.key}`] ??= { xml: true, x12: false, edifact: false });
        keyed[fmt] = true;
      }
    }
    if (f.kind === 'map' && Object.keys(table).some((k) => k.startsWith(f.pointer + '/'))) {
      table[`${f.pointer}/*`] = { xml: true, x12: false, edifact: false, reason: { x12: 'only the keys with a defined place are carried', edifact: 'only the keys with a defined place are carried' } };
    }
  }
  return table;
}

export function emitCoverage(model: SchemaModel): GeneratedFile[] {
  const table = coverageOf(model);
  return [{
    path: 'packages/codec/src/generated/coverage.ts',
    contents: `// Generated from schema/ by generators/src/emitters/coverage.ts — do not edit. LEX ${model.version}
export type WireFormat = 'xml' | 'x12' | 'edifact';
export interface Coverage { xml: boolean; x12: boolean; edifact: boolean; reason?: Partial<Record<WireFormat, string>>; required?: true }
/** JSON Pointer template (\`*\` = any index or key) → which formats carry the field; \`required\`: LEX requires it wherever its parent is present. */
export const COVERAGE: Record<string, Coverage> = ${JSON.stringify(table, null, 1)};
`,
  }];
}
