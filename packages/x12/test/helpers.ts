import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LONE_SURROGATE, type LexWarning } from '@lexstandard/codec';

const here = dirname(fileURLToPath(import.meta.url));
export const seedDir = join(here, '..', '..', '..', 'conformance', 'examples', 'seed');

export const seedText = (name: string) => readFileSync(join(seedDir, name), 'utf8');
export const seedJson = (name: string) => JSON.parse(seedText(name));
export const fixture = (name: string) => JSON.parse(readFileSync(join(here, 'fixtures', name), 'utf8'));

/** code@segment.element, the compact form the tests compare */
export const brief = (w: LexWarning) => `${w.code}@${w.position?.segment ?? '-'}${w.position?.element !== undefined ? '.' + w.position.element : ''}`;

export function segmentsOf(output: string): string[] {
  return output.split('~').map((s) => s.replace(/^\r?\n/, '')).filter((s) => s.length > 0);
}

/** Deletes the value at a JSON Pointer (array items are removed, so later indexes shift — callers sort first). */
export function removePointer(root: unknown, pointer: string): void {
  const keys = pointer.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let o: any = root;
  for (let i = 0; i < keys.length - 1; i++) {
    o = o?.[keys[i]!];
    if (o === undefined) return;
  }
  const last = keys[keys.length - 1]!;
  if (Array.isArray(o)) o.splice(Number(last), 1);
  else if (o) delete o[last];
}

export function getPointer(root: unknown, pointer: string): any {
  let o: any = root;
  for (const k of pointer.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) o = o?.[k];
  return o;
}

export function setPointer(root: unknown, pointer: string, value: unknown): void {
  const keys = pointer.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let o: any = root;
  for (let i = 0; i < keys.length - 1; i++) o = o[keys[i]!];
  o[keys[keys.length - 1]!] = value;
}

/** Removes empty objects and arrays, bottom-up (X12 cannot write them; they read back absent). */
export function prune(v: any): any {
  if (Array.isArray(v)) return v.map(prune);
  if (v !== null && typeof v === 'object') {
    const out: any = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== null && typeof p === 'object' && Object.keys(p).length === 0) continue;
      out[k] = p;
    }
    return out;
  }
  return v;
}

/**
 * What a message should look like after JSON → X12 → JSON, given the serializer's warnings: uncarried and
 * empty values gone, sanitized values with their separators replaced by spaces.
 */
export function expectedAfterRoundTrip(message: unknown, warnings: LexWarning[]): any {
  const copy = structuredClone(message);
  for (const w of warnings) {
    if (w.code === 'X12_VALUE_SANITIZED' && w.path) {
      const v = getPointer(copy, w.path);
      if (typeof v === 'string') setPointer(copy, w.path, v.replace(new RegExp(`[*:^~\\x00-\\x1f\\x7f\\ufffd]|${LONE_SURROGATE}`, 'g'), ' '));
    }
  }
  const gone = warnings.filter((w) => (w.code === 'FIELD_NOT_CARRIED' || w.code === 'X12_EMPTY_VALUE') && w.path).map((w) => w.path!);
  // remove deepest and highest array index first, so earlier removals do not shift later ones
  gone.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  for (const p of gone) removePointer(copy, p);
  return prune(copy);
}
