// Value conversions between JSON and EDIFACT element text, by place format (schema `x-lex` vocabulary).
import type { PlaceFormat, ValueType } from './table.js';

export type Converted = { ok: true; value: unknown; note?: string; code?: string } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function digits(s: string, n: number): boolean {
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** a UTC time; a leap second (:60) only ends the day (23:59:60), as the validator's date-time has it */
function validTime(h: number, mi: number, s: number) {
  return h <= 23 && mi <= 59 && (s <= 59 || (s === 60 && h === 23 && mi === 59));
}

/** A number as EDIFACT numeric text: no exponent, no grouping, '.' as decimal mark. */
export function formatNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  const fixed = n.toFixed(20);
  return fixed.replace(/\.?0+$/, '');
}

export interface WriteResult {
  text?: string;
  /** the value could not be written (reason) */
  error?: string;
  /** written with a loss (reason) */
  loss?: string;
}

/** JSON value → element text. */
export function toWire(value: unknown, type: ValueType, format: PlaceFormat | undefined, codes: Record<string, string> | undefined): WriteResult {
  if (value === undefined || value === null) return {};
  if (codes && typeof value === 'string' && codes[value] !== undefined) return { text: codes[value] };
  switch (format) {
    case 'CCYYMMDDHHMMSS':
    case 'CCYYMMDD':
    case 'YYMMDD':
    case 'HHMM':
    case 'HHMMSS': {
      if (typeof value !== 'string') return { error: `a date/time string is expected, not ${typeof value}` };
      const m = ISO.exec(value);
      const d = m ?? (format === 'CCYYMMDD' || format === 'YYMMDD' ? ISO_DATE.exec(value) : null);
      if (!d) return { error: `${JSON.stringify(value)} is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)` };
      const [, y, mo, da, h = '00', mi = '00', s = '00', frac] = d;
      const loss = frac && !/^\.0+$/.test(frac) ? `the fraction of a second (${frac}) is not carried` : undefined;
      const text =
        format === 'CCYYMMDDHHMMSS' ? `${y}${mo}${da}${h}${mi}${s}`
        : format === 'CCYYMMDD' ? `${y}${mo}${da}`
        : format === 'YYMMDD' ? `${y!.slice(2)}${mo}${da}`
        : format === 'HHMM' ? `${h}${mi}`
        : `${h}${mi}${s}`;
      const lossy = format === 'YYMMDD' || format === 'HHMM' ? undefined : loss;
      return lossy ? { text, loss: lossy } : { text };
    }
    case 'INTEGER':
      if (typeof value === 'number' && Number.isInteger(value)) return { text: formatNumber(value) };
      return { error: `an integer is expected, not ${JSON.stringify(value)}` };
    case 'DECIMAL':
      if (typeof value === 'number' && Number.isFinite(value)) return { text: formatNumber(value) };
      return { error: `a number is expected, not ${JSON.stringify(value)}` };
    case 'BOOLEAN_YN':
      if (typeof value === 'boolean') return { text: value ? 'Y' : 'N' };
      return { error: `true or false is expected, not ${JSON.stringify(value)}` };
    default:
      break;
  }
  switch (type) {
    case 'integer':
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return { text: formatNumber(value) };
      return { error: `a number is expected, not ${JSON.stringify(value)}` };
    case 'boolean':
      if (typeof value === 'boolean') return { text: value ? 'Y' : 'N' };
      return { error: `true or false is expected, not ${JSON.stringify(value)}` };
    default:
      if (typeof value === 'string') return { text: value };
      if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
      return { error: `a string is expected, not ${Array.isArray(value) ? 'an array' : typeof value}` };
  }
}

