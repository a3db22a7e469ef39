// The governance check on scratch copies of the repository: schema/, the released snapshot, the changesets
// config, every workspace package.json and the generated artifacts, in a temp dir.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/load.js';
import { writeGenerated, repoRoot } from '../src/run.js';
import { checkGovernance, expandGroup, generateFor, readChangesets, RELEASE_DIR } from '../src/governance.js';
import { setSpecVersion } from '../src/release.js';

type Json = any;
const scratch: string[] = [];
let template: string;
let version: string;

/** A copy of the parts of the repository the check reads, in sync and released (snapshot = schema/). */
function makeTemplate(): string {
  const root = mkdtempSync(join(tmpdir(), 'lex-gov-template-'));
  scratch.push(root);
  cpSync(join(repoRoot, 'schema'), join(root, 'schema'), { recursive: true });
  cpSync(join(root, 'schema'), join(root, RELEASE_DIR, 'schema'), { recursive: true });
  mkdirSync(join(root, '.changeset'));
  cpSync(join(repoRoot, '.changeset', 'config.json'), join(root, '.changeset', 'config.json'));
  const rootPkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  writeFileSync(join(root, 'package.json'), JSON.stringify(rootPkg, null, 2));
  const dirs = (rootPkg.workspaces as string[])
    .flatMap((ws) => (ws.endsWith('/*') ? readdirSync(join(repoRoot, ws.slice(0, -2))).map((d) => `${ws.slice(0, -2)}/${d}`) : [ws]))
    .filter((d) => existsSync(join(repoRoot, d, 'package.json')));
  const privateNames = new Set(dirs.map((d) => JSON.parse(readFileSync(join(repoRoot, d, 'package.json'), 'utf8'))).filter((p) => p.private).map((p) => p.name));
  for (const d of dirs) {
    mkdirSync(join(root, d), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(repoRoot, d, 'package.json'), 'utf8'));
    // these scenarios test the governance rules; the real tree's own package hygiene (a published package
    // depending on a private one, …) is what `npm run check:governance` reports on the repository itself
    if (!pkg.private) for (const dep of Object.keys(pkg.dependencies ?? {})) if (privateNames.has(dep)) delete pkg.dependencies[dep];
    if (!pkg.private) pkg.version = version; // the fixed group at the released version
    for (const dep of Object.keys(pkg.peerDependencies ?? {})) {
      if (dep.startsWith('@lexstandard/')) pkg.peerDependencies[dep] = `^${version.split('.')[0]}.0.0`; // the documented policy
    }
    writeFileSync(join(root, d, 'package.json'), JSON.stringify(pkg, null, 2));
  }
  writeFileSync(join(root, RELEASE_DIR, 'release.json'), JSON.stringify({ version }));
  return root;
}

/** A fresh copy of the template; `edit` changes one schema file; `regenerate` rewrites the artifacts. */
async function scenario(opts: { file?: string; edit?: (json: Json) => void; regenerate?: boolean; changesets?: Record<string, string> }): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'lex-gov-'));
  scratch.push(root);
  cpSync(template, root, { recursive: true });
  if (opts.file && opts.edit) {
    const full = join(root, 'schema', opts.file);
    const json = JSON.parse(readFileSync(full, 'utf8'));
    opts.edit(json);
    writeFileSync(full, JSON.stringify(json, null, 2) + '\n');
  }
  if (opts.regenerate) writeGenerated(await generateFor(join(root, 'schema')), root);
  for (const [name, body] of Object.entries(opts.changesets ?? {})) writeFileSync(join(root, '.changeset', name), body);
  return root;
}

const changeset = (bump: string, summary = 'Spec change.') => `---\n"@lexstandard/schema": ${bump}\n"@lexstandard/types": ${bump}\n---\n\n${summary}\n`;
const narrowFirstName = { file: 'blocks/customer.schema.json', edit: (s: Json) => { s.properties.firstName.maxLength = 40; } };

beforeAll(async () => {
  version = loadModel(join(repoRoot, 'schema')).version;
  template = makeTemplate();
  writeGenerated(await generateFor(join(template, 'schema')), template);
}, 60_000);
afterAll(() => { for (const d of scratch) rmSync(d, { recursive: true, force: true }); });

