// The shapes of the conformance vectors (see ../vector.schema.json, which is the normative description)
// and of what an implementation under test answers.

export type Level = 'L1' | 'L2' | 'L3';
export type Format = 'json' | 'xml' | 'x12' | 'edifact';
export type Severity = 'CRITICAL' | 'ERROR' | 'WARNING';

export const LEVELS: readonly Level[] = ['L1', 'L2', 'L3'];
export const FORMATS: readonly Format[] = ['json', 'xml', 'x12', 'edifact'];
/** The self-declared tiers of the standard, by level. */
export const TIER_NAMES: Record<Level, string> = { L1: 'Basic', L2: 'Standard', L3: 'Full' };
export const levelRank = (l: Level) => LEVELS.indexOf(l) + 1;

/** A message as written in a vector: a JSON-EDI object, a text in any format, or a file beside the vector file. */
export interface VectorInput {
  format: Format;
  message?: unknown;
  text?: string;
  file?: string;
}

/** An issue the implementation must report: same code and JSON Pointer; same severity when given. */
export interface ExpectedIssue {
  code: string;
  path: string;
  severity?: Severity;
}

export interface ValidateExpectation {
  valid: boolean;
  errors?: ExpectedIssue[];
  warnings?: ExpectedIssue[];
}

export interface ConvertExpectation {
  /** the JSON-EDI message the input converts to */
  message: unknown;
  /** exact (default): nothing more, nothing less; subset: at least these members with these values */
  match?: 'exact' | 'subset';
}

export interface AckExpectation {
  /** the ACK status, or the acceptable statuses */
  status?: string | string[];
  /** issues the ACK must carry in payload.acknowledgment.errors / warnings */
  errors?: ExpectedIssue[];
  warnings?: ExpectedIssue[];
  /** the ACK must be the very same message (deep-equal) as the one answered at this earlier step */
  sameAsStep?: number;
}

export interface SessionStep {
  input: VectorInput;
  now: string;
  expect: {
    /** null: no ACK may be sent for this message */
    ack?: AckExpectation | null;
    /** how many messages the receiver holds as processed after this step */
    stored?: number;
  };
}

interface VectorBase {
  id: string;
  title: string;
  level: Level;
  /** where the case comes from: a test-case number of the conformance text, a schema rule, a seed example */
  source?: string;
  tags?: string[];
  description?: string;
}

export interface ValidateVector extends VectorBase {
  kind: 'validate';
  input: VectorInput;
  now: string;
  previousStatus?: string;
  expect: ValidateExpectation;
}

export interface ConvertVector extends VectorBase {
  kind: 'convert';
  input: VectorInput;
  now?: string;
  expect: ConvertExpectation;
}

export interface SessionVector extends VectorBase {
  kind: 'session';
  steps: SessionStep[];
}

export type Vector = ValidateVector | ConvertVector | SessionVector;

/** One vector file: any number of vectors. */
export interface VectorFile {
  $schema?: string;
  description?: string;
  generatedBy?: string;
  vectors: Vector[];
}

/** A vector as loaded: inputs resolved to text, with the file it came from. */
export type LoadedVector = Vector & { file: string };

// ---- what an implementation answers ----------------------------------------------------------

export interface ReportedIssue {
  code: string;
  path: string;
  severity?: string;
  message?: string;
}

/** The validation result object: the same shape as @lexstandard/validator's. */
export interface ValidationOutcome {
  valid: boolean;
  errors: ReportedIssue[];
  warnings: ReportedIssue[];
}

export interface ValidateRequest {
  text: string;
  format: Format;
  now: string;
  level: Level;
  previousStatus?: string;
}

export interface ConvertRequest {
  text: string;
  format: Format;
  /** always json: conversion vectors compare JSON-EDI */
  to: 'json';
  now?: string;
}

export interface SubmitRequest {
  text: string;
  format: Format;
  now: string;
  level: Level;
}

export interface SubmitResponse {
  /** the ACKNOWLEDGMENT message sent back (JSON-EDI), or null when none is sent */
  ack: unknown;
  /** how many messages the receiver holds as processed in this session */
  stored: number;
}

/** A receiver with state: one per session vector, discarded after it. */
export interface Session {
  submit(request: SubmitRequest): Promise<SubmitResponse>;
  close(): Promise<void>;
}

/** An implementation under test. */
export interface Adapter {
  /** shown in reports */
  readonly name: string;
  validate(request: ValidateRequest): Promise<ValidationOutcome>;
  convert(request: ConvertRequest): Promise<unknown>;
  session(): Promise<Session>;
  /** releases whatever the adapter holds (processes); optional */
  close?(): Promise<void>;
}