function isInteger(text: string): boolean {
  const n = text.length;
  let i = n > 0 && (text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45) ? 1 : 0;
  if (i === n) return false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const DEC = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

function readNumber(text: string, integer: boolean): Converted {
  if (integer) {
    if (!isInteger(text)) return { ok: false, reason: `${JSON.stringify(text)} is not an integer` };
    const n = Number(text);
    if (!Number.isSafeInteger(n)) return { ok: false, reason: `${text} is too large` };
    return { ok: true, value: n };
  }
  if (!DEC.test(text)) return { ok: false, reason: `${JSON.stringify(text)} is not a number` };
  return { ok: true, value: Number(text.replace(',', '.')) };
}

/**
 * Element text → JSON value. `formatCode` is the date/time format qualifier (UNCL 2379) found beside the
 * value, when the place has one: 204 (CCYYMMDDHHMMSS), 203 (CCYYMMDDHHMM) and 102 (CCYYMMDD) are read.
 */
export function fromWire(text: string, type: ValueType, format: PlaceFormat | undefined, formatCode?: string): Converted {
  switch (format) {
    case 'CCYYMMDDHHMMSS': {
      let code = formatCode ?? '';
      let note: string | undefined;
      if (!code) {
        code = text.length === 14 ? '204' : text.length === 12 ? '203' : text.length === 8 ? '102' : '';
        if (!code) return { ok: false, reason: `${JSON.stringify(text)} is not a CCYYMMDD[HHMM[SS]] date/time and no format qualifier says what it is` };
        note = `no date/time format qualifier: read as format ${code} from its length`;
      }
      const len = code === '204' ? 14 : code === '203' ? 12 : code === '102' ? 8 : 0;
      if (!len) return { ok: false, reason: `date/time format qualifier ${code} is not supported (204, 203 and 102 are)` };
      if (!digits(text, len)) return { ok: false, reason: `${JSON.stringify(text)} does not match format ${code} (${len} digits)` };
      const y = +text.slice(0, 4), mo = +text.slice(4, 6), d = +text.slice(6, 8);
      const h = len > 8 ? +text.slice(8, 10) : 0, mi = len > 8 ? +text.slice(10, 12) : 0, s = len > 12 ? +text.slice(12, 14) : 0;
      if (!validDate(y, mo, d) || !validTime(h, mi, s)) return { ok: false, reason: `${text} is not a valid date/time` };
      const at = (k: number) => (k < len ? text.charCodeAt(k) : 48);
      // one allocation: CCYY-MM-DDTHH:MM:SSZ from the digits' character codes
      const value = String.fromCharCode(at(0), at(1), at(2), at(3), 45, at(4), at(5), 45, at(6), at(7), 84, at(8), at(9), 58, at(10), at(11), 58, at(12), at(13), 90);
      if (code === '102') return { ok: true, value, code: 'EDIFACT_TIME_MISSING', note: `format 102 carries a date only: the time is read as 00:00:00 UTC${note ? `; ${note}` : ''}` };
      if (code === '203') return { ok: true, value, code: 'EDIFACT_DATE_FORMAT', note: `format 203 carries no seconds: read as :00${note ? `; ${note}` : ''}` };
      return note ? { ok: true, value, code: 'EDIFACT_DATE_FORMAT', note } : { ok: true, value };
    }
    case 'CCYYMMDD': {
      if (!digits(text, 8) || !validDate(+text.slice(0, 4), +text.slice(4, 6), +text.slice(6, 8))) return { ok: false, reason: `${JSON.stringify(text)} is not a CCYYMMDD date` };
      return { ok: true, value: `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` };
    }
    case 'INTEGER':
      return readNumber(text, true);
    case 'DECIMAL':
      return readNumber(text, false);
    case 'BOOLEAN_YN': {
      const u = text.toUpperCase();
      if (u === 'Y') return { ok: true, value: true };
      if (u === 'N') return { ok: true, value: false };
      return { ok: false, reason: `${JSON.stringify(text)} is not Y or N` };
    }
    default:
      break;
  }
  switch (type) {
    case 'integer':
      return readNumber(text, true);
    case 'number':
      return readNumber(text, false);
    case 'boolean':
      return fromWire(text, type, 'BOOLEAN_YN');
    default:
      return { ok: true, value: text };
  }
}

/** CCYYMMDDHHMMSS (format 204) → UTC timestamp, or undefined when it is not a valid date and time. */
export function timestamp204(text: string): string | undefined {
  if (!digits(text, 14)) return undefined;
  const v = (k: number) => (text.charCodeAt(k) - 48) * 10 + text.charCodeAt(k + 1) - 48;
  if (!validDate(v(0) * 100 + v(2), v(4), v(6)) || !validTime(v(8), v(10), v(12))) return undefined;
  const c = (k: number) => text.charCodeAt(k);
  return String.fromCharCode(c(0), c(1), c(2), c(3), 45, c(4), c(5), 45, c(6), c(7), 84, c(8), c(9), 58, c(10), c(11), 58, c(12), c(13), 90);
}

/** UNB date (YYMMDD, or CCYYMMDD) and time (HHMM, or HHMMSS) → UTC timestamp; years 00–69 are 20xx. */
export function envelopeTimestamp(date: string | undefined, time: string | undefined): string | undefined {
  if (!date) return undefined;
  let y: string;
  let rest: string;
  if (digits(date, 6)) {
    const yy = +date.slice(0, 2);
    y = `${yy < 70 ? 20 : 19}${date.slice(0, 2)}`;
    rest = date.slice(2);
  } else if (digits(date, 8)) {
    y = date.slice(0, 4);
    rest = date.slice(4);
  } else return undefined;
  if (!validDate(+y, +rest.slice(0, 2), +rest.slice(2, 4))) return undefined;
  let hh = '00', mi = '00', ss = '00';
  if (time && (digits(time, 4) || digits(time, 6))) {
    hh = time.slice(0, 2);
    mi = time.slice(2, 4);
    if (time.length === 6) ss = time.slice(4, 6);
    if (!validTime(+hh, +mi, +ss)) return undefined;
  }
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}T${hh}:${mi}:${ss}Z`;
}

/** JSON.stringify(text), without its cost when no character needs escaping (warning messages quote values). */
export function quote(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(text);
  }
  return '"' + text + '"';
}
