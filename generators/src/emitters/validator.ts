// The ahead-of-time compiled ajv validator (standalone ESM code) and the per-field error-code table
// the validator uses to turn ajv keyword errors into LEX codes.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { date, dateTime } from '../../../packages/validator/src/formats.js';
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

const FORMATS = ['email', 'uri', 'uuid', 'ipv4', 'ipv6'] as const;

/** One ajv instance configured the way every LEX tool compiles the schema: 2020-12, strict, x-lex known. */
export function createAjv(model: SchemaModel, options: { standalone?: boolean } = {}) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    // date and date-time come from the validator's own fast RFC 3339 checks (packages/validator/src/formats.js)
    ...(options.standalone ? { code: { source: true, esm: true, optimize: true, formats: _`require("../formats.js")` } } : {}),
  });
  addFormats(ajv, [...FORMATS]);
  ajv.addFormat('date', date);
  ajv.addFormat('date-time', dateTime);
  const { $schema: _s, $id: _i, ...meta } = model.vocabulary;
  ajv.addKeyword({ keyword: 'x-lex', metaSchema: meta });
  return ajv;
}

/** Applies the lifecycle's general rules (repeat a status, archive from anywhere) to its table. */
export function expandLifecycle(model: SchemaModel): Record<string, string[]> {
  const { transitions, terminal, sameStatusAllowed, anyToArchived } = model.lifecycle;
  const out: Record<string, string[]> = {};
  for (const [from, tos] of Object.entries(transitions)) {
    const next = new Set(tos);
    if (!terminal.includes(from)) {
      if (sameStatusAllowed) next.add(from);
      if (anyToArchived) for (const t of terminal) next.add(t);
    }
    out[from] = [...next];
  }
  return out;
}

/** Annotations do not change verdicts; leaving them out keeps the compiled module small. */
const ANNOTATIONS = new Set(['description', 'examples', 'x-lex', 'title', '$comment']);
function validationOnly(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(validationOnly);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    // inside properties/$defs the keys are names, not keywords
    out[k] = k === 'properties' || k === '$defs' || k === 'patternProperties'
      ? Object.fromEntries(Object.entries(v as object).map(([n, s]) => [n, validationOnly(s)]))
      : k === 'enum' || k === 'const' ? v : validationOnly(v);
  }
  return out;
}

/**
 * ajv counts code points (ucs2length) for every maxLength/minLength check. A string's code-point count
 * lies between length/2 and length, so most checks are decided by .length alone; count only when not.
 */
function lengthShortcuts(code: string): string {
  const runtime = /import \* as (runtime\d+)_ns from "ajv\/dist\/runtime\/ucs2length\.js"/.exec(code)?.[1];
  const fn = runtime ? new RegExp(`const (func\\d+) = ${runtime}\\.default;`).exec(code)?.[1] : undefined;
  if (!fn) return code;
  return code
    .replace(new RegExp(`${fn}\\((\\w+)\\) > (\\d+)`, 'g'), (_m, v: string, n: string) => `(${v}.length > ${n} && ${fn}(${v}) > ${n})`)
    .replace(new RegExp(`${fn}\\((\\w+)\\) < (\\d+)`, 'g'), (_m, v: string, n: string) => `(${v}.length < ${2 * Number(n)} && ${fn}(${v}) < ${n})`);
}

/**
 * ajv's standalone output loads its runtime helpers with require(); turn those into ESM namespace
 * imports. Node, vite and esbuild disagree on what a CommonJS module's `default` is, so each import is
 * normalised back to the module.exports object the generated code expects.
 */
function esmImports(code: string): string {
  const modules = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)/g, (_m, mod: string) => {
    if (!modules.has(mod)) modules.set(mod, `runtime${modules.size}`);
    return modules.get(mod)!;
  }).replace(/^"use strict";/, '');
  const imports = [...modules]
    .map(([mod, name]) => `import * as ${name}_ns from ${JSON.stringify(mod.endsWith('.js') ? mod : mod + '.js')};\nconst ${name} = cjs(${name}_ns);`)
    .join('\n');
  const cjs = 'function cjs(ns) { const d = ns.default; return d && typeof d === "object" ? d : ns; }';
  return `${cjs}\n${imports}\n${body}`;
}

interface TrieNode { c?: Record<string, TrieNode>; w?: TrieNode; e?: string; m?: string; p?: 1 }

export function emitValidator(model: SchemaModel): GeneratedFile[] {
  const ajv = createAjv(model, { standalone: true });
  const validate = ajv.compile(validationOnly(model.bundle));
  const code = lengthShortcuts(esmImports(standaloneCode(ajv, validate)));
  const banner = `// Generated from schema/ by generators/src/emitters/validator.ts — do not edit. LEX ${model.version}\n// @ts-nocheck\n/* eslint-disable */\n`;

  const root: TrieNode = {};
  for (const f of model.fields) {
    if (!f.lex.errorCode && !f.lex.missingCode && !f.lex.pii) continue;
    let node = root;
    for (const seg of f.pointer.split('/').slice(1)) {
      if (seg === '*') node = node.w ??= {};
      else node = (node.c ??= {})[seg] ??= {};
    }
    if (f.lex.errorCode) node.e = f.lex.errorCode;
    if (f.lex.missingCode) node.m = f.lex.missingCode;
    if (f.lex.pii) node.p = 1;
  }
  const codes = Object.fromEntries(model.errorCodes.map((c) => [c.code, { level: c.level, severity: c.severity }]));
  const table = `// Generated from schema/ by generators/src/emitters/validator.ts — do not edit. LEX ${model.version}
export interface FieldRuleNode { c?: Record<string, FieldRuleNode>; w?: FieldRuleNode; e?: string; m?: string; p?: 1 }
/** Per-field codes as a trie over JSON Pointer segments (w = any index or key): e = constraint code, m = missing code, p = personal data. */
export const FIELD_RULES: FieldRuleNode = ${JSON.stringify(root)};
export type ErrorCode = ${model.errorCodes.map((c) => JSON.stringify(c.code)).join(' | ')};
export const ERROR_CODES: Record<ErrorCode, { level: 'L1' | 'L2' | 'L3'; severity: 'CRITICAL' | 'ERROR' | 'WARNING' }> = ${JSON.stringify(codes, null, 2)};
export const LEX_VERSION = ${JSON.stringify(model.version)};
/** The lead lifecycle (schema/lead-lifecycle.json), expanded: status → the statuses that may follow it. */
export const LEAD_TRANSITIONS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(expandLifecycle(model), null, 2)};
`;
  return [
    { path: 'packages/validator/src/generated/schema-validate.js', contents: banner + code + '\n' },
    {
      path: 'packages/validator/src/generated/schema-validate.d.ts',
      contents: `// Generated — do not edit.\nimport type { ErrorObject } from 'ajv';\ndeclare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport default validate;\n`,
    },
    { path: 'packages/validator/src/generated/field-rules.ts', contents: table },
  ];
}
