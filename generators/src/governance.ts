// npm run check:governance — may this tree land?
//   1. the generated artifacts are in sync with schema/ (the drift check);
//   2. lex.version and the fixed-group package versions are the last release's: only the release step moves them;
//   3. every @lexstandard package that is published is in the one fixed changeset group, and no private one is;
//   4. if schema/ differs from the last released schema (.release/schema, written by the release step), there
//      is at least one changeset, and the highest bump the changesets declare for the fixed group is at least
//      what the schema diff requires (breaking → major, additive → minor, editorial → patch).
// A failure names each change and the bump it needs. Exit 1 on failure, 0 when the tree may land.
//
//   tsx generators/src/governance.ts [--root DIR] [--report FILE]
//     --report FILE   also write the Markdown report (schema diff + governance verdict) for the pull request
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadModel, type SchemaModel } from './model/load.js';
import {
  bumpFor, compareBumps, diffReport, diffSchemas, maxBump, renderMarkdown, requiredBump, verdictLine,
  type Bump, type Change, type DiffReport,
} from './model/diff.js';
import { generateAll, type GeneratedFile } from './emitters/index.js';
import { checkDrift, repoRoot } from './run.js';

/** Where the release step keeps the last released schema: a copy of schema/ and release.json { version }. */
export const RELEASE_DIR = '.release';

export interface Changeset {
  /** file name under .changeset/ */
  file: string;
  releases: Record<string, Bump>;
}

export interface GovernanceResult {
  ok: boolean;
  failures: string[];
  /** what passed, what was compared, what the change affects */
  notes: string[];
  releasedVersion?: string;
  report?: DiffReport;
  /** the bump the schema changes need (at least patch when any file in schema/ changed) */
  needed: Bump;
  /** the highest bump the changesets declare for the fixed group */
  declared: Bump;
  /** the bump changesets' own release plan gives the fixed group (peer dependencies can raise it) */
  planned?: Bump;
  changesets: Changeset[];
  /** generated artifacts whose contents the schema change alters, compared with the last release */
  affected: string[];
}

export interface GovernanceOptions {
  /** list the generated artifacts the schema change alters (one more generator run); default true */
  affected?: boolean;
}

const LABEL: Record<Change['kind'], string> = { breaking: 'BREAKING', additive: 'ADDITIVE', editorial: 'EDITORIAL' };

// ---------------------------------------------------------------------------------------------------------
// changesets

const BUMPS = new Set(['major', 'minor', 'patch', 'none']);

/** The changesets waiting for the next release: .changeset/*.md except README.md (`changeset version` deletes them). */
export function readChangesets(root: string): { changesets: Changeset[]; problems: string[] } {
  const dir = join(root, '.changeset');
  const changesets: Changeset[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { changesets, problems: ['there is no .changeset/ folder'] };
  for (const file of readdirSync(dir).sort()) {
    if (file.startsWith('.') || !file.endsWith('.md') || /^README\.md$/i.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    const m = /^\s*---\n([\s\S]*?)\n?---/.exec(text);
    if (!m) { problems.push(`.changeset/${file}: no front matter (--- "@lexstandard/…": major|minor|patch ---)`); continue; }
    const releases: Record<string, Bump> = {};
    for (const [i, raw] of m[1]!.split('\n').entries()) {
      const line = raw.replace(/\s+#.*$/, '').trim();
      if (!line) continue;
      const kv = /^(["']?)(@?[^"':\s]+)\1\s*:\s*(["']?)([a-z]+)\3$/.exec(line);
      if (!kv || !BUMPS.has(kv[4]!)) { problems.push(`.changeset/${file}: front matter line ${i + 1} is not "package": major|minor|patch|none`); continue; }
      releases[kv[2]!] = kv[4] as Bump;
    }
    changesets.push({ file, releases });
  }
  return { changesets, problems };
}

// ---------------------------------------------------------------------------------------------------------
// workspace packages and the fixed group

interface WorkspacePackage { name: string; version: string; private: boolean; dir: string }

export function workspacePackages(root: string): WorkspacePackage[] {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out: WorkspacePackage[] = [];
  const add = (dir: string) => {
    const file = join(root, dir, 'package.json');
    if (!existsSync(file)) return;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    out.push({ name: pkg.name, version: pkg.version, private: pkg.private === true, dir });
  };
  for (const pattern of (rootPkg.workspaces ?? []) as string[]) {
    if (pattern.endsWith('/*')) {
      const parent = pattern.slice(0, -2);
      if (!existsSync(join(root, parent))) continue;
      for (const d of readdirSync(join(root, parent)).sort()) if (statSync(join(root, parent, d)).isDirectory()) add(`${parent}/${d}`);
    } else add(pattern);
  }
  return out;
}

const globRe = (g: string) => new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);

/** Expands a changesets package group (names and globs, `!` excludes) over the workspace names. */
export function expandGroup(group: string[], names: string[]): string[] {
  const include = group.filter((g) => !g.startsWith('!')).map(globRe);
  const exclude = group.filter((g) => g.startsWith('!')).map((g) => globRe(g.slice(1)));
  return names.filter((n) => include.some((r) => r.test(n)) && !exclude.some((r) => r.test(n)));
}

// ---------------------------------------------------------------------------------------------------------
// schema/ against the released copy

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Files added, removed or edited between two folders. */
export function changedFiles(before: string, after: string): string[] {
  const a = new Set(listFiles(before)), b = new Set(listFiles(after));
  const out: string[] = [];
  for (const f of [...new Set([...a, ...b])].sort()) {
    if (!a.has(f) || !b.has(f) || !readFileSync(join(before, f)).equals(readFileSync(join(after, f)))) out.push(f);
  }
  return out;
}

/** A digest of a folder's files (paths and bytes). */
function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of listFiles(dir)) h.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  return h.digest('hex');
}

