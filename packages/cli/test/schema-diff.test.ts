// lex schema diff: directories and git refs in, a Markdown or JSON verdict out; exit 0 when it ran, 2 on unusable input.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scratch: string[] = [];
let oldDir: string;
let newDir: string;

async function run(...argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const status = await main(argv, (s) => out.push(s), (s) => err.push(s));
  return { status, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  oldDir = mkdtempSync(join(tmpdir(), 'lex-cli-old-'));
  newDir = mkdtempSync(join(tmpdir(), 'lex-cli-new-'));
  scratch.push(oldDir, newDir);
  cpSync(join(repo, 'schema'), oldDir, { recursive: true });
  cpSync(join(repo, 'schema'), newDir, { recursive: true });
  const file = join(newDir, 'blocks', 'customer.schema.json');
  const s = JSON.parse(readFileSync(file, 'utf8'));
  s.properties.firstName.maxLength = 40;
  s.properties.creditTier.enum.push('THIN_FILE');
  s.properties.creditTier['x-lex'].enum.THIN_FILE = 'Too little history to score.';
  s.properties.lastName.description = 'Family name.';
  writeFileSync(file, JSON.stringify(s, null, 2));
});
afterAll(() => { for (const d of scratch) rmSync(d, { recursive: true, force: true }); });

describe('lex schema diff', () => {
  it('prints a Markdown report with the verdict', async () => {
    const r = await run('schema', 'diff', oldDir, newDir);
    expect(r.status).toBe(0);
    expect(r.out).toContain('**Verdict: BREAKING — this change needs a `major` changeset** (1 breaking, 1 additive, 1 editorial)');
    expect(r.out).toContain('| `lex.payload.lead.customer.firstName` | maxLength narrowed 50 → 40 |');
    expect(r.out).toContain('enum value THIN_FILE added');
  });

  it('prints the report as JSON with --json', async () => {
    const r = await run('schema', 'diff', oldDir, newDir, '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ verdict: 'breaking', bump: 'major', counts: { breaking: 1, additive: 1, editorial: 1 } });
    expect(report.changes[0]).toMatchObject({ kind: 'breaking', rule: 'constraint-narrowed', path: 'lex.payload.lead.customer.firstName', before: 50, after: 40 });
  });

  it('reports no changes between a schema and itself, still exit 0', async () => {
    const r = await run('schema', 'diff', oldDir, oldDir, '--markdown');
    expect(r.status).toBe(0);
    expect(r.out).toContain('**Verdict: no changes**');
  });

  it('reads a git ref as the schema/ folder at that ref', async () => {
    const hasGit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).status === 0;
    if (!hasGit) return;
    // a ref resolves in the repository around the working directory, from any sub-folder
    const r = await run('schema', 'diff', 'HEAD', 'HEAD', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ verdict: 'none', old: { source: expect.stringMatching(/^HEAD \([0-9a-f]{7}\)$/) } });
  });

  it('exits 2 on unusable input', async () => {
    expect((await run('schema', 'diff', join(oldDir, 'no-such-dir'), newDir)).status).toBe(2);
    expect((await run('schema', 'diff', oldDir)).status).toBe(2);
    expect((await run('schema', 'frobnicate')).status).toBe(2);
    const broken = mkdtempSync(join(tmpdir(), 'lex-cli-broken-'));
    scratch.push(broken);
    cpSync(oldDir, broken, { recursive: true });
    writeFileSync(join(broken, 'lex.schema.json'), '{ not json');
    const r = await run('schema', 'diff', broken, newDir);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/SCHEMA_NOT_LOADABLE/);
  });

  it('prints its usage with --help', async () => {
    const r = await run('schema', '--help');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Usage: lex schema diff OLD NEW/);
  });
});
