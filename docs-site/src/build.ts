// `npm run build -w @lexstandard/docs-site`: generates the whole documentation site into docs-site/out from the
// generated schema artifacts, with Handlebars templates. Examples in the four formats and the playground use the
// real packages (@lexstandard/core, bundled for the browser with esbuild); the API reference is `redocly build-docs`
// of @lexstandard/openapi's lex-openapi.yaml.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import Handlebars from 'handlebars';
import MiniSearch from 'minisearch';
import { FORMAT_NAMES, FORMATS, loadCore, renditions, type ExampleSet, type Format } from './codecs.js';
import { loadSiteData, type Carriage, type DocField, type SiteData } from './data.js';
import { layoutLifecycle, lifecycleSvg } from './lifecycle-svg.js';
import { escapeHtml, inline, renderMarkdown, slug } from './markdown.js';
import { OUT_DIR, REPO_ROOT, SITE_ROOT } from './paths.js';
import { MINISEARCH_OPTIONS, type SearchDoc } from './client/search-options.js';

const require = createRequire(import.meta.url);
const started = performance.now();
const TEMPLATES = join(SITE_ROOT, 'templates');
const hb = Handlebars.create();
for (const f of readdirSync(join(TEMPLATES, 'partials'))) hb.registerPartial(f.replace(/\.hbs$/, ''), readFileSync(join(TEMPLATES, 'partials', f), 'utf8'));
const template = (name: string) => hb.compile(readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8'), { strict: false });
const layout = template('layout');

const written: { path: string; bytes: number }[] = [];
function write(path: string, contents: string | Uint8Array) {
  const full = join(OUT_DIR, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, contents);
  written.push({ path, bytes: Buffer.byteLength(contents) });
}

const NAV = [
  { href: 'fields.html', label: 'Dictionary', page: 'fields' },
  { href: 'messages/lead.html', label: 'Messages', page: 'messages' },
  { href: 'blocks/aviation-lead.html', label: 'Industry blocks', page: 'blocks' },
  { href: 'map.html', label: 'Field map', page: 'map' },
  { href: 'lifecycle.html', label: 'Lifecycle', page: 'lifecycle' },
  { href: 'errors.html', label: 'Error codes', page: 'errors' },
  { href: 'notes.html', label: 'Notes', page: 'notes' },
  { href: 'examples.html', label: 'Examples', page: 'examples' },
  { href: 'playground.html', label: 'Playground', page: 'playground' },
  { href: 'api/index.html', label: 'API', page: 'api' },
];

/** Drops the blank lines and indentation the templates leave between tags (not inside <pre>). */
function tidy(html: string): string {
  return html.split(/(<pre[\s\S]*?<\/pre>|<script[\s\S]*?<\/script>)/).map((part, i) => (i % 2 ? part : part.replace(/>\s*\n\s*</g, '>\n<').replace(/\n{2,}/g, '\n'))).join('');
}

function page(path: string, name: string, title: string, body: string, data: SiteData, scripts: string[] = []) {
  const depth = path.split('/').length - 1;
  const root = '../'.repeat(depth);
  const section = NAV.find((n) => n.page === name || path.startsWith(n.page + '/'))?.page;
  write(path, tidy(layout({ title, version: data.version, root, page: name, body, scripts, nav: NAV.map((n) => ({ ...n, current: n.page === section })) })));
}

// ---- field presentation ------------------------------------------------------------------------------------
const SECTION_TITLES: Record<string, string> = { envelope: 'Envelope and header' };

function requirement(f: DocField): string {
  return f.required ? 'required' : f.condition ? `conditional: ${f.condition}` : 'optional';
}

function constraintText(f: DocField): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(f.constraints)) {
    const item = k.startsWith('items.');
    const key = item ? k.slice(6) : k;
    const val = typeof v === 'string' && key === 'pattern' ? `<code>${escapeHtml(v)}</code>` : `<code>${escapeHtml(JSON.stringify(v))}</code>`;
    parts.push(`${item ? 'each item ' : ''}${key} ${val}`);
  }
  return parts.join(' · ');
}

