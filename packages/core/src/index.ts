// @lexstandard/core: the one API over the four LEX wire formats.
import { LexCodecError, type Format, type ParseResult, type SerializeResult } from '@lexstandard/codec';
import { parseEdifact, toEdifact } from '@lexstandard/edifact';
import type { LexMessage } from '@lexstandard/types';
import { validate } from '@lexstandard/validator';
import { parseX12, toX12 } from '@lexstandard/x12';
import { parseXml, toXml } from '@lexstandard/xml';
import { detectFormat } from './detect.js';
import { checkFormat } from './format-option.js';
import { parseJson, toJson } from './json.js';
export { invalidJson } from './json.js';

export { LexCodecError, describePosition, notCarried, jsonSyntaxError, COVERAGE } from '@lexstandard/codec';
export type { Format, JsonSyntaxError, LexWarning, ParseResult, Position, SerializeResult, WireFormat } from '@lexstandard/codec';
export type * from '@lexstandard/types';
export { validate, canTransition, LEAD_STATUSES, LEAD_TRANSITIONS, ERROR_CODES, SPEC_VERSION } from '@lexstandard/validator';
export type { ValidateOptions, ValidationIssue, ValidationResult, ConformanceLevel } from '@lexstandard/validator';
export { parseJson, toJson, parseXml, toXml, parseX12, toX12, parseEdifact, toEdifact, detectFormat };
export { createMessage, createAcknowledgment, createLeadClosure, inputAckIssues, newMessageId, parseTime, utcSeconds, type MessageType, type TypedMessage, type EnvelopeOptions, type AckOptions, type AckStatus, type ClosureOptions } from './builders.js';
export { readMessages, writeMessages, stripPosition, decodeText, decodeInput, type DecodedInput, type MessageStream, type ReadMessagesOptions, type StreamFailure, type StreamItem, type StreamMessage, type StreamSource, type ReadableStreamLike, type WriteMessagesOptions, type WriteSummary } from './stream/index.js';
export { fingerprint, fingerprintSource, normalizeEmail, normalizePhone, normalizeLastName, type FingerprintInput } from './fingerprint.js';

const PARSERS: Record<Format, (text: string) => ParseResult> = {
  json: parseJson,
  xml: (t) => parseXml(t),
  x12: (t) => parseX12(t),
  edifact: (t) => parseEdifact(t),
};
const SERIALIZERS: Record<Format, (m: LexMessage) => SerializeResult> = {
  json: (m) => toJson(m),
  xml: (m) => toXml(m),
  x12: (m) => toX12(m),
  edifact: (m) => toEdifact(m),
};

export const FORMATS: readonly Format[] = ['json', 'xml', 'x12', 'edifact'];

/** nothing but a byte-order mark and white space */
export const isBlank = (text: string): boolean => text.replace(/^\ufeff/, '').trim() === '';

/** Parses a message in any of the four formats; `from` skips detection. Throws LexCodecError. */
export function parse(input: string, options: { from?: Format } = {}): ParseResult & { format: Format } {
  checkFormat(options.from, 'options.from', true);
  const format = options.from ?? detectFormat(input);
  if (!format) {
    const blank = typeof input === 'string' && isBlank(input);
    throw new LexCodecError('json', 'UNKNOWN_FORMAT', `${blank ? 'the input is empty' : 'cannot tell the format'}: expected JSON-EDI ({), XML-EDI (<), X12 (ISA) or EDIFACT (UNA/UNB)`, { offset: 0, line: 1, column: 1 });
  }
  return { ...PARSERS[format](input), format };
}

/** Serializes a message into the given format. */
export function serialize(message: LexMessage, to: Format): SerializeResult {
  checkFormat(to, 'to');
  return SERIALIZERS[to](message);
}

/** Converts a document from its format (detected or `from`) to `to`; warnings of both steps, in order. */
export function convert(input: string, to: Format, options: { from?: Format } = {}): SerializeResult & { from: Format; message: LexMessage } {
  checkFormat(to, 'to');
  const parsed = parse(input, options);
  const out = SERIALIZERS[to](parsed.message);
  return { output: out.output, warnings: [...parsed.warnings, ...out.warnings], from: parsed.format, message: parsed.message };
}
