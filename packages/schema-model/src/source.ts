// Where a version of the schema comes from: a directory on disk, or the schema/ folder at a git ref.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ROOT_FILE } from './load.js';

/** The input names no usable schema (not a directory, not a git ref, no schema folder at the ref). */
export class SchemaSourceError extends Error {}

export interface SchemaSource {
  /** directory holding lex.schema.json and the other schema files */
  dir: string;
  /** how to name this version in reports: the path, or `ref (abc1234)` */
  label: string;
  /** removes the temporary copy of a git ref; nothing for a directory */
  cleanup(): void;
}

function git(args: string[], cwd: string, input?: Buffer): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) return { ok: false, out: Buffer.alloc(0), err: r.error.message };
  return { ok: r.status === 0, out: r.stdout ?? Buffer.alloc(0), err: (r.stderr ?? Buffer.alloc(0)).toString('utf8').trim() };
}

/**
 * Opens `spec` as a schema version: a schema directory (holding lex.schema.json), a directory whose
 * `schema/` holds it (a repository checkout), or a git ref — `main`, `v1.0.0`, `HEAD~3`, `@lexstandard/schema@1.0.0`
 * — meaning the schema folder at that ref; `REF:path` picks another folder.
 */
export function openSchemaSource(spec: string, cwd = process.cwd(), schemaPath = 'schema'): SchemaSource {
  const local = resolve(cwd, spec);
  if (existsSync(local) && statSync(local).isDirectory()) {
    if (existsSync(join(local, ROOT_FILE))) return { dir: local, label: spec, cleanup() {} };
    if (existsSync(join(local, schemaPath, ROOT_FILE))) return { dir: join(local, schemaPath), label: join(spec, schemaPath), cleanup() {} };
    throw new SchemaSourceError(`${spec} is a directory but holds no ${ROOT_FILE} (nor ${schemaPath}/${ROOT_FILE})`);
  }
  return fromGit(spec, cwd, schemaPath);
}

function fromGit(spec: string, cwd: string, schemaPath: string): SchemaSource {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new SchemaSourceError(`${spec} is neither a directory nor a git ref (not inside a git repository)`);
  const root = top.out.toString('utf8').trim();
  const colon = spec.lastIndexOf(':');
  const [ref, folder] = colon > 0 ? [spec.slice(0, colon), spec.slice(colon + 1).replace(/^\/+|\/+$/g, '')] : [spec, schemaPath];
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (!commit.ok) throw new SchemaSourceError(`${spec} is neither a directory nor a git ref`);
  const sha = commit.out.toString('utf8').trim();
  const tree = git(['ls-tree', '-r', '-z', '--full-tree', sha, '--', `${folder}/`], root);
  if (!tree.ok) throw new SchemaSourceError(`cannot list ${folder}/ at ${ref}: ${tree.err}`);
  const entries = tree.out.toString('utf8').split('\0').filter(Boolean).map((line) => {
    const tab = line.indexOf('\t');
    const [, type, blob] = line.slice(0, tab).split(' ');
    return { type, blob: blob!, path: line.slice(tab + 1) };
  }).filter((e) => e.type === 'blob');
  if (!entries.some((e) => e.path === `${folder}/${ROOT_FILE}`)) throw new SchemaSourceError(`${ref} has no ${folder}/${ROOT_FILE}`);

  // one `git cat-file --batch` for every blob: "<sha> blob <size>\n<bytes>\n" each
  const batch = git(['cat-file', '--batch'], root, Buffer.from(entries.map((e) => e.blob).join('\n') + '\n'));
  if (!batch.ok) throw new SchemaSourceError(`cannot read ${folder}/ at ${ref}: ${batch.err}`);
  const dir = mkdtempSync(join(tmpdir(), 'lex-schema-'));
  let offset = 0;
  for (const e of entries) {
    const eol = batch.out.indexOf(10, offset);
    const size = Number(batch.out.subarray(offset, eol).toString('utf8').split(' ')[2]);
    const body = batch.out.subarray(eol + 1, eol + 1 + size);
    offset = eol + 1 + size + 1;
    const target = join(dir, e.path.slice(folder.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  return { dir, label: sha.startsWith(spec) ? spec : `${spec} (${sha.slice(0, 7)})`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
