// The rules every schema file follows (schema/README.md), checked on every file and every property.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../src/emitters/validator.js';
import { loadModel, BASE_URI, type JsonSchema } from '../src/model/load.js';
import { repoRoot } from '../src/run.js';

const model = loadModel(join(repoRoot, 'schema'));

/** Every subschema of a file with its JSON Pointer inside the file. */
function* subschemas(node: unknown, at = ''): Generator<[string, JsonSchema]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const s = node as JsonSchema;
  yield [at, s];
  for (const key of ['properties', '$defs', 'patternProperties']) {
    for (const [name, sub] of Object.entries<JsonSchema>(s[key] ?? {})) yield* subschemas(sub, `${at}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'if', 'then', 'else', 'not', 'propertyNames']) {
    if (s[key] && typeof s[key] === 'object') yield* subschemas(s[key], `${at}/${key}`);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) (s[key] ?? []).forEach((sub: JsonSchema, i: number) => subschemas(sub, `${at}/${key}/${i}`));
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const [i, sub] of (s[key] ?? []).entries()) yield* subschemas(sub, `${at}/${key}/${i}`);
}

/** ajv with every file registered under its $id, strict mode, the x-lex vocabulary known. */
function ajvWithAllFiles() {
  const ajv = createAjv(model);
  for (const f of model.files) ajv.addSchema(f.schema);
  return ajv;
}

describe('schema files', () => {
  it('are many and each has an $id under the base URI, a unique title and a description', () => {
    expect(model.files.length).toBeGreaterThan(40);
    for (const f of model.files) {
      expect(f.id, f.path).toBe(BASE_URI + f.path);
      expect(f.schema.$schema, f.path).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(f.schema.description?.length, f.path).toBeGreaterThan(10);
    }
  });

  it('every file compiles in ajv strict mode (x-lex annotations included)', () => {
    const ajv = ajvWithAllFiles();
    for (const f of model.files) expect(() => ajv.getSchema(f.id), f.path).not.toThrow();
    expect(() => createAjv(model).compile(model.bundle)).not.toThrow();
  });

  it('every object closes its members (additionalProperties: false, or a typed map)', () => {
    for (const f of model.files) {
      for (const [at, s] of subschemas(f.schema)) {
        if (!s.properties || at.includes('/if') || at.includes('/then') || at.includes('/anyOf') || at.includes('/oneOf')) continue;
        expect(s.additionalProperties, `${f.path}#${at}`).toBe(false);
      }
    }
  });

  it('every property has a description and at least one example', () => {
    for (const f of model.files) {
      for (const [at, s] of subschemas(f.schema)) {
        if (!/\/properties\/[^/]+$/.test(at) || at.includes('/if/') || at.includes('/then/') || at.includes('/anyOf/') || s === true) continue;
        if (Object.keys(s).length === 0) continue;
        expect(typeof s.description === 'string' && s.description.length > 3, `${f.path}#${at} description`).toBe(true);
        expect(Array.isArray(s.examples) && s.examples.length > 0, `${f.path}#${at} examples`).toBe(true);
      }
    }
  });

  it('every example validates against its own field', () => {
    const ajv = ajvWithAllFiles();
    let checked = 0;
    for (const f of model.files) {
      for (const [at, s] of subschemas(f.schema)) {
        if (!Array.isArray(s.examples) || at === '') continue;
        const validate = ajv.getSchema(`${f.id}#${at}`)!;
        for (const example of s.examples) {
          const ok = validate(example);
          expect(ok, `${f.path}#${at} example ${JSON.stringify(example)}: ${JSON.stringify(validate.errors)}`).toBe(true);
          checked++;
        }
      }
      for (const example of f.schema.examples ?? []) expect(ajv.getSchema(f.id)!(example), `${f.path} example`).toBe(true);
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('every enum has a meaning for exactly its values', () => {
    let enums = 0;
    for (const f of model.files) {
      for (const [at, s] of subschemas(f.schema)) {
        if (!Array.isArray(s.enum) || at.includes('/if/')) continue;
        enums++;
        const meanings = s['x-lex']?.enum ?? {};
        expect(Object.keys(meanings).sort(), `${f.path}#${at}`).toEqual([...s.enum].map(String).sort());
        for (const [v, m] of Object.entries(meanings)) expect((m as string).length, `${f.path}#${at} ${v}`).toBeGreaterThan(3);
      }
    }
    expect(enums).toBeGreaterThan(50);
  });

  it('the x-lex vocabulary rejects a malformed annotation', () => {
    const ajv = createAjv(model);
    expect(() => ajv.compile({ type: 'string', 'x-lex': { x12: { segment: 'ref' } } })).toThrow(/x-lex/);
    expect(() => ajv.compile({ type: 'string', 'x-lex': { colour: 'red' } })).toThrow();
  });

  it('every error code a field names is in the catalogue', () => {
    const codes = new Set(model.errorCodes.map((c) => c.code));
    for (const field of model.fields) {
      if (field.lex.errorCode) expect(codes.has(field.lex.errorCode), field.path).toBe(true);
      if (field.lex.missingCode) expect(codes.has(field.lex.missingCode), field.path).toBe(true);
    }
  });
});

describe('the JSON-EDI table of the seeds is in the schema', () => {
  const byPath = new Map(model.fields.map((f) => [f.path, f]));
  const lead = (p: string) => byPath.get(`lex.payload.lead.${p}`);
  it('envelope and header', () => {
    for (const p of ['lex.version', 'lex.header.messageId', 'lex.header.messageType', 'lex.header.timestamp', 'lex.header.senderId', 'lex.header.receiverId']) expect(byPath.get(p)?.required, p).toBe(true);
    expect(byPath.get('lex.header.correlationId')?.required).toBe(false);
    expect(byPath.get('lex.header.messageType')?.enum?.map((e) => e.value)).toEqual(['LEAD', 'ASSET', 'ACKNOWLEDGMENT', 'SUBSCRIPTION', 'LEAD_CLOSURE']);
    expect(byPath.get('lex.header.timestamp')?.constraints.pattern).toMatch(/Z\$$/);
  });
  it('lead fields with their constraints', () => {
    expect(lead('leadId')?.constraints.maxLength).toBe(50);
    expect(lead('status')?.enum).toHaveLength(15);
    expect(lead('source')?.enum).toHaveLength(10);
    expect(lead('customer.firstName')?.constraints.maxLength).toBe(50);
    expect(lead('customer.lastName')?.constraints.maxLength).toBe(50);
    expect(lead('customer.email')?.condition).toBe('required unless phone is present');
    expect(lead('customer.phone')?.condition).toBe('required unless email is present');
    for (const p of ['street1', 'city', 'postalCode', 'country']) expect(lead(`customer.address.${p}`)?.required, p).toBe(true);
    for (const p of ['street2', 'state']) expect(lead(`customer.address.${p}`)?.required, p).toBe(false);
    expect(lead('customer.creditTier')?.enum?.map((e) => e.value)).toEqual(['SUPER_PRIME', 'PRIME', 'NEAR_PRIME', 'SUBPRIME', 'DEEP_SUBPRIME', 'UNKNOWN']);
    expect(lead('desiredProduct.factoryOrderPreference')?.enum).toHaveLength(6);
    expect(lead('desiredProduct.installedOptions[].source')?.enum?.map((e) => e.value)).toEqual(['FACTORY', 'DEALER_INSTALLED', 'AFTERMARKET', 'OEM_ACCESSORY']);
    expect(lead('desiredProduct.installedOptions[].name')?.required).toBe(true);
    expect(lead('financing.preferredLoanTerm')?.constraints.maximum).toBe(84);
    expect(lead('metadata.priority')?.enum?.map((e) => e.value)).toEqual(['LOW', 'NORMAL', 'HIGH', 'URGENT']);
    expect(lead('aviationLead.operatorCertificate')?.enum?.map((e) => e.value)).toEqual(['PART_91', 'PART_121', 'PART_135', 'EASA_AOC', 'PRIVATE']);
    expect(lead('maritimeLead.charterType')?.enum?.map((e) => e.value)).toEqual(['BARE_BOAT', 'TIME_CHARTER', 'VOYAGE_CHARTER', 'DEMISE', 'NONE']);
    for (const p of ['tradeIn.odometerStatus', 'tradeIn.titleStatus', 'tradeIn.payoffAmount', 'tradeIn.accidentHistory', 'tradeIn.vehicleHistoryReport', 'customer.fleetBuyer.fleetManagerEmail', 'customer.preferences.doNotText', 'heavyEquipmentLead.jobSiteAltitude', 'technologyLead.conflictMineralsComplianceRequired', 'metadata.customFields', 'metadata.expirationDate']) expect(lead(p), p).toBeDefined();
  });
  it('real estate has its 26 fields and compliance its 14 regimes plus US state laws', () => {
    const re = model.fields.filter((f) => /^lex\.payload\.lead\.realEstateLead\.[^.[\]]+$/.test(f.path));
    expect(re).toHaveLength(26);
    const regimes = model.fields.filter((f) => /^lex\.payload\.lead\.metadata\.compliance\.[^.]+$/.test(f.path)).map((f) => f.name);
    expect(regimes.sort()).toEqual(['appi', 'ccpa', 'consentRecord', 'dpdp', 'gdpr', 'lgpd', 'nfadp', 'pdpaSg', 'pdpaTh', 'pdplSa', 'pipaKr', 'pipeda', 'pipl', 'popia', 'ukGdpr', 'usStatePrivacy'].sort());
  });
  it('every wire place names a segment and every carried field is reachable', () => {
    const places = model.fields.flatMap((f) => [f.lex.x12, f.lex.edifact].flat().filter(Boolean));
    expect(places.length).toBeGreaterThan(60);
  });
});
