// Everything the site shows, read from the generated schema artifacts — never from hand-kept copies:
// packages/schema/generated/{fields,error-codes,lex.schema}.json, schema/lead-lifecycle.json, the XML-EDI element map
// the XML codec is generated from, and docs-site/notes/*.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, SITE_ROOT } from './paths.js';

export interface SegmentPlace {
  segment: string;
  match?: Record<string, string>;
  element?: number;
  component?: number;
  format?: string;
  repeat?: boolean;
  role?: string;
  key?: string;
  codes?: Record<string, string>;
  default?: string;
  note?: string;
}

export interface FieldEntry {
  path: string;
  pointer: string;
  name: string;
  kind: 'scalar' | 'object' | 'array' | 'map';
  type: string;
  typeName?: string;
  required: boolean;
  condition?: string;
  description: string;
  examples: unknown[];
  constraints: Record<string, unknown>;
  enum?: { value: string; description: string }[];
  definedIn: string;
  since: string;
  lex: {
    pii?: boolean;
    errorCode?: string;
    missingCode?: string;
    xml?: { element?: string; aliases?: string[]; attribute?: boolean; itemElement?: string; keyAttribute?: string; wrapper?: boolean };
    x12?: SegmentPlace | SegmentPlace[];
    edifact?: SegmentPlace | SegmentPlace[];
    notCarried?: { xml?: string; x12?: string; edifact?: string };
    [k: string]: unknown;
  };
}

export interface ErrorCode {
  code: string;
  level: 'L1' | 'L2' | 'L3';
  severity: string;
  rule: string;
  source: string;
}

export interface Lifecycle {
  sameStatusAllowed: boolean;
  terminal: string[];
  anyToArchived: boolean;
  transitions: Record<string, string[]>;
  addedFromJourneyExamples?: [string, string][];
}

export interface WirePlace {
  /** e.g. PER04, COM01.1 */
  label: string;
  /** qualifiers that pick the occurrence, e.g. PER01=IC, PER03=EM */
  where: string[];
  details: string[];
}

export interface Carriage {
  carried: boolean;
  places: WirePlace[];
  /** why the format does not carry the field (or only some keys of it) */
  reason?: string;
  /** carried through its children (objects and arrays of objects) */
  viaChildren?: boolean;
}

export interface DocField extends FieldEntry {
  /** id of its dictionary entry (the dotted path) */
  id: string;
  leaf: boolean;
  depth: number;
  parent?: string;
  /** message section: envelope, lead, asset, acknowledgment, subscription, leadClosure */
  section: string;
  xmlPath: string;
  x12: Carriage;
  edifact: Carriage;
}

