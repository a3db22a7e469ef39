// The API contract, read from the generated OpenAPI file (@lexstandard/openapi's lex-openapi.json) and
// nothing else: the routes, the media types each operation accepts and produces, the statuses it may answer
// and the JSON Schemas of parameters, request and response bodies. Schemas are compiled with Ajv (2020-12,
// the dialect of OpenAPI 3.1) from the document itself, lazily and once each.
//
// Two Ajv instances: requests are checked against the document with the LexMessage schema delegated to
// @lexstandard/validator (generated from the same canonical schema, and the only way to get LEX codes and the
// business rules into a REJECTED acknowledgment); responses are checked against the full document, so every
// acknowledgment the server sends is checked against the file's LexMessage schema.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadOpenApi } from '@lexstandard/openapi';

type Json = Record<string, any>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const DOC_ID = 'lex-openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** JSON Pointer of the parameter's schema inside the document */
  schemaPointer: string;
}

export interface ResponseSpec {
  /** lower-case media type → the pointer of its schema */
  content: Map<string, { mediaType: string; schemaPointer: string | undefined }>;
  headers: string[];
}

export interface Operation {
  operationId: string;
  method: string;
  /** the path template of the document, e.g. /messages/{messageId} */
  path: string;
  parameters: ParameterSpec[];
  /** lower-case media type → its spelling in the document and schema pointer */
  requestContent: Map<string, { mediaType: string; schemaPointer: string | undefined }>;
  requestRequired: boolean;
  responses: Map<string, ResponseSpec>;
}

export interface SchemaIssue {
  pointer: string;
  message: string;
}

const lower = (s: string) => s.toLowerCase();

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const t = header.split(';')[0]!.trim().toLowerCase();
  return t || undefined;
}

