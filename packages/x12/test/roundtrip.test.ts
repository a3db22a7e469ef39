// JSON → X12 → JSON keeps everything X12 carries; everything else is named by a FIELD_NOT_CARRIED warning.
// Output is strict, and an independent parser (node-x12, strict mode) reads it.
import { describe, expect, test } from 'vitest';
import { X12Parser } from 'node-x12';
import { LexCodecError } from '@lexstandard/codec';
import { validate } from '@lexstandard/validator';
import { parseX12, parseX12Interchange, toX12, toX12Interchange, X12InterchangeWriter, X12Reader } from '../src/index.js';
import { expectedAfterRoundTrip, fixture, removePointer, segmentsOf, seedJson } from './helpers.js';

const minimal = seedJson('minimal-lead.json');
const home = seedJson('home-page-lead.json');
const rich = fixture('rich-lead.json');

/** Segment count node-x12 sees: ISA, IEA, and per group GS, GE and each transaction's ST, body, SE. */
function nodeX12Count(output: string): { segments: number; transactions: number } {
  const ic: any = new X12Parser(true).parse(output);
  let segments = 2;
  let transactions = 0;
  for (const g of ic.functionalGroups) {
    segments += 2;
    for (const t of g.transactions) {
      segments += t.segments.length + 2;
      transactions++;
    }
  }
  return { segments, transactions };
}

/** The strict-output invariants, checked on the text itself. */
function checkStrict(output: string, transactions: number): void {
  expect(output.indexOf('~')).toBe(105); // ISA is exactly 106 characters with its terminator
  const segs = segmentsOf(output).map((s) => s.split('*'));
  const isa = segs[0]!, gs = segs[1]!, ge = segs[segs.length - 2]!, iea = segs[segs.length - 1]!;
  expect(isa[0]).toBe('ISA');
  expect(isa.length).toBe(17);
  expect(isa[13]).toMatch(/^\d{9}$/);
  expect(isa[11]).toBe('^');
  expect(isa[12]).toBe('00501');
  expect(isa[16]).toBe(':');
  expect(isa[5]).toBe('ZZ');
  expect(isa[7]).toBe('ZZ');
  expect(isa[6]!.length).toBe(15);
  expect(isa[8]!.length).toBe(15);
  expect(gs[0]).toBe('GS');
  expect(gs[1]).toBe('ALX');
  expect(iea).toEqual(['IEA', '1', isa[13]]); // IEA02 = ISA13
  expect(ge).toEqual(['GE', String(transactions), gs[6]]); // GE02 = GS06
  let st = -1;
  let lines = 0;
  let seen = 0;
  segs.forEach((s, i) => {
    if (s[0] === 'ST') {
      st = i;
      lines = 0;
      expect(s[1]).toBe('850');
      expect(s[3]).toBe('ALX001');
    }
    if (s[0] === 'IT1') lines++;
    if (s[0] === 'CTT') expect(s[1]).toBe(String(lines)); // CTT01 = number of IT1
    if (s[0] === 'SE') {
      expect(s[1]).toBe(String(i - st + 1)); // SE01 = segments ST … SE
      expect(s[2]).toBe(segs[st]![2]);
      seen++;
    }
  });
  expect(seen).toBe(transactions);
}

