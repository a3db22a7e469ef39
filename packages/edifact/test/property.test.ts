// Property: every schema-valid LEAD (ORDERS) and ACKNOWLEDGMENT (APERAK) message drawn from the schema-driven arbitrary comes back from EDIFACT with
// every carried field identical, and FIELD_NOT_CARRIED names what is left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITER_ALPHABET, lexMessageArbitrary } from '@lexstandard/codec/arbitrary';
import { notCarried } from '@lexstandard/codec';
import { parseEdifact, parseEdifactInterchange, toEdifact, toEdifactInterchange } from '../src/index.js';
import { carried, withoutVersion } from './helpers.js';

describe('JSON → EDIFACT → JSON over lexMessageArbitrary', () => {
  it('keeps every carried field (default alphabet, accented letters)', () => {
    fc.assert(
      fc.property(lexMessageArbitrary(), (m) => {
        const out = toEdifact(m);
        const back = parseEdifact(out.output);
        expect(back.warnings).toEqual([]);
        expect(withoutVersion(back.message)).toEqual(carried(m, out.warnings));
        // every uncarried pointer is a real member of the message, and is one notCarried() reports
        const reported = new Set(notCarried(m, 'edifact').map((w) => w.path));
        for (const w of out.warnings.filter((x) => x.code === 'FIELD_NOT_CARRIED')) {
          expect(reported.has(w.path) || /\/\d+\//.test(w.path!)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every carried field when values are made of + : \' ? * ~ ^ < > & "', () => {
    fc.assert(
      fc.property(lexMessageArbitrary({ textAlphabet: DELIMITER_ALPHABET }), fc.boolean(), (m, newline) => {
        const out = toEdifact(m, { newline });
        const back = parseEdifact(out.output);
        expect(back.warnings).toEqual([]);
        expect(withoutVersion(back.message)).toEqual(carried(m, out.warnings));
      }),
      { numRuns: 150 },
    );
  });

  it('ACKNOWLEDGMENT: JSON → APERAK → JSON keeps every carried field', () => {
    fc.assert(
      fc.property(lexMessageArbitrary({ messageType: 'ACKNOWLEDGMENT' }), fc.boolean(), (m, newline) => {
        const out = toEdifact(m, { newline });
        expect(out.output).toContain('+APERAK:D:96A:UN:ALXACK');
        const back = parseEdifact(out.output);
        expect(back.warnings).toEqual([]);
        expect(withoutVersion(back.message)).toEqual(carried(m, out.warnings));
      }),
      { numRuns: 150 },
    );
  });

  it('ACKNOWLEDGMENT: keeps every carried field when values are made of + : \' ? * ~ ^ < > & "', () => {
    fc.assert(
      fc.property(lexMessageArbitrary({ messageType: 'ACKNOWLEDGMENT', textAlphabet: DELIMITER_ALPHABET }), (m) => {
        const out = toEdifact(m);
        const back = parseEdifact(out.output);
        expect(back.warnings).toEqual([]);
        expect(withoutVersion(back.message)).toEqual(carried(m, out.warnings));
      }),
      { numRuns: 100 },
    );
  });

  it('interchanges mixing LEADs (ORDERS) and ACKNOWLEDGMENTs (APERAK)', () => {
    const either = fc.oneof(lexMessageArbitrary(), lexMessageArbitrary({ messageType: 'ACKNOWLEDGMENT' }));
    fc.assert(
      fc.property(fc.array(either, { minLength: 1, maxLength: 4 }), (ms) => {
        const out = toEdifactInterchange(ms);
        const r = parseEdifactInterchange(out.output);
        expect(r.warnings).toEqual([]);
        expect(r.messages.map((x) => withoutVersion(x.message))).toEqual(ms.map((m) => carried(m, toEdifact(m).warnings)));
      }),
      { numRuns: 40 },
    );
  });

  it('interchanges of several messages', () => {
    fc.assert(
      fc.property(fc.array(lexMessageArbitrary(), { minLength: 1, maxLength: 4 }), (ms) => {
        const out = toEdifactInterchange(ms);
        const r = parseEdifactInterchange(out.output);
        expect(r.warnings).toEqual([]);
        expect(r.messages.map((x) => withoutVersion(x.message))).toEqual(ms.map((m) => carried(m, toEdifact(m).warnings)));
      }),
      { numRuns: 40 },
    );
  });
});
