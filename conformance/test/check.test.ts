import { describe, expect, it } from 'vitest';
import { checkAck, checkConversion, checkValidation, jsonDiff } from '../src/check.js';
import { tiersOf, type CaseResult } from '../src/runner.js';

describe('checks', () => {
  it('a validation must report the expected code at the expected pointer (and severity when given)', () => {
    const actual = { valid: false, errors: [{ code: 'X', path: '/a', severity: 'ERROR' }], warnings: [] };
    expect(checkValidation(actual, { valid: false, errors: [{ code: 'X', path: '/a' }] })).toEqual([]);
    expect(checkValidation(actual, { valid: false, errors: [{ code: 'X', path: '/b' }] })).toHaveLength(1);
    expect(checkValidation(actual, { valid: false, errors: [{ code: 'X', path: '/a', severity: 'CRITICAL' }] })).toHaveLength(1);
    expect(checkValidation(actual, { valid: true })).toHaveLength(2);
  });

  it('conversions compare exactly, or as a subset', () => {
    expect(checkConversion({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toEqual([]);
    expect(jsonDiff({ a: { b: 1 } }, { a: { b: 2, c: 3 } })).toEqual(['/a/b is 2, expected 1', '/a/c unexpected (3)']);
    expect(checkConversion({ a: 1, extra: true }, { a: 1 }, 'subset')).toEqual([]);
    expect(checkConversion({ a: 1 }, { a: 1, b: 2 }, 'subset')[0]).toMatch(/\/b missing/);
  });

  it('an ACK must answer the submitted messageId and may be required to repeat an earlier one', () => {
    const ack = (id: string, status: string) => ({ lex: { header: { messageType: 'ACKNOWLEDGMENT', messageId: id }, payload: { acknowledgment: { originalMessageId: 'm-1', status } } } });
    const ok = () => [];
    expect(checkAck(ack('a', 'RECEIVED'), { status: 'RECEIVED' }, 'M-1', [], ok)).toEqual([]);
    expect(checkAck(ack('a', 'RECEIVED'), { status: 'RECEIVED' }, 'm-2', [], ok)[0]).toMatch(/originalMessageId/);
    expect(checkAck(ack('a', 'RECEIVED'), { status: ['PROCESSED', 'RECEIVED'] }, undefined, [], ok)).toEqual([]);
    expect(checkAck(ack('b', 'RECEIVED'), { sameAsStep: 0 }, undefined, [ack('a', 'RECEIVED')], ok)[0]).toMatch(/same ACK as at step 0/);
    expect(checkAck(null, null, undefined, [], ok)).toEqual([]);
    expect(checkAck(null, { status: 'RECEIVED' }, undefined, [], ok)).toEqual(['expected an ACKNOWLEDGMENT message, got none']);
    expect(checkAck(ack('a', 'RECEIVED'), {}, undefined, [], () => ['BAD at /x'])[0]).toMatch(/not a valid LEX message: BAD/);
  });

  it('a tier is met only when it and every tier below pass', () => {
    const c = (id: string, level: 'L1' | 'L2' | 'L3', status: 'pass' | 'fail'): CaseResult => ({ id, title: id, level, kind: 'validate', file: 'f', status, failures: [], durationMs: 0 });
    const { tiers, highest } = tiersOf([c('a', 'L1', 'pass'), c('b', 'L2', 'fail'), c('d', 'L3', 'pass')], 'L3');
    expect(tiers.map((t) => [t.level, t.met, t.failed])).toEqual([['L1', true, []], ['L2', false, ['b']], ['L3', false, []]]);
    expect(highest).toBe('L1');
  });
});
