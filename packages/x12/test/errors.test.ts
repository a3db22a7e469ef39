// Bad input: a typed LexCodecError with a code and a position — never another error, never a hang.
import { describe, expect, test } from 'vitest';
import { LexCodecError } from '@lexstandard/codec';
import { parseX12, parseX12Interchange, toX12, toX12Interchange, X12Reader } from '../src/index.js';
import { runFuzz } from '../scripts/fuzz.js';
import { seedJson, seedText } from './helpers.js';

const good = toX12(seedJson('minimal-lead.json'), { controlNumber: 1 }).output;

function failure(text: string, options?: { strict?: boolean }): LexCodecError {
  try {
    parseX12(text, options);
  } catch (e) {
    expect(e).toBeInstanceOf(LexCodecError);
    return e as LexCodecError;
  }
  throw new Error('expected a LexCodecError');
}

describe('not X12 at all', () => {
  test.each([
    ['empty', '', 'X12_NOT_X12'],
    ['blank', '  \n\n ', 'X12_NOT_X12'],
    ['prose', 'Hello, this is not an interchange at all.', 'X12_NOT_X12'],
    ['JSON', JSON.stringify(seedJson('minimal-lead.json')), 'X12_NOT_X12'],
    ['XML', seedText('minimal-lead.xml'), 'X12_NOT_X12'],
    ['EDIFACT', seedText('reference-lead.edi'), 'X12_MISSING_ENVELOPE'],
    ['binary', String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'X12_NOT_X12'],
  ])('%s', (_, text, code) => {
    const e = failure(text);
    expect(e.code).toBe(code);
    expect(e.position?.segment).toBe(1);
    expect(e.format).toBe('x12');
  });

  test('binary garbage inside a valid interchange', () => {
    const at = good.indexOf('N3*');
    const e = failure(good.slice(0, at) + '\u0000\u0001\u0002' + good.slice(at));
    expect(e.code).toBe('X12_NOT_X12');
    expect(e.position?.segment).toBe(12);
    expect(failure(good.slice(0, at) + '\ufffd\ufffd' + good.slice(at)).code).toBe('X12_NOT_X12');
  });

  test('binary garbage after complete transactions: the same transactions and the same error at any chunking', () => {
    const three = toX12Interchange([seedJson('minimal-lead.json'), seedJson('home-page-lead.json'), seedJson('minimal-lead.json')]).output;
    const at = three.indexOf('N3*', three.indexOf('ST*850*0003'));
    const text = three.slice(0, at) + '\u0001' + three.slice(at);
    const settled = (size: number) => {
      const reader = new X12Reader();
      const items = [];
      for (let i = 0; i < text.length; i += size) items.push(...reader.pushSettled(text.slice(i, i + size)));
      items.push(...reader.endSettled());
      return items.map((x) => ('error' in x ? { error: x.error.code, position: x.error.position, fatal: x.fatal, control: x.control } : { transaction: x.control.transaction, warnings: x.warnings }));
    };
    const whole = settled(text.length);
    // before, the whole string was refused at once: the two transactions ahead of the garbage were lost
    expect(whole.map((x) => ('error' in x ? x.error : x.transaction))).toEqual(['0001', '0002', 'X12_NOT_X12']);
    expect(whole[2]).toMatchObject({ fatal: true, position: { offset: at, segment: text.slice(0, at).split('~').length } });
    for (const size of [1, 7, 64, 1000, at, at + 1]) expect(settled(size)).toEqual(whole);
    const e = failure(text);
    expect([e.code, e.position]).toEqual(['X12_NOT_X12', whole[2]!.position]);
  });

  test('non-string input', () => {
    expect(() => parseX12(42 as any)).toThrow(LexCodecError);
    expect(() => parseX12(Buffer.from(good) as any)).toThrow(LexCodecError);
    expect(() => parseX12Interchange(undefined as any)).toThrow(LexCodecError);
  });
});

