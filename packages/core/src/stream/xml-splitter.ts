// XML-EDI in a stream: the <lex> documents of a <lexBatch>.
import { LexCodecError, type LexWarning } from '@lexstandard/codec';
import { firstNotXmlChar, notXmlCharacter, parseXml, parseXmlBatch, piTargetEnd, readDeclaration } from '@lexstandard/xml';
import { lineAndColumn, LineCounter, shift, shiftedError, stripPosition } from './positions.js';
import type { Raw, Splitter } from './types.js';

/**
 * Finds the top-level `<lex>` documents of a `<lexBatch>` chunk by chunk (comments, CDATA, processing instructions
 * and quoted attribute values are stepped over, so a `<` or `</lex>` inside them does not count) and parses each
 * with parseXml; positions are moved to the whole stream. A root that is not `<lexBatch>` is one document.
 */
export class XmlSplitter implements Splitter {
  readonly warnings: LexWarning[] = [];
  private buf = '';
  private pos = 0;
  private readonly lines = new LineCounter();
  /** element depth at buf[pos] */
  private depth = 0;
  private batch = false;
  private rootClosed = false;
  /** index in buf of the '<' of the document being read, -1 when none */
  private docStart = -1;
  private docDepth = 0;
  private docAt: { offset: number; line: number; column: number } | undefined;
  /** the element being read from docStart is not a <lex> document but one the batch skips (checked, not parsed) */
  private docSkipped = false;
  /** the batch root's start tag and name: the context in which a skipped element is checked */
  private rootStart = '';
  private rootName = '';
  private dead = false;
  /** before the root: an XML declaration, or another processing instruction, was met (a comment may precede the declaration, with a warning, as in parseXml) */
  private sawDeclaration = false;
  private sawMarkup = false;
  /** the open elements outside the documents (the batch root, elements skipped in it): their end tags must match */
  private readonly open: string[] = [];
  /** the run of text in the batch root being read has had its warning */
  private textWarned = false;
  /** the stream's first character (a byte-order mark may precede the declaration), -1 before any */
  private firstChar = -1;

  constructor(private readonly max: number) {}

  push(text: string, out: Raw[]): void {
    if (this.dead) return;
    if (this.firstChar < 0 && text.length) this.firstChar = text.charCodeAt(0);
    this.buf = this.buf.length ? this.buf + text : text;
    this.scan(out, false);
  }

  end(out: Raw[]): void {
    if (this.dead) return;
    this.scan(out, true);
    if (this.dead) return;
    // markup left unfinished after the root (a lone '<', a comment without its end)
    const left = this.rootClosed ? textAt(this.buf, this.pos, this.buf.length, false) : -1;
    if (left >= 0) return this.fatal(out, 'XML_MALFORMED', 'the input ends inside markup after the root element', left);
    if (!this.rootClosed) {
      const at = this.lines.position(this.buf, this.buf.length);
      const error = new LexCodecError('xml', 'XML_MALFORMED', this.depth === 0 ? 'the input holds no XML element' : `the input ends inside ${this.docStart >= 0 ? 'a <lex> document' : 'the <lexBatch>'}: the XML is truncated`, at);
      out.push({ ok: false, error, warnings: [], fatal: true });
    }
  }

  private fatal(out: Raw[], code: string, message: string, i: number): void {
    this.stop(out, new LexCodecError('xml', code, message, this.lines.position(this.buf, i)));
  }

  /** `error` ends the reading: nothing more is read */
  private stop(out: Raw[], error: LexCodecError): void {
    out.push({ ok: false, error, warnings: [], fatal: true });
    this.dead = true;
    this.buf = '';
  }

