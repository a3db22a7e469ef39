// The engine is generic: LEX field and element names live in the generated map only.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XML_ROOT, type XmlNode } from '../src/index.js';
import { repo } from './helpers.js';

describe('engine code', () => {
  it('names no LEX field or element (only src/generated does)', () => {
    const names = new Set<string>();
    const visit = (n: XmlNode) => {
      for (const name of [n.name, n.element, n.itemElement, n.keyAttribute, ...(n.aliases ?? []), ...(n.variants ?? []).map((v) => v.element)]) {
        if (name && name.length > 3) names.add(name);
      }
      n.children?.forEach(visit);
    };
    XML_ROOT.children!.forEach(visit);
    const dir = `${repo}packages/xml/src/`;
    // compound names (assetClass, DesiredVehicle, MessageId, …) cannot appear in code by accident
    const compound = [...names].filter((n) => /[a-z][A-Z]/.test(n));
    expect(compound.length).toBeGreaterThan(300);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(dir + file, 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      const words = new Set(code.split(/[^A-Za-z0-9_]+/));
      expect(compound.filter((n) => words.has(n)), file).toEqual([]);
    }
  });

  it('the element map covers every field of the field table, with its JSON type', () => {
    const { fields } = JSON.parse(readFileSync(`${repo}packages/schema/generated/fields.json`, 'utf8'));
    const pointers = new Map<string, XmlNode>();
    const visit = (n: XmlNode) => { pointers.set(n.pointer, n); n.children?.forEach(visit); };
    visit(XML_ROOT);
    for (const f of fields) {
      const n = pointers.get(f.pointer);
      expect(n, f.pointer).toBeDefined();
      expect(n!.kind, f.pointer).toBe(f.kind);
      if (f.kind === 'scalar') expect(n!.type, f.pointer).toBe(f.type);
    }
  });
});
