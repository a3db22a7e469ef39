// A fast-check arbitrary of schema-valid LEX messages, derived from the bundled canonical schema
// (never from a hand-written list of fields): property tests of every codec draw from it.
import fc from 'fast-check';
import { lexSchema } from '@lexstandard/schema';
import { validate } from '@lexstandard/validator';
import type { LexMessage } from '@lexstandard/types';

type S = Record<string, any>;

export interface ArbitraryOptions {
  /** characters used for free-text values (default: letters incl. accented, digits, a few punctuation marks) */
  textAlphabet?: string;
  /** nesting depth below which optional members are no longer added (default 8) */
  maxDepth?: number;
}

const DEFAULT_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éñüØ-.,/#&';
/** Characters that collide with a wire format's syntax: + : ' ? (EDIFACT), * ~ ^ (X12), < > & " (XML). */
export const DELIMITER_ALPHABET = "abcXYZ019 +:'?*~^<>&\"";

const defs: S = lexSchema.$defs;

function resolve(schema: S): S {
  let s = schema;
  while (typeof s.$ref === 'string') {
    const { $ref, ...own } = s;
    s = { ...defs[$ref.replace('#/$defs/', '')], ...own };
  }
  return s;
}

function text(alphabet: string, min: number, max: number): fc.Arbitrary<string> {
  const chars = [...alphabet];
  const word = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
  return fc
    .array(word, { minLength: 1, maxLength: 4 })
    .map((w) => w.join(' '))
    .map((s) => (s.length > max ? s.slice(0, max).trimEnd() : s))
    .filter((s) => s.length >= Math.max(min, 1) && s.trim() === s);
}

function isoSeconds(ms: number) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const DAY = 86_400_000;
const TIME = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) });

function valueOf(schema: S, opts: Required<ArbitraryOptions>, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type[0] : s.type ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'string': {
      if (s.format === 'date-time') return TIME.map(isoSeconds);
      if (s.format === 'date') return TIME.map((t) => isoSeconds(Math.floor(t / DAY) * DAY).slice(0, 10));
      if (s.format === 'uri' && !s.examples?.length) return fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= (s.maxLength ?? 500));
      if (s.format || s.pattern) {
        if (Array.isArray(s.examples) && s.examples.length) return fc.constantFrom(...s.examples);
        if (s.pattern) return fc.stringMatching(new RegExp(s.pattern, 'u'), { size: 'small' }).filter((v) => v.length <= (s.maxLength ?? 60) && v.length >= (s.minLength ?? 1));
        throw new Error(`no example to draw a ${s.format ?? s.pattern} string from`);
      }
      return text(opts.textAlphabet, s.minLength ?? 1, Math.min(s.maxLength ?? 60, 60));
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 100_000 });
    case 'number': {
      const min = s.minimum ?? 0, max = s.maximum ?? 1_000_000;
      if (s.multipleOf === 0.01 || max > 1) return fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((c) => c / 100);
      return fc.integer({ min: Math.ceil(min * 1000), max: Math.floor(max * 1000) }).map((c) => c / 1000);
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth >= opts.maxDepth) return fc.constant([]);
      const item = valueOf(s.items ?? {}, opts, depth + 1);
      return fc.array(item, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) });
    }
    case 'object': {
      if (!s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') {
        const key = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/);
        return fc.dictionary(key, valueOf(s.additionalProperties, opts, depth + 1), { maxKeys: 3 });
      }
      const required = new Set<string>(s.required ?? []);
      const members: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, sub] of Object.entries<S>(s.properties ?? {})) {
        if (!required.has(name) && depth >= opts.maxDepth) continue;
        members[name] = valueOf(sub, opts, depth + 1);
      }
      return fc.record(members, { requiredKeys: [...required].filter((k) => k in members) }) as fc.Arbitrary<unknown>;
    }
    default:
      return fc.constant(null);
  }
}

/**
 * Schema-valid messages of one type (default LEAD). Drawn values pass the canonical schema (checked at
 * level L1 with the message's own timestamp as clock, so only structural rules apply).
 */
export function lexMessageArbitrary(options: ArbitraryOptions & { messageType?: 'LEAD' | 'ASSET' | 'ACKNOWLEDGMENT' | 'SUBSCRIPTION' | 'LEAD_CLOSURE' } = {}): fc.Arbitrary<LexMessage> {
  const opts: Required<ArbitraryOptions> = {
    textAlphabet: options.textAlphabet ?? DEFAULT_ALPHABET,
    maxDepth: options.maxDepth ?? 8,
  };
  const type = options.messageType ?? 'LEAD';
  const rule = lexSchema.properties.lex.allOf.find((r: S) => r.if.properties.header.properties.messageType.const === type);
  const member: string = rule.then.properties.payload.required[0];
  const payloadSchema = defs.LexPayload.properties[member];
  const header = valueOf(defs.LexHeader, opts, 1) as fc.Arbitrary<S>;
  const body = valueOf(payloadSchema, opts, 2);
  return fc
    .record({ header, body, id: fc.uuid({ version: 4 }) })
    .map(({ header, body, id }) => ({
      lex: { version: lexSchema.properties.lex.properties.version.const, header: { ...header, messageId: id, messageType: type }, payload: { [member]: body } },
    }) as unknown as LexMessage)
    .filter((m) => validate(m, { level: 'L1', now: (m as S).lex.header.timestamp }).valid);
}
