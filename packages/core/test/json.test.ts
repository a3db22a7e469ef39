// JSON-EDI input: a message lacking what LEX requires is read as written, with a warning per missing field, as the
// X12, EDIFACT and XML readers report it; so a conversion says what the output will lack.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert, LexCodecError, parse, parseJson, readMessages, serialize, toJson, validate, writeMessages } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

describe('parseJson: required fields', () => {
  it('a valid message reads without warnings', () => {
    expect(parseJson(read('conformance/examples/seed/minimal-lead.json')).warnings).toEqual([]);
  });

  it('the seed JSON teaser: its missing source, address and product, the pointers the validator gives', () => {
    const text = read('conformance/examples/seed/home-page-lead.json');
    const { message, warnings } = parse(text);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      // (an object's own members first, in schema order, then those of the objects inside it)
      ['JSON_REQUIRED_FIELD_MISSING', '/lex/payload/lead/source'],
      ['JSON_REQUIRED_FIELD_MISSING', '/lex/payload/lead/desiredProduct'],
      ['JSON_REQUIRED_FIELD_MISSING', '/lex/payload/lead/customer/address'],
    ]);
    expect(message).toStrictEqual(JSON.parse(text));
    const required = validate(message, { now: message.lex.header.timestamp }).errors.filter((e) => e.code === 'REQUIRED_FIELD_MISSING').map((e) => e.path);
    expect([...required].sort()).toEqual(warnings.map((w) => w.path).sort());
  });

  it('a conversion of such a message carries the warnings (the output lacks the fields)', () => {
    const m = JSON.parse(read('conformance/examples/seed/minimal-lead.json'));
    delete m.lex.payload.lead.leadId;
    for (const to of ['edifact', 'xml', 'json'] as const) {
      const r = convert(JSON.stringify(m), to);
      expect(r.warnings.filter((w) => w.code === 'JSON_REQUIRED_FIELD_MISSING').map((w) => w.path)).toEqual(['/lex/payload/lead/leadId']);
    }
    // X12 will not write BEG03 (mandatory) empty: the message is refused, naming the field
    expect(() => convert(JSON.stringify(m), 'x12')).toThrow(/BEG03 is mandatory in X12 .*\/lex\/payload\/lead\/leadId/);
  });
});

describe('toJson and writeMessages: what JSON cannot hold', () => {
  it('a cycle, a BigInt or a value that is not a message: LexCodecError JSON_CANNOT_SERIALIZE, never a TypeError', async () => {
    const m = JSON.parse(readFileSync(new URL('../../../conformance/examples/seed/minimal-lead.json', import.meta.url), 'utf8'));
    const cyclic = structuredClone(m);
    cyclic.lex.payload.lead.customer.self = cyclic;
    const big = structuredClone(m);
    big.lex.payload.lead.desiredProduct.year = 2026n;
    for (const bad of [cyclic, big, null, 42, [m]]) {
      let thrown: unknown;
      try { toJson(bad); } catch (e) { thrown = e; }
      expect(thrown).toBeInstanceOf(LexCodecError);
      expect((thrown as LexCodecError).code).toBe('JSON_CANNOT_SERIALIZE');
    }
    // in a stream: that message is reported and the others are written
    const lines: string[] = [];
    const errors: string[] = [];
    const summary = await writeMessages([m, cyclic, m], 'json', (s) => { lines.push(s); }, { onError: (e) => { errors.push(e.code); } });
    expect(summary).toMatchObject({ written: 2, failed: 1 });
    expect(errors).toEqual(['JSON_CANNOT_SERIALIZE']);
    expect(lines.join('').trim().split('\n').map((l) => JSON.parse(l).lex.header.messageId)).toEqual([m.lex.header.messageId, m.lex.header.messageId]);
  });
});

describe('format arguments', () => {
  // a caller without the types (plain JavaScript, a value from a configuration file) passes any string
  const message = JSON.parse(readFileSync(new URL('../../../conformance/examples/seed/minimal-lead.json', import.meta.url), 'utf8'));
  const text = JSON.stringify(message);
  const badOption = (what: string, shown: string) => expect.objectContaining({ name: 'LexCodecError', code: 'BAD_OPTION', message: expect.stringContaining(`${what} is ${shown}, not one of json, xml, x12, edifact`) });

  it('an unknown format is BAD_OPTION naming the argument, in every entry point', async () => {
    expect(() => parse(text, { from: 'X12' as never })).toThrow(badOption('options.from', '"X12"'));
    expect(() => parse(text, { from: 'X12' as never })).toThrow(/formats are lower case: "x12"/);
    expect(() => serialize(message, 'yaml' as never)).toThrow(badOption('to', '"yaml"'));
    expect(() => convert(text, 7 as never)).toThrow(badOption('to', 'number'));
    expect(() => convert(text, 'xml', { from: null as never })).toThrow(badOption('options.from', 'null'));
    expect(() => readMessages([text], { from: 'ndjson' as never })).toThrow(badOption('options.from', '"ndjson"'));
    await expect(writeMessages([message], 'EDIFACT' as never, () => {})).rejects.toEqual(badOption('to', '"EDIFACT"'));
  });

  it('the four formats and an absent `from` still pass', async () => {
    for (const f of ['json', 'xml', 'x12', 'edifact'] as const) {
      const out = serialize(message, f).output;
      expect(parse(out, { from: f }).format).toBe(f);
      expect(parse(out).format).toBe(f);
    }
    const items = [];
    for await (const item of readMessages([text], {})) items.push(item);
    expect(items.map((i) => i.ok)).toEqual([true]);
  });
});
