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

interface Node { entry?: Coverage; children: Map<string, Node>; any?: Node }

/** The coverage table as a trie over pointer segments (`*` = any index or key), built once. */
const ROOT: Node = (() => {
  const root: Node = { children: new Map() };
  for (const [template, entry] of Object.entries(COVERAGE)) {
    let node = root;
    for (const seg of template.slice(1).split('/')) {
      if (seg === '*') node = node.any ??= { children: new Map() };
      else {
        let next = node.children.get(seg);
        if (!next) node.children.set(seg, (next = { children: new Map() }));
        node = next;
      }
    }
    node.entry = entry;
  }
  return root;
})();

const escape = (k: string) => (k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);

/**
 * FIELD_NOT_CARRIED warnings for every value in `message` that `format` has no place for, with its
 * JSON Pointer. Driven by the generated coverage table only; an array item is carried when its array is.
 */
export function notCarried(message: unknown, format: WireFormat): LexWarning[] {
  const out: LexWarning[] = [];
  const path: string[] = [];
  const report = (entry: Coverage | undefined) => {
    const pointer = '/' + path.join('/');
    // a reason is a sentence of the schema (it may end in a full stop); the warning goes on after it
    const why = (entry ? entry.reason?.[format] : 'not a field of LEX 1.0.0')?.replace(/\.$/, '');
    out.push({ code: 'FIELD_NOT_CARRIED', path: pointer, message: `${format.toUpperCase()} does not carry ${pointer}${why ? `: ${why}` : ''}; it is left out of the output` });
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
        const child = node?.children.get(k) ?? node?.any;
        path.push(escape(k));
        walk((value as Record<string, unknown>)[k], child, child?.entry);
        path.pop();
      }
    }
  };
  if (message !== null && typeof message === 'object') {
    for (const k in message as Record<string, unknown>) {
      const child = ROOT.children.get(k);
      path.push(escape(k));
      walk((message as Record<string, unknown>)[k], child, child?.entry);
      path.pop();
    }
  }
  return out;
}
export { jsonSyntaxError, type JsonSyntaxError } from './json-syntax.js';
