// @lexstandard/edifact — LEX messages as EDIFACT ORDERS (ALXLDE:D:96A:UN; an ACKNOWLEDGMENT as APERAK), liberal in, strict out.
import { LexCodecError, type LexWarning, type ParseResult, type SerializeResult } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';
import { EdifactStreamParser, sortWarnings, type EdifactInterchangeResult, type EdifactMessageResult, type EdifactParseOptions } from './interchange.js';
import { writeInterchange, type EdifactWriteOptions } from './writer.js';

export { EdifactStreamParser, type EdifactFailure, type EdifactInterchangeResult, type EdifactMessageResult, type EdifactParseOptions, type EdifactInterchangeHeader, type EdifactSettled } from './interchange.js';
export { SegmentTokenizer, DEFAULT_DELIMITERS, type Delimiters, type RawSegment, type TokenizerOptions } from './tokenizer.js';
export { Cursor, ArrayView, elementsOf, type View } from './cursor.js';
export type { Element } from './segment.js';
export { EdifactInterchangeWriter, type EdifactWriteOptions } from './writer.js';
export { ORDERS } from './generated/orders.js';
export { APERAK } from './generated/aperak.js';
export type { OrdersTable, Slot, TableField, ValuePlace, EnvelopePlace, RequiredField } from './table.js';

/** Runs `fn`; any failure that is not already a LexCodecError becomes one (never another error type). */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LexCodecError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new LexCodecError('edifact', e instanceof RangeError ? 'EDIFACT_TOO_LARGE' : 'EDIFACT_INTERNAL_ERROR', `EDIFACT codec failure: ${message}`);
  }
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new LexCodecError('edifact', 'EDIFACT_NOT_EDIFACT', `EDIFACT input must be a string, not ${text === null ? 'null' : typeof text}`);
}

function readInterchange(text: string, options: EdifactParseOptions): EdifactInterchangeResult {
  checkText(text);
  const parser = new EdifactStreamParser(options);
  const messages: EdifactMessageResult[] = parser.push(text);
  const h = parser.end();
  if (h.messages.length) messages.push(...h.messages);
  return { syntaxIdentifier: h.syntaxIdentifier, sender: h.sender, receiver: h.receiver, controlReference: h.controlReference, delimiters: h.delimiters, warnings: sortWarnings(h.warnings), messages };
}

/** Parses an interchange and returns every message (UNH..UNT) with its reference. */
export function parseEdifactInterchange(text: string, options: EdifactParseOptions = {}): EdifactInterchangeResult {
  return guarded(() => readInterchange(text, options));
}

/** Parses an interchange holding one message into a LEX message and the deviations met (envelope ones included). */
export function parseEdifact(text: string, options: EdifactParseOptions = {}): ParseResult {
  return guarded(() => {
    const r = readInterchange(text, options);
    if (r.messages.length !== 1) {
      throw new LexCodecError('edifact', r.messages.length ? 'EDIFACT_MULTIPLE_MESSAGES' : 'EDIFACT_MISSING_ENVELOPE',
        r.messages.length ? `the interchange holds ${r.messages.length} messages; use parseEdifactInterchange()` : 'the interchange holds no message (UNH..UNT)',
        r.messages[1] ? { segment: r.messages[1].segment, tag: 'UNH' } : undefined);
    }
    const m = r.messages[0]!;
    const warnings: LexWarning[] = r.warnings.length === 0 ? m.warnings : sortWarnings(r.warnings.concat(m.warnings));
    return { message: m.message, warnings };
  });
}

/** Writes one LEX message as an EDIFACT interchange (UNA, UNB, UNH..UNT, UNZ). */
export function toEdifact(message: LexMessage, options: EdifactWriteOptions = {}): SerializeResult {
  return guarded(() => writeInterchange([message], options));
}

/** Writes many LEX messages as one interchange: one UNB, one UNH..UNT per message, exact counts. */
export function toEdifactInterchange(messages: LexMessage[], options: EdifactWriteOptions = {}): SerializeResult {
  return guarded(() => writeInterchange(messages, options));
}
