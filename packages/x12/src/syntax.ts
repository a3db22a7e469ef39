// X12 syntax the LEX table does not describe: the envelope constants and the elements X12 requires in a few
// body segments that carry no LEX value. Pure X12 knowledge — no LEX field appears here.

export const ELEMENT_SEPARATOR = '*';
export const COMPONENT_SEPARATOR = ':';
export const REPETITION_SEPARATOR = '^';
export const SEGMENT_TERMINATOR = '~';

export const ISA_VERSION = '00501';
export const GS_VERSION = '005010';
// GS01 and ST01 come from the generated tables (850: ALX, as seed 002 says; 824: AG)
/** ST03 implementation convention reference, the same for every LEX transaction set */
export const CONVENTION = 'ALX001';
export const ID_QUALIFIER = 'ZZ';
/** DTM04 time code: every LEX timestamp is UTC */
export const TIME_CODE = 'UT';

/** Where a filler's value comes from when writing. */
export type FillerSource =
  | { kind: 'const'; value: string }
  /** the transaction date (CCYYMMDD), e.g. BEG05 purchase order date */
  | { kind: 'date' }
  /** the 1-based line number of the line item, e.g. IT101 */
  | { kind: 'line' };

export interface Filler {
  element: number;
  source: FillerSource;
  /** written only when this element holds a value (DTM04 needs DTM03) */
  ifElement?: number;
  /** on input, warn (X12_UNEXPECTED_VALUE) when the element holds another value: it is not read */
  check?: boolean;
}

/**
 * Elements written beside the LEX values, and ignored on input (X12 requires them; they carry nothing of LEX).
 */
export const FILLERS: Record<string, Filler[]> = {
  // BEG01 transaction set purpose 00 = original; BEG05 purchase order date (mandatory in BEG)
  BEG: [{ element: 1, source: { kind: 'const', value: '00' }, check: true }, { element: 5, source: { kind: 'date' } }],
  // BGN01 transaction set purpose 00 = original; BGN05 time code UT whenever BGN04 holds a time
  BGN: [{ element: 1, source: { kind: 'const', value: '00' }, check: true }, { element: 5, source: { kind: 'const', value: TIME_CODE }, ifElement: 4, check: true }],
  // NM102 entity type qualifier 1 = person
  NM1: [{ element: 2, source: { kind: 'const', value: '1' }, check: true }],
  // IT101 line number, IT102 quantity 1, IT103 unit EA (each), IT104 unit price 0 — paired by X12 syntax; IT105 ignored
  IT1: [
    { element: 1, source: { kind: 'line' } },
    { element: 2, source: { kind: 'const', value: '1' }, check: true },
    { element: 3, source: { kind: 'const', value: 'EA' }, check: true },
    { element: 4, source: { kind: 'const', value: '0' }, check: true },
    { element: 5, source: { kind: 'const', value: '' }, check: true },
  ],
  // DTM04 time code UT (universal time) whenever DTM03 holds a time
  DTM: [{ element: 4, source: { kind: 'const', value: TIME_CODE }, ifElement: 3, check: true }],
  // SAC02 allowance/charge code ZZZZ (mutually defined): X12 requires SAC02 or SAC03
  SAC: [{ element: 2, source: { kind: 'const', value: 'ZZZZ' }, check: true }],
};

/**
 * Elements X12 (005010) makes mandatory in the body segments the LEX tables write. A segment is never written with
 * one of them empty: a translator would reject the transaction (997/999 AK4 "mandatory data element missing").
 */
export const MANDATORY: Record<string, readonly number[]> = {
  BEG: [1, 2, 3, 5],
  BGN: [1, 2, 3],
  CTT: [1],
  DTM: [1],
  N1: [1],
  N3: [1],
  NM1: [1, 2],
  OTI: [1, 2, 3],
  PER: [1],
  PID: [1],
  REF: [1],
  SAC: [1],
  TED: [1],
};

/** Segments that close the transaction, written by the engine: CTT01 = number of line items. */
export const LINE_ITEM_TAGS = new Set(['IT1', 'PO1']);