function wireHtml(c: Carriage, format: 'x12' | 'edifact'): string {
  if (!c.carried) return `<span class="nc">not carried</span> — ${escapeHtml(c.reason ?? '')}`;
  if (c.viaChildren) return `<span class="via">carried through its fields</span>`;
  const places = c.places.map((p) => `<code>${p.label}</code>${p.where.length ? ` where ${p.where.map((w) => `<code>${escapeHtml(w)}</code>`).join(', ')}` : ''}${p.details.length ? ` <span class="muted">(${escapeHtml(p.details.join('; '))})</span>` : ''}`);
  return places.join('<br>') + (c.reason ? `<br><span class="muted">${escapeHtml(c.reason)}</span>` : '') + (format === 'x12' ? '' : '');
}

function wireShort(c: Carriage): string {
  if (!c.carried) return `<span class="nc" title="${escapeHtml(c.reason ?? '')}">—</span>`;
  if (c.viaChildren) return '<span class="via">via fields</span>';
  return c.places.map((p) => `<code>${p.label}</code>${p.where.length ? ` <small>${escapeHtml(p.where.join(' '))}</small>` : ''}`).join('<br>');
}

function exampleText(f: DocField): string | undefined {
  if (!f.leaf || !f.examples.length) return undefined;
  const s = JSON.stringify(f.examples[0]);
  return s.length > 240 ? s.slice(0, 237) + '…' : s;
}

const GENERIC_CODES: [string, string][] = [['maxLength', 'FIELD_TOO_LONG'], ['minLength', 'FIELD_TOO_SHORT'], ['pattern', 'INVALID_FORMAT'], ['format', 'INVALID_FORMAT'], ['minimum', 'VALUE_OUT_OF_RANGE'], ['maximum', 'VALUE_OUT_OF_RANGE'], ['exclusiveMinimum', 'VALUE_OUT_OF_RANGE'], ['maxItems', 'TOO_MANY_ITEMS']];

const GENERIC = new Set(['REQUIRED_FIELD_MISSING', 'INVALID_ENUM_VALUE', ...GENERIC_CODES.map(([, c]) => c)]);

function codesOf(f: DocField, known: Set<string>): string[] {
  const out = new Set<string>();
  if (f.lex.errorCode) out.add(f.lex.errorCode);
  else for (const [k, code] of GENERIC_CODES) if (f.constraints[k] !== undefined || f.constraints[`items.${k}`] !== undefined) out.add(code);
  if (f.enum) out.add('INVALID_ENUM_VALUE');
  if (f.lex.missingCode) out.add(f.lex.missingCode);
  else if (f.required || f.condition) out.add('REQUIRED_FIELD_MISSING');
  return [...out].filter((c) => known.has(c));
}

function fieldView(f: DocField, data: SiteData, known: Set<string>) {
  const children = data.fields.filter((c) => c.parent === f.path);
  return {
    ...f,
    badge: f.required ? { cls: 'req', text: 'required' } : f.condition ? { cls: 'cond', text: 'conditional' } : undefined,
    requirement: requirement(f),
    typeNote: f.typeName && f.typeName !== f.type && `${f.typeName}[]` !== f.type ? f.typeName : undefined,
    constraintText: constraintText(f),
    exampleText: exampleText(f),
    childLinks: children.map((c) => ({ id: c.id, name: c.name })),
    xmlAliases: f.lex.xml?.aliases?.join(', '),
    x12Text: wireHtml(f.x12, 'x12'),
    edifactText: wireHtml(f.edifact, 'edifact'),
    codes: codesOf(f, known),
  };
}

