import schemaValidate from './generated/schema-validate.js';
import { ERROR_CODES, LEX_VERSION, type ErrorCode } from './generated/field-rules.js';
import { businessRules } from './rules.js';
import { mapSchemaErrors } from './schema-errors.js';
import type { ConformanceLevel, Severity, ValidateOptions, ValidationIssue, ValidationResult } from './result.js';

export type { ConformanceLevel, Severity, ValidateOptions, ValidationIssue, ValidationResult } from './result.js';
export { ERROR_CODES, LEX_VERSION, type ErrorCode } from './generated/field-rules.js';
export { canTransition, LEAD_STATUSES, LEAD_TRANSITIONS } from './lifecycle.js';
export { vinCheckDigit } from './rules.js';

const LEVELS: Record<ConformanceLevel, number> = { L1: 1, L2: 2, L3: 3 };
/** Paths of the envelope and header: a problem there makes the whole message unusable. */
const ENVELOPE = /^(|\/lex|\/lex\/version|\/lex\/header(\/.*)?)$/;

/**
 * Validates a LEX message in its JSON-EDI form: the canonical schema, then the business rules.
 * Never throws; problems are reported as issues with a stable code and a JSON Pointer.
 */
export function validate(message: unknown, options: ValidateOptions = {}): ValidationResult {
  const level = options.level ?? 'L2';
  if (!(level in LEVELS)) throw new TypeError(`level must be L1, L2 or L3, not ${String(level)}`);
  const now = clock(options.now);

  if (message === null || typeof message !== 'object' || Array.isArray(message) || !('lex' in message)) {
    const issue: ValidationIssue = { code: 'NOT_A_LEX_MESSAGE', path: '', message: 'not a LEX message: expected an object with a top-level "lex" member', severity: 'CRITICAL' };
    return { valid: false, errors: [issue], warnings: [] };
  }

  const drafts = schemaValidate(message) ? [] : mapSchemaErrors(schemaValidate.errors ?? [], message);
  const rules = businessRules(message, { now, previousStatus: options.previousStatus });
  if (rules.length) {
    // one issue per field: a business rule does not repeat a field the schema already rejected
    const flagged = drafts.length ? new Set(drafts.map((d) => d.path)) : undefined;
    for (const d of rules) if (!flagged?.has(d.path)) drafts.push(d);
  }

  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const requested = LEVELS[level];
  for (const d of drafts) {
    const info = ERROR_CODES[d.code as ErrorCode];
    let severity: Severity = info ? info.severity : 'ERROR';
    if (info && LEVELS[info.level] > requested) severity = 'WARNING';
    else if (severity === 'ERROR' && ENVELOPE.test(d.path)) severity = 'CRITICAL';
    const issue: ValidationIssue = { code: d.code, path: d.path, message: d.message, severity };
    if (severity === 'WARNING') warnings.push(issue);
    else errors.push(issue);
  }
  sortIssues(errors);
  sortIssues(warnings);
  return { valid: errors.length === 0, errors, warnings };
}

const order = (a: ValidationIssue, b: ValidationIssue) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Issues by path, then code. Two issues (the common case of a valid lead) are swapped by hand: sort()'s setup costs more. */
function sortIssues(issues: ValidationIssue[]): void {
  if (issues.length === 2) {
    if (order(issues[0]!, issues[1]!) > 0) issues.reverse();
  } else if (issues.length > 2) issues.sort(order);
}

function clock(now: ValidateOptions['now']): number {
  if (now === undefined) return Date.now();
  if (typeof now === 'number') return now;
  const ms = now instanceof Date ? now.getTime() : Date.parse(now);
  if (!Number.isFinite(ms)) throw new TypeError(`now is not a valid date: ${String(now)}`);
  return ms;
}

/** The spec version this validator implements. */
export const SPEC_VERSION = LEX_VERSION;