describe('toX12: strict output', () => {
  test('minimal seed lead', () => {
    const { output, warnings } = toX12(minimal);
    checkStrict(output, 1);
    // the receiverId is 16 characters: truncated in ISA08, carried whole in N1*SH
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['X12_ENVELOPE_ID_TRUNCATED', '/lex/header/receiverId']]);
    expect(output).toContain('ISA*00*          *00*          *ZZ*DEALER-001     *ZZ*MANUFACTURER-AB*260323*1430*^*00501*');
    expect(output).toContain('N1*SH*MANUFACTURER-ABC~');
    expect(output).toContain('DTM*137*20260323*143000*UT~');
    expect(output).toContain('BEG*00*LE*LEAD-2026-001234**20260323~');
    expect(output).toContain('REF*TN*550e8400-e29b-41d4-a716-446655440000~');
  });

  test('the segment order of the table', () => {
    const tags = segmentsOf(toX12(rich).output).map((s) => s.split('*').slice(0, 2).join('*'));
    expect(tags).toEqual([
      'ISA*00', 'GS*ALX', 'ST*850', 'BEG*00',
      'REF*TN', 'REF*CR', 'REF*LR', 'REF*LS', 'REF*LT', 'REF*PO', 'REF*SR', 'REF*PK', 'REF*AC', 'REF*SC', 'REF*SC', 'REF*ER',
      'DTM*137', 'DTM*039',
      'N1*01', 'N1*SH',
      'NM1*IL', 'N3*4820 Hillsboro Pike', 'N4*Nashville', 'PER*IC', 'REF*CT', 'REF*FB', 'QTY*01',
      'IT1*1', 'PID*F', 'PID*F', 'PID*F', 'PID*F', 'PID*F', 'PRI*01', 'PRI*02', 'REF*FO',
      'IT1*2', 'PRI*PA', 'MEA*OT', 'REF*VN', 'REF*OS', 'REF*TS', 'REF*AH', 'REF*AD',
      'PRI*DPN', 'PRI*DPX', 'MEA*OT', 'SAC*C', 'SAC*C',
      'CTT*2', 'SE*49', 'GE*1', 'IEA*1',
    ]);
  });

  test('options: control number, usage, no newline', () => {
    const { output } = toX12(minimal, { controlNumber: 42, usage: 'T', newline: false });
    expect(output).not.toContain('\n');
    checkStrict(output, 1);
    const segs = segmentsOf(output).map((s) => s.split('*'));
    expect(segs[0]![13]).toBe('000000042');
    expect(segs[0]![15]).toBe('T');
    expect(segs[1]![6]).toBe('42');
    // the default control number is derived from the content: same message, same number
    expect(toX12(minimal).output).toBe(toX12(structuredClone(minimal)).output);
  });

  test('bad options throw LexCodecError', () => {
    for (const options of [{ controlNumber: 0 }, { controlNumber: 1e9 }, { controlNumber: 1.5 }, { usage: 'X' }, { newline: 'yes' }]) {
      expect(() => toX12(minimal, options as any)).toThrow(LexCodecError);
    }
    expect(() => toX12({} as any)).toThrow(LexCodecError);
    expect(() => toX12(null as any)).toThrow(LexCodecError);
    expect(() => toX12Interchange([])).toThrow(LexCodecError);
    const noSender = structuredClone(minimal);
    delete noSender.lex.header.senderId;
    try {
      toX12(noSender);
      expect.unreachable();
    } catch (e) {
      expect((e as LexCodecError).code).toBe('X12_CANNOT_SERIALIZE');
    }
  });

  test('a mandatory X12 element nothing fills refuses the message, naming the element and the field (no BEG*00*LE***)', () => {
    const refusal = (m: any) => {
      try {
        toX12(m);
      } catch (e) {
        expect(e).toBeInstanceOf(LexCodecError);
        return `${(e as LexCodecError).code}: ${(e as LexCodecError).message}`;
      }
      return 'written';
    };
    const noLeadId = structuredClone(minimal);
    delete noLeadId.lex.payload.lead.leadId;
    expect(refusal(noLeadId)).toMatch(/^X12_CANNOT_SERIALIZE: .*BEG03 is mandatory in X12 and would be empty: it needs \/lex\/payload\/lead\/leadId/);
    // only separators: sanitized to spaces, still written (the value is there)
    const onlySeparators = structuredClone(minimal);
    onlySeparators.lex.payload.lead.leadId = '**';
    expect(refusal(onlySeparators)).toBe('written');
    const street2Only = structuredClone(minimal);
    street2Only.lex.payload.lead.customer.address = { street2: 'Apt 4', city: 'Springfield' };
    expect(refusal(street2Only)).toMatch(/N301 is mandatory .*\/lex\/payload\/lead\/customer\/address\/street1/);
    // the streaming writer refuses the same message and stays usable: the next one gets ST02 0001
    const writer = new X12InterchangeWriter();
    expect(() => writer.write(noLeadId)).toThrow(/BEG03/);
    const first = writer.write(minimal).output;
    expect(first).toContain('ST*850*0001*');
    checkStrict(first + writer.end(), 1);
  });

  test('values holding separators are sanitized and reported with their pointer', () => {
    const m = structuredClone(minimal);
    m.lex.payload.lead.customer.address.street1 = '12*Main~St: Apt^4';
    m.lex.payload.lead.desiredProduct.model = 'Camry\nHybrid';
    const { output, warnings } = toX12(m);
    checkStrict(output, 1);
    expect(output).toContain('N3*12 Main St  Apt 4~');
    expect(warnings.filter((w) => w.code === 'X12_VALUE_SANITIZED').map((w) => w.path).sort()).toEqual([
      '/lex/payload/lead/customer/address/street1',
      '/lex/payload/lead/desiredProduct/model',
    ]);
    const back = parseX12(output).message as any;
    expect(back.lex.payload.lead.customer.address.street1).toBe('12 Main St  Apt 4');
    expect(back.lex.payload.lead.desiredProduct.model).toBe('Camry Hybrid');
  });

  test('U+FFFD and lone surrogates are sanitized too: our reader takes U+FFFD for binary data, and UTF-8 output makes one of a lone surrogate', () => {
    const m = structuredClone(minimal);
    m.lex.payload.lead.customer.lastName = 'Sm\ufffdi\ud800th\udc00 😀';
    const { output, warnings } = toX12(m);
    expect(warnings.filter((w) => w.code === 'X12_VALUE_SANITIZED').map((w) => w.path)).toEqual(['/lex/payload/lead/customer/lastName']);
    expect(output).toContain('NM1*IL*1*Sm i th  😀*Jane~');
    // the bytes a file or a socket gets read back, the pair (an emoji) kept
    const back = parseX12(Buffer.from(output, 'utf8').toString('utf8')).message as any;
    expect(back.lex.payload.lead.customer.lastName).toBe('Sm i th  😀');
  });

  test('a leap second ends a UTC day only: 23:59:60 round-trips, 14:30:60 is X12_INVALID_VALUE as the validator has it', () => {
    const m = structuredClone(minimal);
    m.lex.header.timestamp = '2026-12-31T23:59:60Z';
    const back = parseX12(toX12(m).output);
    expect(back.message.lex.header.timestamp).toBe('2026-12-31T23:59:60Z');
    m.lex.header.timestamp = '2026-03-23T14:30:60Z';
    const odd = parseX12(toX12(m).output);
    expect(odd.warnings.map((w) => w.code)).toContain('X12_INVALID_VALUE');
    expect(odd.message.lex.header.timestamp).not.toBe('2026-03-23T14:30:60Z');
  });

  test('fractions of a second: hundredths are kept, more digits are truncated with a warning', () => {
    const m = structuredClone(minimal);
    m.lex.header.timestamp = '2026-03-23T14:30:00.5Z';
    expect(parseX12(toX12(m).output).message.lex.header.timestamp).toBe('2026-03-23T14:30:00.5Z');
    m.lex.header.timestamp = '2026-03-23T14:30:00.123456Z';
    const out = toX12(m);
    expect(out.warnings.find((w) => w.code === 'X12_VALUE_TRUNCATED')?.path).toBe('/lex/header/timestamp');
    expect(parseX12(out.output).message.lex.header.timestamp).toBe('2026-03-23T14:30:00.12Z');
  });

  test('empty lists and strings are reported', () => {
    const m = structuredClone(minimal);
    m.lex.payload.lead.desiredProduct.desiredFeatures = [];
    m.lex.payload.lead.customer.address.street2 = '';
    const { warnings } = toX12(m);
    expect(warnings.filter((w) => w.code === 'X12_EMPTY_VALUE').map((w) => w.path).sort()).toEqual([
      '/lex/payload/lead/customer/address/street2',
      '/lex/payload/lead/desiredProduct/desiredFeatures',
    ]);
  });
});

