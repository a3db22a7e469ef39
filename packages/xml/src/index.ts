// @lexstandard/xml — the XML-EDI codec of LEX. Liberal in (any element-name case, missing namespace, aliases,
// empty elements), strict out (canonical names, schema order, the LEX namespace, valid against LEX_XSD).
import { LexCodecError, notCarried, type LexWarning, type ParseResult, type SerializeResult } from '@lexstandard/codec';
import type { LexMessage } from '@lexstandard/types';
import { XmlParser, type ParseXmlOptions } from './parse.js';
import { XmlWriter, type ToXmlOptions } from './serialize.js';
import { isMapped } from './map.js';

export { LEX_XSD } from './generated/xsd.js';
export { firstNotXmlChar, notXmlCharacter, piTargetEnd, readDeclaration } from './parse.js';
export { XML_ROOT, XML_NAMESPACE, XML_BATCH_ELEMENT, XSD_UNTRANSLATED_PATTERNS, type XmlNode, type XmlScalarType, type XmlVariant } from './generated/element-map.js';
export type { ParseXmlOptions, ToXmlOptions };

export interface BatchParseResult {
  /** the documents of the batch, in order */
  messages: LexMessage[];
  /** warnings of every document; a warning's path starts with the document's index (/3/lex/…) */
  warnings: LexWarning[];
}

/** XML input: text, or bytes (decoded by BOM or declared encoding; UTF-8 by default; invalid bytes → XML_MALFORMED). */
export type XmlInput = string | Uint8Array;

/**
 * Decodes bytes: a BOM wins, then the encoding named in the XML declaration, then UTF-8. Decoding is fatal, so
 * bytes that are not valid in the encoding become an XML_MALFORMED error instead of replacement characters.
 */
export function decodeXml(bytes: Uint8Array): string {
  let label = 'utf-8';
  let skip = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) { label = 'utf-16be'; skip = 2; }
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) { label = 'utf-16le'; skip = 2; }
  else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const m = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
    if (m) label = m[1]!.toLowerCase();
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new LexCodecError('xml', 'XML_UNSUPPORTED_ENCODING', `encoding "${label}" is not supported`, { offset: 0 });
  }
  try {
    return decoder.decode(skip ? bytes.subarray(skip) : bytes);
  } catch {
    // find the first bad byte for the position (UTF-8 only; other encodings report the start)
    let offset = 0;
    if (label === 'utf-8' || label === 'utf8') {
      let lo = skip;
      let hi = bytes.length;
      const ok = (end: number) => { try { new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(skip, end), { stream: true }); return true; } catch { return false; } };
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ok(mid)) lo = mid; else hi = mid - 1; }
      // lo ends the longest prefix that decodes; a multi-byte sequence pending there is where it goes wrong
      let k = lo;
      while (k > skip && lo - k < 3 && (bytes[k - 1]! & 0xc0) === 0x80) k--;
      offset = k > skip && bytes[k - 1]! >= 0xc0 ? k - 1 : lo;
    }
    throw new LexCodecError('xml', 'XML_MALFORMED', `the bytes are not valid ${label} (wrong encoding or binary data) at byte ${offset}`, { offset });
  }
}

function asText(input: XmlInput): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return decodeXml(input);
  throw new LexCodecError('xml', 'XML_MALFORMED', `expected XML text or bytes, not ${input === null ? 'null' : typeof input}`);
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LexCodecError) throw err;
    // RangeError (out of memory for a string, stack) or a bug: still a typed error for the caller
    throw new LexCodecError('xml', 'XML_INTERNAL', `XML-EDI parser failed: ${(err as Error)?.message ?? String(err)}`);
  }
}

/** Parses one XML-EDI document (<lex>) into a LEX message. Throws LexCodecError on input that is not XML. */
export function parseXml(text: XmlInput, options: ParseXmlOptions = {}): ParseResult {
  return guard(() => {
    const { messages, warnings } = new XmlParser(asText(text), false, options).run();
    return { message: messages[0] as LexMessage, warnings };
  });
}

/** Parses a <lexBatch> of <lex> documents (a single <lex> is a batch of one). */
export function parseXmlBatch(text: XmlInput, options: ParseXmlOptions = {}): BatchParseResult {
  return guard(() => {
    const { messages, warnings } = new XmlParser(asText(text), true, options).run();
    return { messages: messages as LexMessage[], warnings };
  });
}

