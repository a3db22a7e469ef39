// Static checks of the built site (docs-site/out): completeness of the dictionary against the schema, the
// lifecycle diagram against the transition table, offline-ness, and the build report.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT, REPO_ROOT, requireSite } from './helpers.js';

requireSite();
const bundle = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/schema/generated/lex.schema.json'), 'utf8'));
const fieldsJson = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/schema/generated/fields.json'), 'utf8')).fields as { path: string }[];
const lifecycle = JSON.parse(readFileSync(join(REPO_ROOT, 'schema/lead-lifecycle.json'), 'utf8'));
const dictionary = readFileSync(join(OUT, 'fields.html'), 'utf8');

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? htmlFiles(full) : n.endsWith('.html') ? [full] : [];
  });

/** Every leaf of the bundled schema, found by walking lex.schema.json itself (not the generated field table). */
function schemaLeaves(): string[] {
  const defs = bundle.$defs;
  const resolve = (s: any): any => {
    let cur = s;
    const seen = new Set<string>();
    while (cur && typeof cur.$ref === 'string') {
      const name = cur.$ref.replace('#/$defs/', '');
      if (seen.has(name)) break;
      seen.add(name);
      const { $ref: _r, ...own } = cur;
      cur = { ...defs[name], ...own };
    }
    return cur;
  };
  const out: string[] = [];
  const walk = (obj: any, prefix: string, stack: string[]) => {
    for (const [name, raw] of Object.entries<any>(obj.properties ?? {})) {
      const s = resolve(raw);
      const path = prefix ? `${prefix}.${name}` : name;
      if (stack.includes(path)) continue;
      if (s.properties) walk(s, path, [...stack, path]);
      else if (s.type === 'array' && resolve(s.items ?? {}).properties) walk(resolve(s.items), `${path}[]`, [...stack, path]);
      else out.push(path);
    }
  };
  walk(bundle, '', []);
  return out;
}

const entryIds = (html: string, cls: RegExp) => [...html.matchAll(/<article class="([^"]*)" id="([^"]+)"/g)].filter((m) => cls.test(m[1]!)).map((m) => m[2]!.replace(/&#x27;/g, "'"));

describe('the built site', () => {
  it('built completely (no failed step)', () => {
    const info = JSON.parse(readFileSync(join(OUT, 'build-info.json'), 'utf8'));
    expect(info.failures).toEqual([]);
    for (const f of ['index.html', 'fields.html', 'map.html', 'lifecycle.html', 'errors.html', 'notes.html', 'examples.html', 'playground.html', 'api/index.html', 'api/lex-openapi.yaml', 'assets/playground.js', 'assets/site.js', 'assets/search-index.js']) {
      expect(existsSync(join(OUT, f)), f).toBe(true);
    }
  });

  it('has a dictionary entry for every leaf field of the schema, and for every field of the field table', () => {
    const leaves = schemaLeaves().sort();
    expect(leaves.length).toBeGreaterThan(400);
    expect(entryIds(dictionary, /\bleaf\b/).sort()).toEqual(leaves);
    expect(entryIds(dictionary, /\bfield\b/).sort()).toEqual(fieldsJson.map((f) => f.path).sort());
  });

  it('gives every entry its type, requirement, XML, X12 and EDIFACT place and version', () => {
    const articles = [...dictionary.matchAll(/<article class="field[^"]*" id="([^"]+)"[\s\S]*?<\/article>/g)];
    expect(articles.length).toBe(fieldsJson.length);
    for (const [html, id] of articles) {
      for (const label of ['<dt>Type</dt>', '<dt>Required</dt>', '<dt>XML-EDI</dt>', '<dt>X12 850</dt>', '<dt>EDIFACT</dt>', '<dt>Since</dt>']) expect(html, `${id}: ${label}`).toContain(label);
      // a wire place, "carried through its fields" or "not carried" with the reason
      expect(html, id).toMatch(/class="wire x12">(<code>|<span class="(nc|via)">)/);
      expect(html, id).toMatch(/class="wire edifact">(<code>|<span class="(nc|via)">)/);
    }
    const email = articles.find((a) => a[1] === 'lex.payload.lead.customer.email')![0];
    expect(email).toContain('<code>PER04</code>');
    expect(email).toContain('<code>COM01.1</code>');
    expect(email).toContain('/lex/Payload/Lead/Customer/Email');
  });

  it('shows the enum values with their meanings', () => {
    const status = dictionary.slice(dictionary.indexOf('id="lex.payload.lead.status"'));
    const block = status.slice(0, status.indexOf('</article>'));
    for (const s of bundle.$defs.LeadStatus.enum) expect(block).toContain(`<code>${s}</code>`);
    expect(block).toContain(bundle.$defs.LeadStatus['x-lex'].enum.ORDER.replace(/'/g, '&#x27;'));
  });

  it('draws the lifecycle from the transition table', () => {
    const html = readFileSync(join(OUT, 'lifecycle.html'), 'utf8');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const nodes = [...svg.matchAll(/<g class="node" data-status="([A-Z_]+)"/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual([...bundle.$defs.LeadStatus.enum].sort());
    expect(nodes).toHaveLength(15);
    const edges = [...svg.matchAll(/data-from="([A-Z_]+)" data-to="([A-Z_]+)"/g)].map((m) => `${m[1]}>${m[2]}`).sort();
    const expected = Object.entries<string[]>(lifecycle.transitions).flatMap(([from, tos]) => tos.filter((t) => t !== from).map((t) => `${from}>${t}`)).sort();
    expect(edges).toEqual(expected);
  });

  it('lists every error code of the catalogue', () => {
    const html = readFileSync(join(OUT, 'errors.html'), 'utf8');
    const codes = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/schema/generated/error-codes.json'), 'utf8')).codes.map((c: any) => c.code);
    for (const c of codes) expect(html).toContain(`<tr id="${c}">`);
  });

  it('renders every interpretation-notes file', () => {
    const html = readFileSync(join(OUT, 'notes.html'), 'utf8');
    const notes = readdirSync(join(REPO_ROOT, 'docs-site/notes')).filter((n) => n.endsWith('.md'));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(html).toContain(`(${n})`);
  });

  it('shows the examples in all four formats, written by the codecs', () => {
    const html = readFileSync(join(OUT, 'examples.html'), 'utf8');
    const canonical = html.slice(html.indexOf('id="example-canonical-lead"'));
    expect(canonical).toMatch(/data-format="json">\s*<pre class="code json"><code>\{/);
    expect(canonical).toMatch(/data-format="xml">\s*<pre class="code xml"><code>&lt;/);
    expect(canonical).toMatch(/data-format="x12">\s*<pre class="code x12"><code>ISA/);
    expect(canonical).toMatch(/data-format="edifact">\s*<pre class="code edifact"><code>UN[AB]/);
  });

  it('loads nothing from other sites: every src/href is local (anchors to other sites are not used either)', () => {
    for (const file of htmlFiles(OUT)) {
      const html = readFileSync(file, 'utf8');
      const name = relative(OUT, file);
      if (name === 'api/index.html') {
        // the Redoc page: its inline script mentions URLs, but the markup loads nothing from elsewhere
        expect(html, name).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//i);
        expect(html, name).not.toContain('cdn.redoc.ly/redoc/logo');
        continue;
      }
      const attrs = [...html.matchAll(/\s(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]!);
      expect(attrs.filter((a) => /^(https?:)?\/\//i.test(a)), name).toEqual([]);
      expect(html, name).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    }
    expect(readFileSync(join(OUT, 'assets/style.css'), 'utf8')).not.toMatch(/https?:\/\//);
  });
});
