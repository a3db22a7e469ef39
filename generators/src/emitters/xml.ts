// XML-EDI tables, from the field table and its `x-lex.xml` annotations only:
//  - packages/xml/src/generated/element-map.ts: the element tree (JSON Pointer template ↔ element path, element
//    names and aliases, attribute flags, array wrappers and item elements, map key attributes, JSON types and the
//    output variants of an element) that the generic XML engine walks;
//  - packages/xml/src/generated/lex.xsd (+ xsd.ts exporting its text): an XSD 1.0 of the canonical output.
import type { Field } from '../model/fields.js';
import type { JsonSchema, SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

export const XML_NAMESPACE = 'https://lexstandard.org/schema/1.0';
export const XML_BATCH_ELEMENT = 'lexBatch';

export type XmlScalarType = 'string' | 'integer' | 'number' | 'boolean';

/** Output rule: use `element` instead of the field's element when the object's member `member` is present and not one of `notIn`. */
export interface XmlVariant { element: string; when: { member: string; notIn: string[] } }

export interface XmlNode {
  /** JSON property name */
  name: string;
  /** JSON Pointer template of the field (`*` = any array index or map key) */
  pointer: string;
  /** element path of the canonical output, from the root: /lex/Payload/Lead/DesiredVehicle */
  path: string;
  /** canonical element (or attribute) name; for unwrapped arrays, the name of each repeated item */
  element: string;
  /** other names accepted on input */
  aliases?: string[];
  kind: 'scalar' | 'object' | 'array' | 'map';
  /** JSON type of the scalar, of each scalar array item, or of each map value */
  type?: XmlScalarType;
  required?: true;
  attribute?: true;
  /** arrays and maps: whether the items sit inside the wrapper element `element` */
  wrapper?: boolean;
  /** arrays and maps: element name of each item */
  itemElement?: string;
  /** maps: the attribute holding the entry's key */
  keyAttribute?: string;
  /** unwrapped arrays: wrapper names tolerated on input (the property name in PascalCase) */
  wrapperAliases?: string[];
  /** object members, or the members of each array item */
  children?: XmlNode[];
  variants?: XmlVariant[];
}

/**
 * Output variants that the annotations cannot express yet (the x-lex vocabulary has no member for them). Each is
 * checked against the model when the map is built, so a schema change that invalidates it fails generation.
 * desiredProduct: the seed's element map says "<DesiredVehicle> … Use <DesiredAsset> for non-vehicle asset
 * classes" and the assetClass description says the same: DesiredAsset whenever assetClass is set and not the
 * first (road-vehicle) value of its enum.
 */
const VARIANT_RULES: { pointer: string; alias: string; member: string; vehicleValues: (f: Field) => string[] }[] = [
  { pointer: '/lex/payload/lead/desiredProduct', alias: 'DesiredAsset', member: 'assetClass', vehicleValues: (f) => [f.enum![0]!.value] },
];

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
/** Item element of an unannotated array: the wrapper name in the singular. */
function singular(name: string): string {
  if (/ies$/.test(name)) return name.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(name)) return name + 'Item';
  if (/s$/.test(name)) return name.slice(0, -1);
  return name + 'Item';
}
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function scalarType(type: string, where: string): XmlScalarType {
  const t = type.replace(/\[\]$/, '');
  if (t === 'string' || t === 'integer' || t === 'number' || t === 'boolean') return t;
  throw new Error(`xml: ${where} has JSON type ${type}, which XML-EDI has no text form for`);
}

/** The schema at a field pointer template, following $refs through the bundle. */
function schemaAt(bundle: JsonSchema, pointer: string): JsonSchema {
  const defs = bundle.$defs ?? {};
  const deref = (s: JsonSchema): JsonSchema => {
    let cur = s;
    while (typeof cur.$ref === 'string') {
      const { $ref, ...own } = cur;
      cur = { ...defs[String($ref).replace('#/$defs/', '')], ...own };
    }
    return cur;
  };
  let s = deref(bundle);
  for (const seg of pointer.split('/').slice(1)) {
    s = deref(seg === '*' ? s.items ?? s.additionalProperties : s.properties[seg]);
  }
  return s;
}