// each scenario runs the generators once (memoised by schema contents); generous timeouts for loaded CI machines
describe('check:governance on scratch copies of the repo', { timeout: 60_000 }, () => {
  it('passes on a released tree with no spec change', async () => {
    const r = await checkGovernance(template);
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.needed).toBe('none');
  });

  it('fails a breaking change with a minor changeset, naming the field and the bump', async () => {
    const root = await scenario({ ...narrowFirstName, regenerate: true, changesets: { 'shorter-names.md': changeset('minor') } });
    const r = await checkGovernance(root);
    expect(r.ok).toBe(false);
    expect(r.needed).toBe('major');
    expect(r.declared).toBe('minor');
    expect(r.failures[0]).toBe('BREAKING lex.payload.lead.customer.firstName: maxLength narrowed 50 → 40 — needs a major changeset, the changesets declare minor (.changeset/shorter-names.md)');
    expect(r.failures, r.failures.join('\n')).toHaveLength(2); // the change, then how to fix it
    expect(r.affected).toContain('packages/schema/generated/lex.schema.json');
  });

  it('passes the same breaking change with a major changeset', async () => {
    const root = await scenario({ ...narrowFirstName, regenerate: true, changesets: { 'shorter-names.md': changeset('major') } });
    const r = await checkGovernance(root);
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.report?.verdict).toBe('breaking');
  });

  it('passes a description edit with a patch changeset', async () => {
    const root = await scenario({
      file: 'blocks/customer.schema.json',
      edit: (s) => { s.properties.firstName.description = 'The given name of the primary contact.'; },
      regenerate: true,
      changesets: { 'reword.md': changeset('patch') },
    });
    const r = await checkGovernance(root);
    expect(r.failures).toEqual([]);
    expect(r.needed).toBe('patch');
    expect(r.declared).toBe('patch');
  });

  it('passes an additive change with a minor changeset, and changesets plans a minor release', async () => {
    const root = await scenario({
      file: 'blocks/customer.schema.json',
      edit: (s) => { s.properties.firstName.maxLength = 60; },
      regenerate: true,
      changesets: { 'longer-names.md': changeset('minor') },
    });
    const r = await checkGovernance(root, { affected: false });
    expect(r.failures).toEqual([]);
    expect(r).toMatchObject({ needed: 'minor', declared: 'minor', planned: 'minor' });
  });

  it('fails a minor changeset that changesets would release as major because of a pinned peer dependency', async () => {
    const root = await scenario({
      file: 'blocks/customer.schema.json',
      edit: (s) => { s.properties.firstName.maxLength = 60; },
      regenerate: true,
      changesets: { 'longer-names.md': changeset('minor') },
    });
    const file = join(root, 'packages', 'codec', 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    pkg.peerDependencies = { ...pkg.peerDependencies, '@lexstandard/schema': version };
    writeFileSync(file, JSON.stringify(pkg, null, 2));
    const r = await checkGovernance(root, { affected: false });
    expect(r.planned).toBe('major');
    expect(r.failures).toEqual([expect.stringMatching(/^the changesets declare minor, but `changeset version` would release the fixed group as major .*packages\/codec\/package\.json peerDependencies\["@lexstandard\/schema"\]/)]);
  });

  it('fails a schema edit whose generated files were not regenerated, naming them', async () => {
    const root = await scenario({ ...narrowFirstName, regenerate: false, changesets: { 'shorter-names.md': changeset('major') } });
    const r = await checkGovernance(root, { affected: false });
    expect(r.ok).toBe(false);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^generated files are out of date with schema\/ — run `npm run generate`/);
    expect(r.failures[0]).toContain('packages/schema/generated/lex.schema.json');
  });

  it('fails a spec change without any changeset', async () => {
    const root = await scenario({ ...narrowFirstName, regenerate: true });
    const r = await checkGovernance(root, { affected: false });
    expect(r.failures[0]).toBe('BREAKING lex.payload.lead.customer.firstName: maxLength narrowed 50 → 40 — needs a major changeset, there is no changeset for the @lexstandard packages');
  });

  it('fails a hand edit of lex.version', async () => {
    const root = await scenario({});
    setSpecVersion(root, '9.9.9');
    writeFileSync(join(root, '.changeset', 'bump.md'), changeset('major'));
    const r = await checkGovernance(root, { affected: false });
    expect(r.failures.some((f) => f.startsWith(`lex.version is 9.9.9 in schema/lex.schema.json but the last release is ${version}: only the release step`))).toBe(true);
  });

  it('fails a published package left out of the fixed group', async () => {
    const root = await scenario({});
    const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
    config.fixed[0].push('!@lexstandard/cli');
    writeFileSync(join(root, '.changeset', 'config.json'), JSON.stringify(config));
    const r = await checkGovernance(root, { affected: false });
    expect(r.failures).toEqual([expect.stringMatching(/^@lexstandard\/cli is published but not in the fixed group/)]);
  });
});

describe('helpers', () => {
  it('reads changeset front matter the way changesets writes it', () => {
    const root = mkdtempSync(join(tmpdir(), 'lex-cs-'));
    scratch.push(root);
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset', 'README.md'), '# not a changeset');
    writeFileSync(join(root, '.changeset', 'a.md'), "---\n'@lexstandard/cli': minor\n\"@lexstandard/schema\": patch\n---\n\nText\n");
    writeFileSync(join(root, '.changeset', 'empty.md'), '---\n---\n\nNothing released.\n');
    writeFileSync(join(root, '.changeset', 'bad.md'), '---\n"@lexstandard/cli": huge\n---\n');
    const { changesets, problems } = readChangesets(root);
    expect(changesets).toEqual([
      { file: 'a.md', releases: { '@lexstandard/cli': 'minor', '@lexstandard/schema': 'patch' } },
      { file: 'bad.md', releases: {} },
      { file: 'empty.md', releases: {} },
    ]);
    expect(problems).toEqual(['.changeset/bad.md: front matter line 1 is not "package": major|minor|patch|none']);
  });

  it('expands the fixed group like changesets does', () => {
    const names = ['@lexstandard/cli', '@lexstandard/generators', '@lexstandard/schema', 'other'];
    expect(expandGroup(['@lexstandard/*', '!@lexstandard/generators'], names)).toEqual(['@lexstandard/cli', '@lexstandard/schema']);
  });

  it('the repository config: every published @lexstandard package is in the one fixed group', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8'));
    expect(config.fixed).toHaveLength(1);
    expect(config.access).toBe('public');
    expect(config.baseBranch).toBe('main');
    expect(dirname(join(repoRoot, RELEASE_DIR))).toBe(repoRoot);
  });
});