describe('delimiters', () => {
  test('a letter as element separator', () => {
    const e = failure(good.replace(/\*/g, 'X'));
    expect(e.code).toBe('X12_BAD_DELIMITERS');
    expect(e.position).toMatchObject({ segment: 1, tag: 'ISA' });
  });
  test('ISA with 15 elements on its line', () => {
    const e = failure(seedText('reference-lead.x12').replace('*0*P*:', '*0*P:'));
    expect(e.code).toBe('X12_BAD_DELIMITERS');
  });
  test('a line break among the ISA separators: the same error, naming the elements before it, at any chunking', () => {
    const text = good.replace('*ZZ*', '\n*ZZ*');
    const whole = failure(text);
    expect([whole.code, whole.position?.element]).toEqual(['X12_BAD_DELIMITERS', 4]);
    expect(whole.message).toContain('4 elements before a line break');
    for (let cut = 1; cut < 120; cut++) {
      const reader = new X12Reader();
      let e: unknown;
      try {
        reader.push(text.slice(0, cut));
        reader.push(text.slice(cut));
        reader.end();
      } catch (thrown) {
        e = thrown;
      }
      expect([(e as LexCodecError).code, (e as LexCodecError).position], `cut at ${cut}`).toEqual([whole.code, whole.position]);
    }
  });
  test('component separator equal to a letter', () => {
    expect(failure(good.replace('*P*:~', '*P*A~')).code).toBe('X12_BAD_DELIMITERS');
  });
  test('segment terminator that is a letter or the element separator', () => {
    expect(failure(good.replace('*P*:~', '*P*:Z')).code).toBe('X12_BAD_DELIMITERS');
    expect(failure(good.replace('*P*:~', '*P*:*')).code).toBe('X12_BAD_DELIMITERS');
  });
  test('a next interchange with another segment terminator is refused, not read with the first one\'s (every value would end in "~")', () => {
    const newlines = good.replace(/~\n/g, '\n');
    let e: unknown;
    try { parseX12Interchange(newlines + good); } catch (x) { e = x; }
    expect(e).toBeInstanceOf(LexCodecError);
    expect((e as LexCodecError).code).toBe('X12_BAD_DELIMITERS');
    expect((e as LexCodecError).message).toMatch(/declares other separators than the interchange before it \(ISA16 ":~", in use ":"\)/);
    // the same separators: both interchanges are read
    expect(parseX12Interchange(good + good).messages).toHaveLength(2);
  });
  test('a next interchange written with another terminator or element separator is X12_BAD_DELIMITERS at its ISA, naming what differs (it was "truncated")', () => {
    const isaAt = good.split('\n').filter((l) => l.trim()).length + 1;
    const offset = good.length;
    const cases: [string, string, RegExp][] = [
      ['"|" ends its segments', good.replace(/~/g, '|'), /segment terminator "\|" \(in use "~"\)/],
      ['line breaks end its segments', good.replace(/~\n/g, '\n'), /segment terminator "\\n" \(in use "~"\)/],
      ['"|" separates its elements', good.replace(/\*/g, '|'), /element separator "\|" \(in use "\*"\)/],
      ['"|" separates, "!" ends', good.replace(/\*/g, '|').replace(/~/g, '!'), /element separator "\|" \(in use "\*"\), segment terminator "!" \(in use "~"\)/],
    ];
    for (const [what, second, message] of cases) {
      let e: unknown;
      try { parseX12Interchange(good + second); } catch (x) { e = x; }
      expect(e, what).toBeInstanceOf(LexCodecError);
      expect((e as LexCodecError).code, what).toBe('X12_BAD_DELIMITERS');
      expect((e as LexCodecError).message, what).toMatch(message);
      expect((e as LexCodecError).message, what).toMatch(/read each interchange on its own, or the input as a stream/);
      expect((e as LexCodecError).position, what).toEqual({ segment: isaAt, tag: 'ISA', offset });
      // the settled reader stops there too, after the first interchange's transaction
      const reader = new X12Reader();
      const settled = [...reader.pushSettled(good + second), ...reader.endSettled()];
      expect(settled.map((s) => ('error' in s ? `${s.error.code}${s.fatal ? ' fatal' : ''}` : 'ok')), what).toEqual(['ok', 'X12_BAD_DELIMITERS fatal']);
    }
    // a cut ISA that does not declare 16 elements yet is still truncated
    expect(() => parseX12Interchange(good + good.slice(0, 40))).toThrow(/ends inside segment/);
  });
  test('what a later ISA declares is read from its own segment only: the same answer at any chunking (the fuzzer found chunks of 8 giving another error)', () => {
    // a cut ISA, terminated: its 16th element separator would lie in the segments after it (no line break between)
    const oneLine = good.replace(/\n/g, '');
    const cutIsa = oneLine.slice(0, 45) + '~';
    for (const text of [oneLine + cutIsa + oneLine.slice(oneLine.indexOf('GS*')), oneLine.replace('N3*', cutIsa + 'N3*')]) {
      const settled = (size: number) => {
        const reader = new X12Reader();
        const items = [];
        for (let i = 0; i < text.length; i += size) items.push(...reader.pushSettled(text.slice(i, i + size)));
        items.push(...reader.endSettled());
        return items.map((x) => ('error' in x ? `${x.error.code} ${JSON.stringify(x.error.position)} ${x.error.message}` : x.control.transaction));
      };
      const whole = settled(text.length);
      // (the ISA is refused for what it is, an ISA of 6 elements, or an ISA inside a transaction; not for separators
      // read from the segments after it)
      expect(whole.join('\n')).not.toMatch(/declares other separators/);
      expect(whole.join('\n')).toMatch(/the ISA segment has 6 elements, not 16|ISA where SE was expected/);
      for (const size of [1, 4, 8, 12, 64, 1000]) expect(settled(size), `chunks of ${size}`).toEqual(whole);
    }
  });
  test('body written with other separators than the ISA declares', () => {
    const e = failure(good.replace(/\n(?!ISA)([A-Z0-9]+)\*/g, '\n$1|').replace(/~\n(?=[A-Z])/g, '~\n'));
    expect(['X12_MISSING_ENVELOPE', 'X12_INVALID_SEGMENT']).toContain(e.code);
    expect(e.position?.segment).toBe(2);
  });
});

