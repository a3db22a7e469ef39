// The schema diff on fixture pairs: copy schema/ to a temp dir, change one thing, load both, classify.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type SchemaModel } from '../src/model/load.js';
import { diffSchemas, diffReport, renderMarkdown, requiredBump, type Change } from '../src/model/diff.js';
import { repoRoot } from '../src/run.js';

const schemaDir = join(repoRoot, 'schema');
const scratch: string[] = [];
let base: SchemaModel;

beforeAll(() => { base = loadModel(schemaDir); });
afterAll(() => { for (const d of scratch) rmSync(d, { recursive: true, force: true }); });

type Json = any;
/** A copy of schema/ with `edit` applied to the JSON of one file; returns the loaded new model. */
function mutate(file: string, edit: (json: Json) => void): SchemaModel {
  const dir = mkdtempSync(join(tmpdir(), 'lex-diff-'));
  scratch.push(dir);
  cpSync(schemaDir, dir, { recursive: true });
  const full = join(dir, file);
  const json = JSON.parse(readFileSync(full, 'utf8'));
  edit(json);
  writeFileSync(full, JSON.stringify(json, null, 2) + '\n');
  return loadModel(dir);
}

const diff = (file: string, edit: (json: Json) => void) => diffSchemas(base, mutate(file, edit));
const at = (changes: Change[], path: string) => changes.filter((c) => c.path === path);
const CUSTOMER = 'lex.payload.lead.customer';
const PRODUCT = 'lex.payload.lead.desiredProduct';