function rowsUnder(prefix: string, data: SiteData) {
  return data.fields
    .filter((f) => f.path.startsWith(prefix + '.'))
    .map((f) => ({
      id: f.id,
      label: f.path.slice(prefix.length + 1),
      depth: Math.min(6, f.path.slice(prefix.length + 1).split('.').length - 1),
      type: f.type,
      requirement: f.required ? 'required' : f.condition ? 'conditional' : 'optional',
      xmlElement: f.xmlPath.split('/').slice(-1)[0],
      x12Short: wireShort(f.x12),
      edifactShort: wireShort(f.edifact),
    }));
}

function industryBlocks(data: SiteData): DocField[] {
  return data.fields.filter((f) => f.parent === 'lex.payload.lead' && f.kind === 'object' && data.fields.some((c) => c.parent === f.path && c.definedIn.startsWith('industry/')));
}

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();

/** Why X12/EDIFACT cannot carry a message at all (its payload is LEAD-only in those formats), else undefined. */
function messageNotCarried(data: SiteData) {
  return (message: any, format: Format): string | undefined => {
    const member = Object.keys(message?.lex?.payload ?? {})[0];
    const f = member ? data.byPath.get(`lex.payload.${member}`) : undefined;
    const c = f ? (format === 'x12' ? f.x12 : format === 'edifact' ? f.edifact : undefined) : undefined;
    return c && !c.carried ? c.reason : undefined;
  };
}

function exampleView(e: ExampleSet) {
  return {
    ...e,
    fromName: FORMAT_NAMES[e.from],
    renditions: e.renditions.map((r) => ({ ...r, name: FORMAT_NAMES[r.format], single: r.warnings.length === 1 })),
  };
}

