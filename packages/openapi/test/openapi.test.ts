import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse, validate } from '@lexstandard/core';
import { toComponent } from '../../../generators/src/emitters/openapi.js';
import { buildFromRepo, canonicalJson } from '../src/build.js';
import { CANONICAL_EXAMPLE_FILE, OPENAPI_JSON_FILE, OPENAPI_YAML_FILE, PACKAGE_DIR, REPO_ROOT } from '../src/paths.js';

const doc = JSON.parse(readFileSync(OPENAPI_JSON_FILE, 'utf8'));
const bundle = JSON.parse(readFileSync(`${REPO_ROOT}/packages/schema/generated/lex.schema.json`, 'utf8'));
const canonical = JSON.parse(readFileSync(CANONICAL_EXAMPLE_FILE, 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const operations = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m], item })),
);
const resolve = (node: any): any => {
  if (!node?.$ref) return node;
  const target = node.$ref.slice(2).split('/').reduce((o: any, k: string) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  return resolve(target);
};

describe('lex-openapi.yaml', () => {
  it('is what the build produces now (no drift, no hand edits)', () => {
    const built = buildFromRepo();
    expect(readFileSync(OPENAPI_YAML_FILE, 'utf8')).toBe(built.yaml);
    expect(readFileSync(OPENAPI_JSON_FILE, 'utf8')).toBe(built.json);
    expect(parseYaml(built.yaml)).toEqual(doc);
  });

  it('passes redocly lint with the recommended ruleset: 0 errors, 0 warnings', () => {
    const run = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--extends=recommended', '--format=json', OPENAPI_YAML_FILE], {
      cwd: PACKAGE_DIR,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      timeout: 120_000,
    });
    const start = run.stdout.indexOf('{');
    expect(start, `no JSON report from redocly:\n${run.stdout}\n${run.stderr}`).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(run.stdout.slice(start));
    const problems = (report.problems ?? []).map((p: any) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  }, 120_000);

  it('is OpenAPI 3.1 with the endpoints of the LEX API', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(bundle.properties.lex.properties.version.const);
    expect(operations.map((o) => o.op.operationId).sort()).toEqual(
      ['cancelSubscription', 'createSubscription', 'getAcknowledgment', 'getConformanceReport', 'getMessage', 'getSchema', 'healthCheck', 'listSubscriptions', 'runConformance', 'submitAsset', 'submitBatch', 'submitLead', 'submitLeadClosure', 'submitMessage'].sort(),
    );
    expect(doc.paths['/messages'].post.operationId).toBe('submitMessage');
    expect(doc.paths['/messages/{messageId}'].get.operationId).toBe('getMessage');
    expect(doc.paths['/messages/{messageId}/acknowledgment'].get.operationId).toBe('getAcknowledgment');
    expect(doc.paths['/messages/batch'].post.operationId).toBe('submitBatch');
    expect(doc.paths['/schema/{messageType}'].get.operationId).toBe('getSchema');
    expect(doc.paths['/health'].get.operationId).toBe('healthCheck');
  });

  it('has error responses for every operation', () => {
    for (const { op, path, method } of operations) {
      const codes = Object.keys(op.responses);
      expect(codes.some((c) => c.startsWith('4')), `${method} ${path}`).toBe(true);
      expect(codes.some((c) => c.startsWith('5')), `${method} ${path}`).toBe(true);
      expect(codes.some((c) => c.startsWith('2')), `${method} ${path}`).toBe(true);
    }
  });

  it('declares OAuth 2.0 client credentials with the LEX scopes, and health needs no auth', () => {
    const oauth = doc.components.securitySchemes.oauth2;
    expect(oauth.type).toBe('oauth2');
    expect(Object.keys(oauth.flows.clientCredentials.scopes).sort()).toEqual(
      ['lex:assets:read', 'lex:assets:write', 'lex:closures:write', 'lex:conformance', 'lex:leads:read', 'lex:leads:write', 'lex:subscriptions:manage'].sort(),
    );
    expect(doc.paths['/health'].get.security).toEqual([]);
    for (const { op, path } of operations) if (path !== '/health' && path !== '/schema/{messageType}') expect(op.security.length, path).toBeGreaterThan(0);
  });

  it('components.schemas are the canonical bundle, refs pointed at components (no copies that can drift)', () => {
    // the emitter's own rewrite: $refs to components, explicit additionalProperties: true in if/then fragments
    const rewrite = (n: unknown) => toComponent(n, 'LexMessage');
    const { $defs: _d, ...root } = bundle;
    for (const [title, def] of Object.entries(bundle.$defs)) expect(doc.components.schemas[title], title).toEqual(rewrite(def));
    expect(doc.components.schemas.LexMessage).toEqual(rewrite(root));
  });

  it('spells no subschema as a bare boolean (Redoc throws on `"lead": true` when merging allOf)', () => {
    const booleans: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (typeof node === 'boolean') booleans.push(at);
      if (!node || typeof node !== 'object' || Array.isArray(node)) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' || key === '$defs') for (const [k, v] of Object.entries(value as object)) walk(v, `${at}/${key}/${k}`);
        else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(key)) (value as unknown[]).forEach((v, i) => walk(v, `${at}/${key}/${i}`));
        else if (['if', 'then', 'else', 'not', 'contains', 'propertyNames', 'items'].includes(key)) walk(value, `${at}/${key}`);
      }
    };
    for (const [title, schema] of Object.entries(doc.components.schemas)) walk(schema, title);
    expect(booleans).toEqual([]);
    // the canonical schema does use them, so the rewrite is exercised
    expect(JSON.stringify(bundle)).toContain('"lead":true');
    expect(toComponent({ properties: { a: true, b: false }, anyOf: [true] }, 'LexMessage')).toEqual({ properties: { a: {}, b: { not: {} } }, anyOf: [{}] });
  });

  it('message bodies $ref the canonical schema in all four media types', () => {
    const body = doc.paths['/messages'].post.requestBody.content;
    expect(Object.keys(body).sort()).toEqual(['application/EDI-X12', 'application/EDIFACT', 'application/json', 'application/xml'].sort());
    expect(body['application/json'].schema).toEqual({ $ref: '#/components/schemas/LexMessage' });
    for (const media of ['application/xml', 'application/EDI-X12', 'application/EDIFACT']) {
      const schema = resolve(body[media].schema);
      expect(schema.type).toBe('string');
      expect(schema.contentSchema).toEqual({ $ref: '#/components/schemas/LexMessage' });
    }
    expect(Object.keys(doc.paths['/messages/{messageId}'].get.responses['200'].content)).toHaveLength(4);
  });

  it('every LEX media type has examples, produced by the codecs from the canonical example', () => {
    let count = 0;
    const visit = (node: any, media?: string): void => {
      if (!node || typeof node !== 'object') return;
      if (media && /^application\/(json|xml|EDI-X12|EDIFACT)$/.test(media) && node.schema) {
        expect(node.examples ?? node.example, media).toBeDefined();
        count++;
      }
      for (const [k, v] of Object.entries<any>(node)) {
        if (k === 'content') for (const [m, mt] of Object.entries<any>(v)) visit(mt, m);
        else if (k !== 'schemas') visit(v);
      }
    };
    visit(doc.paths);
    visit(doc.components.responses);
    expect(count).toBeGreaterThan(20);

    const ex = (media: string) => (Object.values<any>(doc.paths['/messages'].post.requestBody.content[media].examples)[0] as any).value;
    expect(canonicalJson(ex('application/json'))).toBe(canonicalJson(canonical));
    expect(ex('application/xml')).toMatch(/<lex[\s>]/);
    expect(ex('application/EDI-X12')).toMatch(/^ISA/);
    expect(ex('application/EDIFACT')).toMatch(/^UN[AB]/);
    for (const media of ['application/xml', 'application/EDI-X12', 'application/EDIFACT']) {
      const back = parse(ex(media)).message as any;
      expect(back.lex.payload.lead.leadId, media).toBe(canonical.lex.payload.lead.leadId);
      expect(back.lex.payload.lead.customer.email, media).toBe(canonical.lex.payload.lead.customer.email);
    }
    expect(canonicalJson(parse(ex('application/xml')).message)).toBe(canonicalJson(canonical));
  });

  it('the REJECTED example carries the validator\'s codes and pointers', () => {
    const rejected = (Object.values<any>(doc.components.responses.ValidationFailed.content['application/json'].examples)[0] as any).value;
    expect(validate(rejected, { now: '2026-03-23T14:35:00Z' }).valid).toBe(true);
    const ack = rejected.lex.payload.acknowledgment;
    expect(ack.status).toBe('REJECTED');
    expect(ack.errors.map((e: any) => e.code)).toEqual(expect.arrayContaining(['REQUIRED_FIELD_MISSING', 'INVALID_ENUM_VALUE']));
    expect(ack.errors.every((e: any) => e.path.startsWith('/lex/'))).toBe(true);
  });

  it('names no hosts but its own servers and the reserved example domains (RFC 2606)', () => {
    const urls = [...readFileSync(OPENAPI_YAML_FILE, 'utf8').matchAll(/https?:\/\/[^\s'"<>)]+/g)].map((m) => m[0]);
    const allowed = /^https:\/\/(api|sandbox|auth)\.lexstandard\.org\/|^https:\/\/lexstandard\.org\/schema\/|^https:\/\/json-schema\.org\/draft\/2020-12\/schema$|^https:\/\/([a-z0-9-]+\.)*(example\.com|test)(\/|$)/;
    expect(urls.filter((u) => !allowed.test(u))).toEqual([]);
  });
});
