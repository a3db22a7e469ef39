import { jsonSyntaxError, LexCodecError, missingRequired, type LexWarning, type ParseResult, type SerializeResult } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';

function position(text: string, offset: number) {
  let line = 1, start = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  return { offset, line, column: offset - start + 1 };
}

/** INVALID_JSON for text JSON.parse refused: where and why, from one pass over the grammar (engines differ in what they say) */
export function invalidJson(body: string, err: unknown): LexCodecError {
  const e = jsonSyntaxError(body);
  const offset = e ? e.offset : body.length;
  const reason = e ? e.reason : String((err as Error)?.message ?? err).split('\n')[0]!;
  return new LexCodecError('json', 'INVALID_JSON', `not valid JSON: ${reason}`, position(body, offset));
}

/**
 * JSON_REQUIRED_FIELD_MISSING for each field LEX requires that the message lacks where its parent is present (a
 * missing block once): what the X12, EDIFACT and XML readers report, so a conversion from any format says what the
 * output will lack. The message is returned as it is; the validator rejects it with the same pointers.
 */
export function requiredWarnings(message: unknown): LexWarning[] {
  return missingRequired(message).map((p) => ({ code: 'JSON_REQUIRED_FIELD_MISSING', path: p, message: `the message does not carry ${p}, which LEX requires` }));
}

/** Parses JSON-EDI text. Throws LexCodecError INVALID_JSON (with line/column) or NOT_A_LEX_MESSAGE. */
export function parseJson(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw invalidJson(body, err);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('lex' in value)) {
    throw new LexCodecError('json', 'NOT_A_LEX_MESSAGE', 'not a LEX message: expected an object with a top-level "lex" member', { offset: 0, line: 1, column: 1 });
  }
  return { message: value as LexMessage, warnings: requiredWarnings(value) };
}

/**
 * The JSON text of a message. LexCodecError JSON_CANNOT_SERIALIZE for what is not a message object or what JSON
 * cannot hold (a cycle, a BigInt), never another error.
 */
export function stringifyMessage(message: unknown, space?: number): string {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) throw new LexCodecError('json', 'JSON_CANNOT_SERIALIZE', 'not a LEX message (an object)');
  let s: string | undefined;
  try {
    s = JSON.stringify(message, null, space) as string | undefined;
  } catch (e) {
    throw new LexCodecError('json', 'JSON_CANNOT_SERIALIZE', `the message cannot be written as JSON: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  // String(): a toJSON() that returns undefined gives "undefined", as concatenation always did
  return typeof s === 'string' ? s : String(s);
}

/** Serializes a message as JSON-EDI (JSON carries every field: no warnings). */
export function toJson(message: LexMessage, options: { pretty?: boolean } = {}): SerializeResult {
  return { output: stringifyMessage(message, options.pretty === false ? undefined : 2) + '\n', warnings: [] };
}
