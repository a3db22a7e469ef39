// Fuzzes the schema diff for a time budget: a copy of schema/ gets a few random edits of the kind a maintainer
// makes (a length or range moved, an enum value added or dropped, a member made required or optional, removed or
// added, a type, pattern, description or wire place changed, an error code's level moved), and the diff is run
// both ways. What must hold:
//   - the diff never throws on a schema that loads, and the report renders;
//   - no change one way is no change the other way;
//   - what is only additive one way (new fields, looser limits) is breaking the other way (they are removed,
//     tightened): an additive rule without a breaking inverse would let a real break through as a minor release;
//   - what is only editorial one way is only editorial the other way;
//   - a single edit gets the verdict its kind has (a limit tightened or a member removed: breaking; an optional
//     member, an enum value or a looser limit: additive; a reworded description: editorial).
//
//   npx tsx packages/schema-model/scripts/fuzz-diff.ts 60 [seed]
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seededRandom } from '@lexstandard/codec/random';
import { diffReport, diffSchemas, loadModel, renderMarkdown, type Change, type SchemaModel } from '../src/index.js';

export interface DiffFuzzReport {
  seed: number;
  runs: number;
  /** runs whose edited schema did not load (an edit the loader refuses: a dangling $ref, …) */
  unloadable: number;
  /** runs per verdict of the forward diff */
  verdicts: Record<string, number>;
  failures: string[];
}

type Json = any;
const schemaDir = fileURLToPath(new URL('../../../schema/', import.meta.url));
const NUMERIC = ['maxLength', 'minLength', 'maximum', 'minimum', 'maxItems', 'minItems', 'exclusiveMaximum', 'exclusiveMinimum'];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}

/** the keywords under which a schema is a condition or an alternative, not the shape of a field */
const CONDITIONAL = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', 'additionalProperties', 'patternProperties', 'dependentSchemas']);
/** the keywords whose values are data (an example message, a default), or annotations, not schemas */
const DATA = new Set(['examples', 'default', 'const', 'enum', 'x-lex']);

/**
 * Every object in `json` that describes a field or a type (not one inside a condition or an alternative, and
 * not a map's value schema, which the diff compares whole: its changes count as breaking, to be reviewed), and
 * none inside data (examples, defaults) or annotations.
 */
function objects(json: Json, out: Json[] = []): Json[] {
  if (json === null || typeof json !== 'object') return out;
  if (!Array.isArray(json)) out.push(json);
  for (const [k, v] of Object.entries(json)) if (Array.isArray(json) || (!CONDITIONAL.has(k) && !DATA.has(k))) objects(v, out);
  return out;
}

type Kind = 'breaking' | 'additive' | 'editorial';
/** the limits whose raising loosens them (the others tighten when raised) */
const UPPER = new Set(['maxLength', 'maximum', 'maxItems', 'exclusiveMaximum']);

/**
 * One edit of a schema file's JSON (in place): its name and the verdict the diff must give for it alone, or
 * undefined when the file has nothing it applies to. Members are added, removed and required only in object
 * schemas (`type: object`), not in the conditions of an if/then.
 */