describe('envelope', () => {
  const without = (tag: string) => good.split('\n').filter((l) => !l.startsWith(tag + '*')).join('\n');
  test.each([
    ['ISA', 'X12_MISSING_ENVELOPE', 1],
    ['GS', 'X12_MISSING_ENVELOPE', 2],
    ['ST', 'X12_MISSING_ENVELOPE', 3],
    ['SE', 'X12_MISSING_ENVELOPE', 17],
    ['GE', 'X12_MISSING_ENVELOPE', 18],
    ['IEA', 'X12_TRUNCATED', 18], // an interchange without IEA is incomplete; the position is the last segment (GE)
  ])('missing %s', (tag, code, segment) => {
    const e = failure(without(tag));
    expect(e.code).toBe(code);
    expect(e.position?.segment).toBe(segment);
  });
  test('a segment after IEA', () => {
    expect(failure(good + 'REF*LR*X~\n').code).toBe('X12_MISSING_ENVELOPE');
  });
  test('no transaction at all', () => {
    const lines = good.split('\n');
    const e = failure([lines[0], lines[1], 'GE*0*1~', 'IEA*1*000000001~'].join('\n'));
    expect(e.code).toBe('X12_MISSING_ENVELOPE');
  });
});

describe('truncation', () => {
  test('every prefix either parses or throws LexCodecError (mostly X12_TRUNCATED)', () => {
    const codes = new Map<string, number>();
    for (let n = 0; n < good.length; n++) {
      try {
        parseX12(good.slice(0, n));
        // only a prefix that lacks just the final terminator/newline may parse
        expect(good.slice(n).trim().length).toBeLessThanOrEqual(1);
      } catch (e) {
        expect(e).toBeInstanceOf(LexCodecError);
        codes.set((e as LexCodecError).code, (codes.get((e as LexCodecError).code) ?? 0) + 1);
      }
    }
    expect([...codes.keys()].sort()).toEqual(['X12_NOT_X12', 'X12_TRUNCATED']);
  });
  test('every prefix of the newline-terminated seed parses or throws LexCodecError', () => {
    const seed = seedText('reference-lead.x12');
    const lastLine = seed.trimEnd().lastIndexOf('\n') + 1;
    const codes = new Set<string>();
    for (let n = 0; n < seed.length; n++) {
      try {
        const r = parseX12(seed.slice(0, n));
        // with line breaks as terminators a cut inside the last line (IEA) cannot be told from a short IEA:
        // it parses, and a cut control number is reported
        expect(n).toBeGreaterThan(lastLine);
        if (n < seed.trimEnd().length) expect(r.warnings.map((w) => w.code)).toContain('X12_CONTROL_NUMBER_MISMATCH');
      } catch (e) {
        expect(e).toBeInstanceOf(LexCodecError);
        codes.add((e as LexCodecError).code);
      }
    }
    expect([...codes].sort()).toEqual(['X12_NOT_X12', 'X12_TRUNCATED']);
  });
  test('a cut inside a transaction names the last segment', () => {
    const cut = good.slice(0, good.indexOf('IT1*'));
    const e = failure(cut);
    expect(e.code).toBe('X12_TRUNCATED');
    expect(e.position).toMatchObject({ segment: 14, tag: 'PER' });
  });
  test('the final IEA without its terminator is read, with a warning', () => {
    const r = parseX12(good.trimEnd().slice(0, -1));
    expect(r.warnings.map((w) => w.code)).toEqual(['X12_MISSING_TERMINATOR']);
  });
});