export interface XmlNode {
  pointer: string;
  path: string;
  element: string;
  kind: string;
  attribute?: boolean;
  wrapper?: boolean;
  itemElement?: string;
  keyAttribute?: string;
  aliases?: string[];
  children?: XmlNode[];
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
export const GENERATED = join(REPO_ROOT, 'packages/schema/generated');

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `PER04` for X12, `COM01.1` for EDIFACT: segment tag, data element position after the tag, component. */
export function placeLabel(p: SegmentPlace, format: 'x12' | 'edifact'): string {
  if (p.element === undefined) return p.segment;
  const sep = format === 'x12' ? '-' : '.';
  return `${p.segment}${pad2(p.element)}${p.component !== undefined ? sep + p.component : ''}`;
}

function matchText(p: SegmentPlace, format: 'x12' | 'edifact'): string[] {
  return Object.entries(p.match ?? {}).map(([pos, value]) => {
    const [el, comp] = pos.split('.');
    const label = `${p.segment}${pad2(Number(el))}${comp ? (format === 'x12' ? '-' : '.') + comp : ''}`;
    return value === '' ? `${label} empty` : `${label}=${value}`;
  });
}

export function wirePlaces(f: FieldEntry, format: 'x12' | 'edifact'): WirePlace[] {
  const raw = f.lex[format];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((p) => {
    const details: string[] = [];
    if (p.message) details.push(format === 'x12' ? `in the ${p.message}${p.message === '824' ? ' application advice' : ''}` : `in the ${p.message}`);
    if (p.key) details.push(`map key ${p.key}`);
    if (p.role) details.push(`${p.role}`);
    if (p.format) details.push(`format ${p.format}`);
    if (p.repeat) details.push('one segment per value');
    if (p.codes) details.push(`codes ${Object.entries(p.codes).map(([k, v]) => `${k}→${v}`).join(', ')}`);
    if (p.default) details.push(`default ${p.default}`);
    if (p.note) details.push(p.note);
    // a place of another transaction set or message than 850 / ORDERS is labelled with it: 824 BGN02, APERAK BGM02.1
    return { label: (p.message ? `${p.message} ` : '') + placeLabel(p, format), where: matchText(p, format), details };
  });
}

function flattenXml(root: XmlNode | undefined): Map<string, XmlNode> {
  const out = new Map<string, XmlNode>();
  const walk = (n: XmlNode) => {
    out.set(n.pointer, n);
    for (const c of n.children ?? []) walk(c);
  };
  if (root) walk(root);
  return out;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** XML-EDI place by the documented rule, used when the element map has no node for a field. */
function xmlByRule(f: FieldEntry, parentPath: string, parentField?: FieldEntry): string {
  const x = f.lex.xml ?? {};
  const el = x.element ?? (f.pointer === '/lex' ? 'lex' : pascal(f.name));
  let base = parentPath;
  if (parentField?.kind === 'array') {
    const px = parentField.lex.xml ?? {};
    const item = px.itemElement ?? px.element ?? pascal(parentField.name);
    base = px.wrapper ? `${parentPath}/${item}` : parentPath.replace(/[^/]+$/, item);
  }
  return x.attribute ? `${base}/@${el}` : `${base}/${el}`;
}

export interface SiteData {
  version: string;
  fields: DocField[];
  byPath: Map<string, DocField>;
  errorCodes: ErrorCode[];
  lifecycle: Lifecycle;
  statusMeanings: Record<string, string>;
  statuses: string[];
  bundle: Record<string, any>;
  messageTypes: { type: string; member: string; meaning: string; title: string; description: string }[];
  notes: { file: string; markdown: string }[];
  xmlMapSource: string;
}

export async function loadSiteData(): Promise<SiteData> {
  const fieldsDoc = readJson(join(GENERATED, 'fields.json'));
  const raw: FieldEntry[] = fieldsDoc.fields;
  const errorCodes: ErrorCode[] = readJson(join(GENERATED, 'error-codes.json')).codes;
  const bundle = readJson(join(GENERATED, 'lex.schema.json'));
  const lifecycle: Lifecycle = readJson(join(REPO_ROOT, 'schema/lead-lifecycle.json'));

  // XML-EDI element paths: the element map generated for the XML codec is the source of truth.
  const mapFile = join(REPO_ROOT, 'packages/xml/src/generated/element-map.ts');
  let xmlNodes = new Map<string, XmlNode>();
  let xmlMapSource = 'the x-lex.xml annotations (PascalCase rule)';
  if (existsSync(mapFile)) {
    const mod = await import(pathToFileURL(mapFile).href);
    if (mod.XML_ROOT) {
      xmlNodes = flattenXml(mod.XML_ROOT as XmlNode);
      xmlMapSource = 'packages/xml/src/generated/element-map.ts';
    }
  }

  const byPath = new Map<string, FieldEntry>(raw.map((f) => [f.path, f]));
  const parentOf = (f: FieldEntry): FieldEntry | undefined =>
    f.path.includes('.') ? byPath.get(f.path.slice(0, f.path.lastIndexOf('.')).replace(/\[\]$/, '')) : undefined;
  const hasChildren = new Set(raw.map((f) => parentOf(f)?.pointer).filter((p): p is string => p !== undefined));

  const xmlPath = new Map<string, string>();
  const fields: DocField[] = [];
  for (const f of raw) {
    const parent = parentOf(f);
    const node = xmlNodes.get(f.pointer);
    const path = node?.path ?? xmlByRule(f, parent ? xmlPath.get(parent.pointer)! : '', parent);
    xmlPath.set(f.pointer, path);
    const inside = raw.filter((d) => d.pointer === f.pointer || d.pointer.startsWith(f.pointer + '/'));
    const carriage = (fmt: 'x12' | 'edifact'): Carriage => {
      const places = wirePlaces(f, fmt);
      const childCarried = inside.some((d) => d !== f && d.lex[fmt] !== undefined);
      const carried = places.length > 0 || childCarried;
      let reason = f.lex.notCarried?.[fmt];
      if (!carried && !reason) {
        // inherited from the closest ancestor that says why (e.g. a payload LEAD-only mapping)
        for (let p = parent; p && !reason; p = parentOf(p)) reason = p.lex.notCarried?.[fmt];
        reason ??= `no ${fmt === 'x12' ? 'X12' : 'EDIFACT'} place is defined for it`;
      }
      if (carried && f.kind === 'map' && places.some((p) => p.details.some((d) => d.startsWith('map key')))) {
        reason = 'only the keys listed are carried; other keys are not';
      }
      return { carried, places, ...(reason ? { reason } : {}), ...(places.length === 0 && childCarried ? { viaChildren: true } : {}) };
    };
    const leaf = !hasChildren.has(f.pointer) && f.kind !== 'object';
    const section = f.pointer.startsWith('/lex/payload/') ? f.pointer.split('/')[3]! : 'envelope';
    fields.push({
      ...f,
      id: f.path,
      leaf,
      depth: f.path.split('.').length - 1,
      ...(parent ? { parent: parent.path } : {}),
      section,
      xmlPath: path,
      x12: carriage('x12'),
      edifact: carriage('edifact'),
    });
  }

  const statusDef = bundle.$defs.LeadStatus;
  const header = bundle.$defs.LexHeader.properties.messageType;
  const payloadProps = bundle.$defs.LexPayload.properties as Record<string, any>;
  const rules: any[] = bundle.properties.lex.allOf ?? [];
  const messageTypes = (header.enum as string[]).map((type) => {
    const rule = rules.find((r) => r.if?.properties?.header?.properties?.messageType?.const === type);
    const member: string = rule?.then?.properties?.payload?.required?.[0] ?? Object.keys(payloadProps).find((m) => m.toLowerCase() === type.replace(/_/g, '').toLowerCase())!;
    const def = bundle.$defs[String(payloadProps[member].$ref).replace('#/$defs/', '')];
    return { type, member, meaning: header['x-lex']?.enum?.[type] ?? '', title: def.title as string, description: def.description as string };
  });

  const notesDir = join(SITE_ROOT, 'notes');
  const notes = existsSync(notesDir)
    ? readdirSync(notesDir).filter((n) => n.endsWith('.md')).sort().map((file) => ({ file, markdown: readFileSync(join(notesDir, file), 'utf8') }))
    : [];

  return {
    version: fieldsDoc.version,
    fields,
    byPath: new Map(fields.map((f) => [f.path, f])),
    errorCodes,
    lifecycle,
    statusMeanings: statusDef['x-lex']?.enum ?? {},
    statuses: statusDef.enum,
    bundle,
    messageTypes,
    notes,
    xmlMapSource,
  };
}