function edit(json: Json, r: () => number): { what: string; expect: Kind } | undefined {
  const pick = <T>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(r() * xs.length)] : undefined);
  const nodes = objects(json);
  const kind = Math.floor(r() * 10);
  switch (kind) {
    case 0: { // a limit moved
      const node = pick(nodes.filter((n) => NUMERIC.some((k) => typeof n[k] === 'number')));
      if (!node) return undefined;
      const key = pick(NUMERIC.filter((k) => typeof node[k] === 'number'))!;
      const delta = 1 + Math.floor(r() * 5);
      const before = node[key];
      node[key] = Math.max(0, before + (r() < 0.5 ? -delta : delta));
      if (node[key] === before) return undefined;
      return { what: `${key} ${before} → ${node[key]}`, expect: (node[key] > before) === UPPER.has(key) ? 'additive' : 'breaking' };
    }
    case 1: { // an enum value added or dropped
      const node = pick(nodes.filter((n) => Array.isArray(n.enum) && n.enum.every((v: unknown) => typeof v === 'string')));
      if (!node) return undefined;
      if (r() < 0.5 || node.enum.length < 2) { node.enum.push(`FUZZ_${Math.floor(r() * 1000)}`); return { what: 'enum value added', expect: 'additive' }; }
      node.enum.splice(Math.floor(r() * node.enum.length), 1);
      return { what: 'enum value dropped', expect: 'breaking' };
    }
    case 2: { // a member made required, or optional
      const node = pick(nodes.filter((n) => n.type === 'object' && n.properties && typeof n.properties === 'object' && !Array.isArray(n.properties)));
      if (!node) return undefined;
      const required: string[] = Array.isArray(node.required) ? node.required : [];
      const optional = Object.keys(node.properties).filter((k) => !required.includes(k));
      if (r() < 0.5 && optional.length) { const key = pick(optional)!; node.required = [...required, key]; return { what: `${key} made required`, expect: 'breaking' }; }
      if (!required.length) return undefined;
      const drop = Math.floor(r() * required.length);
      node.required = required.filter((_, i) => i !== drop);
      if (node.required.length === 0) delete node.required;
      return { what: `${required[drop]} made optional`, expect: 'additive' };
    }
    case 3: { // a member removed (and from required)
      const node = pick(nodes.filter((n) => n.type === 'object' && n.properties && typeof n.properties === 'object' && Object.keys(n.properties).length > 1));
      if (!node) return undefined;
      const key = pick(Object.keys(node.properties))!;
      delete node.properties[key];
      if (Array.isArray(node.required)) node.required = node.required.filter((k: string) => k !== key);
      if (Array.isArray(node.required) && node.required.length === 0) delete node.required;
      return { what: `removed ${key}`, expect: 'breaking' };
    }
    case 4: { // an optional member added
      const node = pick(nodes.filter((n) => n.type === 'object' && n.properties && typeof n.properties === 'object' && !Array.isArray(n.properties)));
      if (!node) return undefined;
      const key = `fuzzField${Math.floor(r() * 1000)}`;
      node.properties[key] = { type: 'string', maxLength: 10, description: 'added by the fuzzer' };
      return { what: `added ${key}`, expect: 'additive' };
    }
    case 5: { // a description or examples reworded
      const node = pick(nodes.filter((n) => typeof n.description === 'string' || Array.isArray(n.examples)));
      if (!node) return undefined;
      if (typeof node.description === 'string' && (r() < 0.7 || !Array.isArray(node.examples))) node.description += ' (reworded)';
      else node.examples = [...node.examples].reverse().concat(node.examples.slice(0, 1));
      return { what: 'reworded', expect: 'editorial' };
    }
    case 6: { // a type changed or widened
      const node = pick(nodes.filter((n) => typeof n.type === 'string' && n.type !== 'object' && n.type !== 'array'));
      if (!node) return undefined;
      const before = node.type;
      node.type = r() < 0.5 ? [before, 'null'] : before === 'string' ? 'integer' : before === 'integer' ? 'number' : 'string';
      // a type added to a union, or integer → number, accepts more
      return { what: `type ${before} → ${JSON.stringify(node.type)}`, expect: Array.isArray(node.type) || (before === 'integer' && node.type === 'number') ? 'additive' : 'breaking' };
    }
    case 7: { // a pattern changed
      const node = pick(nodes.filter((n) => typeof n.pattern === 'string'));
      if (!node) return undefined;
      node.pattern = r() < 0.5 ? `${node.pattern.replace(/\$$/, '')}x?$` : '^.*$';
      // (two patterns cannot be compared: any change is breaking)
      return { what: 'pattern changed', expect: 'breaking' };
    }
    case 8: { // a wire place moved
      const node = pick(nodes.filter((n) => n['x-lex'] && typeof n['x-lex'] === 'object'));
      if (!node) return undefined;
      const lex = node['x-lex'];
      const place = pick(['xml', 'x12', 'edifact'].filter((k) => lex[k] && typeof lex[k] === 'object'));
      if (!place) return undefined;
      const target = Array.isArray(lex[place]) ? lex[place][0] : lex[place];
      if (!target || typeof target !== 'object') return undefined;
      if (typeof target.element === 'number') target.element += 1;
      else if (typeof target.element === 'string') target.element += 'X';
      else if (typeof target.name === 'string') target.name += 'X';
      else return undefined;
      return { what: `${place} place moved`, expect: 'breaking' };
    }
    default: { // an error code's level or severity moved
      if (!Array.isArray(json.codes)) return undefined;
      const code = pick(json.codes as Json[]);
      if (!code) return undefined;
      if (r() < 0.5 && typeof code.level === 'string') {
        const before = code.level;
        code.level = before === 'L1' ? 'L2' : before === 'L3' ? 'L2' : pick(['L1', 'L3']);
        // a higher level: an error in fewer receivers
        return { what: `${code.code} level ${before} → ${code.level}`, expect: code.level > before ? 'additive' : 'breaking' };
      }
      if (code.severity !== 'ERROR' && code.severity !== 'WARNING') return undefined;
      const before = code.severity;
      code.severity = before === 'ERROR' ? 'WARNING' : 'ERROR';
      return { what: `${code.code} ${before} → ${code.severity}`, expect: before === 'ERROR' ? 'additive' : 'breaking' };
    }
  }
}

