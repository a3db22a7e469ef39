// @lexstandard/x12 — ASC X12 850 (and 824 for ACKNOWLEDGMENT) ↔ LEX. Liberal in (the seed layouts, any ISA width, any terminator),
// strict out (fixed-width ISA, exact counts, matching control numbers). The engine knows X12; everything it
// knows about LEX comes from the generated table (src/generated/table.ts).
import { LexCodecError, type LexWarning, type ParseResult, type SerializeResult } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';
import { writeInterchange, type X12WriteOptions } from './encode.js';
import { X12Reader, type X12ReadOptions, type X12Transaction } from './reader.js';

export { X12Reader, type X12Control, type X12Failure, type X12ReadOptions, type X12Settled, type X12Transaction } from './reader.js';
export { X12Tokenizer, DEFAULT_MAX_SEGMENT_LENGTH, ISA_WINDOW, type Delimiters, type Segment, type TokenizerOptions } from './tokenizer.js';
export { X12InterchangeWriter, type X12WriteOptions } from './encode.js';
export { TABLE as X12_TABLE, TABLES as X12_TABLES } from './generated/table.js';
export type * from './table.js';

export interface X12Interchange {
  /** one result per ST … SE transaction, in order, with its control numbers */
  messages: X12Transaction[];
  /** interchange-level warnings (ISA, GS, GE, IEA, separators) */
  warnings: LexWarning[];
}

/** Runs `fn`; any failure that is not already a LexCodecError becomes one (never another error type). */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LexCodecError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new LexCodecError('x12', e instanceof RangeError ? 'X12_INPUT_TOO_LARGE' : 'X12_INTERNAL_ERROR', `X12 codec failure: ${message}`);
  }
}

function read(text: string, options: X12ReadOptions): { messages: X12Transaction[]; warnings: LexWarning[] } {
  if (typeof text !== 'string') throw new LexCodecError('x12', 'X12_NOT_X12', 'the input is not a string');
  const reader = new X12Reader(options);
  const messages = reader.push(text);
  messages.push(...reader.end());
  return { messages, warnings: reader.warnings };
}

const bySegment = (a: LexWarning, b: LexWarning) => (a.position?.segment ?? Infinity) - (b.position?.segment ?? Infinity);

function inSegmentOrder(warnings: LexWarning[]): boolean {
  for (let i = 1; i < warnings.length; i++) if (bySegment(warnings[i - 1]!, warnings[i]!) > 0) return false;
  return true;
}

/**
 * Parses an interchange that holds one transaction (850, or 824 → ACKNOWLEDGMENT) into a LEX message. Deviations are warnings with a code
 * and a position; a broken envelope, bad delimiters, truncation or binary data throw LexCodecError.
 */
export function parseX12(text: string, options: X12ReadOptions = {}): ParseResult {
  return guarded(() => {
    const { messages, warnings } = read(text, options);
    if (messages.length === 0) throw new LexCodecError('x12', 'X12_MISSING_ENVELOPE', 'the interchange holds no ST … SE transaction');
    if (messages.length > 1) {
      throw new LexCodecError('x12', 'X12_MULTIPLE_TRANSACTIONS', `the interchange holds ${messages.length} transactions; use parseX12Interchange`, { segment: messages[1]!.control.segment, tag: 'ST' });
    }
    const only = messages[0]!;
    const all = warnings.length === 0 ? only.warnings.slice() : [...warnings, ...only.warnings];
    // (the sort is stable, so a list already in segment order stays as it is: it is sorted only when it is not)
    return { message: only.message, warnings: inSegmentOrder(all) ? all : all.sort(bySegment) };
  });
}

/** Parses every transaction of an interchange (or of several concatenated interchanges). */
export function parseX12Interchange(text: string, options: X12ReadOptions = {}): X12Interchange {
  return guarded(() => read(text, options));
}

/**
 * Writes one LEX message as an X12 interchange (850; an ACKNOWLEDGMENT as an 824). Fields X12 cannot carry are reported as FIELD_NOT_CARRIED
 * warnings with their JSON Pointer; values changed to fit X12 are reported too (X12_VALUE_SANITIZED, …).
 */
export function toX12(message: LexMessage, options: X12WriteOptions = {}): SerializeResult {
  return guarded(() => writeInterchange([message], options));
}

/** Writes many LEX messages as one interchange: one ISA/GS, one ST … SE per message, exact counts. */
export function toX12Interchange(messages: readonly LexMessage[], options: X12WriteOptions = {}): SerializeResult {
  return guarded(() => writeInterchange(messages, options));
}
