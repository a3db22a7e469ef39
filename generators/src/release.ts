// The release step: npm run release:version = `changeset version && tsx generators/src/release.ts`.
// `changeset version` has consumed the changesets and moved every package of the fixed group to the next
// version; this script then makes the spec follow:
//   1. lex.version in schema/lex.schema.json (its const, its examples, the "Currently x.y.z" of its description)
//      becomes the fixed group's version — this is the only place lex.version is ever changed;
//   2. every artifact is regenerated from schema/ (types, validator, codec tables, OpenAPI, field table, …);
//   3. the released-schema snapshot .release/schema (a copy of schema/) and .release/release.json are written:
//      npm run check:governance diffs the next spec change against it.
//
//   tsx generators/src/release.ts            after `changeset version` (the release:version script)
//   tsx generators/src/release.ts --init     write the snapshot for the current version without a bump
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadModel, ROOT_FILE } from './model/load.js';
import { generateAll } from './emitters/index.js';
import { repoRoot, writeGenerated } from './run.js';
import { changedFiles, expandGroup, RELEASE_DIR, workspacePackages } from './governance.js';

export interface ReleaseInfo {
  /** the spec version of the release */
  version: string;
}

/** The single version of the fixed changeset group (= the spec version). */
export function fixedGroupVersion(root: string): string {
  const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
  const packages = workspacePackages(root);
  const fixed = expandGroup(config.fixed?.[0] ?? [], packages.map((p) => p.name));
  const versions = new Set(packages.filter((p) => fixed.includes(p.name)).map((p) => p.version));
  if (versions.size !== 1) {
    throw new Error(`the fixed group is not in step: ${packages.filter((p) => fixed.includes(p.name)).map((p) => `${p.name}@${p.version}`).join(', ')}`);
  }
  return [...versions][0]!;
}

/** Sets lex.version (const, examples, "Currently x.y.z") in schema/lex.schema.json. */
export function setSpecVersion(root: string, version: string): void {
  const file = join(root, 'schema', ROOT_FILE);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const node = json.properties?.lex?.properties?.version;
  if (!node || typeof node.const !== 'string') throw new Error(`${file}: properties.lex.properties.version.const not found`);
  node.const = version;
  node.examples = [version];
  if (typeof node.description === 'string') node.description = node.description.replace(/Currently \d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/, `Currently ${version}`);
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
}

/** Writes .release/schema (a copy of schema/) and .release/release.json. */
export function writeReleaseSnapshot(root: string, version: string): void {
  const dir = join(root, RELEASE_DIR);
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, 'schema'), { recursive: true, force: true });
  cpSync(join(root, 'schema'), join(dir, 'schema'), { recursive: true });
  const info: ReleaseInfo = { version };
  writeFileSync(join(dir, 'release.json'), JSON.stringify(info, null, 2) + '\n');
}

export function readRelease(root: string): ReleaseInfo | undefined {
  const file = join(root, RELEASE_DIR, 'release.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseInfo) : undefined;
}

const semver = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
function newer(a: string, b: string): boolean {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if (x[i]! !== y[i]!) return x[i]! > y[i]!;
  return false;
}

/** Bumps lex.version to the fixed group's version, regenerates and writes the snapshot. Returns what it did. */
export async function releaseVersion(root: string = repoRoot, log: (s: string) => void = console.log): Promise<{ from?: string; to: string; regenerated: string[] }> {
  const to = fixedGroupVersion(root);
  const from = readRelease(root)?.version;
  if (from === to) {
    const changed = existsSync(join(root, RELEASE_DIR, 'schema')) ? changedFiles(join(root, RELEASE_DIR, 'schema'), join(root, 'schema')) : ['(no snapshot)'];
    if (changed.length) throw new Error(`the packages are still at ${to} (the last release) but schema/ changed since (${changed.join(', ')}): add a changeset (npx changeset), then run npm run release:version again`);
    log(`nothing to release: the packages are at ${to}, the last release`);
    return { from, to, regenerated: [] };
  }
  if (from && !newer(to, from)) throw new Error(`the packages are at ${to}, which is not after the last release ${from}`);
  setSpecVersion(root, to);
  const model = loadModel(join(root, 'schema'));
  const regenerated = writeGenerated(await generateAll(model), root);
  writeReleaseSnapshot(root, to);
  log(`released the spec ${from ?? '(none)'} → ${to}: lex.version bumped in schema/${ROOT_FILE}, ${regenerated.length} generated file${regenerated.length === 1 ? '' : 's'} rewritten, snapshot ${RELEASE_DIR}/schema written`);
  return { from, to, regenerated };
}

async function cli(): Promise<number> {
  const { values } = parseArgs({ options: { init: { type: 'boolean', default: false }, root: { type: 'string' } } });
  const root = values.root ?? repoRoot;
  if (values.init) {
    const model = loadModel(join(root, 'schema'));
    const version = fixedGroupVersion(root);
    if (model.version !== version) throw new Error(`lex.version is ${model.version} but the fixed group is at ${version}`);
    writeReleaseSnapshot(root, version);
    console.log(`wrote the released-schema snapshot ${RELEASE_DIR}/schema for ${version}`);
    return 0;
  }
  await releaseVersion(root);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli().then((code) => { process.exitCode = code; }, (e) => { console.error(`release: ${(e as Error).message}`); process.exitCode = 1; });
}