export function buildElementMap(model: SchemaModel): XmlNode {
  const byPointer = new Map(model.fields.map((f) => [f.pointer, f]));
  const childrenOf = new Map<string, Field[]>();
  for (const f of model.fields) {
    const parent = f.pointer.slice(0, f.pointer.lastIndexOf('/'));
    const key = parent.endsWith('/*') ? parent.slice(0, -2) : parent;
    if (!childrenOf.has(key)) childrenOf.set(key, []);
    childrenOf.get(key)!.push(f);
  }

  const build = (f: Field, parentPath: string, top: boolean): XmlNode => {
    const xml = f.lex.xml ?? {};
    const node: XmlNode = { name: f.name, pointer: f.pointer, path: '', element: '', kind: f.kind };
    if (f.required) node.required = true;
    if (xml.aliases?.length) node.aliases = [...xml.aliases];
    if (f.kind === 'array') {
      const itemElement = xml.itemElement ?? singular(pascal(f.name));
      const wrapper = xml.wrapper ?? (xml.element !== undefined || xml.itemElement === undefined);
      node.wrapper = wrapper;
      node.itemElement = itemElement;
      node.element = wrapper ? xml.element ?? pascal(f.name) : itemElement;
      if (!wrapper) node.wrapperAliases = [xml.element ?? pascal(f.name)];
    } else if (f.kind === 'map') {
      const value = schemaAt(model.bundle, f.pointer).additionalProperties;
      if (!value || typeof value !== 'object') throw new Error(`xml: map ${f.pointer} has no value schema`);
      node.type = scalarType(String(value.type), f.pointer);
      node.wrapper = true;
      node.element = xml.element ?? pascal(f.name);
      node.itemElement = xml.itemElement ?? 'Entry';
      node.keyAttribute = xml.keyAttribute ?? 'key';
    } else {
      node.element = xml.element ?? (top ? f.name : pascal(f.name));
    }
    if (xml.attribute) {
      if (f.kind !== 'scalar') throw new Error(`xml: ${f.pointer} is an attribute but not a scalar`);
      node.attribute = true;
    }
    node.path = `${parentPath}/${xml.attribute ? '@' : ''}${node.element}`;
    if (f.kind === 'scalar') node.type = scalarType(f.type, f.pointer);
    if (f.kind === 'array' && !f.type.endsWith('[]')) throw new Error(`xml: array ${f.pointer} has type ${f.type}`);
    const kids = childrenOf.get(f.pointer) ?? [];
    if (f.kind === 'array') {
      if (kids.length) {
        const itemPath = node.wrapper ? `${node.path}/${node.itemElement}` : node.path;
        node.children = kids.map((k) => build(k, itemPath, false));
      } else node.type = scalarType(f.type, f.pointer);
    } else if (f.kind === 'object') {
      node.children = kids.map((k) => build(k, node.path, false));
    }
    for (const name of [node.element, ...(node.aliases ?? []), ...(node.itemElement ? [node.itemElement] : []), ...(node.wrapperAliases ?? [])]) {
      if (!NCNAME.test(name)) throw new Error(`xml: ${f.pointer}: "${name}" is not an XML element name`);
    }
    return node;
  };

  const rootField = byPointer.get('/lex');
  if (!rootField) throw new Error('xml: the field table has no /lex envelope');
  const root = build(rootField, '', true);

  // output variants
  const find = (n: XmlNode, pointer: string): XmlNode | undefined => {
    if (n.pointer === pointer) return n;
    for (const c of n.children ?? []) {
      const hit = find(c, pointer);
      if (hit) return hit;
    }
    return undefined;
  };
  for (const rule of VARIANT_RULES) {
    const node = find(root, rule.pointer);
    const member = byPointer.get(`${rule.pointer}/${rule.member}`);
    if (!node || !member?.enum) throw new Error(`xml: variant rule for ${rule.pointer}/${rule.member} matches no enum field`);
    if (!node.aliases?.includes(rule.alias)) throw new Error(`xml: variant ${rule.alias} is not an alias of ${rule.pointer}`);
    (node.variants ??= []).push({ element: rule.alias, when: { member: rule.member, notIn: rule.vehicleValues(member) } });
  }

  // names must be unambiguous inside each parent, also case-insensitively (the parser accepts any case)
  const check = (n: XmlNode) => {
    if (!n.children) return;
    const seen = new Map<string, string>();
    for (const c of n.children) {
      const names = c.attribute ? [`@${c.element}`] : [c.element, ...(c.aliases ?? []), ...(c.wrapperAliases ?? []), ...(c.variants ?? []).map((v) => v.element)];
      for (const name of new Set(names)) {
        const k = name.toLowerCase();
        const prev = seen.get(k);
        if (prev && prev !== c.pointer) throw new Error(`xml: element name ${name} is used by both ${prev} and ${c.pointer}`);
        seen.set(k, c.pointer);
      }
      check(c);
    }
  };
  check(root);
  return root;
}