describe('JSON → X12 → JSON', () => {
  test('minimal seed lead: identical', () => {
    const out = toX12(minimal);
    const back = parseX12(out.output);
    expect(back.message).toEqual(minimal);
    expect(back.warnings).toEqual([]);
  });

  test('home-page JSON teaser: identical except what LEX requires and the teaser lacks', () => {
    const back = parseX12(toX12(home).output);
    expect(back.message).toEqual(home);
    expect(back.warnings.every((w) => w.code === 'X12_REQUIRED_FIELD_MISSING')).toBe(true);
  });

  test('rich lead: every carried field identical, FIELD_NOT_CARRIED names exactly the others', () => {
    expect(validate(rich, { level: 'L2', now: '2026-03-23T15:00:00Z' }).valid).toBe(true);
    const out = toX12(rich);
    checkStrict(out.output, 1);
    const notCarried = out.warnings.filter((w) => w.code === 'FIELD_NOT_CARRIED').map((w) => w.path).sort();
    expect(notCarried).toEqual([
      '/lex/header/ttl',
      '/lex/payload/lead/customer/dateOfBirth',
      '/lex/payload/lead/customer/fleetBuyer/unitsToOrder',
      '/lex/payload/lead/customer/preferences',
      '/lex/payload/lead/desiredProduct/color',
      '/lex/payload/lead/desiredProduct/installedOptions/0/estimatedValue',
      '/lex/payload/lead/desiredProduct/installedOptions/0/partNumber',
      '/lex/payload/lead/desiredProduct/priceRange/currency',
      '/lex/payload/lead/financing/interestedInFinancing',
      '/lex/payload/lead/metadata/customFields/internalNotes',
      '/lex/payload/lead/metadata/priority',
      '/lex/payload/lead/tradeIn/accidentHistory/structuralDamage',
      '/lex/payload/lead/tradeIn/condition',
    ]);
    expect(out.warnings.filter((w) => w.code !== 'FIELD_NOT_CARRIED').map((w) => [w.code, w.path])).toEqual([
      ['X12_ENVELOPE_ID_TRUNCATED', '/lex/header/senderId'],
      ['X12_ENVELOPE_ID_TRUNCATED', '/lex/header/receiverId'],
    ]);
    const back = parseX12(out.output);
    expect(back.warnings).toEqual([]);
    const expected = structuredClone(rich);
    for (const p of notCarried.reverse()) removePointer(expected, p!);
    expect(back.message).toEqual(expected);
    expect(back.message).toEqual(expectedAfterRoundTrip(rich, out.warnings));
  });

  test('a changed lex.version is reported (X12 implies 1.0.0)', () => {
    const m = structuredClone(minimal);
    m.lex.version = '1.1.0';
    expect(toX12(m).warnings.filter((w) => w.code === 'FIELD_NOT_CARRIED').map((w) => w.path)).toEqual(['/lex/version']);
    expect(toX12(minimal).warnings.some((w) => w.path === '/lex/version')).toBe(false);
  });
});

