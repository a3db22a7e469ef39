// Property: for schema-valid messages drawn from the schema, JSON → XML → JSON changes nothing, except what the
// serializer reported it left out; and the output is valid against the generated XSD.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, toXml, toXmlBatch } from '../src/index.js';
import { repo, without } from './helpers.js';

// the schema-driven arbitrary of @lexstandard/codec (built before this package's tests: turbo's test dependsOn build)
const arbitrary = await import('@lexstandard/codec/arbitrary');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env.CI) throw new Error('xmllint not found: CI must install libxml2-utils (.ci/run does)');
const ALL_TYPES = ['LEAD', 'ASSET', 'ACKNOWLEDGMENT', 'SUBSCRIPTION', 'LEAD_CLOSURE'] as const;
/** the payload types the arbitrary can draw today (it documents LEAD; others as it grows) */
const TYPES = ALL_TYPES.filter((messageType) => {
  try {
    arbitrary.lexMessageArbitrary({ messageType });
    return true;
  } catch {
    return false;
  }
});

describe('JSON → XML → JSON on generated messages', () => {
  it('keeps every field for every payload type (default and XML-delimiter alphabets)', () => {
    const { lexMessageArbitrary, DELIMITER_ALPHABET } = arbitrary;
    expect(TYPES).toContain('LEAD');
    for (const messageType of TYPES) {
      for (const textAlphabet of [undefined, DELIMITER_ALPHABET]) {
        fc.assert(
          fc.property(lexMessageArbitrary({ messageType, ...(textAlphabet ? { textAlphabet } : {}) }), (m) => {
            const out = toXml(m);
            const back = parseXml(out.output);
            expect(back.warnings).toEqual([]);
            // nothing the format carries changes; what it cannot carry is exactly what was reported
            expect(back.message).toStrictEqual(without(m, out.warnings.map((w) => w.path)));
            for (const w of out.warnings) expect(w.path).toBeTruthy();
          }),
          { numRuns: messageType === 'LEAD' ? 60 : 20 },
        );
      }
    }
  });

  it.skipIf(!hasXmllint)('writes XML the generated XSD accepts (xmllint)', () => {
    const { lexMessageArbitrary } = arbitrary;
    // a new draw every run, like fc.assert; the seed is in the failure message (LEX_XML_SEED=… reruns it)
    const seed = Number(process.env.LEX_XML_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const messages = TYPES.flatMap((messageType, i) => fc.sample(lexMessageArbitrary({ messageType }), { numRuns: messageType === 'LEAD' ? 40 : 10, seed: seed + i }));
    const { output } = toXmlBatch(messages);
    const dir = mkdtempSync(join(tmpdir(), 'lex-xml-prop-'));
    try {
      const file = join(dir, 'batch.xml');
      writeFileSync(file, output);
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(repo, 'packages/xml/src/generated/lex.xsd'), file], { encoding: 'utf8' });
      // what is left out (empty arrays and blocks, reported) is never required in a schema-valid message
      expect(r.stderr, `LEX_XML_SEED=${seed}`).toBe(`${file} validates\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
