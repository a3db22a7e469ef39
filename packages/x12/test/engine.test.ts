// The engine is generic: no LEX field name appears in it as a string; the LEX layout lives in the generated
// table only.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { X12_TABLE } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..', 'src');
const fields: { name: string; pointer: string }[] = JSON.parse(readFileSync(join(here, '..', '..', 'schema', 'generated', 'fields.json'), 'utf8')).fields;

test('no LEX field name or pointer is a string literal of the engine', () => {
  const names = new Set(fields.map((f) => f.name));
  const found: string[] = [];
  for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const m of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
      const literal = m[1] ?? m[2] ?? '';
      if (names.has(literal) || literal.startsWith('/lex')) found.push(`${file}: ${literal}`);
    }
  }
  expect(found).toEqual([]);
});

test('the generated table: canonical order and loops', () => {
  const ids = X12_TABLE.segments.map((s) => s.id);
  expect(ids.slice(0, 2)).toEqual(['BEG', 'REF*TN']);
  expect(ids.indexOf('DTM*137')).toBeGreaterThan(ids.lastIndexOf('REF*ER'));
  expect(ids.indexOf('N1*01')).toBeGreaterThan(ids.indexOf('DTM*039'));
  expect(ids.indexOf('NM1*IL')).toBeGreaterThan(ids.indexOf('N1*SH'));
  expect(ids.indexOf('IT1******VC')).toBeGreaterThan(ids.indexOf('QTY*01'));
  expect(ids[ids.length - 1]).toBe('SAC*C');
  const loopOf = Object.fromEntries(X12_TABLE.segments.map((s) => [s.id, s.loop]));
  expect(loopOf['PER*IC']).toBe('NM1*IL');
  expect(loopOf['N3']).toBe('NM1*IL');
  expect(loopOf['PID*F*']).toBe('IT1******VC');
  expect(loopOf['MEA*OT*LB']).toBe('IT1******VT');
  expect(loopOf['REF*TN']).toBe('heading');
  expect(loopOf['SAC*C']).toBe('trailing');
  const per = X12_TABLE.segments.find((s) => s.id === 'PER*IC')!;
  expect(per.values.map((v) => [v.element, v.when])).toEqual([[4, [{ element: 3, value: 'EM' }]], [6, [{ element: 5, value: 'TE' }]]]);
  expect(X12_TABLE.implied).toEqual([{ pointer: '/lex/version', path: ['lex', 'version'], value: '1.0.0' }]);
});
