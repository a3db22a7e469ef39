// Compiles the generated element map into the lookup structures the parser and serializer walk. Generic: no
// LEX field or element name appears here.
import { XML_ROOT, type XmlNode, type XmlVariant } from './generated/element-map.js';

export const K_SCALAR = 0;
export const K_OBJECT = 1;
export const K_ARRAY = 2;
export const K_MAP = 3;

export const T_STRING = 0;
export const T_INTEGER = 1;
export const T_NUMBER = 2;
export const T_BOOLEAN = 3;

/** A child element name resolved against its parent: the field, and whether the name is a tolerated wrapper. */
export interface Match {
  node: RNode;
  /** the canonical spelling of the name that matched */
  name: string;
  /** the element is a wrapper around the items of an array that has none in canonical output */
  asWrapper: boolean;
}

/** Hash of an element name as the tokenizer computes it while scanning (no string is made for known names). */
export function nameHash(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

export interface RNode {
  name: string;
  pointer: string;
  path: string;
  element: string;
  kind: number;
  /** scalar type (of the value, of each scalar item, of each map value) */
  type: number;
  typeName: string;
  required: boolean;
  attribute: boolean;
  wrapper: boolean;
  itemElement: string;
  keyAttribute: string;
  /** array items are objects */
  objectItems: boolean;
  /** element members (objects and object array items), in schema order */
  elements: RNode[];
  /** attribute members */
  attributes: RNode[];
  /** members (elements and attributes) the schema requires whenever this object, or each item, is present */
  requiredMembers: RNode[];
  byName: Map<string, Match>;
  /** exact names by nameHash, for lookups straight from the input */
  byHash: Map<number, Match[]>;
  byLower: Map<string, Match>;
  attrByName: Map<string, RNode>;
  attrByLower: Map<string, RNode>;
  variants: XmlVariant[];
  /** `<element>` / `</element>` and `<itemElement>` / `</itemElement>`, for the writer */
  openTag: string;
  closeTag: string;
  itemOpen: string;
  itemClose: string;
  /** position among its parent's element members */
  index: number;
  /** JSON names of the members (elements and attributes) */
  names: Set<string>;
  /** escaped JSON Pointer segment of this member */
  seg: string;
}

const TYPES: Record<string, number> = { string: T_STRING, integer: T_INTEGER, number: T_NUMBER, boolean: T_BOOLEAN };
const KINDS: Record<string, number> = { scalar: K_SCALAR, object: K_OBJECT, array: K_ARRAY, map: K_MAP };

function compile(n: XmlNode): RNode {
  const r: RNode = {
    name: n.name,
    pointer: n.pointer,
    path: n.path,
    element: n.element,
    kind: KINDS[n.kind]!,
    type: TYPES[n.type ?? 'string'] ?? T_STRING,
    typeName: n.type ?? 'object',
    required: n.required === true,
    attribute: n.attribute === true,
    wrapper: n.wrapper === true,
    itemElement: n.itemElement ?? '',
    keyAttribute: n.keyAttribute ?? '',
    objectItems: n.kind === 'array' && !!n.children,
    elements: [],
    attributes: [],
    requiredMembers: [],
    byName: new Map(),
    byHash: new Map(),
    byLower: new Map(),
    attrByName: new Map(),
    attrByLower: new Map(),
    variants: n.variants ?? [],
    openTag: `<${n.element}>`,
    closeTag: `</${n.element}>`,
    itemOpen: n.itemElement ? `<${n.itemElement}>` : '',
    itemClose: n.itemElement ? `</${n.itemElement}>` : '',
    index: 0,
    names: new Set((n.children ?? []).map((c) => c.name)),
    seg: n.name.replace(/~/g, '~0').replace(/\//g, '~1'),
  };
  for (const c of n.children ?? []) {
    const rc = compile(c);
    if (rc.required) r.requiredMembers.push(rc);
    if (rc.attribute) {
      r.attributes.push(rc);
      r.attrByName.set(rc.element, rc);
      r.attrByLower.set(rc.element.toLowerCase(), rc);
      continue;
    }
    rc.index = r.elements.length;
    r.elements.push(rc);
    const add = (name: string, asWrapper: boolean) => {
      const m: Match = { node: rc, name, asWrapper };
      if (!r.byName.has(name)) {
        r.byName.set(name, m);
        const h = nameHash(name);
        const list = r.byHash.get(h);
        if (list) list.push(m);
        else r.byHash.set(h, [m]);
      }
      if (!r.byLower.has(name.toLowerCase())) r.byLower.set(name.toLowerCase(), m);
    };
    add(rc.element, false);
    for (const a of c.aliases ?? []) add(a, false);
    for (const v of c.variants ?? []) add(v.element, false);
    for (const w of c.wrapperAliases ?? []) add(w, true);
    // JSON property name, as the seed's home page and the reference examples write it (lowerCamel)
    if (!r.byLower.has(c.name.toLowerCase())) r.byLower.set(c.name.toLowerCase(), { node: rc, name: c.name, asWrapper: c.kind === 'array' && !c.wrapper });
  }
  return r;
}

export const ROOT: RNode = compile(XML_ROOT);

/** Whether a concrete JSON Pointer names a LEX field (or array item / map entry) of the element map. */
export function isMapped(pointer: string): boolean {
  const segs = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segs[0] !== ROOT.name) return false;
  let node: RNode = ROOT;
  let inItem = false; // at an array (next segment is an index) or a map (next segment is a key)
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i]!;
    if (inItem) {
      if (node.kind === K_ARRAY && !/^(0|[1-9]\d*)$/.test(seg)) return false;
      inItem = false;
      if (node.kind === K_MAP || !node.objectItems) return i === segs.length - 1;
      continue;
    }
    if (node.kind !== K_OBJECT && !(node.kind === K_ARRAY && node.objectItems)) return false;
    const next: RNode | undefined = node.elements.find((e) => e.name === seg) ?? node.attributes.find((a) => a.name === seg);
    if (!next) return false;
    node = next;
    inItem = node.kind === K_ARRAY || node.kind === K_MAP;
  }
  return true;
}