/**
 * Writes a LEX message as canonical XML-EDI. Warnings: FIELD_NOT_CARRIED for members that are not LEX fields
 * (XML-EDI carries every field), and one warning per value it had to leave out (empty strings, empty objects or
 * arrays, characters XML cannot carry, wrong JSON types).
 */
export function toXml(message: LexMessage, options: ToXmlOptions = {}): SerializeResult {
  const w = new XmlWriter(options);
  w.out.push(XmlWriter.DECLARATION, options.pretty ? '' : '\n');
  w.document(message, 0, true);
  w.out.push('\n');
  return { output: w.out.join(''), warnings: merge(w.unknown ? notCarried(message, 'xml') : [], w.warnings, '') };
}

/**
 * notCarried(message, 'xml') and the writer's own warnings, once per path. XML-EDI carries every LEX field, so
 * what notCarried reports for XML is members LEX does not define; the writer finds those itself while it walks
 * the element map (down to members of array items), and notCarried — a second walk of the whole message — is
 * consulted only when the writer found any. Its entries for array items and map entries the element map does
 * carry are dropped (the coverage table has no row for an array item, so it reports every item).
 */
function merge(nc: LexWarning[], own: LexWarning[], prefix: string): LexWarning[] {
  if (nc.length === 0) return own;
  const reported = own.map((w) => w.path).filter((p): p is string => p !== undefined);
  const covered = (path: string) => reported.some((p) => path === p || path.startsWith(p + '/'));
  const out: LexWarning[] = [];
  for (const w of nc) {
    if (w.path !== undefined && isMapped(w.path)) continue;
    const path = w.path === undefined ? undefined : prefix + w.path;
    if (path !== undefined && covered(path)) continue;
    out.push(path === undefined ? w : { ...w, path });
  }
  return [...out, ...own];
}

/** Writes many messages as one <lexBatch> document; warning paths start with the message's index. */
export function toXmlBatch(messages: readonly LexMessage[], options: ToXmlOptions = {}): SerializeResult {
  const w = new XmlWriter(options);
  const warnings: LexWarning[] = [];
  // each document's parts are joined on their own: one array of every part of a large batch (millions of short
  // strings) made the batch five times slower per byte than single documents
  const docs: string[] = [XmlWriter.DECLARATION, '\n', XmlWriter.BATCH_OPEN];
  for (let i = 0; i < messages.length; i++) {
    w.prefix = `/${i}`;
    const before = w.warnings.length;
    const unknown = w.unknown;
    w.document(messages[i], 1, false);
    docs.push(w.out.join(''));
    w.out.length = 0;
    if (w.warnings.length > before) warnings.push(...merge(w.unknown > unknown ? notCarried(messages[i], 'xml') : [], w.warnings.slice(before), `/${i}`));
  }
  docs.push(options.pretty ? '\n' : '', XmlWriter.BATCH_CLOSE, '\n');
  return { output: docs.join(''), warnings };
}

/**
 * A <lexBatch> written document by document, for streams (used by @lexstandard/core's writeMessages):
 * `open()`, then `write(message)` per message (its `<lex>` element; warnings without the index prefix, since they
 * are the message's own), then `close()`. The parts joined equal toXmlBatch's output for the same messages.
 */
export class XmlBatchWriter {
  private readonly options: ToXmlOptions;
  constructor(options: ToXmlOptions = {}) {
    this.options = options;
  }
  /** the XML declaration and the <lexBatch> start tag */
  open(): string {
    return XmlWriter.DECLARATION + '\n' + XmlWriter.BATCH_OPEN;
  }
  /** one <lex> document inside the batch */
  write(message: LexMessage): SerializeResult {
    const w = new XmlWriter(this.options);
    w.document(message, 1, false);
    const warnings = w.warnings.length ? merge(w.unknown ? notCarried(message, 'xml') : [], w.warnings, '') : [];
    return { output: w.out.join(''), warnings };
  }
  /** the </lexBatch> end tag */
  close(): string {
    return (this.options.pretty ? '\n' : '') + XmlWriter.BATCH_CLOSE + '\n';
  }
}