  private scan(out: Raw[], final: boolean): void {
    const buf = this.buf;
    let i = this.pos;
    for (;;) {
      const lt = buf.indexOf('<', i);
      // outside the root only white space may stand between markup, as in parseXml; text in the batch root
      // between its documents is ignored, with parseXmlBatch's warning
      if (this.depth === 0) {
        const bad = textAt(buf, i, lt < 0 ? buf.length : lt, this.lines.base === 0);
        if (bad >= 0) return this.fatal(out, 'XML_MALFORMED', this.rootClosed ? 'text after the root element' : 'text before the root element', bad);
      } else if (this.depth === 1 && this.batch && this.docStart < 0) {
        const to = lt < 0 ? buf.length : lt;
        const illegal = firstNotXmlChar(buf, i, to);
        // once per run of text, at its first character that is not white space, however the chunks cut it (text
        // before a character XML does not allow has its warning too, as it has when a chunk ends between them)
        const bad = this.textWarned ? -1 : textAt(buf, i, illegal >= 0 ? illegal : to, false);
        if (bad >= 0) {
          this.warnings.push({ code: 'XML_UNEXPECTED_TEXT', message: `text inside <${this.open[0] ?? 'lexBatch'}>, which holds elements, is ignored`, position: this.lines.position(buf, bad) });
          this.textWarned = true;
        }
        if (illegal >= 0) return this.fatal(out, 'XML_MALFORMED', notXmlCharacter(buf.charCodeAt(illegal)), illegal);
        if (lt >= 0) this.textWarned = false;
      }
      if (lt < 0) { i = buf.length; break; }
      if (lt + 1 >= buf.length) { i = lt; break; }
      const c = buf.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = buf.indexOf('>', lt);
        if (gt < 0) { i = lt; break; }
        this.depth--;
        i = gt + 1;
        if (this.docStart >= 0 && this.depth === this.docDepth) {
          if (!this.document(buf, this.docStart, i, out)) return;
        }
        else if (this.docStart < 0 && this.open.length) {
          const name = buf.slice(lt + 2, gt).trimEnd();
          const open = this.open.pop()!;
          if (name !== open) return this.fatal(out, 'XML_MALFORMED', `end tag </${name}> does not match <${open}>`, lt);
        }
        if (this.depth === 0) this.rootClosed = true;
        if (this.depth < 0) return this.fatal(out, 'XML_MALFORMED', 'an end tag without its start tag', lt);
        continue;
      }
      if (c === 63 /* ? */) {
        const e = buf.indexOf('?>', lt + 2);
        if (e < 0) { i = lt; break; }
        i = e + 2;
        if (this.depth === 0 && !this.rootClosed) {
          if (this.prolog(buf, lt, e, out)) return;
        } else if (this.docStart < 0 && this.laterPi(buf, lt, e, out)) return;
        continue;
      }
      if (c === 33 /* ! */) {
        if (buf.length < lt + 9 && !final) { i = lt; break; }
        let close: string;
        if (buf.startsWith('<!--', lt)) close = '-->';
        else if (buf.startsWith('<![CDATA[', lt)) {
          if (this.depth === 0) return this.fatal(out, 'XML_MALFORMED', 'CDATA section outside the root element', lt);
          close = ']]>';
        }
        else {
          if (this.docStart < 0) return this.fatal(out, 'XML_DTD_FORBIDDEN', 'markup declarations (<!DOCTYPE …>) are not accepted: LEX XML-EDI has no DTD', lt);
          close = '>';
        }
        const e = buf.indexOf(close, lt + 2);
        if (e < 0) { i = lt; break; }
        i = e + close.length;
        continue;
      }
      // a start tag: its end is the first '>' outside quotes
      let gt = -1;
      let quote = 0;
      for (let k = lt + 1; k < buf.length; k++) {
        const ch = buf.charCodeAt(k);
        if (quote) { if (ch === quote) quote = 0; }
        else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) { gt = k; break; }
      }
      if (gt < 0) { i = lt; break; }
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      let nameEnd = lt + 1;
      while (nameEnd < gt && !/[\s/>]/.test(buf[nameEnd]!)) nameEnd++;
      const name = buf.slice(lt + 1, nameEnd);
      const local = name.slice(name.indexOf(':') + 1).toLowerCase();
      i = gt + 1;
      if (this.depth === 0) {
        if (this.rootClosed) return this.fatal(out, 'XML_MALFORMED', 'a second root element (an XML document has exactly one)', lt);
        if (local === 'lexbatch') {
          this.batch = true;
          if (!this.rootTag(buf.slice(lt, gt + 1), name, selfClosing, lt, out)) return;
          if (selfClosing) this.rootClosed = true;
          else { this.depth = 1; this.open.push(name); }
          continue;
        }
        // a single document
        this.startDocument(lt, 0);
        if (selfClosing) { this.document(buf, lt, i, out); this.rootClosed = true; }
        else this.depth = 1;
        continue;
      }
      if (this.depth === 1 && this.batch && this.docStart < 0) {
        if (local === 'lex') {
          this.startDocument(lt, 1);
          if (selfClosing) this.document(buf, lt, i, out);
          else this.depth++;
          continue;
        }
        this.warnings.push({ code: 'UNKNOWN_ELEMENT', message: `<${name}> in the batch is skipped: a <lexBatch> holds only <lex> documents`, position: this.lines.position(buf, lt) });
        // kept whole, like a document, to be checked as parseXmlBatch checks what it skips (its well-formedness)
        this.startDocument(lt, 1, true);
        if (selfClosing) {
          if (!this.document(buf, lt, i, out)) return;
        } else this.depth++;
        continue;
      }
      if (!selfClosing) {
        this.depth++;
        if (this.docStart < 0) this.open.push(name);
      }
    }
    // keep only what is still needed: the document being read, or the unfinished markup
    const keep = this.docStart >= 0 ? Math.min(this.docStart, i) : i;
    if (this.docStart >= 0 && i - this.docStart > this.max) {
      return this.fatal(out, 'XML_TOO_LARGE', `a <lex> document is longer than ${this.max} characters`, this.docStart);
    }
    if (keep > 0) {
      this.lines.trim(buf, keep);
      this.buf = buf.slice(keep);
      if (this.docStart >= 0) this.docStart -= keep;
    }
    this.pos = i - keep;
  }

  /**
   * A processing instruction before the root (`<?` at lt, `?>` at e), checked as parseXml checks one: the XML
   * declaration must come first, have a version, and name UTF-8 if an encoding (its findings are the stream's
   * warnings). Returns true when it ended the reading (a fatal failure).
   */
  private prolog(buf: string, lt: number, e: number, out: Raw[]): boolean {
    const target = this.piTarget(buf, lt, e, out);
    if (target === undefined) return true;
    if (target !== 'xml') { this.sawMarkup = true; return false; }
    if (this.sawDeclaration || this.sawMarkup) { this.fatal(out, 'XML_MALFORMED', 'XML declaration that is not at the start of the document', lt); return true; }
    this.sawDeclaration = true;
    // the declaration proper: `<?xml` and white space at the very start (after a byte-order mark)
    const atStart = this.lines.base + lt === 0 || (this.lines.base + lt === 1 && this.firstChar === 0xfeff);
    const c5 = buf.charCodeAt(lt + 5);
    const first = atStart && buf.startsWith('<?xml', lt) && (c5 === 32 || c5 === 9 || c5 === 10 || c5 === 13);
    if (!first) this.warnings.push({ code: 'XML_DECLARATION_NOT_FIRST', message: 'the XML declaration should be the very first thing in the document', position: this.lines.position(buf, lt) });
    const d = readDeclaration(buf, lt);
    if (d.warning) this.warnings.push({ ...d.warning, position: this.lines.position(buf, lt) });
    if (d.error) { this.fatal(out, 'XML_MALFORMED', d.error, lt); return true; }
    return false;
  }

  /**
   * A processing instruction after the root started, outside the documents (between them in the batch root, or
   * after the root): as in parseXml, one needs a target, and an XML declaration there is malformed (inside a
   * document, parseXml itself checks it). Returns true when it ended the reading.
   */
  private laterPi(buf: string, lt: number, e: number, out: Raw[]): boolean {
    const target = this.piTarget(buf, lt, e, out);
    if (target === undefined) return true;
    if (target !== 'xml') return false;
    this.fatal(out, 'XML_MALFORMED', 'XML declaration that is not at the start of the document', lt);
    return true;
  }

  /** the target of the processing instruction at lt, lower-cased; undefined when it has none (a fatal failure) */
  private piTarget(buf: string, lt: number, e: number, out: Raw[]): string | undefined {
    const j = piTargetEnd(buf, lt + 2, e);
    if (j > lt + 2) return buf.slice(lt + 2, j).toLowerCase();
    this.fatal(out, 'XML_MALFORMED', 'processing instruction without a target', lt);
    return undefined;
  }

  private startDocument(lt: number, depth: number, skipped = false): void {
    this.docStart = lt;
    this.docDepth = depth;
    this.docSkipped = skipped;
    this.docAt = this.lines.position(this.buf, lt);
  }

  /**
   * The batch root's start tag, read by parseXmlBatch itself (as an empty batch): its attributes' syntax, unknown
   * attributes and namespace get the whole-batch parser's answer. Returns false when it ended the reading.
   */
  private rootTag(tag: string, name: string, selfClosing: boolean, lt: number, out: Raw[]): boolean {
    const at = this.lines.position(this.buf, lt);
    try {
      const r = parseXmlBatch(selfClosing ? tag : `${tag}</${name}>`);
      this.rootStart = tag;
      this.rootName = name;
      for (const w of r.warnings) this.warnings.push(w.position ? { ...w, position: shift(w.position, at)! } : w);
      return true;
    } catch (e) {
      this.stop(out, shiftedError(e, 'xml', at));
      return false;
    }
  }

  /** The document (or skipped element) buf[start, end) is complete. Returns false when it ended the reading. */
  private document(buf: string, start: number, end: number, out: Raw[]): boolean {
    const at = this.docAt!;
    const inBatch = this.batch;
    this.docStart = -1;
    this.docAt = undefined;
    if (this.docSkipped) {
      this.docSkipped = false;
      return this.skipped(buf, start, end, at, out);
    }
    try {
      const r = parseXml(buf.slice(start, end));
      const warnings: LexWarning[] = [];
      for (const w of r.warnings) {
        // inside a batch the document inherits the batch's namespace (reported on the batch root, if at all)
        if (inBatch && w.code === 'XML_NAMESPACE_MISSING') continue;
        const moved = { ...w };
        if (w.position) moved.position = shift(w.position, at)!;
        warnings.push(moved);
      }
      out.push({ ok: true, message: r.message, warnings });
    } catch (e) {
      out.push({ ok: false, error: shiftedError(e, 'xml', at), warnings: [] });
    }
    return true;
  }

  /**
   * An element the batch skips, checked by parseXmlBatch itself inside the batch root's start tag (its namespaces
   * included), so that what the whole-batch reader refuses in it (a bad name, an unquoted attribute, an undefined
   * entity, a mismatched end tag) the stream refuses too, at the same place. Its warnings are the stream's own.
   */
  private skipped(buf: string, start: number, end: number, at: { offset: number; line: number; column: number }, out: Raw[]): boolean {
    try {
      parseXmlBatch(`${this.rootStart}${buf.slice(start, end)}</${this.rootName}>`);
      return true;
    } catch (e) {
      // its offset in the element, within the element's bounds (the wrapper around it is not in the stream)
      const error = shiftedError(e, 'xml', { offset: 0 });
      const k = Math.min(Math.max((error.position?.offset ?? this.rootStart.length) - this.rootStart.length, 0), end - start);
      const { line, column } = lineAndColumn(buf, start + k, start, at.line, at.column);
      const message = error.position ? stripPosition(error.message, error.position) : error.message;
      this.stop(out, new LexCodecError('xml', error.code, message, { offset: at.offset + k, line, column }));
      return false;
    }
  }
}

/** the index of the first character in buf[from, to) that is not XML white space (a byte-order mark at the very start is none), or -1 */
function textAt(buf: string, from: number, to: number, atStart: boolean): number {
  for (let k = from; k < to; k++) {
    const c = buf.charCodeAt(k);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c === 0xfeff && k === 0 && atStart)) continue;
    return k;
  }
  return -1;
}
