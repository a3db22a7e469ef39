// Bad input fails with a typed, positioned LexCodecError — never another error type, never a hang.
import { describe, expect, it } from 'vitest';
import { LexCodecError } from '@lexstandard/codec';
import { parseEdifact, parseEdifactInterchange, toEdifact } from '../src/index.js';
import { seed, seedJson } from './helpers.js';

const good = toEdifact(seedJson('minimal-lead.json'), { newline: true, controlReference: 'R1' }).output;

function failure(input: unknown, options = {}): LexCodecError {
  try {
    parseEdifact(input as string, options);
  } catch (e) {
    expect(e).toBeInstanceOf(LexCodecError);
    const err = e as LexCodecError;
    expect(err.format).toBe('edifact');
    expect(err.code).toMatch(/^EDIFACT_[A-Z_]+$/);
    return err;
  }
  throw new Error('expected a LexCodecError');
}

describe('bad input → LexCodecError with a code and a position', () => {
  const cases: [string, unknown, string, Record<string, unknown>?][] = [
    ['empty input', '', 'EDIFACT_NOT_EDIFACT', { offset: 0 }],
    ['blank input', ' \n\t', 'EDIFACT_NOT_EDIFACT'],
    ['not a string', 42, 'EDIFACT_NOT_EDIFACT'],
    ['an X12 interchange', seed('reference-lead.x12'), 'EDIFACT_NOT_EDIFACT', { offset: 0 }],
    ['XML', '<?xml version="1.0"?><lex/>', 'EDIFACT_NOT_EDIFACT'],
    ['JSON', '{"lex":{}}', 'EDIFACT_NOT_EDIFACT'],
    ['binary garbage', '\u0000\u0001\u0002\u00ff\u0003garbage', 'EDIFACT_NOT_EDIFACT', { offset: 0 }],
    ['binary inside a segment', good.replace('BGM+350', 'BGM\u0000350'), 'EDIFACT_NOT_EDIFACT', { segment: 4 }],
    ['missing UNB (starts with UNH)', good.slice(good.indexOf('UNH')), 'EDIFACT_MISSING_ENVELOPE', { segment: 1, tag: 'UNH' }],
    ['missing UNH (BGM outside a message)', good.replace(/UNH\+[^']*'\n/, ''), 'EDIFACT_MISSING_ENVELOPE', { segment: 3, tag: 'BGM', line: 3 }],
    ['missing UNT', good.replace(/UNT\+[^']*'\n/, ''), 'EDIFACT_MISSING_ENVELOPE', { tag: 'UNZ' }],
    ['missing UNZ', good.replace(/UNZ\+[^']*'\n/, ''), 'EDIFACT_MISSING_ENVELOPE'],
    ['no message at all', "UNA:+.? 'UNB+UNOC:3+A+B+260101:1200+1'UNZ+0+1'", 'EDIFACT_MISSING_ENVELOPE'],
    ['truncated inside a segment', good.slice(0, good.indexOf('LIN+') + 6), 'EDIFACT_TRUNCATED', { segment: 13, tag: 'LIN' }],
    ['truncated inside a message', good.slice(0, good.indexOf('LIN+')), 'EDIFACT_TRUNCATED'],
    ['truncated inside the UNB', "UNA:+.? 'UNB+UNOC:3+DEA", 'EDIFACT_TRUNCATED', { segment: 2, tag: 'UNB' }],
    ['truncated inside the UNA', 'UNA:+', 'EDIFACT_TRUNCATED', { segment: 1, tag: 'UNA' }],
    ['UNB followed by a letter', "UNA:+.? 'UNBxUNOC:3+A+B+260101:1200+1'", 'EDIFACT_BAD_DELIMITERS', { tag: 'UNB' }],
    ['UNA declaring one separator twice', "UNA::.? 'UNB:UNOC:3:A:B:260101:1200:1'", 'EDIFACT_BAD_DELIMITERS', { segment: 1, tag: 'UNA' }],
    ['no segment terminator anywhere', 'UNB+UNOC:3+A+B+260101:1200+1' + 'X'.repeat(5000), 'EDIFACT_BAD_DELIMITERS', { tag: 'UNB' }],
    ['a lower-case segment tag', good.replace('BGM+', 'bgm+'), 'EDIFACT_INVALID_SEGMENT', { segment: 4, line: 4, column: 1 }],
    ['a second interchange after the UNZ', `${good}UNB+UNOC:3+A+B+260101:1200+2'`, 'EDIFACT_TRAILING_DATA', { tag: 'UNB' }],
    ['two messages for parseEdifact', good.replace(/(UNH[\s\S]*UNT[^']*'\n)/, '$1$1').replace('UNZ+1', 'UNZ+2'), 'EDIFACT_MULTIPLE_MESSAGES', { tag: 'UNH' }],
  ];
  for (const [name, input, code, position] of cases) {
    it(name, () => {
      const e = failure(input);
      expect(e.code).toBe(code);
      if (position) expect(e.position).toMatchObject(position);
    });
  }
});

describe('counts and references: warnings, errors when strict', () => {
  const cases: [string, string, string, number][] = [
    ['UNT segment count', good.replace(/UNT\+12\+/, 'UNT+11+'), 'EDIFACT_SEGMENT_COUNT_MISMATCH', 14],
    ['UNT message reference', good.replace(/UNT\+12\+[^']*/, 'UNT+12+XYZ'), 'EDIFACT_MESSAGE_REFERENCE_MISMATCH', 14],
    ['UNZ message count', good.replace('UNZ+1+R1', 'UNZ+2+R1'), 'EDIFACT_MESSAGE_COUNT_MISMATCH', 15],
    ['UNZ control reference', good.replace('UNZ+1+R1', 'UNZ+1+R2'), 'EDIFACT_CONTROL_REFERENCE_MISMATCH', 15],
  ];
  for (const [name, input, code, segment] of cases) {
    it(name, () => {
      const r = parseEdifact(input);
      expect(r.warnings.map((w) => [w.code, w.position?.segment])).toEqual([[code, segment]]);
      expect(failure(input, { strict: true }).code).toBe(code);
      expect(r.message).toEqual(parseEdifact(good).message);
    });
  }
});

describe('linear time on hostile sizes', () => {
  it('a 50 MB single segment fails fast with EDIFACT_SEGMENT_TOO_LONG', () => {
    const head = "UNA:+.? 'UNB+UNOC:3+A+B+260101:1200+1'UNH+1+ALXLDE:D:96A:UN'FTX+AAA+";
    for (const body of ['A'.repeat(50 * 1024 * 1024), '+:'.repeat(25 * 1024 * 1024)]) {
      const t = performance.now();
      const e = failure(head + body + "'UNT+3+1'UNZ+1+1'");
      expect(e.code).toBe('EDIFACT_SEGMENT_TOO_LONG');
      expect(e.position).toMatchObject({ segment: 4 });
      expect(performance.now() - t).toBeLessThan(5000);
    }
  }, 30_000);

  it('a 50 MB UNB without terminator fails with EDIFACT_BAD_DELIMITERS at once', () => {
    const t = performance.now();
    expect(failure('UNB+' + 'A'.repeat(50 * 1024 * 1024)).code).toBe('EDIFACT_BAD_DELIMITERS');
    expect(performance.now() - t).toBeLessThan(5000);
  }, 30_000);

  it('a long but legal value is read when maxSegmentLength allows it', () => {
    const m = seedJson('minimal-lead.json');
    m.lex.payload.lead.customer.address.street1 = 'x'.repeat(2_000_000);
    const out = toEdifact(m).output;
    expect(failure(out).code).toBe('EDIFACT_SEGMENT_TOO_LONG');
    const r = parseEdifactInterchange(out, { maxSegmentLength: 4_000_000 });
    expect((r.messages[0]!.message.lex as any).payload.lead.customer.address.street1).toHaveLength(2_000_000);
  });

  it('every prefix of a valid interchange parses or fails with a LexCodecError', () => {
    const text = seed('reference-lead.edi');
    for (let n = 0; n <= text.length; n++) {
      try {
        parseEdifact(text.slice(0, n));
      } catch (e) {
        expect(e).toBeInstanceOf(LexCodecError);
      }
    }
  });
});
