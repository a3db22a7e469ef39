// The published model package on its own: load the canonical schema, open sources, diff, render.
// (The classification rules are tested on fixture pairs in generators/test/diff.test.ts.)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { diffReport, diffSchemas, loadModel, openSchemaSource, renderMarkdown, requiredBump, RULES, SchemaSourceError } from '../src/index.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scratch: string[] = [];
afterAll(() => { for (const d of scratch) rmSync(d, { recursive: true, force: true }); });

describe('@lexstandard/schema-model', () => {
  it('loads the canonical schema: bundle, fields, error codes, lifecycle, version', () => {
    const m = loadModel(join(repo, 'schema'));
    expect(m.bundle.$id).toBe('https://lexstandard.org/schema/1.0/lex.bundle.schema.json');
    expect(m.fields.find((f) => f.pointer === '/lex/version')).toMatchObject({ required: true, constraints: { const: m.version } });
    expect(m.errorCodes.length).toBeGreaterThan(10);
    expect(Object.keys(m.lifecycle.transitions).length).toBeGreaterThan(5);
  });

  it('opens a schema directory, a checkout holding schema/, and rejects anything else', () => {
    expect(openSchemaSource(join(repo, 'schema')).dir).toBe(join(repo, 'schema'));
    expect(openSchemaSource(repo).dir).toBe(join(repo, 'schema'));
    expect(() => openSchemaSource(join(repo, 'packages'))).toThrow(SchemaSourceError);
    expect(() => openSchemaSource('no-such-ref-or-dir-xyz', repo)).toThrow(/neither a directory nor a git ref/);
  });

  it('opens a git ref as the schema/ folder at that ref, in a temp dir it removes', () => {
    if (spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).status !== 0) return;
    const src = openSchemaSource('HEAD', repo);
    try {
      expect(src.label).toMatch(/^HEAD \([0-9a-f]{7}\)$/);
      expect(loadModel(src.dir).fields.length).toBeGreaterThan(100);
    } finally {
      src.cleanup();
    }
  });

  it('classifies a change and renders the verdict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-model-'));
    scratch.push(dir);
    cpSync(join(repo, 'schema'), dir, { recursive: true });
    const file = join(dir, 'blocks', 'customer.schema.json');
    const s = JSON.parse(readFileSync(file, 'utf8'));
    s.properties.firstName.maxLength = 60;
    writeFileSync(file, JSON.stringify(s));
    const before = loadModel(join(repo, 'schema'));
    const changes = diffSchemas(before, loadModel(dir));
    expect(changes).toEqual([expect.objectContaining({ kind: 'additive', rule: 'constraint-widened', path: 'lex.payload.lead.customer.firstName' })]);
    expect(requiredBump(changes)).toBe('minor');
    expect(renderMarkdown(diffReport(changes, { source: 'a', version: '1.0.0' }, { source: 'b', version: '1.0.0' }))).toContain('`minor` changeset');
    for (const c of changes) expect(RULES[c.rule]?.kind).toBe(c.kind);
  });
});