function escapePointer(s: string) {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export class Contract {
  readonly doc: Json;
  readonly operations = new Map<string, Operation>();
  private readonly requestAjv: Ajv2020;
  private readonly responseAjv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: Json = loadOpenApi()) {
    this.doc = doc;
    if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1')) throw new Error(`the OpenAPI document is ${doc.openapi ?? 'not OpenAPI'}, expected 3.1.x`);
    const make = (d: Json) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
      addFormats(ajv);
      ajv.addSchema(d, DOC_ID);
      return ajv;
    };
    this.responseAjv = make(doc);
    const relaxed = structuredClone(doc);
    relaxed.components.schemas.LexMessage = { description: 'checked by @lexstandard/validator' };
    this.requestAjv = make(relaxed);
    this.readOperations();
  }

  /** Follows a local $ref (#/components/...) to its target. */
  resolve<T = Json>(node: Json): T {
    let n = node;
    for (let i = 0; i < 10 && n && typeof n.$ref === 'string'; i++) n = this.at(n.$ref);
    return n as T;
  }

  /** The value at a JSON Pointer (#/a/b) of the document. */
  at(ref: string): Json {
    if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
    let n: any = this.doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      n = n?.[key];
      if (n === undefined) throw new Error(`unresolvable reference ${ref}`);
    }
    return n;
  }

  private readOperations() {
    for (const [path, item] of Object.entries<Json>(this.doc.paths ?? {})) {
      const shared: Json[] = item.parameters ?? [];
      for (const method of METHODS) {
        const op: Json | undefined = item[method];
        if (!op) continue;
        if (typeof op.operationId !== 'string') throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
        const pointerBase = `#/paths/${escapePointer(path)}/${method}`;
        const params = new Map<string, ParameterSpec>();
        const addParams = (list: Json[], base: string) =>
          list.forEach((p, i) => {
            const ptr = p.$ref ?? `${base}/parameters/${i}`;
            const r = this.resolve(p);
            params.set(`${r.in}:${r.name}`, { name: r.name, in: r.in, required: r.required === true, schemaPointer: `${ptr}/schema` });
          });
        addParams(shared, `#/paths/${escapePointer(path)}`);
        addParams(op.parameters ?? [], pointerBase);

        const requestContent = new Map<string, { mediaType: string; schemaPointer: string | undefined }>();
        let requestRequired = false;
        if (op.requestBody) {
          const rbPtr = op.requestBody.$ref ?? `${pointerBase}/requestBody`;
          const rb = this.resolve(op.requestBody);
          requestRequired = rb.required === true;
          for (const [mt, m] of Object.entries<Json>(rb.content ?? {})) {
            requestContent.set(lower(mt), { mediaType: mt, schemaPointer: m.schema ? `${rbPtr}/content/${escapePointer(mt)}/schema` : undefined });
          }
        }
        const responses = new Map<string, ResponseSpec>();
        for (const [status, raw] of Object.entries<Json>(op.responses ?? {})) {
          const rPtr = raw.$ref ?? `${pointerBase}/responses/${status}`;
          const r = this.resolve(raw);
          const content = new Map<string, { mediaType: string; schemaPointer: string | undefined }>();
          for (const [mt, m] of Object.entries<Json>(r.content ?? {})) {
            content.set(lower(mt), { mediaType: mt, schemaPointer: m.schema ? `${rPtr}/content/${escapePointer(mt)}/schema` : undefined });
          }
          responses.set(status, { content, headers: Object.keys(r.headers ?? {}) });
        }
        this.operations.set(op.operationId, {
          operationId: op.operationId, method: method.toUpperCase(), path, parameters: [...params.values()],
          requestContent, requestRequired, responses,
        });
      }
    }
  }

  private validator(ajv: Ajv2020, which: string, pointer: string): ValidateFunction {
    const key = `${which}|${pointer}`;
    let v = this.cache.get(key);
    if (!v) {
      v = ajv.compile({ $ref: `${DOC_ID}${pointer}` });
      this.cache.set(key, v);
    }
    return v;
  }

  /** Compiles every schema the server uses now, so the first requests do not pay for it. */
  warm(): void {
    for (const op of this.operations.values()) {
      for (const p of op.parameters) this.validator(this.requestAjv, 'req', p.schemaPointer);
      for (const m of op.requestContent.values()) if (m.schemaPointer) this.validator(this.requestAjv, 'req', m.schemaPointer);
      for (const r of op.responses.values()) for (const m of r.content.values()) if (m.schemaPointer) this.validator(this.responseAjv, 'res', m.schemaPointer);
    }
  }

  /** Checks a parameter value against its schema; returns the problems (empty: valid). */
  checkParameter(p: ParameterSpec, value: unknown): SchemaIssue[] {
    const v = this.validator(this.requestAjv, 'req', p.schemaPointer);
    return v(value) ? [] : issues(v.errors, `${p.in} parameter ${p.name}`);
  }

  /** Checks a (parsed) request body against the operation's schema for its media type. */
  checkRequestBody(op: Operation, mediaType: string, value: unknown): SchemaIssue[] {
    const m = op.requestContent.get(lower(mediaType));
    if (!m?.schemaPointer) return [];
    const v = this.validator(this.requestAjv, 'req', m.schemaPointer);
    return v(value) ? [] : issues(v.errors, 'body');
  }

  /** The request schema's object (resolved), e.g. to read BatchRequest's maxItems. */
  requestSchema(op: Operation, mediaType: string): Json | undefined {
    const m = op.requestContent.get(lower(mediaType));
    return m?.schemaPointer ? this.resolve(this.at(m.schemaPointer)) : undefined;
  }

  /**
   * Checks a response against the document: the status is one the operation declares, the media type one
   * that status declares, the body valid against its schema. For a text body whose schema names a
   * contentSchema (XML-EDI, X12, EDIFACT), `decoded` is checked against that schema too. `expected`: JSON
   * Pointers where the body may break its schema (a stored message's values its acknowledgment accepted with a
   * warning); problems at them, or inside them, are not reported.
   */
  checkResponse(op: Operation, status: number, mediaType: string | undefined, body: unknown, decoded?: unknown, expected?: ReadonlySet<string>): SchemaIssue[] {
    const found = this.responseIssues(op, status, mediaType, body, decoded);
    return expected === undefined || expected.size === 0 ? found : found.filter((i) => !covered(i.pointer, expected));
  }

  private responseIssues(op: Operation, status: number, mediaType: string | undefined, body: unknown, decoded?: unknown): SchemaIssue[] {
    const spec = op.responses.get(String(status)) ?? op.responses.get(`${String(status)[0]}XX`) ?? op.responses.get('default');
    if (!spec) return [{ pointer: '', message: `status ${status} is not a documented response of ${op.operationId}` }];
    if (mediaType === undefined || body === undefined) {
      return spec.content.size === 0 ? [] : [{ pointer: '', message: `status ${status} of ${op.operationId} must have a body` }];
    }
    if (spec.content.size === 0) return [{ pointer: '', message: `status ${status} of ${op.operationId} has no body in the document` }];
    const m = spec.content.get(lower(mediaType));
    if (!m) return [{ pointer: '', message: `${mediaType} is not a documented media type of ${op.operationId} ${status} (${[...spec.content.values()].map((c) => c.mediaType).join(', ')})` }];
    if (!m.schemaPointer) return [];
    const v = this.validator(this.responseAjv, 'res', m.schemaPointer);
    const out = v(body) ? [] : issues(v.errors, 'response');
    const schema = this.resolve(this.at(m.schemaPointer));
    if (decoded !== undefined && schema.contentSchema) {
      const inner = this.validator(this.responseAjv, 'res', `${this.pointerOf(schema) ?? m.schemaPointer}/contentSchema`);
      if (!inner(decoded)) out.push(...issues(inner.errors, 'response (decoded)'));
    }
    return out;
  }

  /** The component pointer of a resolved schema object (used for contentSchema lookups). */
  private pointerOf(schema: Json): string | undefined {
    for (const [name, s] of Object.entries<Json>(this.doc.components?.schemas ?? {})) if (s === schema) return `#/components/schemas/${escapePointer(name)}`;
    return undefined;
  }

  /** The media types (document spelling) an operation may answer with this status. */
  responseMediaTypes(op: Operation, status: number): string[] {
    const spec = op.responses.get(String(status));
    return spec ? [...spec.content.values()].map((c) => c.mediaType) : [];
  }
}