const kinds = (changes: Change[]) => new Set(changes.map((c) => c.kind));
const show = (changes: Change[]) => changes.slice(0, 6).map((c) => `${c.kind} ${c.rule} ${c.path}`).join('; ');

/** Runs for `ms` milliseconds. */
export function fuzzDiff(ms: number, seed = Date.now()): DiffFuzzReport {
  const r = seededRandom(seed);
  const base: SchemaModel = loadModel(schemaDir);
  const files = jsonFiles(schemaDir).map((f) => relative(schemaDir, f)).filter((f) => !f.startsWith('vocabulary/') && !f.startsWith('examples/'));
  const report: DiffFuzzReport = { seed, runs: 0, unloadable: 0, verdicts: {}, failures: [] };
  const end = Date.now() + ms;
  const timing = { load: 0, diff: 0 };
  while (Date.now() < end && report.failures.length < 10) {
    const dir = mkdtempSync(join(tmpdir(), 'lex-fuzz-diff-'));
    try {
      cpSync(schemaDir, dir, { recursive: true });
      const edits: string[] = [];
      const expected: Kind[] = [];
      for (let k = 0, n = 1 + Math.floor(r() * 3); k < n; k++) {
        const file = files[Math.floor(r() * files.length)]!;
        const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        const done = edit(json, r);
        if (done === undefined) continue;
        writeFileSync(join(dir, file), JSON.stringify(json, null, 2) + '\n');
        edits.push(`${file}: ${done.what}`);
        expected.push(done.expect);
      }
      if (edits.length === 0) continue;
      report.runs++;
      let edited: SchemaModel;
      try {
        const t0 = performance.now();
        edited = loadModel(dir);
        timing.load += performance.now() - t0;
      } catch {
        report.unloadable++;
        continue;
      }
      const where = `seed ${seed}, run ${report.runs}: ${edits.join(', ')}`;
      try {
        const t0 = performance.now();
        const forward = diffSchemas(base, edited);
        const backward = diffSchemas(edited, base);
        timing.diff += performance.now() - t0;
        renderMarkdown(diffReport(forward, { source: 'schema', version: base.version }, { source: 'edited', version: edited.version }));
        const f = kinds(forward), b = kinds(backward);
        const verdict = f.has('breaking') ? 'breaking' : f.has('additive') ? 'additive' : f.has('editorial') ? 'editorial' : 'none';
        report.verdicts[verdict] = (report.verdicts[verdict] ?? 0) + 1;
        if ((forward.length === 0) !== (backward.length === 0)) report.failures.push(`${where}\n  one way ${forward.length} changes, the other ${backward.length}: ${show(forward)} | ${show(backward)}`);
        else if (verdict === 'additive' && !b.has('breaking')) report.failures.push(`${where}\n  additive (${show(forward)}), but undoing it is not breaking (${show(backward)})`);
        else if (verdict === 'editorial' && (b.has('breaking') || b.has('additive'))) report.failures.push(`${where}\n  editorial (${show(forward)}), but undoing it is not (${show(backward)})`);
        else if (expected.length === 1 && verdict !== expected[0]) report.failures.push(`${where}\n  expected ${expected[0]}, the diff says ${verdict}: ${show(forward)}`);
      } catch (e) {
        report.failures.push(`${where}\n  the diff threw: ${e instanceof Error ? e.stack?.split('\n').slice(0, 4).join(' | ') : String(e)}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env.LEX_FUZZ_TIMING) console.error(`load ${timing.load.toFixed(0)} ms, diff ${timing.diff.toFixed(0)} ms`);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seconds = Number(process.argv[2] ?? 10);
  const seed = process.argv[3] === undefined ? Date.now() : Number(process.argv[3]);
  const report = fuzzDiff(seconds * 1000, seed);
  console.error(`diff fuzz: seed ${report.seed}, ${report.runs} edited schemas in ${seconds} s (${report.unloadable} did not load), verdicts ${JSON.stringify(report.verdicts)}`);
  for (const f of report.failures) console.error(`FAIL ${f}`);
  process.exitCode = report.failures.length ? 1 : 0;
}
