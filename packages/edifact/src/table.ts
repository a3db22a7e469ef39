// The shape of the generated EDIFACT tables (src/generated/orders.ts, src/generated/aperak.ts). The engine reads LEX fields
// only through this table: it never names a LEX field itself.

/** How a JSON value is written in an element (schema `x-lex` vocabulary). */
export type PlaceFormat = 'CCYYMMDD' | 'YYMMDD' | 'HHMM' | 'HHMMSS' | 'CCYYMMDDHHMMSS' | 'BOOLEAN_YN' | 'DECIMAL' | 'INTEGER';

export type ValueType = 'string' | 'integer' | 'number' | 'boolean';

/**
 * One LEX field (or array/map container) the format carries.
 * - scalar: `path` leads to the value;
 * - list:   `path` leads to an array of scalars, one segment occurrence per item;
 * - array:  `path` leads to an array of objects whose `item` fields are carried, one occurrence per item;
 * - item:   a field of such an array's items: `array` is the container's index, `itemPath` the path in the item;
 * - entry:  the map at `path`, entry `key`.
 */
export interface TableField {
  pointer: string;
  path: string[];
  shape: 'scalar' | 'list' | 'array' | 'item' | 'entry';
  type: ValueType;
  array?: number;
  itemPath?: string[];
  key?: string;
  /** allowed values (string enums), used to read codes and to recognise values met at unexpected places */
  enum?: string[];
  /** the value is an e-mail address (schema format `email`) */
  emailFormat?: boolean;
}

/** [element, component, value]; component 0 means "the whole element" (simple element, or empty composite). */
export type Condition = [number, number, string];

export interface ValuePlace {
  field: number;
  element: number;
  component: number;
  format?: PlaceFormat;
  /** JSON value → wire code (values not listed are written as they are) */
  codes?: Record<string, string>;
  /** where the date/time format qualifier (UNCL 2379) sits, and the code written */
  formatCode?: [number, number, string];
}

export interface Slot {
  tag: string;
  /** qualifier values that select this occurrence */
  match: Condition[];
  /** structural values written with the segment (not required on input) */
  fixed: Condition[];
  values: ValuePlace[];
  /** one occurrence per item of a list field / object array (field index of the list or array container) */
  repeat?: number;
  /** element holding the running line number (LIN 1082) */
  lineNumber?: number;
  /** index of the group trigger slot this slot belongs to, -1 at message level */
  parent: number;
  /** the slot opens a segment group (NAD, CTA, LIN): written when it or any member has content */
  trigger: boolean;
  /** owner object of the slot's fields (JSON Pointer template), for documentation */
  owner: string;
}

export interface EnvelopePlace {
  field: number;
  tag: 'UNB' | 'UNH';
  element: number;
  component: number;
  format?: PlaceFormat;
}

export interface OrdersTable {
  /** LEX version, implied by the message identifier and restored on input */
  version: { path: string[]; value: string };
  /** the message field and value that select this message when writing, implied when reading (absent: ORDERS, the default) */
  selects?: { path: string[]; value: string };
  /** UNH S009: message type, version, release, agency (and association assigned code) */
  messageIdentifier: string[];
  fields: TableField[];
  /** body slots in output order (groups follow their trigger) */
  slots: Slot[];
  /** fields also (or only) carried by the interchange/message envelope */
  envelope: EnvelopePlace[];
  /** service positions read without a warning although no field maps them: tag → ["e.c", ...] */
  ignorable: Record<string, string[]>;
  /**
   * Fields LEX requires that the message carries (they or a member have a place): a message read without one,
   * where the object that holds it is present, is reported (EDIFACT_REQUIRED_FIELD_MISSING). Schema order.
   */
  required: RequiredField[];
}

export interface RequiredField {
  pointer: string;
  path: string[];
}
