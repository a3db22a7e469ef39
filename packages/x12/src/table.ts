// The shape of the generated X12 tables (src/generated/table.ts: the 850, the 824). The engine reads LEX knowledge from
// this table only: field pointers, segment tags, qualifiers, element positions, formats and order.

/** How a JSON value is written in an element. */
export type X12Format = 'CCYYMMDD' | 'YYMMDD' | 'HHMM' | 'HHMMSS' | 'CCYYMMDDHHMMSS' | 'BOOLEAN_YN' | 'DECIMAL' | 'INTEGER';

/** JSON type of the field a value belongs to ('date-time' and 'date' are strings with that format). */
export type X12ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'date-time' | 'date';

/** A qualifier condition: element (and optional component) must hold `value` ('' = must be empty). */
export interface X12Condition {
  element: number;
  component?: number;
  value: string;
}

/** One JSON value carried by a segment. */
export interface X12ValueDef {
  /** JSON Pointer template of the field (`*` for the array item) */
  pointer: string;
  /**
   * Path of the value: from the message root, or — when the segment repeats per array item — from the item
   * ([] for an array of scalars).
   */
  path: string[];
  element: number;
  component?: number;
  /** extra qualifiers this value needs besides the segment's own (e.g. PER03 = EM for the e-mail in PER04) */
  when?: X12Condition[];
  format?: X12Format;
  type: X12ValueType;
  /** JSON value → wire code */
  codes?: Record<string, string>;
}

/** One kind of segment of the transaction, in canonical order. */
export interface X12SegmentDef {
  /** readable id: tag and qualifiers, e.g. REF*LR, PER*IC, PID*F**NEG */
  id: string;
  tag: string;
  /** qualifiers that pick this segment among the segments with the same tag */
  match: X12Condition[];
  /** id of the loop head this segment belongs to, or 'heading' / 'trailing' outside any loop */
  loop: string;
  /** true for the segment that starts its loop (N1, NM1, IT1) */
  head: boolean;
  /** canonical order: a segment is out of order when it follows one of a higher rank */
  rank: number;
  /**
   * one segment per item of this array (JSON Pointer template and path from the root); `continues`: the segment
   * adds to the item the array's first segment opened (TED … RED), instead of opening one
   */
  array?: { pointer: string; path: string[]; continues?: boolean };
  values: X12ValueDef[];
}

/** A value of the interchange envelope (ISA) that copies a field; read only when the field has no body place filled. */
export interface X12EnvelopeDef {
  pointer: string;
  path: string[];
  segment: 'ISA' | 'GS';
  element: number;
  format?: X12Format;
  type: X12ValueType;
}

/** A field the schema requires whenever its parent object is present. */
export interface X12RequiredDef {
  pointer: string;
  path: string[];
  /** how to fill it when the interchange does not carry it: a deterministic UUID v4 */
  derive?: 'uuid';
}

export interface X12Table {
  /** LEX version the table was generated from */
  version: string;
  /** ST01 transaction set identifier code: 850, 824 */
  transactionSet: string;
  /** GS01 functional identifier code of the set's functional group */
  functionalId: string;
  /** the message field and value that select this set when writing (absent: the default set) */
  selects?: { pointer: string; path: string[]; value: string };
  /** CTT01 (number of line items) closes the transaction */
  lineItemTotal: boolean;
  /** values X12 implies instead of carrying (e.g. lex.version) */
  implied: { pointer: string; path: string[]; value: string }[];
  /** tags that start a loop */
  loopHeads: string[];
  segments: X12SegmentDef[];
  envelope: X12EnvelopeDef[];
  required: X12RequiredDef[];
}