// ---------------------------------------------------------------------------------------------------------------
// XSD

/** Attribute-value escaping; non-ASCII characters become character references so the XSD file stays ASCII. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  .replace(/[^\x20-\x7e]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`);

/** JavaScript \s, which XSD's \s (space, tab, CR, LF) does not fully cover. */
const JS_SPACE = '\\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';

/**
 * Translates an ECMAScript (u-flag) pattern into an XSD 1.0 regular expression with the same meaning, or returns
 * a reason why it cannot. XSD patterns are implicitly anchored and have no ^/$ anchors, no non-capturing groups,
 * no lookaround, no back-references and no lazy quantifiers.
 */
export function xsdPattern(js: string): { pattern?: string; reason?: string } {
  let src = js;
  let anchoredStart = false;
  let anchoredEnd = false;
  if (src.startsWith('^')) { anchoredStart = true; src = src.slice(1); }
  if (src.endsWith('$') && !src.endsWith('\\$')) { anchoredEnd = true; src = src.slice(0, -1); }
  let out = '';
  let inClass = false;
  let depth = 0;
  let topLevelAlternation = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return { reason: 'dangling escape' };
      i++;
      if (n === 'd') out += inClass ? '0-9' : '[0-9]';
      else if (n === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (n === 'p' || n === 'P') {
        const close = src.indexOf('}', i);
        out += '\\' + src.slice(i, close + 1);
        i = close;
      } else if ('.-+*?()[]{}|^$\\/'.includes(n)) out += n === '/' ? '/' : n === '$' || n === '^' ? n : '\\' + n;
      else if (n === 'n' || n === 'r' || n === 't') out += '\\' + n;
      else return { reason: `escape \\${n} has no XSD equivalent` };
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      if (c === '[' ) return { reason: 'nested character class' };
      out += c;
      continue;
    }
    if (c === '[') { inClass = true; out += c; if (src[i + 1] === '^') { out += '^'; i++; } continue; }
    if (c === '(') {
      if (src[i + 1] === '?') {
        if (src[i + 2] === ':') { out += '('; i += 2; depth++; continue; }
        return { reason: 'lookaround or named group' };
      }
      depth++;
      out += c;
      continue;
    }
    if (c === ')') { depth--; out += c; continue; }
    if (c === '|' && depth === 0) topLevelAlternation = true;
    if (c === '^' || c === '$') return { reason: `anchor ${c} inside the pattern` };
    if ((c === '?' || c === '+' || c === '*' || c === '}') && src[i + 1] === '?') return { reason: 'lazy quantifier' };
    out += c;
  }
  if (topLevelAlternation && (anchoredStart || anchoredEnd)) return { reason: 'anchored top-level alternation' };
  return { pattern: `${anchoredStart ? '' : '[\\s\\S]*'}${topLevelAlternation ? `(${out})` : out}${anchoredEnd ? '' : '[\\s\\S]*'}` };
}

interface XsdContext {
  fields: Map<string, Field>;
  model: SchemaModel;
  /** named types (complexType per shared block, simpleType per map value), by name */
  named: Map<string, XEl>;
  namedOk: Map<string, boolean>;
  untranslated: { pointer: string; pattern: string; reason: string }[];
}

