import type { ErrorCode } from './generated/field-rules.js';

export type Severity = 'CRITICAL' | 'ERROR' | 'WARNING';
export type ConformanceLevel = 'L1' | 'L2' | 'L3';

export interface ValidationIssue {
  /** stable LEX code, see the error-code catalogue */
  code: ErrorCode | (string & {});
  /** JSON Pointer into the JSON-EDI form of the message, e.g. /lex/payload/lead/customer/firstName */
  path: string;
  message: string;
  severity: Severity;
}

export interface ValidationResult {
  /** true when there is no CRITICAL or ERROR issue */
  valid: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export interface ValidateOptions {
  /** the validator's clock (default: now); a Date, epoch milliseconds or an ISO 8601 string */
  now?: Date | number | string;
  /** conformance level whose rules are errors (default L2); codes of a higher level are reported as warnings */
  level?: ConformanceLevel;
  /** the lead's status before this message, to check the transition */
  previousStatus?: string;
}