// ---- search index --------------------------------------------------------------------------------------------
function searchDocs(data: SiteData, blocks: DocField[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const short = (s: string, n = 110) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  for (const f of data.fields) {
    const places = [...f.x12.places, ...f.edifact.places].map((p) => p.label).join(' ');
    docs.push({ id: `f:${f.path}`, kind: 'field', title: f.path, name: `${f.name} ${f.xmlPath.split('/').pop()} ${f.typeName ?? ''}`, text: f.description, extra: `${places} ${f.xmlPath}`, url: `fields.html#${f.id}`, summary: short(f.description) });
    for (const v of f.enum ?? []) {
      docs.push({ id: `v:${f.path}=${v.value}`, kind: 'value', title: v.value, name: f.name, text: v.description, extra: f.path, url: `fields.html#${f.id}`, summary: short(`${f.path}: ${v.description}`) });
    }
  }
  for (const c of data.errorCodes) docs.push({ id: `c:${c.code}`, kind: 'error', title: c.code, name: c.code.replace(/_/g, ' '), text: c.rule, extra: `${c.level} ${c.severity} ${c.source}`, url: `errors.html#${c.code}`, summary: short(`${c.level} ${c.severity}: ${c.rule}`) });
  for (const m of data.messageTypes) docs.push({ id: `p:m:${m.type}`, kind: 'page', title: m.type, name: `${m.member} ${m.title}`, text: m.description, extra: 'message type', url: `messages/${kebab(m.type)}.html`, summary: short(m.description) });
  for (const b of blocks) docs.push({ id: `p:b:${b.name}`, kind: 'page', title: b.name, name: b.typeName ?? '', text: b.description, extra: 'industry block', url: `blocks/${kebab(b.name)}.html`, summary: short(b.description) });
  return docs;
}

// ---- main ------------------------------------------------------------------------------------------------------
async function main() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const data = await loadSiteData();
  const known = new Set(data.errorCodes.map((c) => c.code));
  const blocks = industryBlocks(data);
  const failures: string[] = [];

  // assets
  write('assets/style.css', readFileSync(join(SITE_ROOT, 'assets/style.css')));
  write('favicon.svg', readFileSync(join(SITE_ROOT, 'assets/favicon.svg')));
  const siteJs = await esbuild.build({ entryPoints: [join(SITE_ROOT, 'src/client/site.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, write: false, legalComments: 'none' });
  write('assets/site.js', siteJs.outputFiles[0]!.contents);
  const ms = new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  const docs = searchDocs(data, blocks);
  ms.addAll(docs);
  write('assets/search-index.js', `window.__LEX_SEARCH_INDEX__=${JSON.stringify(ms.toJSON())};\n`);

  // field dictionary
  const sections = ['envelope', ...data.messageTypes.map((m) => m.member)].map((id) => {
    const m = data.messageTypes.find((x) => x.member === id);
    return {
      id,
      title: SECTION_TITLES[id] ?? `${m!.type} payload (lex.payload.${id})`,
      fields: data.fields.filter((f) => f.section === id).map((f) => fieldView(f, data, known)),
    };
  });
  page('fields.html', 'fields', 'Field dictionary', template('fields')({ sections, count: data.fields.length, leafCount: data.fields.filter((f) => f.leaf).length, xmlSource: data.xmlMapSource }), data);

  // cross-format map
  const groups = sections.map((s) => ({
    id: s.id,
    title: s.title,
    rows: data.fields
      .filter((f) => f.section === s.id && f.leaf)
      .map((f) => ({ id: f.id, path: f.path, xmlPath: f.xmlPath, x12: wireShort(f.x12), edifact: wireShort(f.edifact), carried: f.x12.carried || f.edifact.carried ? 'some' : 'none' })),
  }));
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  const carriedCount = groups.reduce((n, g) => n + g.rows.filter((r) => r.carried !== 'none').length, 0);
  page('map.html', 'map', 'Cross-format field map', template('map')({ groups, rowCount, carriedCount }), data);

  // lifecycle
  const lc = data.lifecycle;
  const layoutInfo = layoutLifecycle(data.statuses, lc);
  const rules = [lc.sameStatusAllowed ? `Every status except ${lc.terminal.join(', ')} may be sent again unchanged.` : '', lc.anyToArchived ? 'Every status may move to ARCHIVED.' : '', lc.terminal.length ? `${lc.terminal.join(', ')} is final.` : ''].filter(Boolean).join(' ');
  page(
    'lifecycle.html',
    'lifecycle',
    'Lead lifecycle',
    template('lifecycle')({
      svg: lifecycleSvg(data.statuses, lc, data.statusMeanings),
      statusCount: data.statuses.length,
      edgeCount: layoutInfo.edges.length,
      rules,
      statuses: data.statuses.map((s) => ({
        status: s,
        meaning: data.statusMeanings[s],
        next: (lc.transitions[s] ?? []).filter((t) => t !== s),
        extra: [lc.sameStatusAllowed && !lc.terminal.includes(s) ? 'itself' : '', lc.anyToArchived && !lc.terminal.includes(s) && !(lc.transitions[s] ?? []).includes('ARCHIVED') ? 'ARCHIVED' : ''].filter(Boolean).join(', ') || (lc.terminal.includes(s) ? 'nothing (final)' : ''),
      })),
      journey: (lc.addedFromJourneyExamples ?? []).map(([a, b]) => `${a} → ${b}`),
    }),
    data,
  );

  // error codes
  const fieldsByCode = new Map<string, string[]>();
  for (const f of data.fields) for (const c of codesOf(f, known)) fieldsByCode.set(c, [...(fieldsByCode.get(c) ?? []), f.id]);
  page(
    'errors.html',
    'errors',
    'Error codes',
    template('errors')({
      count: data.errorCodes.length,
      codes: data.errorCodes.map((c) => {
        // generic codes apply to hundreds of fields; list the fields of the specific ones
        const fs = GENERIC.has(c.code) ? [] : fieldsByCode.get(c.code) ?? [];
        return { ...c, ruleHtml: inline(c.rule), fields: fs.slice(0, 8), more: fs.length > 8 ? fs.length - 8 : 0 };
      }),
    }),
    data,
  );

  // interpretation notes
  const notes = data.notes.map((n) => {
    const id = `note-${slug(n.file.replace(/\.md$/, ''))}`;
    const rendered = renderMarkdown(n.markdown, `${id}-`, 1);
    return { id, file: n.file, title: rendered.headings[0]?.text.replace(/`/g, '') ?? n.file, html: rendered.html };
  });
  page('notes.html', 'notes', 'Interpretation notes', template('notes')({ notes }), data);

  // home
  page(
    'index.html',
    'home',
    'LEX documentation',
    template('index')({
      version: data.version,
      fieldCount: data.fields.length,
      leafCount: data.fields.filter((f) => f.leaf).length,
      statusCount: data.statuses.length,
      errorCount: data.errorCodes.length,
      messageTypes: data.messageTypes.map((m) => {
        const f = data.byPath.get(`lex.payload.${m.member}`)!;
        return { ...m, slug: kebab(m.type), carriage: f.x12.carried || f.edifact.carried ? 'carried' : 'JSON-EDI and XML-EDI only' };
      }),
      blocks: blocks.map((b) => ({ name: b.name, slug: kebab(b.name), title: b.typeName ?? '' })),
    }),
    data,
  );

  // ---- everything below needs the built codec packages ----
  let examplesBy: { canonical?: ExampleSet; perType: Map<string, ExampleSet[]>; blocks: Map<string, ExampleSet[]>; seeds: ExampleSet[] } = { perType: new Map(), blocks: new Map(), seeds: [] };
  let codecError: Error | undefined;
  try {
    await loadCore();
    examplesBy = await buildExamples(data, blocks);
  } catch (err) {
    codecError = err as Error;
    failures.push(codecError.message);
  }
  const missing = codecError ? [`<p class="not-carried build-error">Examples not built: ${escapeHtml(codecError.message)}</p>`] : [];

  for (const m of data.messageTypes) {
    const f = data.byPath.get(`lex.payload.${m.member}`)!;
    const rows = rowsUnder(f.path, data);
    const body = template('message')({
      ...m,
      siblings: data.messageTypes.map((x) => ({ slug: kebab(x.type), label: x.type, current: x.type === m.type })),
      root: '../',
      xmlPath: f.xmlPath,
      x12: f.x12.carried ? 'carried (see the places per field)' : `not carried — ${escapeHtml(f.x12.reason ?? '')}`,
      edifact: f.edifact.carried ? 'carried (see the places per field)' : `not carried — ${escapeHtml(f.edifact.reason ?? '')}`,
      fieldCount: rows.length,
      leafCount: data.fields.filter((x) => x.path.startsWith(f.path + '.') && x.leaf).length,
      rows,
      examples: (examplesBy.perType.get(m.type) ?? []).map(exampleView),
    });
    page(`messages/${kebab(m.type)}.html`, 'messages', `${m.type} message`, body + missing.join(''), data);
  }
  for (const b of blocks) {
    const rows = rowsUnder(b.path, data);
    const inside = data.fields.filter((x) => x.path.startsWith(b.path + '.'));
    const body = template('block')({
      siblings: blocks.map((x) => ({ slug: kebab(x.name), label: x.name, current: x.name === b.name })),
      name: b.name,
      title: b.typeName,
      description: b.description,
      path: b.path,
      xmlPath: b.xmlPath,
      definedIn: inside[0]?.definedIn ?? b.definedIn,
      since: b.since,
      fieldCount: rows.length,
      x12Count: inside.filter((x) => x.x12.places.length).length,
      edifactCount: inside.filter((x) => x.edifact.places.length).length,
      root: '../',
      rows,
      examples: (examplesBy.blocks.get(b.name) ?? []).map(exampleView),
    });
    page(`blocks/${kebab(b.name)}.html`, 'blocks', `${b.name} industry block`, body + missing.join(''), data);
  }
  const allExamples = [...(examplesBy.canonical ? [examplesBy.canonical] : []), ...examplesBy.seeds];
  page('examples.html', 'examples', 'Examples', template('examples')({ examples: allExamples.map(exampleView) }) + missing.join(''), data);

  // playground: samples are read from the example files, the engine is the real package bundled for the browser
  const samples = playgroundSamples();
  page(
    'playground.html',
    'playground',
    'Playground',
    template('playground')({ samples, samplesJson: JSON.stringify(samples).replace(/</g, '\\u003c'), formats: FORMATS.map((id) => ({ id, name: FORMAT_NAMES[id] })) }) + missing.join(''),
    data,
    codecError ? [] : ['assets/playground.js'],
  );
  if (!codecError) {
    try {
      const pg = await esbuild.build({
        entryPoints: [join(SITE_ROOT, 'src/client/playground.ts')],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        write: false,
        legalComments: 'none',
        logLevel: 'silent',
        metafile: true,
        plugins: [nodeShims],
      });
      write('assets/playground.js', pg.outputFiles[0]!.contents);
    } catch (err) {
      failures.push(`docs-site: bundling @lexstandard/core for the browser failed: ${(err as Error).message}`);
    }
  }

  // API reference: redocly build-docs of the published OpenAPI file
  try {
    buildApiReference();
  } catch (err) {
    failures.push((err as Error).message);
  }

  // report
  const seconds = (performance.now() - started) / 1000;
  const dict = readFileSync(join(OUT_DIR, 'fields.html'));
  const info = {
    builtAt: new Date().toISOString(),
    buildSeconds: Number(seconds.toFixed(2)),
    fields: data.fields.length,
    leafFields: data.fields.filter((f) => f.leaf).length,
    searchDocuments: docs.length,
    dictionaryPage: { bytes: dict.length, gzipBytes: gzipSync(dict).length },
    files: written.length,
    totalBytes: written.reduce((n, w) => n + w.bytes, 0),
    failures,
  };
  write('build-info.json', JSON.stringify(info, null, 2) + '\n');
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`docs-site: ${written.length} files in ${relative(REPO_ROOT, OUT_DIR)}/ (${kb(info.totalBytes)}) in ${seconds.toFixed(2)} s`);
  console.log(`docs-site: field dictionary ${kb(info.dictionaryPage.bytes)} (${kb(info.dictionaryPage.gzipBytes)} gzipped), ${info.fields} fields, ${info.searchDocuments} search entries`);
  if (failures.length) {
    console.error(`docs-site: BUILD FAILED — ${failures.length} step(s) could not be completed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

async function buildExamples(data: SiteData, blocks: DocField[]) {
  const notCarried = messageNotCarried(data);
  const canonicalFile = 'schema/examples/canonical-lead.json';
  const canonicalText = readFileSync(join(REPO_ROOT, canonicalFile), 'utf8');
  const canonical = await renditions('canonical-lead', 'The canonical LEAD', canonicalFile, canonicalText, notCarried);
  const perType = new Map<string, ExampleSet[]>();
  perType.set('LEAD', [canonical]);
  for (const m of data.messageTypes) {
    const file = `packages/schema/generated/examples/full-${kebab(m.type)}.json`;
    if (!existsSync(join(REPO_ROOT, file))) continue;
    const set = await renditions(`full-${kebab(m.type)}`, `${m.type} with every field`, file, readFileSync(join(REPO_ROOT, file), 'utf8'), notCarried);
    perType.set(m.type, [...(perType.get(m.type) ?? []), set]);
  }
  const blockSets = new Map<string, ExampleSet[]>();
  const base = JSON.parse(canonicalText);
  for (const b of blocks) {
    if (!b.examples.length) continue;
    const msg = structuredClone(base);
    msg.lex.payload.lead[b.name] = b.examples[0];
    const set = await renditions(`block-${kebab(b.name)}`, `The canonical LEAD with ${b.name}`, `${canonicalFile} + the ${b.name} example of schema/${data.fields.find((x) => x.parent === b.path)?.definedIn ?? ''}`, JSON.stringify(msg, null, 2), notCarried);
    blockSets.set(b.name, [set]);
  }
  const seedDir = join(REPO_ROOT, 'conformance/examples/seed');
  const seeds: ExampleSet[] = [];
  for (const name of existsSync(seedDir) ? readdirSync(seedDir).sort() : []) {
    const file = `conformance/examples/seed/${name}`;
    seeds.push(await renditions(`seed-${slug(name)}`, `Seed example ${name}`, file, readFileSync(join(REPO_ROOT, file), 'utf8'), notCarried));
  }
  return { canonical, perType, blocks: blockSets, seeds };
}

/** The codecs are platform-neutral except for one `node:crypto` hash in the X12 reader: give the browser a stand-in. */
const nodeShims: esbuild.Plugin = {
  name: 'lex-node-shims',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: join(SITE_ROOT, 'src/client/shims/node-crypto.ts') }));
  },
};

function playgroundSamples(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  const add = (label: string, file: string) => {
    const full = join(REPO_ROOT, file);
    if (existsSync(full)) out.push({ label, text: readFileSync(full, 'utf8') });
  };
  add('Canonical LEAD (JSON-EDI)', 'schema/examples/canonical-lead.json');
  const seedDir = join(REPO_ROOT, 'conformance/examples/seed');
  for (const name of existsSync(seedDir) ? readdirSync(seedDir).sort() : []) add(`Seed: ${name}`, `conformance/examples/seed/${name}`);
  const exDir = join(REPO_ROOT, 'packages/schema/generated/examples');
  for (const name of existsSync(exDir) ? readdirSync(exDir).sort() : []) add(`Every field: ${name}`, `packages/schema/generated/examples/${name}`);
  // a broken message for trying the error report: the reference X12 with a status LEX does not know
  const ref = out.find((s) => s.label === 'Seed: reference-lead.x12');
  if (ref) out.push({ label: 'Broken: reference-lead.x12 with an unknown status', text: ref.text.replace(/REF\*LR\*[A-Z_]+/, 'REF*LR*PENDING') });
  return out;
}

function buildApiReference() {
  const openapiDir = join(REPO_ROOT, 'packages/openapi');
  const yamlFile = join(openapiDir, 'lex-openapi.yaml');
  const jsonFile = join(openapiDir, 'lex-openapi.json');
  if (!existsSync(yamlFile) || !existsSync(jsonFile)) {
    throw new Error('docs-site: packages/openapi/lex-openapi.yaml is missing; it is written by the build of @lexstandard/openapi (`npx turbo run build`).');
  }
  mkdirSync(join(OUT_DIR, 'api'), { recursive: true });
  copyFileSync(yamlFile, join(OUT_DIR, 'api/lex-openapi.yaml'));
  copyFileSync(jsonFile, join(OUT_DIR, 'api/lex-openapi.json'));
  const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  const out = join(OUT_DIR, 'api/index.html');
  const run = spawnSync(process.execPath, [cli, 'build-docs', yamlFile, '-o', out, '--inlineBundle', '--template', join(TEMPLATES, 'redoc.hbs'), '--title', 'LEX REST API (OpenAPI 3.1)', '--openapi.disableTelemetry=true', '--openapi.hideDownloadButtons=true'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    timeout: 180_000,
  });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`docs-site: redocly build-docs failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  // Redoc's sidebar shows a "powered by" logo fetched from Redocly's CDN; the site must work offline, so the
  // image comes from this site instead.
  const html = readFileSync(out, 'utf8');
  const logos = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g;
  if (!logos.test(html)) console.warn('docs-site: note: the Redoc logo URL was not found in the build-docs output (Redoc changed?)');
  writeFileSync(out, html.replace(logos, 'redoc-logo.svg'));
  write('api/redoc-logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 132 20" width="132" height="20"><text x="0" y="14" font-family="system-ui,sans-serif" font-size="12" fill="#64748b">API docs by Redoc</text></svg>\n');
  written.push({ path: 'api/index.html', bytes: statSync(out).size }, { path: 'api/lex-openapi.yaml', bytes: statSync(yamlFile).size }, { path: 'api/lex-openapi.json', bytes: statSync(jsonFile).size });
}

main().catch((err) => {
  console.error(`docs-site: build failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
