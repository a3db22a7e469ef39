// The vector files themselves: they follow vector.schema.json, ids are unique, and the suite holds what
// the conformance text and the schema promise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VECTORS_DIR, INPUTS_FOLDER, PACKAGE_ROOT } from '../src/vectors.js';
import { vectors } from './helpers.js';

const files = (dir: string): string[] =>
  readdirSync(dir).sort().flatMap((n) => {
    const full = join(dir, n);
    if (statSync(full).isDirectory()) return n === INPUTS_FOLDER ? [] : files(full);
    return n.endsWith('.json') ? [full] : [];
  });

describe('vector files', () => {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'vector.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it.each(files(DEFAULT_VECTORS_DIR).map((f) => [relative(PACKAGE_ROOT, f), f]))('%s follows vector.schema.json', (_name, full) => {
    const ok = validate(JSON.parse(readFileSync(full, 'utf8')));
    expect(validate.errors?.slice(0, 3) ?? [], 'schema errors').toEqual([]);
    expect(ok).toBe(true);
  });

  it('holds TC-001 … TC-020 of the conformance text, each at its level', () => {
    const levels: Record<string, string> = {
      'TC-001': 'L1', 'TC-002': 'L1', 'TC-003': 'L1', 'TC-004': 'L1', 'TC-005': 'L1', 'TC-006': 'L2', 'TC-007': 'L2', 'TC-008': 'L2', 'TC-009': 'L2', 'TC-010': 'L2',
      'TC-011': 'L3', 'TC-012': 'L3', 'TC-013': 'L3', 'TC-014': 'L3', 'TC-015': 'L3', 'TC-016': 'L2', 'TC-017': 'L3', 'TC-018': 'L3', 'TC-019': 'L3', 'TC-020': 'L3',
    };
    const tcs = Object.fromEntries(vectors.filter((v) => v.id.startsWith('TC-')).map((v) => [v.id, v.level]));
    expect(tcs).toEqual(levels);
  });

  it('runs the stateful cases through sessions', () => {
    const sessions = vectors.filter((v) => v.kind === 'session').map((v) => v.id);
    for (const id of ['TC-001', 'TC-004', 'TC-016', 'TC-020']) expect(sessions).toContain(id);
  });

  it('has generated vectors of every kind the schema calls for', () => {
    const kinds = new Set(vectors.filter((v) => v.id.startsWith('gen:')).map((v) => v.id.split(':')[1]));
    for (const k of ['required', 'required-one-of', 'required-when', 'enum', 'const', 'format', 'pattern', 'maxLength', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'multipleOf', 'minItems', 'maxItems', 'maxProperties', 'valid']) {
      expect(kinds, k).toContain(k);
    }
    const valid = vectors.filter((v) => v.id.startsWith('gen:valid:')).map((v) => v.id);
    for (const t of ['LEAD', 'ASSET', 'ACKNOWLEDGMENT', 'SUBSCRIPTION', 'LEAD_CLOSURE']) expect(valid).toContain(`gen:valid:${t}:full`);
    for (const b of ['aviationLead', 'maritimeLead', 'heavyEquipmentLead', 'realEstateLead', 'technologyLead']) expect(valid).toContain(`gen:valid:LEAD:${b}`);
  });

  it('gives the same lead in all four formats for each cross-format case', () => {
    const xf = vectors.filter((v) => v.id.startsWith('XF-'));
    const groups = new Map<string, string[]>();
    for (const v of xf) groups.set(v.id.replace(/-[a-z0-9]+$/, ''), [...(groups.get(v.id.replace(/-[a-z0-9]+$/, '')) ?? []), v.kind === 'convert' ? v.input.format : '']);
    expect(groups.size).toBeGreaterThanOrEqual(2);
    for (const formats of groups.values()) expect(formats.sort()).toEqual(['edifact', 'json', 'x12', 'xml']);
    for (const g of groups.keys()) {
      const msgs = xf.filter((v) => v.id.startsWith(g + '-')).map((v) => (v.kind === 'convert' ? JSON.stringify(v.expect.message) : ''));
      expect(new Set(msgs).size).toBe(1);
    }
  });

  it('every expected code is in the catalogue, at or below the vector level', () => {
    const catalogue = JSON.parse(readFileSync(join(PACKAGE_ROOT, '..', 'schema', 'error-codes.json'), 'utf8')).codes as { code: string; level: string }[];
    const level = new Map(catalogue.map((c) => [c.code, c.level]));
    for (const v of vectors) {
      const issues = v.kind === 'validate' ? [...(v.expect.errors ?? []), ...(v.expect.warnings ?? [])]
        : v.kind === 'session' ? v.steps.flatMap((s) => [...(s.expect.ack?.errors ?? []), ...(s.expect.ack?.warnings ?? [])]) : [];
      for (const i of issues) {
        expect(level.has(i.code), `${v.id}: ${i.code}`).toBe(true);
        // an error must be an error at the vector's level; a code above it can only be expected as a warning
        if (i.severity !== 'WARNING') expect(level.get(i.code)! <= v.level, `${v.id}: ${i.code} is ${level.get(i.code)}`).toBe(true);
      }
    }
  });
});
