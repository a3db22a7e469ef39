import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const read = (p: string) => readFileSync(repo + p, 'utf8');
export const readJson = (p: string) => JSON.parse(read(p));

/** Full messages of every payload type, from the field examples (packages/schema/generated/examples). */
export function fullExamples(): [string, any][] {
  const dir = 'packages/schema/generated/examples/';
  const names = existsSync(repo + dir) ? readdirSync(repo + dir).filter((f) => f.endsWith('.json')).sort() : [];
  if (existsSync(repo + 'conformance/examples/full-lead.json')) names.unshift('../../../../conformance/examples/full-lead.json');
  return names.map((f) => [f.replace(/^.*\//, ''), readJson(dir + f)]);
}

export const REFERENCE_DIR = '/work/shared/reference/examples/';
/** The informative reference examples in XML (absent outside the project's workspace). */
export function referenceExamples(): [string, string][] {
  if (!existsSync(REFERENCE_DIR)) return [];
  const out: [string, string][] = [];
  for (const d of readdirSync(REFERENCE_DIR).sort()) {
    const dir = `${REFERENCE_DIR}${d}/xml/`;
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) out.push([`${d}/${f}`, readFileSync(dir + f, 'utf8')]);
  }
  if (existsSync(REFERENCE_DIR + 'xml-edi-lead.xml')) out.push(['xml-edi-lead.xml', readFileSync(REFERENCE_DIR + 'xml-edi-lead.xml', 'utf8')]);
  return out;
}

/** `value` without the members at the given JSON Pointers (what a serializer reported it left out). */
export function without(value: any, pointers: (string | undefined)[]): any {
  const copy = JSON.parse(JSON.stringify(value));
  const paths = pointers.filter((p): p is string => p !== undefined).map((p) => p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
  // deepest first, array indices from the end, so removals do not shift each other
  paths.sort((a, b) => b.length - a.length || (Number(b[b.length - 1]) || 0) - (Number(a[a.length - 1]) || 0));
  for (const segs of paths) {
    let parent = copy;
    for (const s of segs.slice(0, -1)) parent = parent?.[s];
    const last = segs[segs.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (parent) delete parent[last];
  }
  return copy;
}