describe('counts and control numbers', () => {
  const cases: [string, string, string, string, number][] = [
    ['SE01', 'SE*15*0001', 'SE*14*0001', 'X12_COUNT_MISMATCH', 17],
    ['SE02', 'SE*15*0001', 'SE*15*0002', 'X12_CONTROL_NUMBER_MISMATCH', 17],
    ['CTT01', 'CTT*1', 'CTT*3', 'X12_COUNT_MISMATCH', 16],
    ['GE01', 'GE*1*1', 'GE*2*1', 'X12_COUNT_MISMATCH', 18],
    ['GE02', 'GE*1*1', 'GE*1*9', 'X12_CONTROL_NUMBER_MISMATCH', 18],
    ['IEA01', 'IEA*1*000000001', 'IEA*2*000000001', 'X12_COUNT_MISMATCH', 19],
    ['IEA02', 'IEA*1*000000001', 'IEA*1*000000002', 'X12_CONTROL_NUMBER_MISMATCH', 19],
  ];
  for (const [name, from, to, code, segment] of cases) {
    test(`${name}: warning when lenient, error when strict`, () => {
      expect(good).toContain(from + '~');
      const bad = good.replace(from + '~', to + '~');
      const lenient = parseX12(bad);
      expect(lenient.warnings.map((w) => [w.code, w.position?.segment])).toEqual([[code, segment]]);
      const e = failure(bad, { strict: true });
      expect(e.code).toBe(code);
      expect(e.position?.segment).toBe(segment);
    });
  }
});

describe('size', () => {
  test('a 50 MB single segment is refused quickly', () => {
    const head = good.slice(0, good.indexOf('BEG*'));
    const huge = head + 'BEG*00*LE*' + 'A'.repeat(50 * 1024 * 1024) + '~\nSE*3*0001~\nGE*1*1~\nIEA*1*000000001~\n';
    const t0 = performance.now();
    const e = failure(huge);
    const ms = performance.now() - t0;
    expect(e.code).toBe('X12_SEGMENT_TOO_LONG');
    expect(e.position?.segment).toBe(4);
    expect(ms).toBeLessThan(1500);
  });

  test('a 50 MB segment without terminator, streamed in 64 KiB chunks, is refused before the end', () => {
    const reader = new X12Reader();
    reader.push(good.slice(0, good.indexOf('BEG*')) + 'BEG*00*LE*');
    const chunk = 'B'.repeat(64 * 1024);
    const t0 = performance.now();
    let pushed = 0;
    let error: unknown;
    try {
      for (; pushed < 800; pushed++) reader.push(chunk);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexCodecError);
    expect((error as LexCodecError).code).toBe('X12_SEGMENT_TOO_LONG');
    expect(pushed).toBeLessThan(20); // refused at 1 MiB, not after 50 MB
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test('the segment limit is an option', () => {
    expect(() => parseX12(good, { maxSegmentLength: 50 })).toThrow(LexCodecError);
    expect(() => parseX12(good, { maxSegmentLength: 200 })).not.toThrow();
  });
});

test('fuzz (short run): every input parses or throws LexCodecError', () => {
  const report = runFuzz(2000, 20260323);
  expect(report.failures).toEqual([]);
  expect(report.runs).toBeGreaterThan(1000);
  expect(report.slowest).toBeLessThan(500);
});
