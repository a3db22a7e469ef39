// Shared test helpers: the seed files and the "what the format carries" projection of a message.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LexWarning } from '@lexstandard/codec';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const seed = (name: string) => readFileSync(`${repo}conformance/examples/seed/${name}`, 'utf8');
export const seedJson = (name: string) => JSON.parse(seed(name));
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Drops empty objects and arrays (they carry nothing and are not written). */
export function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(prune);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== null && typeof p === 'object' && Object.keys(p as object).length === 0) continue;
      out[k] = p;
    }
    return out;
  }
  return v;
}

/** The message without the fields the warnings say are not carried: what a round trip must give back. */
export function carried(message: unknown, warnings: LexWarning[]): unknown {
  const m = clone(message) as any;
  const pointers = warnings.filter((w) => w.code === 'FIELD_NOT_CARRIED').map((w) => w.path!);
  // deepest and highest index first, so removing array items does not move the others
  pointers.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const p of pointers) {
    const parts = p.split('/').slice(1).map(unescape);
    const key = parts.pop()!;
    let o = m;
    for (const k of parts) o = o?.[k];
    if (Array.isArray(o)) o.splice(Number(key), 1);
    else if (o && typeof o === 'object') delete o[key];
  }
  delete m.lex.version; // implied by ALXLDE and restored on input
  return prune(m);
}

export function withoutVersion(message: unknown): unknown {
  const m = clone(message) as any;
  delete m.lex.version;
  return prune(m);
}