describe('node-x12 (strict mode) reads our output', () => {
  for (const [name, messages] of [['minimal', [minimal]], ['home page', [home]], ['rich', [rich]], ['interchange of 3', [minimal, rich, home]]] as const) {
    test(name, () => {
      const { output } = messages.length === 1 ? toX12(messages[0]) : toX12Interchange(messages as any);
      const theirs = nodeX12Count(output);
      expect(theirs.segments).toBe(segmentsOf(output).length);
      expect(theirs.transactions).toBe(messages.length);
      const ours = parseX12Interchange(output);
      expect(ours.messages.length).toBe(messages.length);
    });
  }
  test('without newlines too', () => {
    const { output } = toX12(rich, { newline: false });
    expect(nodeX12Count(output).segments).toBe(segmentsOf(output).length);
  });
});

describe('interchanges of many transactions', () => {
  const messages = Array.from({ length: 25 }, (_, i) => {
    const m = structuredClone(i % 2 ? rich : minimal);
    m.lex.payload.lead.leadId = `LEAD-${i}`;
    return m;
  });
  const { output, warnings } = toX12Interchange(messages, { controlNumber: 7 });

  test('one ISA/GS, one ST … SE each, exact counts', () => {
    checkStrict(output, 25);
    const st = segmentsOf(output).filter((s) => s.startsWith('ST*'));
    expect(st.map((s) => s.split('*')[2])).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(4, '0')));
    // warnings of each message point at its ST segment
    const firstRich = warnings.find((w) => w.code === 'FIELD_NOT_CARRIED')!;
    expect(firstRich.position?.tag).toBe('ST');
    expect(segmentsOf(output)[firstRich.position!.segment! - 1]).toMatch(/^ST\*850\*0002\*/);
  });

  test('parseX12Interchange returns every message with its control numbers', () => {
    const r = parseX12Interchange(output, { strict: true });
    expect(r.warnings).toEqual([]);
    expect(r.messages.map((m) => m.control.transaction)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(4, '0')));
    expect(new Set(r.messages.map((m) => m.control.interchange))).toEqual(new Set(['000000007']));
    expect(new Set(r.messages.map((m) => m.control.group))).toEqual(new Set(['7']));
    r.messages.forEach((m, i) => {
      expect(m.warnings).toEqual([]);
      expect(m.message).toEqual(expectedAfterRoundTrip(messages[i], toX12(messages[i]).warnings));
    });
  });

  test('parseX12 refuses an interchange of several transactions', () => {
    try {
      parseX12(output);
      expect.unreachable();
    } catch (e) {
      expect((e as LexCodecError).code).toBe('X12_MULTIPLE_TRANSACTIONS');
    }
  });

  test('the push-based reader gives the same result for any chunking', () => {
    const whole = parseX12Interchange(output).messages;
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const reader = new X12Reader();
      const got = [];
      for (let i = 0; i < output.length; i += size) got.push(...reader.push(output.slice(i, i + size)));
      got.push(...reader.end());
      expect(got).toEqual(whole);
    }
  });

  test('the reader yields each transaction as soon as its SE arrives', () => {
    const reader = new X12Reader();
    const cut = output.indexOf('SE*', output.indexOf('ST*850*0002')) + 20; // past the second SE
    const early = reader.push(output.slice(0, cut));
    expect(early.length).toBe(2);
    expect(reader.push(output.slice(cut)).length + reader.end().length).toBe(23);
  });
});

describe('input variants of our own output', () => {
  const { output } = toX12(rich);
  const expected = parseX12(output).message;
  const variants: Record<string, string> = {
    'CR LF after terminators': output.replace(/~\n/g, '~\r\n'),
    'no newline': output.replace(/~\n/g, '~'),
    'newline-terminated only': output.replace(/~\n/g, '\n'),
    'CR LF-terminated only': output.replace(/~\n/g, '\r\n'),
    'other delimiters': output.replace(/\*/g, '|').replace(/~/g, '!').replace(/\|:!/, '|>!'),
    'leading BOM and blank lines': '\ufeff\n\n' + output,
  };
  for (const [name, text] of Object.entries(variants)) {
    test(name, () => {
      const r = parseX12(text);
      expect(r.message).toEqual(expected);
      expect(r.warnings.filter((w) => w.code !== 'X12_NEWLINE_TERMINATOR')).toEqual([]);
    });
  }
});
