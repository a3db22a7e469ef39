// Fast, exact RFC 3339 `date` and `date-time` checks for the compiled schema (ajv-formats' versions
// split strings and run several regexes per call; these read char codes once). Plain JS because the
// generated standalone validator imports it.
import * as ajvFormats from 'ajv-formats/dist/formats.js';

// Node, vite and esbuild expose a CommonJS module's exports differently; normalise to module.exports.
const full = (ajvFormats.default && typeof ajvFormats.default === 'object' ? ajvFormats.default : ajvFormats).fullFormats;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s, from, n) {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function dateAt(s, o) {
  if (s.charCodeAt(o + 4) !== 45 || s.charCodeAt(o + 7) !== 45) return false;
  const y = digits(s, o, 4), m = digits(s, o + 5, 2), d = digits(s, o + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]);
}

/** YYYY-MM-DD, a real calendar day. */
export function date(s) {
  return typeof s === 'string' && s.length === 10 && dateAt(s, 0);
}

/** RFC 3339 date-time: date, T (or t, or space), HH:MM:SS[.frac], Z or ±HH:MM. */
export function dateTime(s) {
  if (typeof s !== 'string' || s.length < 20 || !dateAt(s, 0)) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116 && t !== 32) return false;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const hh = digits(s, 11, 2), mm = digits(s, 14, 2), ss = digits(s, 17, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60) return false;
  // a leap second (:60) only ends a UTC day, as RFC 3339 and ajv-formats have it (14:30:60Z is no time)
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  const z = s.charCodeAt(i);
  if ((z === 90 || z === 122) && i + 1 === s.length) return ss < 60 || (hh === 23 && mm === 59);
  if ((z === 43 || z === 45) && i + 6 === s.length && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2), om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    if (ss < 60) return true;
    // the UTC minute of the local one: it must be 23:59
    const sign = z === 43 ? -1 : 1;
    const utc = (((hh * 60 + mm + sign * (oh * 60 + om)) % 1440) + 1440) % 1440;
    return utc === 23 * 60 + 59;
  }
  return false;
}

/** Every format the compiled schema looks up by name: ours for dates, ajv-formats for the rest. */
export default { ...full, date, 'date-time': dateTime };