/** A tiny XML tree, rendered with two-space indentation. */
interface XEl { tag: string; attrs?: Record<string, string | number | undefined>; kids?: XEl[] }
const X = (tag: string, attrs?: XEl['attrs'], kids?: XEl[]): XEl => ({ tag, ...(attrs ? { attrs } : {}), ...(kids ? { kids } : {}) });
function render(e: XEl, pad = ''): string {
  const a = Object.entries(e.attrs ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${esc(String(v))}"`).join('');
  if (!e.kids?.length) return `${pad}<${e.tag}${a}/>\n`;
  return `${pad}<${e.tag}${a}>\n${e.kids.map((k) => render(k, pad + '  ')).join('')}${pad}</${e.tag}>\n`;
}

function facets(ctx: XsdContext, c: Record<string, unknown>, prefix: string, type: XmlScalarType, enumValues: string[] | undefined, pointer: string): { base: string; facets: XEl[] } {
  const get = (k: string) => c[prefix + k];
  const out: XEl[] = [];
  let base = type === 'string' ? 'xs:string' : type === 'integer' ? 'xs:integer' : type === 'number' ? 'xs:double' : 'xs:boolean';
  if (type === 'string' && get('format') === 'date') base = 'xs:date';
  if (enumValues) for (const v of enumValues) out.push(X('xs:enumeration', { value: v }));
  if (get('const') !== undefined) out.push(X('xs:enumeration', { value: String(get('const')) }));
  if (type === 'string') {
    if (get('minLength') !== undefined) out.push(X('xs:minLength', { value: String(get('minLength')) }));
    if (get('maxLength') !== undefined) out.push(X('xs:maxLength', { value: String(get('maxLength')) }));
    const p = get('pattern');
    if (typeof p === 'string') {
      const t = xsdPattern(p);
      if (t.pattern) out.push(X('xs:pattern', { value: t.pattern }));
      else ctx.untranslated.push({ pointer, pattern: p, reason: t.reason! });
    }
  }
  if (type === 'integer' || type === 'number') {
    for (const [k, facet] of [['minimum', 'minInclusive'], ['maximum', 'maxInclusive'], ['exclusiveMinimum', 'minExclusive'], ['exclusiveMaximum', 'maxExclusive']] as const) {
      if (get(k) !== undefined) out.push(X(`xs:${facet}`, { value: String(get(k)) }));
    }
  }
  return { base, facets: out };
}

/** The simple type of a scalar, array item or map value: a built-in type name, or an anonymous restriction. */
function simpleType(ctx: XsdContext, node: XmlNode, item: boolean): { type?: string; st?: XEl } {
  const f = ctx.fields.get(node.pointer);
  const { base, facets: fs } = facets(ctx, f?.constraints ?? {}, item ? 'items.' : '', node.type!, f?.enum?.map((e) => e.value), node.pointer);
  if (!fs.length) return { type: base };
  return { st: X('xs:simpleType', undefined, [X('xs:restriction', { base }, fs)]) };
}

const occurs = (min: number, max?: 'unbounded') => ({ minOccurs: min === 1 ? undefined : String(min), maxOccurs: max });

/** Content model of an object: a sequence of its elements (a choice when it holds exactly one member) and its attributes. */
function complexContent(ctx: XsdContext, node: XmlNode, children: XmlNode[]): XEl[] {
  const elements = children.filter((c) => !c.attribute);
  const schema = schemaAt(ctx.model.bundle, node.pointer);
  const choice = schema.maxProperties === 1;
  const out: XEl[] = [];
  if (elements.length) {
    const min = choice ? ((schema.minProperties ?? 0) >= 1 ? 1 : 0) : 1;
    out.push(X(choice ? 'xs:choice' : 'xs:sequence', occurs(min), elements.flatMap((c) => elementDecl(ctx, c, choice))));
  }
  for (const a of children.filter((c) => c.attribute)) {
    const s = simpleType(ctx, a, false);
    out.push(X('xs:attribute', { name: a.element, type: s.type, use: a.required ? 'required' : undefined }, s.st ? [s.st] : undefined));
  }
  return out;
}

/** The type of an object (or object array item): a named complexType when its block has one shape everywhere. */
function objectType(ctx: XsdContext, node: XmlNode, children: XmlNode[]): { type?: string; ct?: XEl } {
  const typeName = ctx.fields.get(node.pointer)?.typeName;
  if (typeName && ctx.namedOk.get(typeName)) {
    if (!ctx.named.has(typeName)) {
      ctx.named.set(typeName, X('xs:complexType', { name: typeName })); // placeholder against recursion
      ctx.named.set(typeName, X('xs:complexType', { name: typeName }, complexContent(ctx, node, children)));
    }
    return { type: `lex:${typeName}` };
  }
  return { ct: X('xs:complexType', undefined, complexContent(ctx, node, children)) };
}

const typeNameFor = (n: XmlNode) => n.pointer.split('/').filter((s) => s && s !== '*').map(pascal).join('');

function elementDecl(ctx: XsdContext, c: XmlNode, inChoice: boolean): XEl[] {
  const min = c.required && !inChoice ? 1 : 0;
  const el = (name: string, t: { type?: string; body?: XEl }, o: XEl['attrs'] = {}) => X('xs:element', { name, type: t.type, ...o }, t.body ? [t.body] : undefined);
  if (c.kind === 'scalar') {
    const s = simpleType(ctx, c, false);
    return [el(c.element, { type: s.type, body: s.st }, occurs(min))];
  }
  if (c.kind === 'object') {
    const t = objectType(ctx, c, c.children ?? []);
    const names = [c.element, ...(c.variants ?? []).map((v) => v.element)];
    const decls = names.map((n) => el(n, { type: t.type, body: t.ct }, names.length > 1 ? {} : occurs(min)));
    return names.length > 1 ? [X('xs:choice', occurs(min), decls)] : decls;
  }
  if (c.kind === 'map') {
    const s = simpleType(ctx, c, false);
    let valueType = s.type;
    if (!valueType) {
      valueType = `lex:${typeNameFor(c)}Value`;
      ctx.named.set(`${typeNameFor(c)}Value`, X('xs:simpleType', { name: `${typeNameFor(c)}Value` }, s.st!.kids));
    }
    const keyPattern = schemaAt(ctx.model.bundle, c.pointer).propertyNames?.pattern as string | undefined;
    let keyType: { type?: string; st?: XEl } = { type: 'xs:string' };
    if (keyPattern) {
      const t = xsdPattern(keyPattern);
      if (t.pattern) keyType = { st: X('xs:simpleType', undefined, [X('xs:restriction', { base: 'xs:string' }, [X('xs:pattern', { value: t.pattern })])]) };
      else ctx.untranslated.push({ pointer: `${c.pointer} (keys)`, pattern: keyPattern, reason: t.reason! });
    }
    const entry = X('xs:element', { name: c.itemElement, maxOccurs: 'unbounded' }, [
      X('xs:complexType', undefined, [X('xs:simpleContent', undefined, [X('xs:extension', { base: valueType }, [
        X('xs:attribute', { name: c.keyAttribute, type: keyType.type, use: 'required' }, keyType.st ? [keyType.st] : undefined),
      ])])]),
    ]);
    return [X('xs:element', { name: c.element, ...occurs(min) }, [X('xs:complexType', undefined, [X('xs:sequence', undefined, [entry])])])];
  }
  // arrays: items are never empty elements, so a present wrapper holds at least one item
  const minItems = Number(ctx.fields.get(c.pointer)?.constraints.minItems ?? 0);
  const item = (itemMin: number): XEl => {
    if (c.children) {
      const t = objectType(ctx, c, c.children);
      return el(c.itemElement!, { type: t.type, body: t.ct }, occurs(itemMin, 'unbounded'));
    }
    const s = simpleType(ctx, c, true);
    return el(c.itemElement!, { type: s.type, body: s.st }, occurs(itemMin, 'unbounded'));
  };
  if (!c.wrapper) return [item(c.required && minItems >= 1 ? 1 : 0)];
  return [X('xs:element', { name: c.element, ...occurs(min) }, [X('xs:complexType', undefined, [X('xs:sequence', undefined, [item(1)])])])];
}

export function buildXsd(model: SchemaModel, root: XmlNode): { xsd: string; untranslated: XsdContext['untranslated'] } {
  const fields = new Map(model.fields.map((f) => [f.pointer, f]));
  // a block gets a named complexType only when every use has the same element shape
  const shapes = new Map<string, Set<string>>();
  const strip = (n: XmlNode): unknown => ({ ...n, pointer: undefined, path: undefined, children: n.children?.map(strip) });
  const visit = (n: XmlNode) => {
    const t = fields.get(n.pointer)?.typeName;
    if (t && n.children && (n.kind === 'object' || n.kind === 'array')) {
      if (!shapes.has(t)) shapes.set(t, new Set());
      shapes.get(t)!.add(JSON.stringify(n.children.map(strip)));
    }
    n.children?.forEach(visit);
  };
  visit(root);
  const ctx: XsdContext = { fields, model, named: new Map(), untranslated: [], namedOk: new Map([...shapes].map(([t, s]) => [t, s.size === 1])) };
  const schema = X('xs:schema', {
    'xmlns:xs': 'http://www.w3.org/2001/XMLSchema',
    'xmlns:lex': XML_NAMESPACE,
    targetNamespace: XML_NAMESPACE,
    elementFormDefault: 'qualified',
    attributeFormDefault: 'unqualified',
    version: model.version,
  }, [
    X('xs:element', { name: root.element }, [X('xs:complexType', undefined, complexContent(ctx, root, root.children ?? []))]),
    X('xs:element', { name: XML_BATCH_ELEMENT }, [X('xs:complexType', undefined, [X('xs:sequence', undefined, [X('xs:element', { ref: `lex:${root.element}`, minOccurs: '0', maxOccurs: 'unbounded' })])])]),
  ]);
  schema.kids!.push(...[...ctx.named].sort(([a], [b]) => a.localeCompare(b)).map(([, t]) => t));
  const xsd = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from schema/ by generators/src/emitters/xml.ts - do not edit. LEX ${model.version}
     XSD 1.0 of the canonical XML-EDI output. What XSD cannot express (multipleOf, uniqueItems, formats other than
     date, cross-field and conditional rules${ctx.untranslated.length ? ', the patterns listed in XSD_UNTRANSLATED_PATTERNS' : ''}) is left to the JSON validator. -->
${render(schema)}`;
  return { xsd, untranslated: ctx.untranslated };
}

export function emitXml(model: SchemaModel): GeneratedFile[] {
  const root = buildElementMap(model);
  const { xsd, untranslated } = buildXsd(model, root);
  const banner = `// Generated from schema/ by generators/src/emitters/xml.ts — do not edit. LEX ${model.version}`;
  const map = `${banner}
// The XML-EDI element map: one node per field of the field table, in schema order. The XML engine walks it; no
// field name appears in engine code.
export type XmlScalarType = 'string' | 'integer' | 'number' | 'boolean';
/** Output rule: use \`element\` when the object's member \`member\` is present and not one of \`notIn\`. */
export interface XmlVariant { element: string; when: { member: string; notIn: string[] } }
export interface XmlNode {
  /** JSON property name */
  name: string;
  /** JSON Pointer template (\`*\` = any array index or map key) */
  pointer: string;
  /** element path in the canonical output (\`@\` marks an attribute) */
  path: string;
  /** canonical element or attribute name; for unwrapped arrays, the name of each repeated item */
  element: string;
  /** other names accepted on input */
  aliases?: string[];
  kind: 'scalar' | 'object' | 'array' | 'map';
  /** JSON type of the scalar, of each scalar array item, or of each map value */
  type?: XmlScalarType;
  required?: true;
  attribute?: true;
  /** arrays and maps: whether the items sit inside the wrapper element \`element\` */
  wrapper?: boolean;
  /** arrays and maps: the element of each item */
  itemElement?: string;
  /** maps: the attribute holding each entry's key */
  keyAttribute?: string;
  /** unwrapped arrays: wrapper names tolerated on input */
  wrapperAliases?: string[];
  /** object members, or the members of each array item */
  children?: XmlNode[];
  variants?: XmlVariant[];
}
export const LEX_VERSION = ${JSON.stringify(model.version)};
export const XML_NAMESPACE = ${JSON.stringify(XML_NAMESPACE)};
/** Element wrapping many <${root.element}> documents (batches, streams). */
export const XML_BATCH_ELEMENT = ${JSON.stringify(XML_BATCH_ELEMENT)};
/** Patterns the XSD leaves to the JSON validator (XSD regular expressions cannot express them). */
export const XSD_UNTRANSLATED_PATTERNS: { pointer: string; pattern: string; reason: string }[] = ${JSON.stringify(untranslated, null, 1)};
export const XML_ROOT: XmlNode = ${JSON.stringify(root, null, 1)};
`;
  return [
    { path: 'packages/xml/src/generated/element-map.ts', contents: map },
    { path: 'packages/xml/src/generated/lex.xsd', contents: xsd },
    { path: 'packages/xml/src/generated/xsd.ts', contents: `${banner}\n/** The XSD 1.0 of canonical XML-EDI output (also shipped as lex.xsd). */\nexport const LEX_XSD = ${JSON.stringify(xsd)};\n` },
  ];
}
