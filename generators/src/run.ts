import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from './emitters/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function writeGenerated(files: GeneratedFile[], root = repoRoot): string[] {
  const changed: string[] = [];
  for (const f of files) {
    const full = join(root, f.path);
    if (existsSync(full) && readFileSync(full, 'utf8') === f.contents) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.contents);
    changed.push(f.path);
  }
  return changed;
}

/** Paths whose committed contents differ from what the generators produce now. */
export function checkDrift(files: GeneratedFile[], root = repoRoot): string[] {
  return files
    .filter((f) => {
      const full = join(root, f.path);
      return !existsSync(full) || readFileSync(full, 'utf8') !== f.contents;
    })
    .map((f) => f.path);
}
