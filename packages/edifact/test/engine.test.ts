// The engine is generic: no LEX field name appears in src/*.ts (only in src/generated/), and the table it
// runs on comes from the schema annotations.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APERAK, ORDERS } from '../src/index.js';
import { repo } from './helpers.js';

const fields = JSON.parse(readFileSync(`${repo}packages/schema/generated/fields.json`, 'utf8')).fields as { name: string; pointer: string; lex: { edifact?: unknown } }[];

describe('engine', () => {
  it('names no LEX field', () => {
    // the names of the carried fields and of the objects that hold them (generic words like `type` or `code`
    // name fields elsewhere in LEX and are not checked; so are APERAK's: code, message, path, status are generic)
    const names = new Set(ORDERS.fields.flatMap((f) => [...f.path, ...(f.key ? [f.key] : [])]).filter((n) => n !== '*' && n !== 'lex'));
    const dir = new URL('../src/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = ts.createSourceFile(file, readFileSync(new URL(file, dir), 'utf8'), ts.ScriptTarget.ES2022, true);
      const used = new Set<string>();
      const visit = (node: ts.Node) => {
        // identifiers only: comments and messages may describe the seed layouts in words
        if (ts.isIdentifier(node) && names.has(node.text)) {
          // String.prototype.trim() is not the `trim` field
          const method = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node && ts.isCallExpression(node.parent.parent) && node.text === 'trim';
          if (!method) used.add(node.text);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      expect({ file, used: [...used] }).toEqual({ file, used: [] });
    }
  });

  it('runs on tables that carry exactly the annotated fields, each in its message', () => {
    const places = (f: any) => (f.lex.edifact === undefined ? [] : Array.isArray(f.lex.edifact) ? f.lex.edifact : [f.lex.edifact]);
    // a place belongs to ORDERS unless it names its message; UNB/UNH places without one belong to every message;
    // the UNH S009 place names the message itself (the table's selector), and an array's own place only qualifies
    // its items' segments
    const inMessage = (f: any, message: string) => places(f).some((p: any) =>
      (p.message ?? (p.segment === 'UNB' || p.segment === 'UNH' ? message : 'ORDERS')) === message && !(p.segment === 'UNH' && p.element === 2) && p.element !== undefined);
    for (const [table, message] of [[ORDERS, 'ORDERS'], [APERAK, 'APERAK']] as const) {
      const annotated = new Set(fields.filter((f) => inMessage(f, message)).map((f) => f.pointer));
      const inTable = new Set(table.fields.filter((f) => f.shape !== 'array').map((f) => f.pointer));
      expect([...inTable].sort()).toEqual([...annotated].sort());
    }
    expect(ORDERS.messageIdentifier.join(':')).toBe('ALXLDE:D:96A:UN');
    expect(APERAK.messageIdentifier.join(':')).toBe('APERAK:D:96A:UN:ALXACK');
    expect(APERAK.selects).toEqual({ path: ['lex', 'header', 'messageType'], value: 'ACKNOWLEDGMENT' });
  });
});