const generated = new Map<string, Promise<GeneratedFile[]>>();

/**
 * Every generated artifact of one schema folder, memoised per process by the folder's contents: the emitters
 * are pure (model) => files, and the check compares the working tree and the last release with the same
 * output many times in the tests.
 */
export function generateFor(schemaDir: string, model?: SchemaModel): Promise<GeneratedFile[]> {
  const key = digest(schemaDir);
  let p = generated.get(key);
  if (!p) {
    p = generateAll(model ?? loadModel(schemaDir));
    generated.set(key, p);
    p.catch(() => generated.delete(key));
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------------
// changesets' own release plan: what `changeset version` will really do with the fixed group

type ReleasePlan = { releases: { name: string; type: Bump; newVersion: string }[] };

/** @changesets/get-release-plan, resolved through @changesets/cli (the declared dev dependency). */
function loadGetReleasePlan(): ((cwd: string) => Promise<ReleasePlan>) | undefined {
  try {
    const fromCli = createRequire(createRequire(import.meta.url).resolve('@changesets/cli/package.json'));
    const mod = fromCli('@changesets/get-release-plan');
    return mod.default ?? mod;
  } catch {
    return undefined;
  }
}

/** peerDependencies on fixed-group packages pinned so that `version` leaves the range: changesets then bumps major. */
function pinnedPeers(root: string, fixed: string[], next: string): string[] {
  const out: string[] = [];
  for (const p of workspacePackages(root)) {
    const pkg = JSON.parse(readFileSync(join(root, p.dir, 'package.json'), 'utf8'));
    for (const [dep, range] of Object.entries<string>(pkg.peerDependencies ?? {})) {
      if (!fixed.includes(dep)) continue;
      const exact = /^=?\d+\.\d+\.\d+$/.test(range.trim());
      if (exact && range.replace(/^=/, '').trim() !== next) out.push(`${p.dir}/package.json peerDependencies["${dep}"] = "${range}"`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

export async function checkGovernance(root: string = repoRoot, options: GovernanceOptions = {}): Promise<GovernanceResult> {
  const failures: string[] = [];
  const notes: string[] = [];
  const result: GovernanceResult = { ok: false, failures, notes, needed: 'none', declared: 'none', changesets: [], affected: [] };

  // 0. the schema loads
  let model: SchemaModel;
  try {
    model = loadModel(join(root, 'schema'));
  } catch (e) {
    failures.push(`schema/ does not load: ${(e as Error).message}`);
    return result;
  }

  // 1. generated artifacts in sync
  const files = await generateFor(join(root, 'schema'), model);
  const drift = checkDrift(files, root);
  if (drift.length) {
    failures.push(`generated files are out of date with schema/ — run \`npm run generate\` and commit them:\n${drift.map((p) => `    ${p}`).join('\n')}`);
  } else notes.push(`generated files in sync with schema/ (${files.length} files)`);

  // 2. the changesets configuration: one fixed group = every published @lexstandard package
  const packages = workspacePackages(root);
  let fixed: string[] = [];
  const configFile = join(root, '.changeset', 'config.json');
  if (!existsSync(configFile)) {
    failures.push('.changeset/config.json is missing');
  } else {
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    const groups: string[][] = config.fixed ?? [];
    if (groups.length !== 1) failures.push(`.changeset/config.json must have exactly one \`fixed\` group (the spec version is the package version), found ${groups.length}`);
    fixed = expandGroup(groups[0] ?? [], packages.map((p) => p.name));
    const published = packages.filter((p) => !p.private && p.name.startsWith('@lexstandard/')).map((p) => p.name);
    for (const name of published) if (!fixed.includes(name)) failures.push(`${name} is published but not in the fixed group of .changeset/config.json: add it, so that its version stays the spec version`);
    for (const p of packages) if (fixed.includes(p.name) && p.private) failures.push(`${p.name} is private but in the fixed group of .changeset/config.json: exclude it ("!${p.name}")`);
  }

  // 3. the last release
  const releaseFile = join(root, RELEASE_DIR, 'release.json');
  const releasedDir = join(root, RELEASE_DIR, 'schema');
  if (!existsSync(releaseFile) || !existsSync(releasedDir)) {
    failures.push(`no released-schema snapshot at ${RELEASE_DIR}/ (release.json and schema/): the release step (npm run release:version) writes it`);
    return finish(result);
  }
  const released = JSON.parse(readFileSync(releaseFile, 'utf8')) as { version: string };
  result.releasedVersion = released.version;
  if (model.version !== released.version) {
    failures.push(`lex.version is ${model.version} in schema/lex.schema.json but the last release is ${released.version}: only the release step (npm run release:version) changes lex.version — set it back to ${released.version} and add a changeset instead`);
  }
  for (const p of packages) {
    if (fixed.includes(p.name) && p.version !== released.version) {
      failures.push(`${p.dir}/package.json (${p.name}) is at ${p.version} but the last release is ${released.version}: versions move only through the release step (npm run release:version), which also bumps lex.version and the released snapshot`);
    }
  }

  // 4. what changed in schema/ since the release, and what it needs
  const changed = changedFiles(releasedDir, join(root, 'schema'));
  let releasedModel: SchemaModel;
  try {
    releasedModel = loadModel(releasedDir);
  } catch (e) {
    failures.push(`the released schema ${RELEASE_DIR}/schema does not load: ${(e as Error).message}`);
    return finish(result);
  }
  const changes = diffSchemas(releasedModel, model);
  const report = diffReport(changes, { source: `${RELEASE_DIR}/schema (release ${released.version})`, version: releasedModel.version }, { source: 'schema', version: model.version });
  result.report = report;
  result.needed = maxBump(requiredBump(changes), changed.length ? 'patch' : 'none');

  const { changesets, problems } = readChangesets(root);
  result.changesets = changesets;
  failures.push(...problems);
  const names = new Set(packages.map((p) => p.name));
  for (const cs of changesets) {
    for (const [name, bump] of Object.entries(cs.releases)) {
      if (!names.has(name)) failures.push(`.changeset/${cs.file} names ${name}, which is not a package of this workspace`);
      else if (fixed.includes(name)) result.declared = maxBump(result.declared, bump);
    }
  }
  const declaring = changesets.filter((cs) => Object.entries(cs.releases).some(([n, b]) => fixed.includes(n) && b !== 'none')).map((cs) => cs.file);

  if (!changed.length) {
    notes.push(`schema/ is the released schema ${released.version}: no spec change to govern`);
  } else {
    notes.push(`schema/ differs from release ${released.version} in ${changed.length} file${changed.length === 1 ? '' : 's'} (${changed.join(', ')}); ${verdictLine(report)}`);
    if (options.affected !== false) {
      const before = new Map((await generateFor(releasedDir, releasedModel)).map((f) => [f.path, f.contents]));
      result.affected = files.filter((f) => before.get(f.path) !== f.contents).map((f) => f.path)
        .concat([...before.keys()].filter((p) => !files.some((f) => f.path === p)));
      if (result.affected.length) notes.push(`the change alters ${result.affected.length} generated artifact${result.affected.length === 1 ? '' : 's'}:\n${result.affected.map((p) => `    ${p}`).join('\n')}`);
    }
    const declaredText = declaring.length ? `the changesets declare ${result.declared} (${declaring.map((f) => `.changeset/${f}`).join(', ')})` : 'there is no changeset for the @lexstandard packages';
    if (compareBumps(result.declared, result.needed) < 0) {
      const short = changes.filter((c) => compareBumps(bumpFor(c.kind), result.declared) > 0);
      for (const c of short) {
        failures.push(`${LABEL[c.kind]} ${c.path}: ${c.detail} — needs a ${bumpFor(c.kind)} changeset, ${declaredText}`);
      }
      if (!short.length) {
        failures.push(`schema/ changed since release ${released.version} (${changed.join(', ')}) — needs at least a patch changeset, ${declaredText}`);
      }
      failures.push(`run \`npx changeset\`, pick the @lexstandard packages (one fixed group) and choose ${result.needed}; see CONTRIBUTING.md`);
    } else {
      notes.push(`${declaredText}: at least the ${result.needed} the schema change needs`);
    }
  }

  // 5. changesets can read the workspace (config, dependency graph), and its release plan does what the
  //    changesets declare (a pinned peer dependency can turn a minor release into a major one)
  const getReleasePlan = loadGetReleasePlan();
  if (!getReleasePlan) {
    notes.push('@changesets/get-release-plan not found: the changesets configuration and release plan were not checked');
  } else {
    try {
      const plan = await getReleasePlan(root);
      const group = plan.releases.filter((r) => fixed.includes(r.name));
      result.planned = group.reduce<Bump>((b, r) => maxBump(b, r.type), 'none');
      const next = group[0]?.newVersion ?? released.version;
      if (declaring.length && !problems.length && compareBumps(result.planned, result.declared) > 0) {
        const peers = pinnedPeers(root, fixed, next);
        failures.push(`the changesets declare ${result.declared}, but \`changeset version\` would release the fixed group as ${result.planned} (${next})${peers.length
          ? `: changesets bumps a package major when a peer dependency leaves its range — widen these ranges to "^${released.version.split('.')[0]}.0.0": ${peers.join('; ')}`
          : ''}`);
      } else if (group.length) {
        notes.push(`release plan: the fixed group goes to ${next} (${result.planned})`);
      }
    } catch (e) {
      const message = (e as Error).message.replace(/\s*\n\s*/g, ' ');
      const skipped = [...message.matchAll(/The package "([^"]+)" depends on the skipped package "([^"]+)"/g)]
        .map(([, dependent, dep]) => ` (${dependent} is published, so it cannot depend on the private ${dep}: publish ${dep} — drop "private" and its entries in \`ignore\` and the fixed group's exclusions — or make it a devDependency)`);
      failures.push(`changesets cannot plan a release from this tree, so \`changeset version\` would fail: ${message}${skipped.join('')}`);
    }
  }
  return finish(result);
}

function finish(result: GovernanceResult): GovernanceResult {
  result.ok = result.failures.length === 0;
  return result;
}

/** The pull-request report: the governance verdict, then the schema diff. */
export function renderGovernanceMarkdown(r: GovernanceResult): string {
  const lines = [`## LEX governance: ${r.ok ? 'passes' : 'FAILS'}`, ''];
  for (const f of r.failures) lines.push(`- ❌ ${f.replace(/\n\s+/g, ' · ')}`);
  for (const n of r.notes) lines.push(`- ${n.replace(/\n\s+/g, ' · ')}`);
  lines.push('');
  if (r.report) lines.push(renderMarkdown(r.report).replace(/^(#+) /gm, '#$1 '));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

async function cli(): Promise<number> {
  const { values } = parseArgs({ options: { root: { type: 'string' }, report: { type: 'string' } } });
  const root = values.root ?? repoRoot;
  const r = await checkGovernance(root);
  for (const n of r.notes) console.log(`  · ${n}`);
  if (values.report) writeFileSync(values.report, renderGovernanceMarkdown(r));
  if (r.ok) {
    console.log('governance: OK');
    return 0;
  }
  console.error(`governance: FAILED (${r.failures.length})`);
  for (const f of r.failures) console.error(`  ✗ ${f}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli().then((code) => { process.exitCode = code; }, (e) => { console.error(`check:governance: ${(e as Error).stack ?? e}`); process.exitCode = 1; });
}
