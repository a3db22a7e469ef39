// jsonSyntaxError: where JSON text stops being JSON, the same on every engine (Node 20's JSON.parse names no
// position for most errors). It must agree with JSON.parse on what is JSON, and with V8 on the position where V8
// gives one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../src/index.js';

describe('jsonSyntaxError', () => {
  it('names the first offending character and what was expected there', () => {
    const cases: [string, number, string][] = [
      ['{"lex": x}', 8, 'unexpected character "x" where a value was expected'],
      ['hello\n', 0, 'unexpected character "h" where a value was expected'],
      ['', 0, 'unexpected end of input'],
      ['{"a":1,}', 7, 'unexpected "}" where a member name (a string) was expected'],
      ['[1,2', 4, 'unexpected end of input'],
      ['{"a":"xy', 8, 'unexpected end of input inside a string'],
      ['{"a" 1}', 5, 'unexpected "1" where ":" was expected'],
      ['{"a":tru}', 8, 'unexpected "}" where "true" was expected'],
      ['"a\u0001"', 2, 'control character U+0001 inside a string (it must be escaped)'],
      ['{"a":"\\q"}', 7, 'invalid escape \\q'],
      ['"\\u12G4"', 5, 'invalid \\u escape: "G" is not a hex digit'],
      ['01', 1, 'unexpected "1" after the JSON value'],
      ['1.', 2, 'unexpected end of input'],
      ['[1 2]', 3, 'unexpected "2" where "," or "]" was expected'],
      ['{"a":1}}', 7, 'unexpected "}" after the JSON value'],
      ['\ufeff{}', 0, 'unexpected character U+FEFF where a value was expected'],
    ];
    for (const [text, offset, reason] of cases) expect(jsonSyntaxError(text), text).toEqual({ offset, reason });
    for (const text of ['{}', '[]', ' [[],{}] ', '{"a":[{"b":null}],"c":-1.5e+3,"d":"\\u00e9\\n"}', '0', '"x"', 'true']) expect(jsonSyntaxError(text), text).toBeUndefined();
  });

  it('agrees with JSON.parse on damaged JSON, and with V8 on the position wherever V8 names one', () => {
    const damaged = fc
      .tuple(fc.json({ depthSize: 'medium' }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...'{}[]",:0-eE.\\ ntx\u0001é')), { minLength: 1, maxLength: 3 }))
      .map(([text, edits]) => {
        for (const [at, op, c] of edits) {
          const i = text.length ? at % text.length : 0;
          text = op === 0 ? text.slice(0, i) + text.slice(i + 1) : op === 1 ? text.slice(0, i) + c + text.slice(i) : text.slice(0, i);
        }
        return text;
      });
    let positioned = 0;
    fc.assert(
      fc.property(damaged, (text) => {
        let message: string | undefined;
        try {
          JSON.parse(text);
        } catch (e) {
          message = (e as Error).message;
        }
        const found = jsonSyntaxError(text);
        expect(found === undefined, text).toBe(message === undefined);
        const v8 = message && /at position (\d+)/.exec(message);
        if (v8 && found) {
          positioned++;
          expect(found.offset, text).toBe(Number(v8[1]));
        }
      }),
      { numRuns: 3000, seed: 8259 },
    );
    expect(positioned).toBeGreaterThan(300);
  });
});
