// XML-EDI → LEX. A hand-written, single-pass, allocation-light XML tokenizer that drives the generated element
// map directly (no DOM, no regex per character, no DTD, no entity expansion). Generic: every LEX name comes from
// the generated map.
import { LexCodecError, type LexWarning, type Position } from '@lexstandard/codec';
import { LEX_VERSION, XML_BATCH_ELEMENT, XML_NAMESPACE } from './generated/element-map.js';
import { K_ARRAY, K_MAP, K_OBJECT, K_SCALAR, ROOT, T_BOOLEAN, T_INTEGER, T_NUMBER, T_STRING, type Match, type RNode } from './map.js';

export interface ParseXmlOptions {
  /** largest input accepted, in characters (default 32 MiB for one document, 1 GiB for a batch) */
  maxLength?: number;
  /** deepest element nesting accepted (default 64) */
  maxDepth?: number;
  /** warnings kept per parse; one XML_TOO_MANY_WARNINGS warning replaces the rest (default 1000) */
  maxWarnings?: number;
}

// frame modes
const M_DOC = 0; // outside the root element
const M_SKIP = 1; // inside an element that is skipped (unknown, or child of a scalar)
const M_OBJECT = 2;
const M_SCALAR = 3;
const M_ARRAY = 4; // wrapper of array items
const M_MAP = 5; // wrapper of map entries
const M_BATCH = 6; // <lexBatch>

// how a finished value is stored
const INTO_PROP = 0; // parent object [key]
const INTO_UNWRAPPED = 1; // parent object [key] array, created on first item
const INTO_PUSH = 2; // parent wrapper's array
const INTO_MAP = 3; // parent wrapper's map [key]
const INTO_DOC = 4; // a document root

class Frame {
  /** the input (for `name`) */
  src = '';
  mode = M_DOC;
  node: RNode | null = null;
  /** the element name as written (the end tag must repeat it), as offsets into the input */
  nameStart = 0;
  nameLen = 0;
  /** the name as a string when it is a known spelling (fast end-tag check), else '' */
  canon = '';
  get name(): string {
    return this.src.slice(this.nameStart, this.nameStart + this.nameLen);
  }
  /** offset of '<' */
  start = 0;
  /** the object / array / map this element fills */
  obj: any = null;
  /** already linked into its parent (duplicate elements continue the first one) */
  attached = false;
  into = INTO_PROP;
  /** property name (INTO_PROP, INTO_UNWRAPPED) or map key */
  key = '';
  /** escaped JSON Pointer segment(s) of this element's value */
  seg = '';
  text = '';
  textWarned = false;
  /** scalar type of the value, for scalars */
  type = T_STRING;
  /** which element members were already stored: seen[i] === gen (no reset needed between elements) */
  gen = 0;
  seen = new Int32Array(8);
}

let generation = 0;
/**
 * Frames are pooled across parses (a parse is synchronous and never re-entered), so a parse allocates no frames;
 * run() clears them afterwards so no input or result stays reachable.
 */
const FRAMES: Frame[] = [new Frame()];

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** ASCII character classes in a tag: 1 name character (letters, digits, - . _ :), 2 ends a name (> / whitespace), 0 other. */
const NAME_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) NAME_ASCII[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95 || c === 58 ? 1 : c === 62 || c === 47 || c === 32 || c === 10 || c === 9 || c === 13 ? 2 : 0;
const isWs = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** XML NameStartChar, simplified to the ranges a parser must accept (ASCII letters, _, :, and anything ≥ 0xC0). */
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0xd800) || (c >= 0xe000 && c < 0xfffe);
const isNameChar = (c: number) => (c < 128 ? NAME_ASCII[c] === 1 : isNameCharSlow(c));
const isNameCharSlow = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7 || (c >= 0xd800 && c < 0xdc00) || (c >= 0xdc00 && c < 0xe000);

const localName = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};
const escSeg = (k: string) => (k.indexOf('~') < 0 && k.indexOf('/') < 0 ? k : k.replace(/~/g, '~0').replace(/\//g, '~1'));

export interface ParsedDocuments {
  messages: any[];
  warnings: LexWarning[];
}

/**
 * The XML declaration whose `<?xml` is at `p`: where it ends (after `?>`), the XML_MALFORMED reason when it is
 * unterminated or has no version, and the XML_ENCODING_DECLARATION warning when it names an encoding other than
 * UTF-8 (the text given is already decoded). Shared with the stream reader of @lexstandard/core, which finds the
 * declaration of a batch itself.
 */
/** The XML_MALFORMED reason for a character XML 1.0 does not allow. */
export const notXmlCharacter = (code: number) => `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML (binary data or wrong encoding?)`;

/**
 * The index of the first character in s[from, to) that XML 1.0 does not allow (a control character but tab, LF
 * and CR; U+FFFE, U+FFFF; a lone surrogate), or -1. The rule the parser applies inline as it reads text.
 */
export function firstNotXmlChar(s: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 32 ? c < 0xd800 || (c >= 0xe000 && c < 0xfffe) : c === 9 || c === 10 || c === 13) continue;
    if (c < 0xdc00 && c >= 0xd800) {
      const d = s.charCodeAt(k + 1);
      if (k + 1 < to && d >= 0xdc00 && d < 0xe000) { k++; continue; }
    }
    return k;
  }
  return -1;
}

/** The end of the processing instruction target (an XML Name) that starts at `p`, at most `end`. */
export function piTargetEnd(s: string, p: number, end: number): number {
  let j = p;
  while (j < end && isNameChar(s.charCodeAt(j))) j++;
  return j;
}

