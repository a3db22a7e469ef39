// Turns ajv keyword errors into LEX issues: one issue per field, with the field's own code when the
// schema annotates one (x-lex.errorCode / missingCode) and the keyword's generic code otherwise.
import type { ErrorObject } from 'ajv';
import { escapeSegment, ruleAt, valueAt } from './pointer.js';
import type { ValidationIssue } from './result.js';

type Draft = Omit<ValidationIssue, 'severity'>;

const GENERIC: Record<string, string> = {
  type: 'INVALID_TYPE',
  enum: 'INVALID_ENUM_VALUE',
  const: 'INVALID_ENUM_VALUE',
  format: 'INVALID_FORMAT',
  pattern: 'INVALID_FORMAT',
  maxLength: 'FIELD_TOO_LONG',
  minLength: 'FIELD_TOO_SHORT',
  minimum: 'VALUE_OUT_OF_RANGE',
  maximum: 'VALUE_OUT_OF_RANGE',
  exclusiveMinimum: 'VALUE_OUT_OF_RANGE',
  exclusiveMaximum: 'VALUE_OUT_OF_RANGE',
  multipleOf: 'VALUE_OUT_OF_RANGE',
  maxItems: 'TOO_MANY_ITEMS',
  maxProperties: 'TOO_MANY_ITEMS',
  minItems: 'FIELD_TOO_SHORT',
  minProperties: 'REQUIRED_FIELD_MISSING',
  uniqueItems: 'INVALID_FORMAT',
};
/** Keywords whose failure a field-specific x-lex.errorCode replaces (lengths and types keep their generic code). */
const FIELD_CODED = new Set(['format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'const', 'maxProperties', 'minProperties']);
/** When one field fails several keywords, the first in this order is the one reported. */
const PRIORITY = ['required', 'type', 'const', 'enum', 'additionalProperties', 'minLength', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'uniqueItems'];
const rank = (k: string) => { const i = PRIORITY.indexOf(k); return i < 0 ? PRIORITY.length : i; };

/** What a message says instead of a value marked x-lex.pii. */
const PERSONAL_VALUE = 'the value (personal data, not repeated)';

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v) : JSON.stringify(v));

export function mapSchemaErrors(errors: readonly ErrorObject[], data: unknown): Draft[] {
  // Errors raised inside an anyOf/oneOf alternative are replaced by one issue for the whole group.
  const groups = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const inGroup = (e: ErrorObject) => groups.some((g) => g !== e && e.schemaPath.startsWith(g.schemaPath + '/'));
  const best = new Map<string, { rank: number; issue: Draft }>();
  const put = (keyword: string, issue: Draft) => {
    const prev = best.get(issue.path);
    const r = rank(keyword);
    if (!prev || r < prev.rank) best.set(issue.path, { rank: r, issue });
  };

  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'propertyNames' || inGroup(e)) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const members = errors.filter((c) => c !== e && c.schemaPath.startsWith(e.schemaPath + '/'));
      if (members.length && members.every((c) => c.keyword === 'required')) {
        const names = [...new Set(members.map((c) => String(c.params.missingProperty)))];
        const path = `${e.instancePath}/${escapeSegment(names[0]!)}`;
        put('required', { code: ruleAt(path)?.m ?? 'REQUIRED_FIELD_MISSING', path, message: `one of ${names.join(', ')} is required` });
      } else {
        const first = members.find((c) => c.keyword !== 'anyOf' && c.keyword !== 'oneOf');
        if (first) put(first.keyword, single(first, data));
        else put(e.keyword, { code: 'INVALID_FORMAT', path: e.instancePath, message: 'matches none of the allowed shapes' });
      }
      continue;
    }
    put(e.keyword, single(e, data));
  }
  return [...best.values()].map((b) => b.issue);
}

function single(e: ErrorObject, data: unknown): Draft {
  const p = e.params as Record<string, any>;
  if (e.keyword === 'required') {
    const path = `${e.instancePath}/${escapeSegment(String(p.missingProperty))}`;
    return { code: ruleAt(path)?.m ?? 'REQUIRED_FIELD_MISSING', path, message: `required field ${p.missingProperty} is missing` };
  }
  if (e.keyword === 'additionalProperties') {
    const path = `${e.instancePath}/${escapeSegment(String(p.additionalProperty))}`;
    return { code: 'UNKNOWN_FIELD', path, message: `${p.additionalProperty} is not a field of this object; it is ignored` };
  }
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const path = `${e.instancePath}/${escapeSegment(propertyName)}`;
    return { code: 'INVALID_FORMAT', path, message: `key ${show(propertyName)} is not allowed: ${e.message}` };
  }
  const path = e.instancePath;
  const rule = ruleAt(path);
  const code = (FIELD_CODED.has(e.keyword) && rule?.e) || GENERIC[e.keyword] || 'INVALID_FORMAT';
  const value = valueAt(data, path);
  // personal data (x-lex.pii) is not repeated: messages are stored and logged apart from the lead (in ACKs, reports)
  const shown = rule?.p ? PERSONAL_VALUE : show(value);
  let message: string;
  switch (e.keyword) {
    case 'enum': message = `${shown} is not one of ${(p.allowedValues as unknown[]).join(', ')}`; break;
    case 'const': message = `${shown} must be ${show(p.allowedValue)}`; break;
    case 'type': message = `${shown} must be of type ${p.type}`; break;
    case 'maxLength': message = `${String(value).length} characters; at most ${p.limit} allowed`; break;
    case 'minLength': message = `must have at least ${p.limit} character${p.limit === 1 ? '' : 's'}`; break;
    case 'format': case 'pattern': message = `${shown} is not a valid ${p.format ?? 'value for this field'}`; break;
    default: message = `${shown} ${e.message ?? 'is invalid'}`;
  }
  return { code, path, message };
}
