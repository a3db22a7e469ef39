// JSON value ↔ X12 element text, driven by the place's format and the field's type.
import type { X12Format, X12ValueType } from './table.js';

/** Canonical LEX timestamp: UTC, `Z`, optional fraction. Captures date, time and fraction digits. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  /** CCYYMMDD */
  date: string;
  /** HHMMSS */
  time: string;
  /** fraction digits of the seconds, '' when none */
  fraction: string;
}

/** Splits a LEX timestamp or date; `normalized` is set when the text was not canonical but Date could read it. */
export function dateParts(value: string, type: X12ValueType): { parts: DateParts; normalized?: string } | undefined {
  if (type === 'date') {
    const m = DATE.exec(value);
    return m ? { parts: { date: m[1]! + m[2]! + m[3]!, time: '000000', fraction: '' } } : undefined;
  }
  let m = TIMESTAMP.exec(value);
  let normalized: string | undefined;
  if (!m) {
    const ms = Date.parse(value);
    if (!Number.isFinite(ms) || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
    normalized = new Date(ms).toISOString();
    m = TIMESTAMP.exec(normalized);
    if (!m) return undefined;
  }
  const parts = { date: m[1]! + m[2]! + m[3]!, time: m[4]! + m[5]! + m[6]!, fraction: m[7] ?? '' };
  return normalized === undefined ? { parts } : { parts, normalized };
}

/** Time element text for a format: HHMM, or HHMMSS with up to two decimal digits (X12 TM allows HHMMSSDD). */
export function timeText(p: DateParts, format: X12Format): { text: string; truncated: boolean } {
  if (format === 'HHMM') return { text: p.time.slice(0, 4), truncated: false };
  const fraction = p.fraction.slice(0, 2);
  return { text: p.time + fraction, truncated: p.fraction.length > 2 };
}

/** Decimal text without exponent, exact for every finite double (X12 type R has no exponent). */
export function decimalText(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (negative ? '-' : '') + out;
}

// X12 numbers, checked character by character (a regular expression per value costs more):
// decimal ^[+-]?(?:\d+\.?\d*|\.\d+)$, integer ^[+-]?\d+$

function isInteger(s: string): boolean {
  const n = s.length;
  let i = n > 0 && (s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45) ? 1 : 0;
  if (i === n) return false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isDecimal(s: string): boolean {
  const n = s.length;
  let i = n > 0 && (s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45) ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !point) point = true;
    else return false;
  }
  return digits > 0;
}

export function readNumber(text: string, integer: boolean): number | undefined {
  if (!(integer ? isInteger(text) : isDecimal(text))) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function readBoolean(text: string): boolean | undefined {
  if (text === 'Y') return true;
  if (text === 'N') return false;
  return undefined;
}

/** CCYYMMDD or YYMMDD → YYYY-MM-DD (`century` for YYMMDD), undefined when not a calendar date. */
export function readDate(text: string, format: 'CCYYMMDD' | 'YYMMDD', century = '20'): string | undefined {
  const full = format === 'YYMMDD' ? (text.length === 6 ? century + text : '') : text;
  if (full.length !== 8 || !allDigits(full)) return undefined;
  const y = full.slice(0, 4), m = full.slice(4, 6), d = full.slice(6, 8);
  const mm = Number(m), dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > daysIn(Number(y), mm)) return undefined;
  return `${y}-${m}-${d}`;
}

/** HHMM, HHMMSS, HHMMSSD or HHMMSSDD → HH:MM:SS[.D] */
export function readTime(text: string): string | undefined {
  if (!allDigits(text) || (text.length !== 4 && (text.length < 6 || text.length > 8))) return undefined;
  const h = Number(text.slice(0, 2)), mi = Number(text.slice(2, 4)), s = text.length >= 6 ? Number(text.slice(4, 6)) : 0;
  // a leap second (:60) only ends the UTC day (23:59:60), as the validator's date-time has it
  if (h > 23 || mi > 59 || s > 60 || (s === 60 && (h !== 23 || mi !== 59))) return undefined;
  const base = `${text.slice(0, 2)}:${text.slice(2, 4)}:${text.length >= 6 ? text.slice(4, 6) : '00'}`;
  return text.length > 6 ? `${base}.${text.slice(6)}` : base;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function daysIn(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}