export function readDeclaration(s: string, p: number): { end: number; error?: string; warning?: { code: string; message: string } } {
  const close = s.indexOf('?>', p + 5);
  if (close < 0) return { end: s.length, error: 'unterminated XML declaration' };
  const decl = s.slice(p + 5, close);
  const out: { end: number; error?: string; warning?: { code: string; message: string } } = { end: close + 2 };
  const enc = /\bencoding\s*=\s*["']([^"']*)["']/.exec(decl);
  if (enc && !/^utf-?8$/i.test(enc[1]!)) {
    out.warning = { code: 'XML_ENCODING_DECLARATION', message: `the declaration names encoding "${enc[1]}"; the input is read as Unicode text (pass bytes to have it decoded) and output is always UTF-8` };
  }
  if (!/\bversion\s*=\s*["']([^"']*)["']/.test(decl)) out.error = 'XML declaration without version';
  return out;
}

export class XmlParser {
  private readonly s: string;
  private readonly n: number;
  private readonly batch: boolean;
  private readonly maxDepth: number;
  private readonly maxWarnings: number;
  private readonly frames: Frame[] = FRAMES;
  private depth = 0;
  private lineStarts: number[] | null = null;
  private readonly warnings: LexWarning[] = [];
  private warningsCapped = false;
  private readonly caseWarned = new Set<string>();
  private readonly messages: any[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private sawDeclaration = false;
  private sawMarkup = false;

  constructor(text: string, batch: boolean, options: ParseXmlOptions = {}) {
    this.s = text;
    this.n = text.length;
    this.batch = batch;
    this.maxDepth = options.maxDepth ?? 64;
    this.maxWarnings = options.maxWarnings ?? 1000;
    const maxLength = options.maxLength ?? (batch ? 1 << 30 : 32 << 20);
    if (this.n > maxLength) this.fail('XML_TOO_LARGE', `input is ${this.n} characters; the limit is ${maxLength} (option maxLength)`, 0);
    const doc = this.frames[0]!;
    doc.mode = M_DOC;
    doc.src = text;
    doc.nameLen = 0;
    doc.gen = ++generation;
  }

  // ----- positions, warnings, errors ---------------------------------------------------------------------------

  position(offset: number): Position {
    if (offset > this.n) offset = this.n;
    if (!this.lineStarts) {
      const starts = [0];
      const s = this.s;
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - ls[lo]! + 1 };
  }

  private fail(code: string, message: string, offset: number): never {
    throw new LexCodecError('xml', code, message, this.position(offset));
  }

  private warn(code: string, message: string, offset: number, path?: string) {
    if (this.warnings.length >= this.maxWarnings) {
      if (!this.warningsCapped) {
        this.warningsCapped = true;
        this.warnings.push({ code: 'XML_TOO_MANY_WARNINGS', message: `more than ${this.maxWarnings} warnings; the rest are not reported`, position: this.position(offset) });
      }
      return;
    }
    const w: LexWarning = { code, message, position: this.position(offset) };
    if (path !== undefined) w.path = path;
    this.warnings.push(w);
  }

  /** JSON Pointer of the value of the frame at `d`. */
  private pointer(d: number): string {
    let p = '';
    for (let i = 1; i <= d; i++) {
      const seg = this.frames[i]!.seg;
      if (seg !== '') p += '/' + seg;
    }
    return p;
  }

  /** Element path (as written) of the frame at `d`, with `child` appended. */
  private elementPath(d: number, child?: string): string {
    let p = '';
    for (let i = 1; i <= d; i++) p += '/' + this.frames[i]!.name;
    return child === undefined ? p : p + '/' + child;
  }

  // ----- the tokenizer -----------------------------------------------------------------------------------------

  run(): ParsedDocuments {
    try {
      return this.tokenize();
    } finally {
      for (const f of this.frames) {
        f.src = '';
        f.obj = null;
        f.node = null;
        f.text = '';
      }
    }
  }

  private tokenize(): ParsedDocuments {
    const s = this.s;
    const n = this.n;
    let p = 0;
    if (n > 0 && s.charCodeAt(0) === 0xfeff) p = 1;
    if (s.startsWith('<?xml', p) && isWs(s.charCodeAt(p + 5))) p = this.declaration(p);
    while (p < n) {
      p = this.text(p);
      if (p >= n) break;
      const c = s.charCodeAt(p + 1);
      if (c === 47) p = this.endTag(p);
      else if (c === 33) p = this.bang(p);
      else if (c === 63) p = this.pi(p);
      else p = this.startTag(p);
    }
    if (this.depth > 0) this.fail('XML_MALFORMED', `unexpected end of input: <${this.frames[this.depth]!.name}> is not closed`, n);
    if (!this.rootSeen) this.fail('XML_MALFORMED', n === 0 ? 'empty input' : 'no root element', n);
    return { messages: this.messages, warnings: this.warnings };
  }

  /** `<?xml version=… encoding=…?>` at the start. */
  private declaration(p: number): number {
    const d = readDeclaration(this.s, p);
    if (d.warning) this.warn(d.warning.code, d.warning.message, p);
    if (d.error) this.fail('XML_MALFORMED', d.error, p);
    this.sawDeclaration = true;
    return d.end;
  }

  /** Character data from p to the next '<'; returns the offset of that '<' (or the end). */
  private text(p: number): number {
    const s = this.s;
    const n = this.n;
    const f = this.frames[this.depth]!;
    let nonWs = -1;
    let special = false; // a reference or a CR: decoded in one linear pass below
    let i = p;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 60) break;
      if (c <= 32) {
        if (c === 32 || c === 10 || c === 9) continue;
        if (c === 13) { special = true; continue; }
        this.badChar(i);
      }
      if (nonWs < 0) nonWs = i;
      if (c === 38) special = true;
      else if (c >= 0xd800 && this.checkHigh(i, c)) i++;
    }
    if (i === p) return i;
    if (f.mode === M_SCALAR) {
      const t = special ? this.decode(p, i, false) : s.slice(p, i);
      f.text = f.text === '' ? t : f.text + t;
    } else {
      if (special) this.decode(p, i, false); // undefined entities are errors wherever they are
      if (nonWs >= 0) this.strayText(f, nonWs);
    }
    return i;
  }

  /**
   * Text from a to b with references decoded and line ends normalised (CR LF and CR → LF; in attribute values
   * also TAB and LF → space), in one pass. Only the five predefined entities and character references exist: any
   * other `&name;` is XML_UNDEFINED_ENTITY; nothing is ever looked up or expanded.
   */
  private decode(a: number, b: number, attribute: boolean): string {
    const s = this.s;
    const out = new Uint16Array(b - a);
    let o = 0;
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c === 13) {
        out[o++] = attribute ? 32 : 10;
        if (i + 1 < b && s.charCodeAt(i + 1) === 10) i++;
        continue;
      }
      if (c !== 38) {
        out[o++] = attribute && (c === 9 || c === 10) ? 32 : c;
        continue;
      }
      // a reference: up to ';' (names and numbers never hold whitespace, '&', '<' or quotes)
      let j = i + 1;
      while (j < b) {
        const d = s.charCodeAt(j);
        if (d === 59 || d === 38 || d === 60 || d === 34 || d === 39 || d <= 32) break;
        j++;
      }
      if (j >= b || j === i + 1 || s.charCodeAt(j) !== 59) {
        this.warn('XML_BARE_AMPERSAND', "'&' that starts no reference is kept as a literal '&' (it should be written &amp;)", i);
        out[o++] = 38;
        continue;
      }
      let cp = -1;
      const len = j - i - 1;
      if (s.charCodeAt(i + 1) === 35) {
        const hex = s.charCodeAt(i + 2) === 120;
        const from = i + (hex ? 3 : 2);
        if (from < j && j - from <= 8) {
          cp = 0;
          for (let k = from; k < j; k++) {
            const d = s.charCodeAt(k);
            const v = d >= 48 && d <= 57 ? d - 48 : hex && ((d | 32) >= 97 && (d | 32) <= 102) ? (d | 32) - 87 : -1;
            if (v < 0) { cp = -1; break; }
            cp = cp * (hex ? 16 : 10) + v;
          }
        }
        const legal = cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
        if (!legal) this.fail('XML_MALFORMED', `character reference &${s.slice(i + 1, j)}; is not a legal XML character`, i);
      } else {
        const c1 = s.charCodeAt(i + 1);
        const c2 = s.charCodeAt(i + 2);
        if (len === 2 && c2 === 116) cp = c1 === 108 ? 60 : c1 === 103 ? 62 : -1; // lt gt
        else if (len === 3 && c1 === 97 && c2 === 109 && s.charCodeAt(i + 3) === 112) cp = 38; // amp
        else if (len === 4) {
          const ref = s.slice(i + 1, j);
          cp = ref === 'quot' ? 34 : ref === 'apos' ? 39 : -1;
        }
        if (cp < 0) this.fail('XML_UNDEFINED_ENTITY', `entity &${s.slice(i + 1, j)}; is not defined (only &lt; &gt; &amp; &quot; &apos; and character references are; DTDs and entity declarations are never read)`, i);
      }
      if (cp > 0xffff) {
        out[o++] = 0xd800 + ((cp - 0x10000) >> 10);
        out[o++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else out[o++] = cp;
      i = j;
    }
    let text = '';
    for (let k = 0; k < o; k += 8192) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(o, k + 8192)) as unknown as number[]);
    return text;
  }

  private strayText(f: Frame, at: number) {
    if (f.mode === M_DOC) this.fail('XML_MALFORMED', this.rootSeen ? 'text after the root element' : 'text before the root element', at);
    if (f.mode === M_SKIP || f.textWarned) return;
    f.textWarned = true;
    this.warn('XML_UNEXPECTED_TEXT', `text inside <${f.name}>, which holds elements, is ignored`, at, this.pointer(this.depth));
  }

  private badChar(i: number): never {
    this.fail('XML_MALFORMED', notXmlCharacter(this.s.charCodeAt(i)), i);
  }

  /** Checks a code unit ≥ 0xD800; returns true when it starts a valid surrogate pair (skip the low half). */
  private checkHigh(i: number, c: number): boolean {
    if (c < 0xdc00) {
      const d = this.s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) return true;
      this.badChar(i);
    }
    if (c < 0xe000 || c === 0xfffe || c === 0xffff) this.badChar(i);
    return false;
  }

  /** `<!--`, `<![CDATA[`, and the forbidden `<!DOCTYPE` family. */
  private bang(p: number): number {
    const s = this.s;
    if (s.startsWith('<!--', p)) {
      const end = s.indexOf('-->', p + 4);
      if (end < 0) this.fail('XML_MALFORMED', 'unterminated comment', p);
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', p)) {
      const f = this.frames[this.depth]!;
      if (f.mode === M_DOC) this.fail('XML_MALFORMED', 'CDATA section outside the root element', p);
      const end = s.indexOf(']]>', p + 9);
      if (end < 0) this.fail('XML_MALFORMED', 'unterminated CDATA section', p);
      let nonWs = -1;
      let crlf = false;
      for (let i = p + 9; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c <= 32) {
          if (c === 13) crlf = true;
          else if (c !== 32 && c !== 10 && c !== 9) this.badChar(i);
          continue;
        }
        if (nonWs < 0) nonWs = i;
        if (c >= 0xd800 && this.checkHigh(i, c)) i++;
      }
      if (f.mode === M_SCALAR) {
        let t = s.slice(p + 9, end);
        if (crlf) t = t.replace(/\r\n?/g, '\n');
        f.text += t;
      } else if (nonWs >= 0) this.strayText(f, nonWs);
      return end + 3;
    }
    const word = /^<!([A-Za-z]+)/.exec(s.slice(p, p + 12));
    const kw = word?.[1]!.toUpperCase();
    if (kw === 'DOCTYPE' || kw === 'ENTITY' || kw === 'ELEMENT' || kw === 'ATTLIST' || kw === 'NOTATION') {
      this.fail('XML_DTD_FORBIDDEN', `<!${word![1]}> is not allowed: LEX XML-EDI never reads a DTD or entity declaration`, p);
    }
    this.fail('XML_MALFORMED', "'<!' that starts no comment or CDATA section", p);
  }

  /** Processing instructions are skipped; a late XML declaration is tolerated with a warning. */
  private pi(p: number): number {
    const end = this.s.indexOf('?>', p + 2);
    if (end < 0) this.fail('XML_MALFORMED', 'unterminated processing instruction', p);
    const j = piTargetEnd(this.s, p + 2, end);
    if (j === p + 2) this.fail('XML_MALFORMED', 'processing instruction without a target', p);
    if (this.s.slice(p + 2, j).toLowerCase() === 'xml') {
      if (this.sawDeclaration || this.sawMarkup || this.rootSeen) this.fail('XML_MALFORMED', 'XML declaration that is not at the start of the document', p);
      this.warn('XML_DECLARATION_NOT_FIRST', 'the XML declaration should be the very first thing in the document', p);
      return this.declaration(p);
    }
    this.sawMarkup = true;
    return end + 2;
  }

  private endTag(p: number): number {
    const s = this.s;
    if (this.depth === 0) this.fail('XML_MALFORMED', 'end tag without a start tag', p);
    const f = this.frames[this.depth]!;
    const len = f.nameLen;
    const b = p + 2;
    let i = b + len;
    let same: boolean;
    if (f.canon !== '') same = s.startsWith(f.canon, b);
    else {
      const a = f.nameStart;
      same = i <= this.n;
      for (let k = 0; same && k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) same = false;
    }
    if (!same || isNameChar(s.charCodeAt(i))) {
      let j = b;
      while (j < this.n && isNameChar(s.charCodeAt(j))) j++;
      if (j >= this.n) this.fail('XML_MALFORMED', `unexpected end of input in an end tag (<${f.name}> is not closed)`, p);
      this.fail('XML_MALFORMED', `end tag </${s.slice(b, j)}> does not match <${f.name}>`, p);
    }
    while (i < this.n && isWs(s.charCodeAt(i))) i++;
    if (i >= this.n) this.fail('XML_MALFORMED', `unexpected end of input in </${f.name}>`, p);
    if (s.charCodeAt(i) !== 62) this.fail('XML_MALFORMED', `'>' expected to end </${f.name}>`, i);
    this.close();
    return i + 1;
  }

  private startTag(p: number): number {
    const s = this.s;
    const n = this.n;
    let i = p + 1;
    if (i >= n) this.fail('XML_MALFORMED', "unexpected end of input after '<'", p);
    if (!isNameStart(s.charCodeAt(i))) this.fail('XML_MALFORMED', `'<' followed by '${s[i]}' starts no element name`, p);
    let hash = s.charCodeAt(i);
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      const k = c < 128 ? NAME_ASCII[c]! : isNameCharSlow(c) ? 1 : 0;
      if (k !== 1) {
        if (k === 2) break;
        this.fail('XML_MALFORMED', `character '${s[i]}' is not allowed in an element name`, i);
      }
      hash = (Math.imul(hash, 31) + c) | 0;
      i++;
    }
    if (i >= n) this.fail('XML_MALFORMED', 'unexpected end of input in a start tag', p);
    const nameEnd = i;
    let attrs: (string | number)[] | null = null;
    let selfClosing = false;
    for (;;) {
      const ws = i;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      if (i >= n) this.fail('XML_MALFORMED', `unexpected end of input in <${s.slice(p + 1, nameEnd)}>`, p);
      const c = s.charCodeAt(i);
      if (c === 62) { i++; break; }
      if (c === 47) {
        if (s.charCodeAt(i + 1) !== 62) this.fail('XML_MALFORMED', `'/>' expected in <${s.slice(p + 1, nameEnd)}>`, i);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === ws) this.fail('XML_MALFORMED', `whitespace expected before an attribute of <${s.slice(p + 1, nameEnd)}>`, i);
      if (!isNameStart(c)) this.fail('XML_MALFORMED', `character '${s[i]}' cannot start an attribute name in <${s.slice(p + 1, nameEnd)}>`, i);
      const at = i;
      i++;
      while (i < n && isNameChar(s.charCodeAt(i))) i++;
      const aname = s.slice(at, i);
      while (i < n && isWs(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 61) this.fail('XML_MALFORMED', i >= n ? `unexpected end of input in <${s.slice(p + 1, nameEnd)}>` : `'=' expected after attribute ${aname}`, i);
      i++;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) this.fail('XML_MALFORMED', i >= n ? `unexpected end of input in <${s.slice(p + 1, nameEnd)}>` : `quoted value expected for attribute ${aname}`, i);
      const vStart = i + 1;
      const vEnd = s.indexOf(q === 34 ? '"' : "'", vStart);
      if (vEnd < 0) this.fail('XML_MALFORMED', `unterminated value of attribute ${aname}`, i);
      const value = this.attrValue(vStart, vEnd);
      if (attrs === null) attrs = [];
      else {
        for (let k = 0; k < attrs.length; k += 3) if (attrs[k] === aname) this.fail('XML_MALFORMED', `attribute ${aname} appears twice in <${s.slice(p + 1, nameEnd)}>`, at);
        if (attrs.length >= 3 * 256) this.fail('XML_MALFORMED', `more than 256 attributes in <${s.slice(p + 1, nameEnd)}>`, at);
      }
      attrs.push(aname, value, at);
      i = vEnd + 1;
    }
    if (!selfClosing && attrs === null) {
      const end = this.leaf(p + 1, nameEnd - p - 1, hash, i);
      if (end >= 0) return end;
    }
    this.open(p + 1, nameEnd - p - 1, hash, p, attrs);
    if (selfClosing) this.close();
    return i;
  }

  /**
   * Fast path for the most common element, a known scalar holding plain text: `<Name>text</Name>` is read and
   * stored here without a frame. Returns the offset after the end tag, or -1 to take the general path (entities,
   * CDATA, comments, CR, child elements, empty or duplicate values, anything unusual).
   */
  private leaf(nameStart: number, nameLen: number, hash: number, i: number): number {
    const parent = this.frames[this.depth]!;
    let node: RNode;
    let canon: string;
    if (parent.mode === M_OBJECT) {
      const cands = parent.node!.byHash.get(hash);
      if (cands === undefined) return -1;
      let m: Match | undefined;
      for (let k = 0; k < cands.length; k++) {
        if (this.spells(cands[k]!.name, nameStart, nameLen)) {
          m = cands[k];
          break;
        }
      }
      if (m === undefined || m.node.kind !== K_SCALAR) return -1;
      node = m.node;
      canon = m.name;
    } else if (parent.mode === M_ARRAY && !parent.node!.objectItems) {
      node = parent.node!;
      canon = node.itemElement;
      if (!this.spells(canon, nameStart, nameLen)) return -1;
    } else return -1;
    const s = this.s;
    const n = this.n;
    let j = i;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 60) break;
      if (c === 38 || c >= 0xd800 || (c < 32 && c !== 9 && c !== 10)) return -1;
    }
    if (j === i || j >= n || s.charCodeAt(j + 1) !== 47 || !s.startsWith(canon, j + 2) || s.charCodeAt(j + 2 + nameLen) !== 62) return -1;
    const text = s.slice(i, j);
    if (parent.mode === M_OBJECT) {
      const o = parent.obj;
      if (this.held(parent, node) && o[node.name] !== undefined) return -1;
      o[node.name] = node.type === T_STRING ? text : this.convert(text, node.type, nameStart - 1, this.depth, node.seg);
    } else {
      const arr = parent.obj;
      arr.push(node.type === T_STRING ? text : this.convert(text, node.type, nameStart - 1, this.depth, String(arr.length)));
    }
    this.sawMarkup = true;
    return j + 3 + nameLen;
  }

  /** Attribute value: references decoded, whitespace characters normalised to spaces. */
  private attrValue(a: number, b: number): string {
    const s = this.s;
    let special = false;
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c < 32) {
        if (c !== 9 && c !== 10 && c !== 13) this.badChar(i);
        special = true;
      } else if (c === 60) this.fail('XML_MALFORMED', "'<' is not allowed in an attribute value", i);
      else if (c === 38) special = true;
      else if (c >= 0xd800 && this.checkHigh(i, c)) i++;
    }
    return special ? this.decode(a, b, true) : s.slice(a, b);
  }

  // ----- the mapping engine ------------------------------------------------------------------------------------

  private push(nameStart: number, nameLen: number, start: number): Frame {
    const d = ++this.depth;
    if (d > this.maxDepth) this.fail('XML_DEPTH_LIMIT', `elements are nested deeper than ${this.maxDepth} levels`, start);
    let f = this.frames[d];
    if (f === undefined) this.frames.push((f = new Frame()));
    f.src = this.s;
    f.mode = M_SKIP;
    f.node = null;
    f.nameStart = nameStart;
    f.nameLen = nameLen;
    f.canon = '';
    f.start = start;
    f.obj = null;
    f.attached = false;
    f.into = INTO_PROP;
    f.key = '';
    f.seg = '';
    f.text = '';
    f.textWarned = false;
    f.type = T_STRING;
    f.gen = ++generation;
    return f;
  }

  /** Whether the parent (at depth d-1) already holds member `node`; marks it as held. */
  private held(parent: Frame, node: RNode): boolean {
    const i = node.index;
    let seen = parent.seen;
    if (i >= seen.length) {
      const grown = new Int32Array(Math.max(i + 1, seen.length * 2));
      grown.set(seen);
      parent.seen = seen = grown;
    }
    if (seen[i] === parent.gen) return true;
    seen[i] = parent.gen;
    return false;
  }

  /** Whether the input at `at` spells `name` (no string is made from the input). */
  private spells(name: string, at: number, len: number): boolean {
    return name.length === len && this.s.startsWith(name, at);
  }

  /** The member of an object node the element names: exact spelling first (by hash), then ignoring case and prefix. */
  private lookup(node: RNode, f: Frame, hash: number): Match | undefined {
    const cands = node.byHash.get(hash);
    if (cands !== undefined) {
      for (let k = 0; k < cands.length; k++) {
        const m = cands[k]!;
        if (this.spells(m.name, f.nameStart, f.nameLen)) {
          f.canon = m.name;
          return m;
        }
      }
    }
    const local = localName(f.name);
    let m = node.byName.get(local);
    if (m === undefined) {
      m = node.byLower.get(local.toLowerCase());
      if (m !== undefined) this.caseWarning(local, m.name, f.start);
    }
    return m;
  }

  private open(nameStart: number, nameLen: number, hash: number, start: number, attrs: (string | number)[] | null) {
    const parent = this.frames[this.depth]!;
    const pmode = parent.mode;
    this.sawMarkup = true;
    const f = this.push(nameStart, nameLen, start);
    if (pmode === M_SKIP) return;

    if (pmode === M_OBJECT) {
      const m = this.lookup(parent.node!, f, hash);
      if (m === undefined) return this.unknown(f, localName(f.name));
      const node = m.node;
      f.node = node;
      f.key = node.name;
      f.seg = node.seg;
      switch (node.kind) {
        case K_SCALAR:
          f.mode = M_SCALAR;
          f.type = node.type;
          break;
        case K_OBJECT: {
          f.mode = M_OBJECT;
          const existing = this.held(parent, node) ? parent.obj[node.name] : undefined;
          if (existing !== undefined && typeof existing === 'object' && !Array.isArray(existing)) {
            f.obj = existing;
            f.attached = true;
            this.warn('XML_DUPLICATE_ELEMENT', `<${f.name}> appears again; its content is merged into the first one`, start, this.pointer(this.depth));
          } else f.obj = {};
          break;
        }
        case K_ARRAY: {
          const existing = this.held(parent, node) ? parent.obj[node.name] : undefined;
          if (node.wrapper || m.asWrapper) {
            f.mode = M_ARRAY;
            if (m.asWrapper) this.warn('XML_ARRAY_WRAPPER', `<${f.name}> is read as a wrapper around repeated <${node.itemElement}> items, which canonical XML-EDI writes without a wrapper`, start, this.pointer(this.depth));
            if (Array.isArray(existing)) {
              f.obj = existing;
              f.attached = true;
            } else f.obj = [];
          } else {
            // an unwrapped item: the array is made when the first item is stored
            f.into = INTO_UNWRAPPED;
            f.seg = `${node.seg}/${Array.isArray(existing) ? existing.length : 0}`;
            this.openItem(f, node);
          }
          break;
        }
        case K_MAP: {
          f.mode = M_MAP;
          const existing = this.held(parent, node) ? parent.obj[node.name] : undefined;
          if (existing !== undefined && typeof existing === 'object' && !Array.isArray(existing)) {
            f.obj = existing;
            f.attached = true;
          } else f.obj = {};
          break;
        }
      }
      if (attrs !== null) this.attributes(f, attrs);
      return;
    }
    if (pmode === M_ARRAY) {
      const node = parent.node!;
      if (this.spells(node.itemElement, nameStart, nameLen)) f.canon = node.itemElement;
      else {
        const local = localName(f.name);
        if (local === node.itemElement) { /* prefixed */ } else if (local.toLowerCase() === node.itemElement.toLowerCase()) this.caseWarning(local, node.itemElement, start);
        else this.warnOnce('XML_ITEM_ELEMENT_NAME', `<${local}> inside <${parent.name}> is read as an item (canonical name: <${node.itemElement}>)`, start, this.pointer(this.depth - 1));
      }
      f.node = node;
      f.into = INTO_PUSH;
      f.seg = String(parent.obj.length);
      this.openItem(f, node);
      if (attrs !== null) this.attributes(f, attrs);
      return;
    }
    if (pmode === M_MAP) {
      const node = parent.node!;
      if (this.spells(node.itemElement, nameStart, nameLen)) f.canon = node.itemElement;
      else {
        const local = localName(f.name);
        if (local.toLowerCase() === node.itemElement.toLowerCase()) { if (local !== node.itemElement) this.caseWarning(local, node.itemElement, start); }
        else return this.unknown(f, local, `<${parent.name}> holds <${node.itemElement} ${node.keyAttribute}="…"> entries`);
      }
      let key: string | undefined;
      if (attrs !== null) {
        for (let k = 0; k < attrs.length; k += 3) {
          const an = attrs[k] as string;
          if (an === node.keyAttribute || an.toLowerCase() === node.keyAttribute.toLowerCase()) {
            key = attrs[k + 1] as string;
            if (an !== node.keyAttribute) this.caseWarning(an, node.keyAttribute, attrs[k + 2] as number);
          }
        }
      }
      if (key === undefined || key === '') {
        this.warn('XML_MAP_KEY_MISSING', `<${f.name}> has no ${node.keyAttribute} attribute; the entry is ignored`, start, this.pointer(this.depth - 1));
        return;
      }
      f.node = node;
      f.mode = M_SCALAR;
      f.type = node.type;
      f.into = INTO_MAP;
      f.key = key;
      f.seg = escSeg(key);
      if (attrs !== null) this.attributes(f, attrs, node.keyAttribute);
      return;
    }
    const local = localName(f.name);
    if (pmode === M_DOC) return this.openRoot(f, local, attrs);
    if (pmode === M_BATCH) {
      if (local === ROOT.element || local.toLowerCase() === ROOT.element.toLowerCase()) {
        if (local !== ROOT.element) this.caseWarning(local, ROOT.element, start);
        return this.openDocument(f, attrs, `${this.messages.length}/${ROOT.seg}`, true);
      }
      return this.unknown(f, local, `a <${XML_BATCH_ELEMENT}> holds only <${ROOT.element}> documents`);
    }
    // inside a scalar
    this.unknown(f, local, `<${parent.name}> holds a value, not elements`);
  }

  private openItem(f: Frame, node: RNode) {
    if (node.objectItems) {
      f.mode = M_OBJECT;
      f.obj = {};
    } else {
      f.mode = M_SCALAR;
      f.type = node.type;
    }
  }

  private openRoot(f: Frame, local: string, attrs: (string | number)[] | null) {
    if (this.rootSeen) this.fail('XML_MALFORMED', 'a second root element (an XML document has exactly one)', f.start);
    this.rootSeen = true;
    this.checkNamespace(f, attrs, true);
    if (this.batch && (local === XML_BATCH_ELEMENT || local.toLowerCase() === XML_BATCH_ELEMENT.toLowerCase())) {
      if (local !== XML_BATCH_ELEMENT) this.caseWarning(local, XML_BATCH_ELEMENT, f.start);
      f.mode = M_BATCH;
      if (attrs !== null) this.attributes(f, attrs);
      return;
    }
    if (local !== ROOT.element) {
      if (local.toLowerCase() === ROOT.element.toLowerCase()) this.caseWarning(local, ROOT.element, f.start);
      else this.warn('XML_ROOT_ELEMENT_NAME', `root element <${local}> is read as <${ROOT.element}>`, f.start);
    }
    this.openDocument(f, attrs, this.batch ? `0/${ROOT.seg}` : ROOT.seg, false);
  }

  private openDocument(f: Frame, attrs: (string | number)[] | null, seg: string, inBatch: boolean) {
    f.mode = M_OBJECT;
    f.node = ROOT;
    f.obj = {};
    f.into = INTO_DOC;
    f.seg = seg;
    if (inBatch) this.checkNamespace(f, attrs, false);
    if (attrs !== null) this.attributes(f, attrs);
  }

  /** The root must be in the LEX namespace (inherited inside a batch, unless redeclared). */
  private checkNamespace(f: Frame, attrs: (string | number)[] | null, required: boolean) {
    const qname = f.name;
    const colon = qname.indexOf(':');
    const want = colon < 0 ? 'xmlns' : `xmlns:${qname.slice(0, colon)}`;
    let ns: string | undefined;
    if (attrs !== null) for (let k = 0; k < attrs.length; k += 3) if (attrs[k] === want) ns = attrs[k + 1] as string;
    if (ns === undefined) {
      if (required) this.warn('XML_NAMESPACE_MISSING', `<${f.name}> is not in the LEX namespace ${XML_NAMESPACE}; read as LEX anyway`, f.start);
    } else if (ns !== XML_NAMESPACE) {
      this.warn('XML_NAMESPACE_UNEXPECTED', `<${f.name}> is in namespace "${ns}", not ${XML_NAMESPACE}; read as LEX anyway`, f.start);
    }
  }

  /** Attributes of an element: the node's attribute fields; namespace declarations and xsi:* are ignored. */
  private attributes(f: Frame, attrs: (string | number)[], keyAttribute?: string) {
    const node = f.node;
    for (let k = 0; k < attrs.length; k += 3) {
      const an = attrs[k] as string;
      if (an === 'xmlns' || an.startsWith('xmlns:') || an.startsWith('xsi:')) continue;
      if (keyAttribute !== undefined && an.toLowerCase() === keyAttribute.toLowerCase()) continue;
      if (an === 'xml:lang' || an === 'xml:space') continue;
      const offset = attrs[k + 2] as number;
      let a: RNode | undefined;
      if (f.mode === M_OBJECT && node !== null && node.attributes.length) {
        a = node.attrByName.get(an);
        if (a === undefined) {
          a = node.attrByLower.get(an.toLowerCase());
          if (a !== undefined) this.caseWarning(an, a.element, offset);
        }
      }
      if (a === undefined) {
        this.warn('XML_UNKNOWN_ATTRIBUTE', `attribute ${an} of ${this.elementPath(this.depth)} is not part of LEX XML-EDI; ignored`, offset, this.pointer(this.depth));
        continue;
      }
      const raw = attrs[k + 1] as string;
      if (raw === '') this.warn('XML_EMPTY_ELEMENT_IGNORED', `attribute ${an} is empty; treated as absent`, offset, `${this.pointer(this.depth)}/${a.seg}`);
      else f.obj[a.name] = this.convert(raw, a.type, offset, this.depth, a.seg);
    }
  }

  private unknown(f: Frame, local: string, why?: string) {
    f.mode = M_SKIP;
    this.warn('UNKNOWN_ELEMENT', `${this.elementPath(this.depth - 1, local)} is not part of LEX XML-EDI${why ? ` (${why})` : ''}; it and its content are ignored`, f.start, this.pointer(this.depth - 1));
  }

  private caseWarning(written: string, canonical: string, offset: number) {
    const key = written + '\u0000' + canonical;
    if (this.caseWarned.has(key)) return;
    this.caseWarned.add(key);
    this.warn('XML_ELEMENT_NAME_CASE', `<${written}> is read as <${canonical}> (element names are matched ignoring case; canonical XML-EDI writes <${canonical}>)`, offset);
  }

  private readonly onceWarned = new Set<string>();
  private warnOnce(code: string, message: string, offset: number, path: string) {
    const key = code + message;
    if (this.onceWarned.has(key)) return;
    this.onceWarned.add(key);
    this.warn(code, message, offset, path);
  }

  /** Element text → the JSON type of the field; a value that does not convert stays a string (validation reports it). */
  /** `d`: depth of the frame whose pointer the value's pointer starts with; `seg`: a further segment, if any. */
  private convert(text: string, type: number, offset: number, d: number, seg?: string): unknown {
    if (type === T_STRING) return text;
    const t = text.trim();
    if (type === T_BOOLEAN) {
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      const l = t.toLowerCase();
      if (l === 'true' || l === 'false') {
        this.warn('XML_VALUE_NORMALIZED', `boolean "${t}" read as ${l}`, offset, this.pointer(d) + (seg === undefined ? '' : '/' + seg));
        return l === 'true';
      }
      this.warn('XML_VALUE_NOT_CONVERTED', `"${text}" is not a boolean (true/false); kept as a string`, offset, this.pointer(d) + (seg === undefined ? '' : '/' + seg));
      return text;
    }
    if (NUMBER.test(t)) {
      const v = Number(t);
      if (Number.isFinite(v) && (type === T_NUMBER || Number.isInteger(v))) return v;
    }
    this.warn('XML_VALUE_NOT_CONVERTED', `"${text}" is not ${type === T_INTEGER ? 'an integer' : 'a number'}; kept as a string`, offset, this.pointer(d) + (seg === undefined ? '' : '/' + seg));
    return text;
  }

  private close() {
    const d = this.depth;
    const f = this.frames[d]!;
    const parent = this.frames[d - 1]!;
    switch (f.mode) {
      case M_SCALAR: {
        if (f.text === '') {
          this.warn('XML_EMPTY_ELEMENT_IGNORED', `<${f.name}/> is empty; treated as absent`, f.start, this.pointer(d));
          break;
        }
        const value = f.type === T_STRING ? f.text : this.convert(f.text, f.type, f.start, d);
        this.store(f, parent, value);
        break;
      }
      case M_OBJECT: {
        if (f.into === INTO_DOC) {
          this.finishDocument(f);
          break;
        }
        if (f.attached) break;
        let empty = true;
        for (const _ in f.obj) { empty = false; break; }
        // a required block is there even when empty (the XSD requires its element): {} rather than absent
        if (empty && !f.node!.required) this.warn('XML_EMPTY_ELEMENT_IGNORED', `<${f.name}> has no LEX content; treated as absent`, f.start, this.pointer(d));
        else {
          this.requireMembers(f, d);
          this.store(f, parent, f.obj);
        }
        break;
      }
      case M_ARRAY:
        if (f.attached) break;
        if (f.obj.length === 0) this.warn('XML_EMPTY_ELEMENT_IGNORED', `<${f.name}> has no items; treated as absent`, f.start, this.pointer(d));
        else this.store(f, parent, f.obj);
        break;
      case M_MAP: {
        if (f.attached) break;
        let empty = true;
        for (const _ in f.obj) { empty = false; break; }
        if (empty) this.warn('XML_EMPTY_ELEMENT_IGNORED', `<${f.name}> has no entries; treated as absent`, f.start, this.pointer(d));
        else this.store(f, parent, f.obj);
        break;
      }
      case M_BATCH:
        break;
    }
    this.depth = d - 1;
    if (d === 1) this.rootClosed = true;
  }

  /**
   * XML_REQUIRED_FIELD_MISSING for each member the schema requires of the object (or array item) that frame `f` at
   * depth `d` has just read, which it does not hold: what the X12 and EDIFACT readers report for their formats. A
   * missing block is reported once, not each of its fields (nothing is checked inside an object that is not there);
   * the message is still returned as read, and the validator rejects it with the same pointers.
   */
  private requireMembers(f: Frame, d: number, attributes = true) {
    const required = f.node!.requiredMembers;
    if (required.length === 0) return;
    const o = f.obj;
    for (let i = 0; i < required.length; i++) {
      const m = required[i]!;
      if (o[m.name] !== undefined) continue;
      if (m.attribute && !attributes) continue; // (the root's version attribute: XML_ATTRIBUTE_MISSING)
      const what = m.attribute ? `a ${m.element} attribute` : `<${m.element}>`;
      this.warn('XML_REQUIRED_FIELD_MISSING', `<${f.name}> has no ${what}, which LEX requires`, f.start, `${this.pointer(d)}/${m.seg}`);
    }
  }

  private store(f: Frame, parent: Frame, value: unknown) {
    switch (f.into) {
      case INTO_PROP: {
        const o = parent.obj;
        // objects, arrays and maps were checked for an earlier occurrence when they opened
        if (f.mode === M_SCALAR && this.held(parent, f.node!) && o[f.key] !== undefined) {
          this.warn('XML_DUPLICATE_ELEMENT', `<${f.name}> appears more than once; the first value is kept`, f.start, this.pointer(this.depth));
          return;
        }
        o[f.key] = value;
        return;
      }
      case INTO_UNWRAPPED: {
        const o = parent.obj;
        const arr = o[f.key];
        if (Array.isArray(arr)) arr.push(value);
        else if (arr === undefined) o[f.key] = [value];
        else this.warn('XML_DUPLICATE_ELEMENT', `<${f.name}> conflicts with an earlier value; ignored`, f.start, this.pointer(this.depth));
        return;
      }
      case INTO_PUSH:
        parent.obj.push(value);
        return;
      case INTO_MAP: {
        const o = parent.obj;
        if (Object.prototype.hasOwnProperty.call(o, f.key)) {
          this.warn('XML_DUPLICATE_ELEMENT', `entry ${f.key} appears more than once; the first value is kept`, f.start, this.pointer(this.depth));
          return;
        }
        if (f.key === '__proto__') Object.defineProperty(o, f.key, { value, enumerable: true, writable: true, configurable: true });
        else o[f.key] = value;
        return;
      }
    }
  }

  private finishDocument(f: Frame) {
    const lex = f.obj;
    let any = false;
    for (const e of ROOT.elements) if (lex[e.name] !== undefined) any = true;
    if (!any) this.fail('XML_NOT_LEX', `<${f.name}> holds none of ${ROOT.elements.map((e) => `<${e.element}>`).join(', ')}: not a LEX message`, f.start);
    for (const a of ROOT.attributes) {
      if (a.required && lex[a.name] === undefined) {
        this.warn('XML_ATTRIBUTE_MISSING', `<${f.name}> has no ${a.element} attribute (LEX ${LEX_VERSION} writes ${a.element}="${LEX_VERSION}")`, f.start, `${this.pointer(this.depth)}/${a.seg}`);
      }
    }
    this.requireMembers(f, this.depth, false);
    this.messages.push({ [ROOT.name]: lex });
  }
}
