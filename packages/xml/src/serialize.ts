// LEX → XML-EDI, walking the generated element map. Strict output: schema order, canonical element names,
// escaped text, JSON canonical numbers; anything it cannot write is left out with a warning, never silently.
import { LexCodecError, type LexWarning } from '@lexstandard/codec';
import { LEX_VERSION, XML_BATCH_ELEMENT, XML_NAMESPACE } from './generated/element-map.js';
import { K_ARRAY, K_MAP, K_OBJECT, ROOT, T_BOOLEAN, T_INTEGER, T_NUMBER, T_STRING, type RNode } from './map.js';

export interface ToXmlOptions {
  /** indent with two spaces, one element per line (default false: no whitespace between elements) */
  pretty?: boolean;
}

const NEEDS_TEXT_ESCAPE = /[&<>\r]/;
const NEEDS_ATTR_ESCAPE = /[&<>"\t\n\r]/;
/** characters XML 1.0 cannot carry at all, not even as references (C0 controls, lone surrogates, U+FFFE/U+FFFF) */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function escText(s: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(s)) return s;
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}
function escAttr(s: string): string {
  if (!NEEDS_ATTR_ESCAPE.test(s)) return s;
  return s.replace(/[&<>"\t\n\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `&#${c.charCodeAt(0)};`));
}

const escSeg = (k: string) => (k.indexOf('~') < 0 && k.indexOf('/') < 0 ? k : k.replace(/~/g, '~0').replace(/\//g, '~1'));
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const TYPE_NAMES = ['string', 'integer', 'number', 'boolean'];

const INDENT: string[] = [];
const indent = (depth: number) => (INDENT[depth] ??= '\n' + '  '.repeat(depth));

/**
 * Writes into an array of parts joined once at the end (no rope of concatenations to collect); JSON Pointers are
 * kept as a stack of segments and only made into strings for a warning.
 */
export class XmlWriter {
  readonly warnings: LexWarning[] = [];
  private readonly pretty: boolean;
  /** JSON Pointer prefix of the message (batches: /<index>) */
  prefix = '';
  /** members reported as FIELD_NOT_CARRIED (not LEX fields) so far */
  unknown = 0;
  /** the output, in parts */
  readonly out: string[] = [];
  private readonly segs: string[] = [];

  constructor(options: ToXmlOptions = {}) {
    this.pretty = options.pretty === true;
  }

  /** JSON Pointer of the value being written (without the batch prefix), with an optional last segment. */
  private ptr(last?: string): string {
    let p = '';
    for (const s of this.segs) p += '/' + s;
    return last === undefined ? p : p + '/' + last;
  }

  private skip(code: string, message: (pointer: string) => string, last?: string) {
    const pointer = this.ptr(last);
    this.warnings.push({ code, path: this.prefix + pointer, message: message(pointer || '/') });
  }

  /** Text form of a scalar, or undefined (with a warning) when XML-EDI cannot carry it. */
  private scalar(value: unknown, type: number, attr: boolean, last?: string): string | undefined {
    switch (typeof value) {
      case 'string':
        if (value === '') {
          this.skip('XML_EMPTY_VALUE_NOT_CARRIED', (p) => `${p} is an empty string; XML-EDI reads an empty element as absent, so it is left out`, last);
          return undefined;
        }
        if (ILLEGAL.test(value)) {
          this.skip('XML_ILLEGAL_CHARACTER', (p) => `${p} contains a character XML 1.0 cannot carry (control character, lone surrogate or U+FFFE/U+FFFF); it is left out`, last);
          return undefined;
        }
        if (type !== T_STRING) this.typeMismatch(type, 'a string', last);
        return attr ? escAttr(value) : escText(value);
      case 'number':
        if (!Number.isFinite(value)) {
          this.skip('XML_VALUE_NOT_SERIALIZABLE', (p) => `${p} is ${value}, which JSON and XML-EDI cannot carry; it is left out`, last);
          return undefined;
        }
        if (type === T_STRING || type === T_BOOLEAN) this.typeMismatch(type, 'a number', last);
        // JSON canonical form; integers beyond 1e21 in plain digits so the XSD's xs:integer accepts them
        if (Object.is(value, -0)) return '0';
        if (type === T_INTEGER && Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
        return String(value);
      case 'boolean':
        if (type !== T_BOOLEAN) this.typeMismatch(type, 'a boolean', last);
        return value ? 'true' : 'false';
      default:
        this.skip('XML_VALUE_NOT_SERIALIZABLE', (p) => `${p} is ${describe(value)}, where the field is a ${TYPE_NAMES[type]}; it is left out`, last);
        return undefined;
    }
  }

  /**
   * A member the XSD requires that the output does not hold (the message lacks it, or its value could not be
   * written): the document will not validate against lex.xsd. Written anyway, as the readers return such a message
   * as read; the warning says so, as strict output must.
   */
  private notWritten(member: RNode, parent: RNode) {
    const what = member.attribute ? `the ${member.element} attribute` : `<${member.element}>`;
    this.skip('XML_OUTPUT_NOT_VALID', (p) => `the XML written has no ${what} in <${parent.element}>, which the LEX XSD requires (${p}): the document does not validate against lex.xsd`, member.seg);
  }

  private typeMismatch(type: number, what: string, last?: string) {
    this.skip('XML_TYPE_MISMATCH', (p) => `${p} is ${what} but the field is a ${TYPE_NAMES[type]}; written as text, it reads back as a ${TYPE_NAMES[type]}`, last);
  }

  private notA(v: unknown, what: string, last?: string) {
    this.skip('XML_VALUE_NOT_SERIALIZABLE', (p) => `${p} is ${describe(v)}, not ${what}; it is left out`, last);
  }

  /** `<name attrs>children</name>` of an object node; nothing (and a warning) when it would be empty. */
  private object(node: RNode, obj: Record<string, unknown>, open: string, close: string, depth: number, extra: string): void {
    const o = this.out;
    const mark = o.length;
    let attrs = '';
    for (const a of node.attributes) {
      const v = obj[a.name];
      const t = v === undefined ? undefined : this.scalar(v, a.type, true, a.seg);
      if (t !== undefined) attrs += ` ${a.element}="${t}"`;
      else if (a.required) this.notWritten(a, node);
    }
    const written = attrs !== '';
    attrs += extra;
    if (this.pretty) o.push(indent(depth));
    o.push(attrs === '' ? open : `${open.slice(0, -1)}${attrs}>`);
    const body = o.length;
    const elements = node.elements;
    for (let i = 0; i < elements.length; i++) {
      const c = elements[i]!;
      const v = obj[c.name];
      const before = o.length;
      if (v !== undefined) {
        this.segs.push(c.seg);
        this.field(c, v, depth + 1);
        this.segs.pop();
      }
      // absent, or present but nothing of it written: one check for both
      if (c.required && o.length === before) this.notWritten(c, node);
    }
    const names = node.names;
    for (const k in obj) {
      if (!names.has(k) && obj[k] !== undefined) {
        this.unknown++;
        this.skip('FIELD_NOT_CARRIED', (p) => `XML does not carry ${p}: not a field of LEX ${LEX_VERSION}; it is left out of the output`, escSeg(k));
      }
    }
    if (o.length === body) {
      if (!written && !node.required) {
        o.length = mark;
        this.skip('XML_EMPTY_VALUE_NOT_CARRIED', (p) => `${p} has no member XML-EDI can write; an empty element reads as absent, so it is left out`);
        return;
      }
      // a required block stays, as an empty element: the XSD requires it, and it reads back as {} (what of its
      // members could not be written was reported member by member)
      o[o.length - 1] = `${o[o.length - 1]!.slice(0, -1)}/>`;
      return;
    }
    if (this.pretty) o.push(indent(depth));
    o.push(close);
  }

  private field(c: RNode, v: unknown, depth: number): void {
    const o = this.out;
    switch (c.kind) {
      case K_OBJECT: {
        if (!isObject(v)) return this.notA(v, 'an object');
        for (const variant of c.variants) {
          const d = v[variant.when.member];
          if (d !== undefined && !variant.when.notIn.includes(d as string)) return this.object(c, v, `<${variant.element}>`, `</${variant.element}>`, depth, '');
        }
        return this.object(c, v, c.openTag, c.closeTag, depth, '');
      }
      case K_ARRAY: {
        if (!Array.isArray(v)) return this.notA(v, 'an array');
        const mark = o.length;
        const itemDepth = c.wrapper ? depth + 1 : depth;
        if (c.wrapper) {
          if (this.pretty) o.push(indent(depth));
          o.push(c.openTag);
        }
        const body = o.length;
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (c.objectItems) {
            this.segs.push(String(i));
            if (isObject(item)) this.object(c, item, c.itemOpen, c.itemClose, itemDepth, '');
            else this.notA(item, 'an object');
            this.segs.pop();
          } else {
            const t = this.scalar(item, c.type, false, String(i));
            if (t === undefined) continue;
            if (this.pretty) o.push(indent(itemDepth));
            o.push(c.itemOpen, t, c.itemClose);
          }
        }
        if (o.length === body) {
          o.length = mark;
          this.skip('XML_EMPTY_VALUE_NOT_CARRIED', (p) => `${p} ${v.length === 0 ? 'is an empty array' : 'has no item XML-EDI can write'}; XML-EDI reads an empty element as absent, so it is left out`);
          return;
        }
        if (c.wrapper) {
          if (this.pretty) o.push(indent(depth));
          o.push(c.closeTag);
        }
        return;
      }
      case K_MAP: {
        if (!isObject(v)) return this.notA(v, 'an object');
        const mark = o.length;
        if (this.pretty) o.push(indent(depth));
        o.push(c.openTag);
        const body = o.length;
        const keys = Object.keys(v);
        for (const k of keys) {
          if (k === '' || ILLEGAL.test(k)) {
            this.skip('XML_VALUE_NOT_SERIALIZABLE', () => `key "${k}" cannot be written as an XML attribute value; the entry is left out`, escSeg(k));
            continue;
          }
          const t = this.scalar(v[k], c.type, false, escSeg(k));
          if (t === undefined) continue;
          if (this.pretty) o.push(indent(depth + 1));
          o.push(`<${c.itemElement} ${c.keyAttribute}="${escAttr(k)}">`, t, c.itemClose);
        }
        if (o.length === body) {
          o.length = mark;
          this.skip('XML_EMPTY_VALUE_NOT_CARRIED', (p) => `${p} has no ${keys.length === 0 ? '' : 'writable '}entries; XML-EDI reads an empty element as absent, so it is left out`);
          return;
        }
        if (this.pretty) o.push(indent(depth));
        o.push(c.closeTag);
        return;
      }
      default: {
        const t = this.scalar(v, c.type, false);
        if (t === undefined) return;
        if (this.pretty) o.push(indent(depth));
        o.push(c.openTag, t, c.closeTag);
      }
    }
  }

  /** Appends one <lex> element (no XML declaration) to `out`. */
  document(message: unknown, depth: number, withNamespace: boolean): void {
    if (!isObject(message) || !isObject(message[ROOT.name])) {
      throw new LexCodecError('xml', 'XML_NOT_A_LEX_MESSAGE', `not a LEX message: expected an object with a "${ROOT.name}" object${this.prefix ? ` (message ${this.prefix.slice(1)})` : ''}`);
    }
    for (const k in message) {
      if (k !== ROOT.name && message[k] !== undefined) {
        this.unknown++;
        this.skip('FIELD_NOT_CARRIED', (p) => `XML does not carry ${p}: not a field of LEX ${LEX_VERSION}; it is left out of the output`, escSeg(k));
      }
    }
    const extra = withNamespace ? ` xmlns="${XML_NAMESPACE}"` : '';
    const o = this.out;
    const mark = o.length;
    this.segs.length = 0;
    this.segs.push(ROOT.seg);
    this.object(ROOT, message[ROOT.name] as Record<string, unknown>, ROOT.openTag, ROOT.closeTag, depth, extra);
    if (o.length === mark) {
      if (this.pretty) o.push(indent(depth));
      o.push(`<${ROOT.element}${extra}/>`);
    }
  }

  static readonly DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
  static readonly BATCH_OPEN = `<${XML_BATCH_ELEMENT} xmlns="${XML_NAMESPACE}">`;
  static readonly BATCH_CLOSE = `</${XML_BATCH_ELEMENT}>`;
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}
