// The contract every LEX codec (xml, x12, edifact) implements, so @lexstandard/core can treat
// the four wire formats alike.
import type { LexMessage } from '@lexstandard/types';
import { COVERAGE, type Coverage, type WireFormat } from './generated/coverage.js';

export { COVERAGE, type Coverage, type WireFormat };
export type Format = 'json' | WireFormat;

/** Where in the input a problem is. Text formats give line/column; EDI formats also the segment. */
export interface Position {
  /** 0-based character offset */
  offset?: number;
  /** 1-based line and column */
  line?: number;
  column?: number;
  /** 1-based segment number within the interchange, its tag, and the 1-based element/component */
  segment?: number;
  tag?: string;
  element?: number;
  component?: number;
}

export interface LexWarning {
  /** stable code, e.g. FIELD_NOT_CARRIED, X12_ISA_NOT_FIXED_WIDTH, EDIFACT_UNA_MISMATCH */
  code: string;
  message: string;
  /** JSON Pointer of the LEX field concerned, when there is one */
  path?: string;
  position?: Position;
}

export interface ParseResult {
  message: LexMessage;
  warnings: LexWarning[];
}

export interface SerializeResult {
  output: string;
  warnings: LexWarning[];
}

/**
 * A RegExp source matching a lone surrogate: half of a UTF-16 pair without its other half, which is no character
 * (UTF-8 output turns it into U+FFFD). For the writers that must keep it out of their output.
 */
export const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

/** A typed, positioned failure of a parser or serializer. Never thrown for a mere deviation: those are warnings. */
export class LexCodecError extends Error {
  readonly code: string;
  readonly format: Format;
  readonly position?: Position;
  constructor(format: Format, code: string, message: string, position?: Position) {
    super(position ? `${message} (${describePosition(position)})` : message);
    this.name = 'LexCodecError';
    this.format = format;
    this.code = code;
    if (position) this.position = position;
  }
}

export function describePosition(p: Position): string {
  const parts: string[] = [];
  if (p.segment !== undefined) parts.push(`segment ${p.segment}${p.tag ? ` (${p.tag})` : ''}`);
  if (p.element !== undefined) parts.push(`element ${p.element}${p.component !== undefined ? `, component ${p.component}` : ''}`);
  if (p.line !== undefined) parts.push(`line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}`);
  else if (p.offset !== undefined) parts.push(`offset ${p.offset}`);
  return parts.join(', ');
}

const escape = (k: string) => (k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);

interface Node { entry?: Coverage; children: Map<string, Node>; any?: Node; required: string[]; /** the key leading here, escaped for a JSON Pointer ('' for `*`) */ escaped: string }

/** The coverage table as a trie over pointer segments (`*` = any index or key), built once. */
const ROOT: Node = (() => {
  const root: Node = { children: new Map(), required: [], escaped: '' };
  for (const [template, entry] of Object.entries(COVERAGE)) {
    let node = root;
    let parent = root;
    const segs = template.slice(1).split('/');
    for (const seg of segs) {
      parent = node;
      if (seg === '*') node = node.any ??= { children: new Map(), required: [], escaped: '' };
      else {
        let next = node.children.get(seg);
        if (!next) node.children.set(seg, (next = { children: new Map(), required: [], escaped: escape(seg) }));
        node = next;
      }
    }
    node.entry = entry;
    // (table order is schema order: the required members of each object are listed in that order)
    const last = segs[segs.length - 1]!;
    if (entry.required && last !== '*') parent.required.push(last);
  }
  return root;
})();

/** per format, the reason text of a coverage entry as FIELD_NOT_CARRIED words it (entries are few and fixed) */
const REASONS: Partial<Record<WireFormat, Map<Coverage | undefined, string>>> = {};
function reasonText(entry: Coverage | undefined, format: WireFormat): string {
  // a reason is a sentence of the schema (it may end in a full stop); the warning goes on after it
  const why = (entry ? entry.reason?.[format] : 'not a field of LEX 1.0.0')?.replace(/\.$/, '');
  return why ? `: ${why}` : '';
}

/**
 * FIELD_NOT_CARRIED warnings for every value in `message` that `format` has no place for, with its
 * JSON Pointer. Driven by the generated coverage table only; an array item is carried when its array is.
 */
export function notCarried(message: unknown, format: WireFormat): LexWarning[] {
  const out: LexWarning[] = [];
  const path: string[] = [];
  const head = `${format.toUpperCase()} does not carry `;
  const reasons = (REASONS[format] ??= new Map());
  const report = (entry: Coverage | undefined) => {
    const pointer = '/' + path.join('/');
    let why = reasons.get(entry);
    if (why === undefined) reasons.set(entry, (why = reasonText(entry, format)));
    out.push({ code: 'FIELD_NOT_CARRIED', path: pointer, message: head + pointer + why + '; it is left out of the output' });
  };
  const walk = (value: unknown, node: Node | undefined, entry: Coverage | undefined) => {
    if (!entry || !entry[format]) { report(entry); return; }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(String(i));
        const item = node?.any;
        walk(value[i], item, item?.entry ?? entry);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const k in value as Record<string, unknown>) {
        const named = node?.children.get(k);
        const child = named ?? node?.any;
        path.push(named !== undefined ? named.escaped : escape(k));
        walk((value as Record<string, unknown>)[k], child, child?.entry);
        path.pop();
      }
    }
  };
  if (message !== null && typeof message === 'object') {
    for (const k in message as Record<string, unknown>) {
      const child = ROOT.children.get(k);
      path.push(child !== undefined ? child.escaped : escape(k));
      walk((message as Record<string, unknown>)[k], child, child?.entry);
      path.pop();
    }
  }
  return out;
}
/**
 * JSON Pointers of the fields LEX requires that `message` does not hold, where the object that would hold them (an
 * array item too) is present: a missing block is one pointer, not one per field inside it. Driven by the generated
 * coverage table's `required` marks; objects of the wrong type are not looked into (the validator reports them).
 */
export function missingRequired(message: unknown): string[] {
  const out: string[] = [];
  const path: string[] = [];
  const check = (value: Record<string, unknown>, node: Node) => {
    const required = node.required;
    for (let i = 0; i < required.length; i++) {
      if (value[required[i]!] === undefined) out.push('/' + (path.length ? path.join('/') + '/' : '') + escape(required[i]!));
    }
  };
  const walk = (value: unknown, node: Node) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const item = node.any;
      if (item === undefined) return;
      for (let i = 0; i < value.length; i++) {
        path.push(String(i));
        walk(value[i], item);
        path.pop();
      }
      return;
    }
    check(value as Record<string, unknown>, node);
    for (const k in value as Record<string, unknown>) {
      const named = node.children.get(k);
      const child = named ?? node.any;
      if (child === undefined) continue;
      path.push(named !== undefined ? named.escaped : escape(k));
      walk((value as Record<string, unknown>)[k], child);
      path.pop();
    }
  };
  walk(message, ROOT);
  return out;
}

export { jsonSyntaxError, type JsonSyntaxError } from './json-syntax.js';