/** `pointer` is one of `pointers` or inside one */
function covered(pointer: string, pointers: ReadonlySet<string>): boolean {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (pointers.has(p)) return true;
    if (p === '') return false;
  }
}

function issues(errors: ErrorObject[] | null | undefined, where: string): SchemaIssue[] {
  return (errors ?? []).slice(0, 20).map((e) => ({ pointer: e.instancePath, message: `${where}${e.instancePath ? ` ${e.instancePath}` : ''} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}` }));
}

interface AcceptEntry { type: string; sub: string; q: number; order: number }

function parseAccept(header: string): AcceptEntry[] {
  return header.split(',').map((part, order) => {
    const [range, ...params] = part.trim().split(';');
    const [type = '*', sub = '*'] = range!.trim().toLowerCase().split('/');
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k?.trim() === 'q') q = Number(v);
    }
    return { type, sub, q: Number.isFinite(q) ? q : 0, order };
  }).filter((e) => e.type);
}

/**
 * Content negotiation: the media type of `available` (document spelling) that the Accept header prefers;
 * `preferred` (when available and acceptable) wins ties. No Accept header, or an empty one, accepts anything.
 * Returns undefined when nothing available is acceptable.
 */
export function negotiate(accept: string | undefined, available: readonly string[], preferred?: string): string | undefined {
  if (available.length === 0) return undefined;
  const order = preferred && available.some((a) => lower(a) === lower(preferred)) ? [available.find((a) => lower(a) === lower(preferred))!, ...available.filter((a) => lower(a) !== lower(preferred))] : [...available];
  if (!accept || !accept.trim()) return order[0];
  const entries = parseAccept(accept);
  let best: { media: string; q: number; spec: number; rank: number } | undefined;
  order.forEach((media, rank) => {
    const [t, s] = lower(media).split('/') as [string, string];
    // the most specific matching range decides the quality of this media type
    let match: { q: number; spec: number } | undefined;
    for (const e of entries) {
      const spec = e.type === t && e.sub === s ? 2 : e.type === t && e.sub === '*' ? 1 : e.type === '*' ? 0 : -1;
      if (spec < 0) continue;
      if (!match || spec > match.spec) match = { q: e.q, spec };
    }
    if (!match || match.q <= 0) return;
    if (!best || match.q > best.q) best = { media, q: match.q, spec: match.spec, rank };
  });
  return best?.media;
}
