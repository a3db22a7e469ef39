// Loading the vector files: every *.json under the vectors folder (or the folders given) is a vector
// file { vectors: [...] }. Inputs given as `file` are read here, relative to the vector file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS, LEVELS, levelRank, type Level, type LoadedVector, type Vector, type VectorInput } from './types.js';

/** conformance/ — the package root, from src/ (tests) and from dist/ (built) alike. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The public vectors shipped with this package. */
export const DEFAULT_VECTORS_DIR = join(PACKAGE_ROOT, 'vectors');

/** A vector file that cannot be used: the runner stops (exit status 2) rather than report a wrong result. */
export class VectorError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'VectorError';
  }
}

/** Folders with this name hold input messages that vectors reference by `file`, not vector files. */
export const INPUTS_FOLDER = 'inputs';

function listJson(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new VectorError(path, 'no such file or folder');
  if (st.isFile()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) { if (name !== INPUTS_FOLDER) out.push(...listJson(full)); }
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

function resolveInput(input: unknown, file: string, where: string): VectorInput & { text: string } {
  if (!isObj(input)) throw new VectorError(file, `${where}: input must be an object`);
  const format = input.format;
  if (!FORMATS.includes(format)) throw new VectorError(file, `${where}: input.format must be one of ${FORMATS.join(', ')}`);
  const given = ['message', 'text', 'file'].filter((k) => input[k] !== undefined);
  if (given.length !== 1) throw new VectorError(file, `${where}: input needs exactly one of message, text, file`);
  if (input.message !== undefined) {
    if (format !== 'json') throw new VectorError(file, `${where}: input.message is for JSON-EDI only; give other formats as text or file`);
    return { format, message: input.message, text: JSON.stringify(input.message, null, 2) + '\n' };
  }
  if (typeof input.text === 'string') return { format, text: input.text };
  if (typeof input.file !== 'string') throw new VectorError(file, `${where}: input.file must be a path`);
  const target = resolve(dirname(file), input.file);
  try {
    return { format, file: input.file, text: readFileSync(target, 'utf8') };
  } catch {
    throw new VectorError(file, `${where}: cannot read input file ${input.file}`);
  }
}

function checkVector(v: unknown, file: string, index: number): LoadedVector {
  const at = `vector ${index}`;
  if (!isObj(v)) throw new VectorError(file, `${at} is not an object`);
  if (typeof v.id !== 'string' || !v.id) throw new VectorError(file, `${at}: id missing`);
  const where = `vector ${v.id}`;
  if (!LEVELS.includes(v.level)) throw new VectorError(file, `${where}: level must be L1, L2 or L3`);
  if (typeof v.title !== 'string') throw new VectorError(file, `${where}: title missing`);
  const out = { ...v, file } as LoadedVector & Record<string, any>;
  switch (v.kind) {
    case 'validate':
      if (typeof v.now !== 'string' || !Number.isFinite(Date.parse(v.now))) throw new VectorError(file, `${where}: now must be an ISO 8601 date-time`);
      if (!isObj(v.expect) || typeof v.expect.valid !== 'boolean') throw new VectorError(file, `${where}: expect.valid missing`);
      out.input = resolveInput(v.input, file, where);
      break;
    case 'convert':
      if (!isObj(v.expect) || !isObj(v.expect.message)) throw new VectorError(file, `${where}: expect.message (the JSON-EDI result) missing`);
      out.input = resolveInput(v.input, file, where);
      break;
    case 'session':
      if (!Array.isArray(v.steps) || v.steps.length === 0) throw new VectorError(file, `${where}: steps missing`);
      out.steps = v.steps.map((s: unknown, i: number) => {
        if (!isObj(s) || typeof s.now !== 'string' || !isObj(s.expect)) throw new VectorError(file, `${where} step ${i}: needs input, now and expect`);
        const same = s.expect.ack?.sameAsStep;
        if (same !== undefined && !(Number.isInteger(same) && same >= 0 && same < i)) throw new VectorError(file, `${where} step ${i}: sameAsStep must name an earlier step`);
        return { ...s, input: resolveInput(s.input, file, `${where} step ${i}`) };
      });
      break;
    default:
      throw new VectorError(file, `${where}: kind must be validate, convert or session`);
  }
  return out;
}

/** Loads every vector under `paths` (folders or files; default: the shipped vectors), sorted by id within each file. */
export function loadVectors(paths: string | string[] = DEFAULT_VECTORS_DIR): LoadedVector[] {
  const files = (Array.isArray(paths) ? paths : [paths]).flatMap((p) => listJson(resolve(p)));
  const out: LoadedVector[] = [];
  const seen = new Map<string, string>();
  for (const full of files) {
    const file = relative(PACKAGE_ROOT, full).split(sep).join('/');
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(full, 'utf8'));
    } catch (e) {
      throw new VectorError(file, `not valid JSON: ${(e as Error).message}`);
    }
    if (!isObj(doc) || !Array.isArray(doc.vectors)) throw new VectorError(file, 'a vector file is an object with a "vectors" array');
    doc.vectors.forEach((v: unknown, i: number) => {
      const vector = checkVector(v, full, i);
      vector.file = file;
      const prev = seen.get(vector.id);
      if (prev) throw new VectorError(file, `duplicate vector id ${vector.id} (also in ${prev})`);
      seen.set(vector.id, file);
      out.push(vector);
    });
  }
  return out;
}

/** The vectors a run at `level` executes: those of that level and below. */
export function vectorsUpTo(vectors: readonly LoadedVector[], level: Level): LoadedVector[] {
  return vectors.filter((v) => levelRank(v.level) <= levelRank(level));
}

export type { Vector };

/**
 * A digest of the vector set's content (every vector with its inputs resolved, in id order): it names
 * exactly which vectors a report was made with, whatever the file layout.
 */
export function vectorsDigest(vectors: readonly LoadedVector[]): string {
  const h = createHash('sha256');
  for (const v of [...vectors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const { file: _f, ...content } = v;
    h.update(JSON.stringify(content)).update('\n');
  }
  return 'sha256:' + h.digest('hex');
}
