// Property: for every schema-valid LEAD message, JSON → X12 → JSON keeps every field X12 carries, identical,
// and every change is named by a warning (FIELD_NOT_CARRIED, X12_VALUE_SANITIZED, X12_EMPTY_VALUE …). The
// output is strict and node-x12 (strict mode) reads it. LEAD messages travel as 850s, ACKNOWLEDGMENTs as 824s.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { X12Parser } from 'node-x12';
import { parseX12, parseX12Interchange, toX12, toX12Interchange } from '../src/index.js';
import { expectedAfterRoundTrip, segmentsOf } from './helpers.js';

const arbitraryModule = await import('@lexstandard/codec/arbitrary');

/** warnings a valid message may get: each names the pointer it concerns */
const EXPLAINED = new Set(['FIELD_NOT_CARRIED', 'X12_VALUE_SANITIZED', 'X12_EMPTY_VALUE', 'X12_ENVELOPE_ID_TRUNCATED']);

function roundTrip(message: any): void {
  const out = toX12(message);
  for (const w of out.warnings) {
    expect(EXPLAINED.has(w.code), `${w.code} ${w.path}: ${w.message}`).toBe(true);
    expect(w.path).toMatch(/^\//);
  }
  // strict output, read by node-x12 in strict mode with the same segment count
  expect(out.output.indexOf('~')).toBe(105);
  const ic: any = new X12Parser(true).parse(out.output);
  const theirs = 2 + ic.functionalGroups.reduce((n: number, g: any) => n + 2 + g.transactions.reduce((m: number, t: any) => m + t.segments.length + 2, 0), 0);
  expect(theirs).toBe(segmentsOf(out.output).length);
  // and it parses back to the same carried values, without a warning
  const back = parseX12(out.output, { strict: true });
  expect(back.warnings).toEqual([]);
  expect(back.message).toEqual(expectedAfterRoundTrip(message, out.warnings));
}

describe('lexMessageArbitrary (schema-driven)', () => {
  const { lexMessageArbitrary, DELIMITER_ALPHABET } = arbitraryModule as any;

  test('JSON → X12 → JSON keeps every carried field', () => {
    fc.assert(fc.property(lexMessageArbitrary(), roundTrip), { numRuns: 150 });
  }, 60_000);

  test('values holding X12 separators are sanitized and reported, the rest stays identical', () => {
    fc.assert(fc.property(lexMessageArbitrary({ textAlphabet: DELIMITER_ALPHABET }), roundTrip), { numRuns: 100 });
  }, 60_000);

  test('ACKNOWLEDGMENT: JSON → X12 824 → JSON keeps every carried field', () => {
    fc.assert(fc.property(lexMessageArbitrary({ messageType: 'ACKNOWLEDGMENT' }), (message: any) => {
      roundTrip(message);
      expect(toX12(message).output).toContain('ST*824*');
    }), { numRuns: 150 });
  }, 60_000);

  test('ACKNOWLEDGMENT: values holding X12 separators are sanitized and reported, the rest stays identical', () => {
    fc.assert(fc.property(lexMessageArbitrary({ messageType: 'ACKNOWLEDGMENT', textAlphabet: DELIMITER_ALPHABET }), roundTrip), { numRuns: 100 });
  }, 60_000);

  test('an interchange mixing LEADs and ACKNOWLEDGMENTs round-trips each of them, one functional group per run of a set', () => {
    const either = fc.oneof(lexMessageArbitrary(), lexMessageArbitrary({ messageType: 'ACKNOWLEDGMENT' }));
    fc.assert(
      fc.property(fc.array(either, { minLength: 1, maxLength: 6 }), (messages: any[]) => {
        const out = toX12Interchange(messages);
        const ic: any = new X12Parser(true).parse(out.output);
        const runs = messages.filter((m, i) => i === 0 || m.lex.header.messageType !== messages[i - 1].lex.header.messageType).length;
        expect(ic.functionalGroups.length).toBe(runs);
        const back = parseX12Interchange(out.output, { strict: true });
        expect(back.warnings).toEqual([]);
        expect(back.messages.length).toBe(messages.length);
        back.messages.forEach((m, i) => expect(m.message).toEqual(expectedAfterRoundTrip(messages[i], toX12(messages[i]).warnings)));
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  test('an interchange of many messages round-trips each of them', () => {
    fc.assert(
      fc.property(fc.array(lexMessageArbitrary(), { minLength: 1, maxLength: 6 }), (messages) => {
        const out = toX12Interchange(messages);
        const back = parseX12Interchange(out.output, { strict: true });
        expect(back.messages.length).toBe(messages.length);
        back.messages.forEach((m, i) => expect(m.message).toEqual(expectedAfterRoundTrip(messages[i], toX12(messages[i]).warnings)));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