describe('diffSchemas', () => {
  it('finds nothing between a schema and itself', () => {
    const changes = diffSchemas(base, loadModel(schemaDir));
    expect(changes).toEqual([]);
    expect(requiredBump(changes)).toBe('none');
  });

  describe('breaking', () => {
    it('a field removed', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { delete s.properties.dateOfBirth; });
      expect(at(changes, `${CUSTOMER}.dateOfBirth`)).toMatchObject([{ kind: 'breaking', rule: 'field-removed' }]);
      expect(requiredBump(changes)).toBe('major');
    });

    it('a block removed is reported once, with its nested fields counted', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { delete s.properties.preferences; });
      const removed = changes.filter((c) => c.rule === 'field-removed');
      expect(removed).toHaveLength(1);
      expect(removed[0]).toMatchObject({ path: `${CUSTOMER}.preferences`, kind: 'breaking' });
      expect(removed[0]!.detail).toMatch(/nested field/);
    });

    it('a field renamed shows up as a removal plus an addition', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.birthDate = s.properties.dateOfBirth;
        delete s.properties.dateOfBirth;
      });
      expect(at(changes, `${CUSTOMER}.dateOfBirth`)).toMatchObject([{ kind: 'breaking', rule: 'field-removed' }]);
      expect(at(changes, `${CUSTOMER}.dateOfBirth`)[0]!.detail).toMatch(/renamed to birthDate\?/);
      expect(at(changes, `${CUSTOMER}.birthDate`)).toMatchObject([{ kind: 'additive', rule: 'field-added' }]);
      expect(requiredBump(changes)).toBe('major');
    });

    it('an enum value removed', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.creditTier.enum = s.properties.creditTier.enum.filter((v: string) => v !== 'DEEP_SUBPRIME');
        delete s.properties.creditTier['x-lex'].enum.DEEP_SUBPRIME;
        s.properties.creditTier['x-lex'].x12.codes = undefined;
      });
      expect(at(changes, `${CUSTOMER}.creditTier`)).toMatchObject([{ kind: 'breaking', rule: 'enum-value-removed', before: 'DEEP_SUBPRIME' }]);
    });

    it('an enum value renamed: removed plus added, breaking', () => {
      const changes = diff('types/lead-status.schema.json', (s) => {
        s.enum = s.enum.map((v: string) => (v === 'CART' ? 'BASKET' : v));
        s['x-lex'].enum.BASKET = s['x-lex'].enum.CART;
        delete s['x-lex'].enum.CART;
      });
      const status = at(changes, 'lex.payload.lead.status');
      expect(status).toContainEqual(expect.objectContaining({ kind: 'breaking', rule: 'enum-value-removed', before: 'CART' }));
      expect(status).toContainEqual(expect.objectContaining({ kind: 'additive', rule: 'enum-value-added', after: 'BASKET' }));
    });

    it('a field made required', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { s.required.push('dateOfBirth'); });
      expect(at(changes, `${CUSTOMER}.dateOfBirth`)).toMatchObject([{ kind: 'breaking', rule: 'field-made-required' }]);
    });

    it('a new required field', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.title = { description: 'Form of address.', type: 'string', maxLength: 20, examples: ['Dr'] };
        s.required.push('title');
      });
      expect(at(changes, `${CUSTOMER}.title`)).toMatchObject([{ kind: 'breaking', rule: 'field-added-required' }]);
    });

    it('a type changed', () => {
      const changes = diff('blocks/desired-product.schema.json', (s) => {
        s.properties.year = { ...s.properties.year, type: 'string', examples: ['2026'] };
        delete s.properties.year.minimum; delete s.properties.year.maximum;
      });
      expect(at(changes, `${PRODUCT}.year`)).toContainEqual(expect.objectContaining({ kind: 'breaking', rule: 'type-changed', before: 'integer', after: 'string' }));
    });

    it('maxLength narrowed, naming the field and both values', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { s.properties.firstName.maxLength = 40; });
      expect(changes).toEqual([expect.objectContaining({
        kind: 'breaking', rule: 'constraint-narrowed', path: `${CUSTOMER}.firstName`, detail: 'maxLength narrowed 50 → 40', before: 50, after: 40,
      })]);
    });

    it('a pattern changed', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { s.properties.firstName.pattern = '^[A-Za-z]+$'; });
      expect(at(changes, `${CUSTOMER}.firstName`)).toMatchObject([{ kind: 'breaking', rule: 'constraint-narrowed', detail: expect.stringMatching(/^pattern changed/) }]);
    });

    it('minimum raised, minLength added, array item constraint narrowed', () => {
      const changes = diff('blocks/desired-product.schema.json', (s) => {
        s.properties.year.minimum = 1950;
        s.properties.color.minLength = 2;
        s.properties.desiredFeatures.items.maxLength = 60;
      });
      expect(at(changes, `${PRODUCT}.year`)).toMatchObject([{ kind: 'breaking', detail: 'minimum narrowed 1900 → 1950' }]);
      expect(at(changes, `${PRODUCT}.color`)).toMatchObject([{ kind: 'breaking', detail: 'minLength 2 added' }]);
      expect(at(changes, `${PRODUCT}.desiredFeatures`)).toMatchObject([{ kind: 'breaking', detail: 'items.maxLength narrowed 80 → 60' }]);
    });

    it('an X12 place moved and an EDIFACT place removed', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.firstName['x-lex'].x12.element = 5;
        delete s.properties.firstName['x-lex'].edifact;
      });
      const c = at(changes, `${CUSTOMER}.firstName`);
      expect(c).toContainEqual(expect.objectContaining({ kind: 'breaking', rule: 'wire-moved', detail: 'X12 place moved: NM1[1=IL]/4 → NM1[1=IL]/5' }));
      expect(c).toContainEqual(expect.objectContaining({ kind: 'breaking', rule: 'wire-moved', detail: expect.stringMatching(/^no longer carried by EDIFACT/) }));
    });

    it('an XML element renamed', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { s.properties.firstName['x-lex'].xml = { element: 'GivenName' }; });
      expect(at(changes, `${CUSTOMER}.firstName`)).toMatchObject([{ kind: 'breaking', rule: 'wire-moved', detail: 'XML element FirstName → GivenName' }]);
    });

    it('an error code removed from the catalogue', () => {
      const changes = diff('error-codes.json', (s) => { s.codes = s.codes.filter((c: Json) => c.code !== 'PHONE_NOT_E164'); });
      expect(changes).toEqual([expect.objectContaining({ kind: 'breaking', rule: 'error-code-removed', path: 'errorCodes.PHONE_NOT_E164' })]);
    });

    it('a lifecycle transition removed', () => {
      const changes = diff('lead-lifecycle.json', (s) => { s.transitions.CART = s.transitions.CART.filter((t: string) => t !== 'EXPLORING'); });
      expect(changes).toEqual([expect.objectContaining({ kind: 'breaking', rule: 'transition-removed', path: 'lifecycle.CART→EXPLORING' })]);
    });

    it('a keyword the diff cannot classify counts as breaking', () => {
      const changes = diff('blocks/lead-metadata.schema.json', (s) => { s.properties.customFields.propertyNames.pattern = '^[a-z]+$'; });
      expect(changes).toMatchObject([{ kind: 'breaking', rule: 'structure-changed', path: 'lex.payload.lead.metadata.customFields' }]);
    });

    it('a conditional requirement changed (an anyOf of required members)', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.anyOf = [s.anyOf[0], { type: 'object', required: ['dateOfBirth'], properties: { dateOfBirth: true } }];
      });
      expect(at(changes, `${CUSTOMER}.email`)).toMatchObject([{ kind: 'breaking', rule: 'condition-changed', detail: 'requirement changed: required unless phone is present → required unless dateOfBirth is present' }]);
      expect(at(changes, `${CUSTOMER}.dateOfBirth`)).toMatchObject([{ kind: 'breaking', rule: 'field-made-required', detail: 'now required unless email is present' }]);
      expect(at(changes, `${CUSTOMER}.phone`)).toMatchObject([{ kind: 'additive', rule: 'field-made-optional' }]);
      expect(requiredBump(changes)).toBe('major');
    });

    it('a new if/then rule in the envelope is breaking', () => {
      const changes = diff('lex.schema.json', (s) => {
        const rule = structuredClone(s.properties.lex.allOf[0]);
        rule.then.properties.payload.properties = { lead: { required: ['customer'] } };
        s.properties.lex.allOf.push(rule);
      });
      expect(changes).toMatchObject([{ kind: 'breaking', rule: 'requirement-added', path: 'lex' }]);
    });

    it('a new if/then rule that only concerns a new enum value is additive', () => {
      const dir = mkdtempSync(join(tmpdir(), 'lex-diff-'));
      scratch.push(dir);
      cpSync(schemaDir, dir, { recursive: true });
      const headerFile = join(dir, 'header.schema.json');
      const header = JSON.parse(readFileSync(headerFile, 'utf8'));
      const mt = header.properties.messageType;
      const target = mt.$ref ? join(dir, mt.$ref) : undefined;
      const holder = target ? JSON.parse(readFileSync(target, 'utf8')) : mt;
      holder.enum.push('QUOTE');
      holder['x-lex'].enum.QUOTE = 'A price quote.';
      if (target) writeFileSync(target, JSON.stringify(holder)); else writeFileSync(headerFile, JSON.stringify(header));
      const envFile = join(dir, 'lex.schema.json');
      const env = JSON.parse(readFileSync(envFile, 'utf8'));
      const rule = structuredClone(env.properties.lex.allOf[0]);
      rule.if.properties.header.properties.messageType.const = 'QUOTE';
      env.properties.lex.allOf.push(rule);
      writeFileSync(envFile, JSON.stringify(env));
      const changes = diffSchemas(base, loadModel(dir));
      expect(changes.map((c) => [c.kind, c.rule])).toContainEqual(['additive', 'requirement-relaxed']);
      expect(changes.map((c) => [c.kind, c.rule])).toContainEqual(['additive', 'enum-value-added']);
      expect(requiredBump(changes)).toBe('minor');
    });
  });

  describe('additive', () => {
    it('a new optional field', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.nickname = { description: 'What the customer likes to be called.', type: 'string', maxLength: 50, examples: ['Jay'] };
      });
      expect(changes).toEqual([expect.objectContaining({ kind: 'additive', rule: 'field-added', path: `${CUSTOMER}.nickname` })]);
      expect(requiredBump(changes)).toBe('minor');
    });

    it('a new enum value', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.creditTier.enum.push('THIN_FILE');
        s.properties.creditTier['x-lex'].enum.THIN_FILE = 'Too little credit history to score.';
      });
      expect(at(changes, `${CUSTOMER}.creditTier`)).toMatchObject([{ kind: 'additive', rule: 'enum-value-added', after: 'THIN_FILE' }]);
      expect(requiredBump(changes)).toBe('minor');
    });

    it('an array item type widened to a union (it was read as "string,null[]", a type change)', () => {
      const STATES = 'lex.payload.lead.metadata.compliance.usStatePrivacy.statesOptedOut';
      const widen = (s: Json) => { s.properties.statesOptedOut.items.type = ['string', 'null']; };
      const changes = diff('compliance/regimes/us-state-privacy.schema.json', widen);
      expect(changes).toEqual([expect.objectContaining({ kind: 'additive', rule: 'type-widened', path: STATES, before: 'string[]', after: 'string|null[]' })]);
      // and back: narrowed
      const narrowed = diffSchemas(mutate('compliance/regimes/us-state-privacy.schema.json', widen), base);
      expect(narrowed).toEqual([expect.objectContaining({ kind: 'breaking', rule: 'type-changed', path: STATES })]);
    });

    it('a constraint widened or removed', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.firstName.maxLength = 80;
        delete s.properties.lastName.pattern;
      });
      expect(at(changes, `${CUSTOMER}.firstName`)).toMatchObject([{ kind: 'additive', rule: 'constraint-widened', detail: 'maxLength widened 50 → 80' }]);
      expect(at(changes, `${CUSTOMER}.lastName`)).toMatchObject([{ kind: 'additive', rule: 'constraint-widened', detail: expect.stringMatching(/^pattern .* removed$/) }]);
      expect(requiredBump(changes)).toBe('minor');
    });

    it('fields made optional: a required member, and an anyOf of required members dropped', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.required = s.required.filter((r: string) => r !== 'address');
        delete s.anyOf;
      });
      expect(at(changes, `${CUSTOMER}.address`)).toMatchObject([{ kind: 'additive', rule: 'field-made-optional', detail: 'made optional' }]);
      expect(at(changes, `${CUSTOMER}.email`)).toMatchObject([{ kind: 'additive', rule: 'field-made-optional', detail: 'no longer required unless phone is present' }]);
      expect(at(changes, `${CUSTOMER}.phone`)).toMatchObject([{ kind: 'additive', rule: 'field-made-optional' }]);
      expect(requiredBump(changes)).toBe('minor');
    });

    it('an if/then rule dropped from the envelope', () => {
      const changes = diff('lex.schema.json', (s) => { s.properties.lex.allOf.pop(); });
      expect(changes).toMatchObject([{ kind: 'additive', rule: 'requirement-relaxed', path: 'lex' }]);
    });

    it('a wire place for a field that was not carried', () => {
      const changes = diff('blocks/desired-product.schema.json', (s) => {
        s.properties.color['x-lex'] = { x12: { segment: 'PID', match: { '1': 'F', '3': 'CL' }, element: 5 } };
      });
      expect(at(changes, `${PRODUCT}.color`)).toMatchObject([{ kind: 'additive', rule: 'wire-added', detail: 'now carried by X12 at PID[1=F,3=CL]/5' }]);
    });

    it('a new error code and a new lifecycle transition', () => {
      const codes = diff('error-codes.json', (s) => { s.codes.push({ code: 'NEW_RULE', level: 'L3', severity: 'WARNING', source: 'business-rule', rule: 'Something new.' }); });
      expect(codes).toEqual([expect.objectContaining({ kind: 'additive', rule: 'error-code-added', path: 'errorCodes.NEW_RULE' })]);
      const life = diff('lead-lifecycle.json', (s) => { s.transitions.IN_DELIVERY.push('ORDER'); });
      expect(life).toEqual([expect.objectContaining({ kind: 'additive', rule: 'transition-added', path: 'lifecycle.IN_DELIVERY→ORDER' })]);
    });

    it('a new shared block referenced by a new optional field', () => {
      const dir = mkdtempSync(join(tmpdir(), 'lex-diff-'));
      scratch.push(dir);
      cpSync(schemaDir, dir, { recursive: true });
      writeFileSync(join(dir, 'blocks/loyalty.schema.json'), JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://lexstandard.org/schema/1.0/blocks/loyalty.schema.json',
        title: 'Loyalty', description: 'Loyalty programme membership.', type: 'object', additionalProperties: false,
        required: ['programme'],
        properties: { programme: { description: 'Programme name.', type: 'string', maxLength: 50, examples: ['Gold'] } },
      }));
      const file = join(dir, 'blocks/customer.schema.json');
      const s = JSON.parse(readFileSync(file, 'utf8'));
      s.properties.loyalty = { description: 'Loyalty membership.', $ref: 'loyalty.schema.json', examples: [{ programme: 'Gold' }] };
      writeFileSync(file, JSON.stringify(s));
      const changes = diffSchemas(base, loadModel(dir));
      expect(changes).toEqual([
        expect.objectContaining({ kind: 'additive', rule: 'field-added', path: `${CUSTOMER}.loyalty`, detail: 'new optional field (with 1 nested field)' }),
        expect.objectContaining({ kind: 'additive', rule: 'type-added', path: 'types.Loyalty' }),
      ]);
    });
  });

  describe('editorial', () => {
    it('descriptions and examples', () => {
      const changes = diff('blocks/customer.schema.json', (s) => {
        s.properties.firstName.description = 'The given name of the primary contact.';
        s.properties.firstName.examples.push('Zoë');
        s.description = 'The customer.';
      });
      expect(changes.map((c) => [c.kind, c.rule, c.path])).toEqual([
        ['editorial', 'description-changed', `${CUSTOMER}.firstName`],
        ['editorial', 'examples-changed', `${CUSTOMER}.firstName`],
        ['editorial', 'description-changed', 'types.Customer'],
      ]);
      expect(requiredBump(changes)).toBe('patch');
    });

    it('a shared type\'s examples, and the description of array items (they were not reported at all)', () => {
      const changes = diff('types/utc-timestamp.schema.json', (s) => { s.examples = ['2026-12-31T23:59:59Z']; });
      expect(changes.map((c) => [c.kind, c.rule, c.path])).toEqual([['editorial', 'examples-changed', 'types.UtcTimestamp']]);
      const items = diff('compliance/regimes/us-state-privacy.schema.json', (s) => { s.properties.statesOptedOut.items.description = 'A USPS state code.'; });
      expect(items.map((c) => [c.kind, c.rule, c.path])).toEqual([['editorial', 'description-changed', 'lex.payload.lead.metadata.compliance.usStatePrivacy.statesOptedOut[]']]);
      expect(requiredBump(items)).toBe('patch');
    });

    it('an enum meaning reworded', () => {
      const changes = diff('blocks/customer.schema.json', (s) => { s.properties.creditTier['x-lex'].enum.PRIME = 'Good credit.'; });
      expect(at(changes, `${CUSTOMER}.creditTier`)).toMatchObject([{ kind: 'editorial', rule: 'enum-meaning-changed' }]);
    });
  });

  it('requiredBump takes the highest kind', () => {
    const c = (kind: Change['kind']): Change => ({ kind, rule: 'x', path: 'p', detail: 'd' });
    expect(requiredBump([])).toBe('none');
    expect(requiredBump([c('editorial')])).toBe('patch');
    expect(requiredBump([c('editorial'), c('additive')])).toBe('minor');
    expect(requiredBump([c('additive'), c('breaking'), c('editorial')])).toBe('major');
  });

  it('renders a Markdown report and a JSON report', () => {
    const changes = diff('blocks/customer.schema.json', (s) => {
      s.properties.firstName.maxLength = 40;
      s.properties.nickname = { description: 'Nickname | alias.', type: 'string', maxLength: 50, examples: ['Jay'] };
    });
    const report = diffReport(changes, { source: 'old', version: base.version }, { source: 'new', version: base.version });
    expect(report).toMatchObject({ verdict: 'breaking', bump: 'major', counts: { breaking: 1, additive: 1, editorial: 0 } });
    const md = renderMarkdown(report);
    expect(md).toContain('**Verdict: BREAKING — this change needs a `major` changeset**');
    expect(md).toContain('| `lex.payload.lead.customer.firstName` | maxLength narrowed 50 → 40 | `constraint-narrowed` | 50 | 40 |');
    expect(md).toContain('### Additive — needs a minor changeset (1)');
  });
});
