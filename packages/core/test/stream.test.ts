// readMessages / writeMessages: interchanges, batches and NDJSON read as streams of messages, a bad transaction in
// the middle reported with its control number and position while the rest go on, any chunking giving the same
// result, the writers' envelopes and counts, backpressure, and flat memory on a large interchange.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LexCodecError } from '@lexstandard/codec';
import { parseX12Interchange, toX12, toX12Interchange } from '@lexstandard/x12';
import { parseXmlBatch, toXml, toXmlBatch } from '@lexstandard/xml';
import { parseEdifactInterchange, toEdifact, toEdifactInterchange } from '@lexstandard/edifact';
import { decodeInput, decodeText, parse, readMessages, writeMessages, type LexMessage, type StreamItem } from '../src/index.js';
import { bigX12, breakBeg, bytePieces, lead, leads, pieces, x12Groups } from './stream-helpers.js';

async function collect(source: Parameters<typeof readMessages>[0], options: Parameters<typeof readMessages>[1] = {}) {
  const stream = readMessages(source, options);
  const items: StreamItem[] = [];
  for await (const item of stream) items.push(item);
  return { items, stream };
}

/** what a test compares: per item, ok + message id, or the failure's code, control and position */
const summary = (items: StreamItem[]) =>
  items.map((i) => (i.ok ? { ok: true, index: i.index, id: i.message.lex.header.messageId, control: i.control } : { ok: false, index: i.index, code: i.error.code, control: i.control, position: i.error.position }));

const ids = (items: StreamItem[]) => items.filter((i) => i.ok).map((i) => (i as { message: LexMessage }).message.lex.header.messageId);

async function writeAll(items: AsyncIterable<LexMessage | StreamItem> | Iterable<LexMessage | StreamItem>, to: Parameters<typeof writeMessages>[1], options: Parameters<typeof writeMessages>[3] = {}) {
  let out = '';
  const result = await writeMessages(items, to, (s) => { out += s; }, options);
  return { out, result };
}

// three GS groups of 4, 3 and 5 transactions; the BEG of transaction 0002 of group 2 has an invalid tag
const GROUPS = [leads(0, 4), leads(4, 3), leads(7, 5)];
const GOOD_X12 = x12Groups(GROUPS);
const BAD_X12 = breakBeg(GOOD_X12, '2', '0002');
const BAD_ID = GROUPS[1]![1]!.lex.header.messageId;
const ALL_IDS = GROUPS.flat().map((m) => m.lex.header.messageId);

describe('readMessages: X12', () => {
  it('interchanges one after another, with other separators too: each read as alone, positions in the whole stream', async () => {
    const seedX12 = readFileSync(new URL('../../../conformance/examples/seed/reference-lead.x12', import.meta.url), 'utf8');
    const first = toX12Interchange(leads(80, 2)).output;
    const parts = [
      first,
      seedX12, // newline-terminated, an ISA that is not fixed-width: its own warnings
      first.replace(/\*/g, '|').replace(/~/g, '!'), // other separators
      toX12Interchange(leads(82, 1)).output,
    ];
    const text = parts.join('');
    const { items, stream } = await collect([text]);
    const readAlone = await Promise.all(parts.map((t) => collect([t])));
    const alone = readAlone.map((r) => r.items);
    const view = (i: StreamItem) => [i.ok, (i as { message: LexMessage }).message, i.warnings.map((w) => w.code), i.control, i.group, i.interchange];
    expect(items.map(view)).toEqual(alone.flat().map(view));
    // the interchange-level warnings too: each interchange's own, no more (the next interchange is never read
    // with the separators of the one before, whatever the chunks)
    expect(stream.warnings.map((w) => w.code)).toEqual(readAlone.flatMap((r) => r.stream.warnings.map((w) => w.code)));
    const positions = [...items.flatMap((i) => i.warnings), ...stream.warnings].map((w) => w.position!).filter((p) => p?.offset !== undefined && p.tag);
    expect(positions.length).toBeGreaterThanOrEqual(5);
    for (const p of positions) expect(text.startsWith(p.tag!, p.offset!), JSON.stringify(p)).toBe(true);
    // the seed's ISA is the segment after the first interchange's 8 … its IEA: segment numbers go on
    const seedIsa = positions.find((p) => p.tag === 'ISA' && p.offset === first.length)!;
    expect(seedIsa.segment).toBe(first.split('~').length);
    for (const n of [1, 7, 4096]) {
      const chunked = await collect(pieces(text, n));
      expect(summary(chunked.items), `chunks of ${n}`).toEqual(summary(items));
      expect(chunked.stream.warnings, `chunks of ${n}`).toEqual(stream.warnings);
    }
  });

  it('a next ISA cut by chunks before its separators are all there: the same items and warnings as the whole input', async () => {
    // found by the stream fuzzer: when a chunk ended inside the next ISA (before the character after ISA16), the
    // reader was given that ISA (an "ISA" split between chunks is not seen as one) or its failure was decided
    // at once; both wait now until the ISA is whole
    const first = toX12(lead(90)).output.replace(/~/g, '~\n');
    const pipes = first.replace(/\*/g, '|');
    const withNul = (x: string) => x.slice(0, 95) + '\u0000' + x.slice(95);
    const cases: [string, string, (items: StreamItem[]) => void][] = [
      ['binary data in it, same separators', withNul(first), (items) => expect(items.at(-1)).toMatchObject({ ok: false, fatal: true, error: { code: 'X12_NOT_X12', position: { offset: first.length + 95 } } })],
      ['binary data in it, other separators', withNul(pipes), (items) => expect(items.at(-1)).toMatchObject({ ok: false, fatal: true, error: { code: 'X12_NOT_X12', position: { offset: first.length + 95 } } })],
      // ISA16 missing: "*~" then a line break, so the next interchange ends its segments with line breaks
      ['no ISA16, a line break after it', first.slice(0, 104) + first.slice(105), (items) => expect(items.map((i) => i.ok)).toEqual([true, true])],
    ];
    const view = (r: Awaited<ReturnType<typeof collect>>) => ({ items: r.items.map((i) => (i.ok ? { id: i.message.lex.header.messageId, warnings: i.warnings } : { code: i.error.code, message: i.error.message, position: i.error.position, fatal: i.fatal, warnings: i.warnings })), warnings: r.stream.warnings });
    for (const [name, second, check] of cases) {
      const text = first + second;
      const whole = await collect([text]);
      check(whole.items);
      const expected = view(whole);
      // three chunks: the first ends around the start of the next ISA, the second anywhere up to past its end
      for (let a = first.length - 2; a <= first.length + 3; a++) {
        for (let b = a + 1; b <= first.length + 110; b++) {
          const cut = [text.slice(0, a), text.slice(a, b), text.slice(b)];
          expect(view(await collect(cut)), `${name}: cut at ${a - first.length}, ${b - first.length}`).toEqual(expected);
        }
      }
    }
  });

  it('reads every transaction of every GS group, with its control numbers', async () => {
    const { items, stream } = await collect([GOOD_X12]);
    expect(items).toHaveLength(12);
    expect(items.every((i) => i.ok && i.format === 'x12')).toBe(true);
    expect(ids(items)).toEqual(ALL_IDS);
    expect(items.map((i) => `${i.group}/${i.control}`)).toEqual(['1/0001', '1/0002', '1/0003', '1/0004', '2/0001', '2/0002', '2/0003', '3/0001', '3/0002', '3/0003', '3/0004', '3/0005']);
    expect(items.map((i) => i.index)).toEqual([...Array(12).keys()]);
    expect(stream.format).toBe('x12');
    expect(stream.count).toBe(12);
    // the same messages as the whole-text parser
    expect(items.map((i) => (i as { message: LexMessage }).message)).toEqual(parseX12Interchange(GOOD_X12).messages.map((t) => t.message));
  });

  it('a bad transaction in the middle is reported with its control number and position; the others are converted', async () => {
    const { items, stream } = await collect([BAD_X12]);
    expect(items).toHaveLength(12);
    const bad = items.filter((i) => !i.ok);
    expect(bad).toHaveLength(1);
    const f = bad[0]!;
    if (f.ok) throw new Error('unreachable');
    expect(f.index).toBe(5);
    expect(f.control).toBe('0002');
    expect(f.group).toBe('2');
    expect(f.error.code).toBe('X12_INVALID_SEGMENT');
    const begOffset = BAD_X12.indexOf('b3g*');
    const segment = BAD_X12.slice(0, begOffset).split('~\n').length;
    expect(f.error.position).toMatchObject({ offset: begOffset, segment });
    expect(f.fatal).toBeUndefined();
    expect(ids(items)).toEqual(ALL_IDS.filter((id) => id !== BAD_ID));
    expect(stream.failed).toBe(1);
  });

  it('any chunking gives the same items: 1, 2, 3, 7, 64, 4096 characters, bytes of 1 and 5', async () => {
    const whole = summary((await collect([BAD_X12])).items);
    for (const n of [1, 2, 3, 7, 64, 4096]) expect(summary((await collect(pieces(BAD_X12, n))).items), `chunks of ${n}`).toEqual(whole);
    for (const n of [1, 5]) expect(summary((await collect(bytePieces(BAD_X12, n))).items), `byte chunks of ${n}`).toEqual(whole);
  });

  it('a missing SE fails its transaction only; strict: an SE count mismatch fails its transaction', async () => {
    // transaction 0003 of group 1 loses its SE: the ST of 0004 shows it is not closed
    const noSe = GOOD_X12.replace(/SE\*\d+\*0003~\n/, '');
    const a = (await collect([noSe])).items;
    expect(a.filter((i) => !i.ok).map((i) => [i.control, !i.ok && i.error.code])).toEqual([['0003', 'X12_MISSING_ENVELOPE']]);
    expect(a.filter((i) => i.ok)).toHaveLength(11);

    const wrongCount = GOOD_X12.replace(/(ST\*850\*0003\*ALX001~\n(?:.*~\n)*?)SE\*(\d+)\*0003~/, (_, body, n) => `${body}SE*${Number(n) + 1}*0003~`);
    expect(wrongCount).not.toBe(GOOD_X12);
    const lenient = (await collect([wrongCount])).items;
    expect(lenient.every((i) => i.ok)).toBe(true);
    expect(lenient[2]!.warnings.map((w) => w.code)).toContain('X12_COUNT_MISMATCH');
    const strict = (await collect([wrongCount], { strict: true })).items;
    const f = strict.find((i) => !i.ok)!;
    expect(f).toMatchObject({ index: 2, control: '0003', group: '1' });
    expect(!f.ok && f.error.code).toBe('X12_COUNT_MISMATCH');
    expect(!f.ok && f.error.position).toMatchObject({ tag: 'SE', element: 1 });
    expect(strict.filter((i) => i.ok)).toHaveLength(11);
  });

  it('failFast ends the stream at the first failure', async () => {
    const { items } = await collect(pieces(BAD_X12, 100), { failFast: true });
    expect(items.map((i) => i.ok)).toEqual([true, true, true, true, true, false]);
  });

  it('a truncated interchange ends with a fatal failure after the complete transactions', async () => {
    const group2 = GOOD_X12.indexOf('GS*', GOOD_X12.indexOf('GE*'));
    const cut = GOOD_X12.slice(0, GOOD_X12.indexOf('ST*850*0002*', group2) + 60);
    const { items } = await collect([cut]);
    const last = items[items.length - 1]!;
    expect(items.slice(0, -1).every((i) => i.ok)).toBe(true);
    expect(items.filter((i) => i.ok)).toHaveLength(5);
    expect(last).toMatchObject({ ok: false, fatal: true, control: '0002' });
    expect(!last.ok && last.error.code).toBe('X12_TRUNCATED');
  });

  it('reads Node readables and web ReadableStreams', async () => {
    const node = (await collect(Readable.from(bytePieces(GOOD_X12, 1000)))).items;
    expect(ids(node)).toEqual(ALL_IDS);
    const web = (await collect(Readable.toWeb(Readable.from(bytePieces(GOOD_X12, 333))))).items;
    expect(ids(web)).toEqual(ALL_IDS);
  });
});

describe('readMessages: EDIFACT', () => {
  const msgs = leads(60, 7);
  const good = toEdifactInterchange(msgs, { newline: true }).output;
  // message 4 (index 3) gets a segment whose tag is not a tag
  const ref = msgs[3]!.lex.header.messageId;
  const at = good.indexOf('NAD+', good.indexOf(`UNH+${ref}`));
  const bad = good.slice(0, at) + 'n@d+' + good.slice(at + 4);

  it('every UNH … UNT, a bad message in the middle reported with its UNH reference and position; the others converted', async () => {
    const { items, stream } = await collect([bad]);
    expect(items).toHaveLength(7);
    expect(stream.format).toBe('edifact');
    expect(ids(items)).toEqual(msgs.filter((_, i) => i !== 3).map((m) => m.lex.header.messageId));
    expect(items.filter((i) => i.ok).map((i) => i.control)).toEqual(msgs.filter((_, i) => i !== 3).map((m) => m.lex.header.messageId));
    const f = items[3]!;
    expect(f).toMatchObject({ ok: false, index: 3, control: ref });
    if (f.ok) return;
    expect(f.error.code).toBe('EDIFACT_INVALID_SEGMENT');
    expect(f.error.position).toMatchObject({ offset: at, line: bad.slice(0, at).split('\n').length, column: 1 });
    // the good messages read as the whole-text parser reads them
    expect(items.filter((i) => i.ok).map((i) => (i as { message: LexMessage }).message)).toEqual(parseEdifactInterchange(good).messages.filter((_, i) => i !== 3).map((m) => m.message));
  });

  it('any chunking gives the same items: 1, 2, 3, 7, 64, 4096 characters, bytes of 1 and 5', async () => {
    const whole = summary((await collect([bad])).items);
    for (const n of [1, 2, 3, 7, 64, 4096]) expect(summary((await collect(pieces(bad, n))).items), `chunks of ${n}`).toEqual(whole);
    for (const n of [1, 5]) expect(summary((await collect(bytePieces(bad, n))).items), `byte chunks of ${n}`).toEqual(whole);
  });

  it('a next interchange after the UNZ: what the parser read past its UNZ gives no warning, whatever the chunking', async () => {
    // found by the stream fuzzer: read whole, the parser read on past its UNZ with its own separators (" '" is an
    // empty segment to it) before the next interchange was started from its UNA; in chunks it did not get that far
    const first = toEdifact(lead(91)).output;
    const text = first + "UNA:+.?UNH' 'UNB+UNOC:3'";
    const view = (r: Awaited<ReturnType<typeof collect>>) => ({ items: r.items.map((i) => (i.ok ? { id: i.message.lex.header.messageId, warnings: i.warnings } : { code: i.error.code, position: i.error.position, warnings: i.warnings })), warnings: r.stream.warnings });
    const whole = await collect([text]);
    expect(whole.items.map((i) => i.ok)).toEqual([true, false]);
    expect(whole.stream.warnings.map((w) => w.code)).toEqual(['EDIFACT_UNA_MISMATCH', 'EDIFACT_CONTROL_REFERENCE_MISSING']);
    const expected = view(whole);
    for (let a = first.length - 3; a < text.length; a++) {
      expect(view(await collect([text.slice(0, a), text.slice(a)])), `cut at ${a - first.length}`).toEqual(expected);
    }
  });

  it('a missing UNT fails its message only (UNZ still counts it); strict: a UNT count mismatch fails its message', async () => {
    const ref2 = msgs[2]!.lex.header.messageId;
    const noUnt = good.replace(new RegExp(`UNT\\+\\d+\\+${ref2}'\\n`), '');
    const { items, stream } = await collect([noUnt]);
    expect(items.filter((i) => !i.ok).map((i) => [i.control, !i.ok && i.error.code])).toEqual([[ref2, 'EDIFACT_MISSING_ENVELOPE']]);
    expect(items.filter((i) => i.ok)).toHaveLength(6);
    expect(stream.warnings).toEqual([]);

    const wrong = good.replace(new RegExp(`UNT\\+(\\d+)\\+${ref2}'`), (_, n) => `UNT+${Number(n) + 1}+${ref2}'`);
    expect((await collect([wrong])).items.every((i) => i.ok)).toBe(true);
    const strict = (await collect([wrong], { strict: true })).items;
    expect(strict.filter((i) => !i.ok).map((i) => [i.index, i.control, !i.ok && i.error.code])).toEqual([[2, ref2, 'EDIFACT_SEGMENT_COUNT_MISMATCH']]);
    expect(strict.filter((i) => i.ok)).toHaveLength(6);
  });

  it('failFast, and a truncated interchange ends with a fatal failure', async () => {
    expect((await collect(pieces(bad, 50), { failFast: true })).items.map((i) => i.ok)).toEqual([true, true, true, false]);
    const cut = good.slice(0, good.indexOf(`UNH+${msgs[5]!.lex.header.messageId}`) + 80);
    const { items } = await collect([cut]);
    expect(items.filter((i) => i.ok)).toHaveLength(5);
    const last = items[items.length - 1]!;
    expect(last).toMatchObject({ ok: false, fatal: true });
    expect(!last.ok && last.error.code).toBe('EDIFACT_TRUNCATED');
  });

  it('interchanges one after another (with or without a UNA, other separators, line breaks between or not): each read as alone, positions in the whole stream', async () => {
    const teaser = readFileSync(new URL('../../../conformance/examples/seed/home-page-lead.edi', import.meta.url), 'utf8');
    const parts = [
      toEdifactInterchange(leads(70, 2), { newline: true }).output,
      toEdifactInterchange(leads(72, 3)).output,
      '\n' + toEdifactInterchange(leads(75, 2)).output.replace(/^UNA[^']*'/, ''),
      teaser,
      // other separators, declared by its UNA ('~' ends a segment: the interchange before would never see one end)
      'UNA:*.? ~\n' + teaser.replace(/'/g, '~').replace(/\+/g, '*'),
      // UNZ counts one message too many: an interchange-level warning of the fifth interchange
      toEdifactInterchange(leads(77, 1), { newline: true }).output.replace(/UNZ\+1\+/, 'UNZ+2+'),
    ];
    const text = parts.join('');
    const { items, stream } = await collect([text]);
    const alone = await Promise.all(parts.map(async (t) => (await collect([t])).items));
    expect(items.map((i) => i.ok)).toEqual(alone.flat().map(() => true));
    expect(items.map((i) => [(i as { message: LexMessage }).message, i.warnings.map((w) => w.code), i.control, i.interchange])).toEqual(
      alone.flat().map((i) => [(i as { message: LexMessage }).message, i.warnings.map((w) => w.code), i.control, i.interchange]),
    );
    // every position names its segment where it is in the whole text, its line and column agree with its offset
    const positions = [...items.flatMap((i) => i.warnings), ...stream.warnings].map((w) => w.position!).filter((p) => p?.tag);
    expect(positions.length).toBeGreaterThan(10);
    for (const p of positions) {
      expect(text.startsWith(p.tag!, p.offset!), JSON.stringify(p)).toBe(true);
      const before = text.slice(0, p.offset!);
      expect([p.line, p.column]).toEqual([before.split('\n').length, p.offset! - before.lastIndexOf('\n')]);
    }
    expect(stream.warnings.map((w) => w.code)).toEqual(['EDIFACT_MESSAGE_COUNT_MISMATCH']);
    // segment numbers go on across interchanges: the teaser's UNH is the segment after its UNB
    const teaserUnb = positions.find((p) => p.tag === 'UNB' && p.offset === text.indexOf(teaser))!;
    expect(positions.find((p) => p.tag === 'UNH' && p.offset! > teaserUnb.offset!)!.segment).toBe(teaserUnb.segment! + 1);
    expect(teaserUnb.segment).toBe(text.slice(0, text.indexOf(teaser)).split("'").length);
    for (const n of [1, 7, 4096]) expect(summary((await collect(pieces(text, n))).items), `chunks of ${n}`).toEqual(summary(items));
    // what follows a UNZ and is no interchange stays a fatal failure
    const trailing = (await collect([parts[0] + "FTX+AAA+hello'"])).items;
    expect(trailing.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['ok', 'ok', 'EDIFACT_TRAILING_DATA']);
  });
});

describe('readMessages: NDJSON and JSON', () => {
  const msgs = leads(20, 6);
  const lines = msgs.map((m) => JSON.stringify(m));
  // line 4 is cut, line 7 is JSON but not a LEX message; blank lines and CRLF are allowed
  const ndjson = [lines[0], lines[1], '', lines[2]!.slice(0, 50), lines[3], '   ', '{"order": 1}', lines[4] + '\r', lines[5]].join('\n') + '\n';

  it('one message per line, blank lines skipped, a bad line reported with its line number', async () => {
    const { items } = await collect([ndjson]);
    expect(summary(items).map((s) => (s.ok ? s.id : `${s.code}@${s.position?.line}:${s.position?.column}`))).toEqual([
      msgs[0]!.lex.header.messageId, msgs[1]!.lex.header.messageId, 'INVALID_JSON@4:51', msgs[3]!.lex.header.messageId, 'NOT_A_LEX_MESSAGE@7:1',
      msgs[4]!.lex.header.messageId, msgs[5]!.lex.header.messageId,
    ]);
    expect(items.every((i) => i.format === 'json')).toBe(true);
  });

  it('a message lacking what LEX requires is read with JSON_REQUIRED_FIELD_MISSING, pointing at its line', async () => {
    const lacking = structuredClone(msgs[1]!) as any;
    delete lacking.lex.payload.lead.leadId;
    delete lacking.lex.payload.lead.customer;
    const text = [lines[0], JSON.stringify(lacking), lines[2]].join('\n') + '\n';
    const { items } = await collect([text]);
    expect(items.map((i) => i.warnings.map((w) => [w.code, w.path, w.position?.line, w.position?.column]))).toEqual([
      [],
      [['JSON_REQUIRED_FIELD_MISSING', '/lex/payload/lead/leadId', 2, 1], ['JSON_REQUIRED_FIELD_MISSING', '/lex/payload/lead/customer', 2, 1]],
      [],
    ]);
    // the message itself is as written
    expect(items[1]!.ok && items[1]!.message).toStrictEqual(lacking);
  });

  it('any chunking gives the same items', async () => {
    const whole = summary((await collect([ndjson])).items);
    for (const n of [1, 2, 13, 1000]) expect(summary((await collect(pieces(ndjson, n))).items)).toEqual(whole);
    expect(summary((await collect(bytePieces(ndjson, 3))).items)).toEqual(whole);
  });

  it('a bad (even cut) first line is still NDJSON: the next lines are read', async () => {
    const text = ['{"lex": {"header": ', lines[0], '', lines[1]].join('\n') + '\n';
    for (const n of [1, 4, 10_000]) {
      const s = summary((await collect(pieces(text, n))).items).map((x) => (x.ok ? x.id : `${x.code}@${x.position?.line}`));
      expect(s).toEqual(['INVALID_JSON@1', msgs[0]!.lex.header.messageId, msgs[1]!.lex.header.messageId]);
    }
  });

  it('a JSON array of messages, and pretty-printed messages one after another', async () => {
    expect(ids((await collect(pieces(JSON.stringify(msgs, null, 2), 10))).items)).toEqual(msgs.map((m) => m.lex.header.messageId));
    const pretty = msgs.map((m) => JSON.stringify(m, null, 2)).join('\n');
    expect(ids((await collect(pieces(pretty, 7))).items)).toEqual(msgs.map((m) => m.lex.header.messageId));
    // one pretty message: one item, the same as parse()
    const one = (await collect([JSON.stringify(msgs[0], null, 2)])).items;
    expect(one).toHaveLength(1);
    expect(one[0]!.ok && one[0]!.message).toEqual(parse(JSON.stringify(msgs[0])).message);
  });

  it('a control character between or after JSON values is an INVALID_JSON failure at its position, not a blank', async () => {
    // JSON's blanks are space, tab, LF and CR only: parse() refuses the same texts
    const pretty = JSON.stringify(msgs[0], null, 2);
    const lastLine = pretty.split('\n').length;
    for (const [text, at] of [
      [`${pretty}\n\u0000`, `${lastLine + 1}:1`],
      [`${pretty}\u0001\n${JSON.stringify(msgs[1], null, 2)}`, `${lastLine}:2`],
      [`${pretty}\n\u000b${pretty}`, `${lastLine + 1}:1`],
    ] as const) {
      expect(() => parse(text)).toThrow(LexCodecError);
      for (const n of [1, 5, 100_000]) {
        const s = summary((await collect(pieces(text, n))).items).map((x) => (x.ok ? 'ok' : `${x.code}@${x.position?.line}:${x.position?.column}`));
        expect(s[0]).toBe('ok');
        expect(s).toContain(`INVALID_JSON@${at}`);
      }
    }
    // in NDJSON a line holding only a control character is a bad line, not a blank one
    const { items } = await collect([`${lines[0]}\n\u0000\n${lines[1]}\n`]);
    expect(summary(items).map((x) => (x.ok ? 'ok' : `${x.code}@${x.position?.line}`))).toEqual(['ok', 'INVALID_JSON@2', 'ok']);
  });

  it('blank input has no items; an unknown format is one fatal failure', async () => {
    expect((await collect(['', '  \n'])).items).toEqual([]);
    const { items } = await collect(['  hello']);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, fatal: true, index: 0 });
    expect(!items[0]!.ok && items[0]!.error.code).toBe('UNKNOWN_FORMAT');
  });
});

describe('readMessages: XML batch', () => {
  const msgs = leads(40, 5);
  const good = toXmlBatch(msgs, { pretty: true }).output;
  // document 3 gets a mismatched end tag; comments and CDATA holding </lex> are stepped over
  const third = good.indexOf('<MessageType>', good.indexOf(msgs[2]!.lex.header.messageId));
  const bad = (good.slice(0, third) + '<MessageType>LEAD</Header>' + good.slice(third))
    .replace('<lexBatch xmlns="https://lexstandard.org/schema/1.0">', '<lexBatch xmlns="https://lexstandard.org/schema/1.0"><!-- <lex> </lex> --><?pi </lex>?>');

  it('every <lex> of the batch, a bad document reported with its line and column; the others converted', async () => {
    const { items } = await collect([bad]);
    expect(items).toHaveLength(5);
    expect(ids(items)).toEqual(msgs.filter((_, i) => i !== 2).map((m) => m.lex.header.messageId));
    const f = items[2]!;
    expect(f.ok).toBe(false);
    if (f.ok) return;
    expect(f.error.code).toBe('XML_MALFORMED');
    // the position is the one the whole-batch parser reports
    let expected: unknown;
    try { parseXmlBatch(bad); } catch (e) { expected = (e as { position: unknown }).position; }
    expect(f.error.position).toEqual(expected);
    // the good documents read as the batch parser reads them
    expect(items.filter((i) => i.ok).map((i) => (i as { message: LexMessage }).message)).toEqual(parseXmlBatch(good).messages.filter((_, i) => i !== 2));
  });

  it('any chunking gives the same items, namespace warnings are not repeated per document', async () => {
    const whole = summary((await collect([bad])).items);
    for (const n of [1, 2, 5, 64]) expect(summary((await collect(pieces(bad, n))).items)).toEqual(whole);
    expect(summary((await collect(bytePieces(bad, 1))).items)).toEqual(whole);
    const { items, stream } = await collect([good]);
    expect(items.flatMap((i) => i.warnings)).toEqual([]);
    expect(stream.warnings).toEqual([]);
  });
});

describe('readMessages: an XML document\'s prolog is checked as parseXml checks it', () => {
  const doc = toXml(lead(7)).output.replace(/^<\?xml[^>]*\?>\n?/, '');
  const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';
  // what the single-document parser says about the same text
  const single = (text: string) => { try { return { warnings: parse(text).warnings.map((w) => w.code) }; } catch (e) { return { error: (e as { code: string }).code }; } };
  const streamed = async (text: string) => {
    const { items, stream } = await collect(pieces(text, 7));
    if (items.length === 1 && items[0]!.ok) return { warnings: [...stream.warnings, ...items[0]!.warnings].map((w) => w.code) };
    return { error: items.map((i) => (i.ok ? 'ok' : i.error.code)).join(',') };
  };
  it.each([
    ['a declaration without a version', '<?xml ven="1.0"?>\n' + doc, { error: 'XML_MALFORMED' }],
    ['an encoding other than UTF-8 named on text', '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + doc, { warnings: ['XML_ENCODING_DECLARATION'] }],
    ['a declaration after white space', '\n ' + decl + doc, { warnings: ['XML_DECLARATION_NOT_FIRST'] }],
    ['a declaration after a comment', '<!-- c -->' + decl + doc, { warnings: ['XML_DECLARATION_NOT_FIRST'] }],
    ['a declaration after another processing instruction', '<?app x?>' + decl + doc, { error: 'XML_MALFORMED' }],
    ['a processing instruction without a target', '<? x?>' + decl + doc, { error: 'XML_MALFORMED' }],
    ['text before the root', decl + 'n="1.0"?>\n' + doc, { error: 'XML_MALFORMED' }],
    ['CDATA before the root', decl + '<![CDATA[x]]>' + doc, { error: 'XML_MALFORMED' }],
    // (a stream has given the document before it meets what follows it)
    ['a lone "<" after the root', decl + doc + '\n<', { error: 'XML_MALFORMED' }, { error: 'ok,XML_MALFORMED' }],
    // after the root, the same rules for a processing instruction (the stream read these as a document)
    ['an XML declaration after the root', decl + doc + '\n' + decl, { error: 'XML_MALFORMED' }, { error: 'ok,XML_MALFORMED' }],
    ['a processing instruction without a target after the root', decl + doc + '<? x?>', { error: 'XML_MALFORMED' }, { error: 'ok,XML_MALFORMED' }],
    ['a processing instruction after the root', decl + doc + '\n<?app hint?>\n', { warnings: [] }],
    ['a well-formed prolog', decl + '<!-- a comment -->\n<?app hint?>\n' + doc, { warnings: [] }],
  ])('%s', async (_name, text, expected, inStream = expected) => {
    expect(single(text)).toEqual(expected);
    expect(await streamed(text)).toEqual(inStream);
  });
});

describe('readMessages: the batch root is checked as parseXmlBatch checks it', () => {
  const docs = [lead(8), lead(9)].map((m) => toXml(m).output.replace(/^<\?xml[^>]*\?>\n?/, '')).join('\n');
  const root = '<lexBatch xmlns="https://lexstandard.org/schema/1.0">';
  const batchSays = (text: string) => { try { const r = parseXmlBatch(text); return { read: r.messages.length, warnings: r.warnings.map((w) => w.code) }; } catch (e) { return { error: (e as { code: string }).code }; } };
  const streamSays = async (text: string, n: number) => {
    const { items, stream } = await collect(pieces(text, n));
    const failed = items.filter((i) => !i.ok);
    if (failed.length) return { error: failed.map((i) => (i.ok ? '' : i.error.code)).join(',') };
    return { read: items.length, warnings: [...stream.warnings, ...items.flatMap((i) => i.warnings)].map((w) => w.code) };
  };
  it.each([
    ['an end tag that does not match the root', `${root}${docs}</lexBatsh>`, { error: 'XML_MALFORMED' }],
    ['text between the documents', `${root}stray text\n${docs}</lexBatch>`, { read: 2, warnings: ['XML_UNEXPECTED_TEXT'] }],
    ['an attribute LEX does not define on the root', `<lexBatch xmlns="https://lexstandard.org/schema/1.0" note="x">${docs}</lexBatch>`, { read: 2, warnings: ['XML_UNKNOWN_ATTRIBUTE'] }],
    ['a root attribute without its quotes', `<lexBatch xmlns="https://lexstandard.org/schema/1.0" note=x>${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
    ['a character XML does not allow between the documents', `${root}\u0000${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
    ['a well-formed batch', `${root}\n${docs}\n</lexBatch>`, { read: 2, warnings: [] }],
    ['an XML declaration between the documents', `${root}${docs}<?xml version="1.0"?>${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
    ['an XML declaration after the batch', `${root}${docs}</lexBatch><?xml version="1.0"?>`, { error: 'XML_MALFORMED' }],
    ['a processing instruction without a target after the batch', `${root}${docs}</lexBatch>\n<? ?>`, { error: 'XML_MALFORMED' }],
    ['processing instructions between and after the documents', `${root}<?app a?>${docs}</lexBatch><?app b?>`, { read: 2, warnings: [] }],
    // an element the batch skips is still read as XML: what makes it not well-formed ends the batch
    ['a skipped element', `${root}${docs}<note a="1"><b/><![CDATA[<x>]]></note></lexBatch>`, { read: 2, warnings: ['UNKNOWN_ELEMENT'] }],
    ['a skipped element with a "+" in its name', `${root}${docs}<note+x/>${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
    ['a skipped element with an unquoted attribute', `${root}${docs}<note a=1/>${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
    ['a skipped element holding an undefined entity', `${root}${docs}<note>&bogus;</note>${docs}</lexBatch>`, { error: 'XML_UNDEFINED_ENTITY' }],
    ['a skipped element holding a badly named child', `${root}${docs}<note>t<b+c/></note>${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
    ['a skipped element whose end tag does not match', `${root}${docs}<note></nota>${docs}</lexBatch>`, { error: 'XML_MALFORMED' }],
  ])('%s', async (_name, text, expected) => {
    expect(batchSays(text)).toEqual(expected);
    // the same in any chunking (one warning per run of text, wherever the chunks cut it)
    for (const n of [3, 64, 100_000]) expect(await streamSays(text, n), `chunks of ${n}`).toEqual(expected);
  });
});

describe('readMessages: text and then a character XML does not allow in the batch root', () => {
  it('the same warning and the same failure at any chunking (the fuzzer found chunks giving a warning the whole text did not)', async () => {
    const docs = [lead(8), lead(9)].map((m) => toXml(m).output.replace(/^<\?xml[^>]*\?>\n?/, '')).join('\n');
    const text = `<lexBatch xmlns="https://lexstandard.org/schema/1.0">${docs}\nstray text\u0000${docs}</lexBatch>`;
    const say = async (n: number) => {
      const { items, stream } = await collect(pieces(text, n));
      return { items: items.map((i) => (i.ok ? 'ok' : `${i.error.code} ${JSON.stringify(i.error.position)}`)), warnings: stream.warnings.map((w) => `${w.code} ${JSON.stringify(w.position)}`) };
    };
    const whole = await say(text.length);
    expect(whole.items).toEqual(['ok', 'ok', expect.stringMatching(/^XML_MALFORMED /)]);
    expect(whole.warnings).toEqual([expect.stringMatching(/^XML_UNEXPECTED_TEXT /)]);
    for (const n of [1, 7, text.indexOf('\u0000') - 2, 64]) expect(await say(n), `chunks of ${n}`).toEqual(whole);
  });
});

describe('readMessages: an element a batch skips is refused where parseXmlBatch refuses it', () => {
  const docs = [lead(8), lead(9)].map((m) => toXml(m).output.replace(/^<\?xml[^>]*\?>\n?/, '')).join('\n');
  it.each(['<note+x/>', '<note\n  a="1" a="2"/>', '<note>\n<b>&#0;</b></note>', '<note><!DOCTYPE x></note>', '<note a="<"/>'])('%j: the same error, at the same place', async (bad) => {
    const text = `<lexBatch xmlns="https://lexstandard.org/schema/1.0">\n${docs}\n${bad}\n${docs}</lexBatch>`;
    let whole: LexCodecError | undefined;
    try { parseXmlBatch(text); } catch (e) { whole = e as LexCodecError; }
    expect(whole).toBeInstanceOf(LexCodecError);
    for (const n of [5, 100_000]) {
      const { items } = await collect(pieces(text, n));
      const failed = items.filter((i) => !i.ok);
      expect(failed, `chunks of ${n}`).toHaveLength(1);
      expect(failed[0]!.ok ? undefined : { code: failed[0]!.error.code, message: failed[0]!.error.message, position: failed[0]!.error.position }).toEqual({ code: whole!.code, message: whole!.message, position: whole!.position });
      expect(items.filter((i) => i.ok)).toHaveLength(2);
    }
  });
});

const pieceBytes = (b: Uint8Array, n: number) => Array.from({ length: Math.ceil(b.length / n) }, (_, i) => b.subarray(i * n, (i + 1) * n));

describe('decodeText: a whole input\'s bytes as readMessages decodes them', () => {
  it('UTF-16 LE and BE by their byte-order mark, else UTF-8; the mark kept as U+FEFF; from a byte that is not UTF-8 on, the declared 8-bit encoding', () => {
    const text = 'ISA*Łukasz Zoë 王 😀~';
    const le = Buffer.from('\ufeff' + text, 'utf16le');
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeText(le)).toBe('\ufeff' + text);
    expect(decodeText(be)).toBe('\ufeff' + text);
    expect(decodeText(Buffer.from('\ufeff' + text))).toBe('\ufeff' + text);
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(new Uint8Array([0x49, 0xc3, 0x53]))).toBe('IÃS');
    const latin1 = decodeInput(Buffer.from("UNA:+.? 'UNB+UNOD:3+A+B'NAD+BY+é\xb3\xf3d\xbc'".replace('é', ''), 'latin1'));
    expect(latin1).toMatchObject({ text: "UNA:+.? 'UNB+UNOD:3+A+B'NAD+BY+łódź'", encoding: 'iso-8859-2', warnings: [{ code: 'INPUT_NOT_UTF8', position: { offset: 31 } }] });
    // UTF-8 up to the first byte that is not, the rest in the fallback (as a stream is read)
    expect(decodeText(Buffer.concat([Buffer.from('Zoë '), Buffer.from('Jäne', 'latin1')]))).toBe('Zoë Jäne');
    expect(decodeText(new Uint8Array([]))).toBe('');
  });
  it('an interchange in Latin-1 (EDIFACT UNOC, X12): the names as written, one INPUT_NOT_UTF8, at any chunking', async () => {
    const ms = leads(70, 5).map((m, i) => { (m as any).lex.payload.lead.customer.lastName = ['Müller', 'Ångström', 'Peña', 'Žák', 'Weiß'][i]; return m; });
    for (const text of [toEdifactInterchange(ms).output, toX12Interchange(ms).output]) {
      const names = ['Müller', 'Ångström', 'Peña', 'Zák', 'Weiß']; // (Ž is not Latin-1: written as Z here)
      const bytes = Buffer.from(text.replace('Žák', 'Zák'), 'latin1');
      const whole = await collect([bytes]);
      expect(whole.items.map((i) => (i.ok ? (i.message as any).lex.payload.lead.customer.lastName : i.error.code))).toEqual(names);
      expect(whole.stream.warnings.filter((w) => w.code === 'INPUT_NOT_UTF8')).toHaveLength(1);
      for (const n of [1, 2, 3, 64, 4096]) {
        const chunked = await collect(pieceBytes(bytes, n));
        expect(summary(chunked.items), `chunks of ${n}`).toEqual(summary(whole.items));
        expect(chunked.stream.warnings, `chunks of ${n}`).toEqual(whole.stream.warnings);
      }
    }
  });

  it('the same messages as readMessages reading the bytes', async () => {
    const x12 = toX12Interchange(leads(60, 3)).output;
    const bytes = Buffer.from('\ufeff' + x12, 'utf16le');
    const streamed = (await collect([bytes])).items;
    expect(parseX12Interchange(decodeText(bytes)).messages.map((t) => t.message)).toEqual(streamed.map((i) => (i as { message: LexMessage }).message));
  });
});

describe('readMessages: UTF-8 bytes with characters above U+00FF (the chunks are cut around them)', () => {
  const odd = (n: number) => {
    const m = lead(n) as any;
    const names = ['Łukasz', 'Zoë 😀', 'Ŧest Ŋame', 'Émile', 'Ω', 'plain'];
    m.lex.payload.lead.customer.firstName = names[n % names.length];
    return m as LexMessage;
  };
  const msgs = Array.from({ length: 40 }, (_, i) => odd(i));
  const x12 = breakBeg(x12Groups([msgs.slice(0, 15), msgs.slice(15, 25), msgs.slice(25)]), '2', '0003');
  const inputs: [string, string][] = [
    ['x12', x12],
    ['x12 without newlines', x12.replace(/~\n/g, '~')],
    ['x12 with another terminator', x12.replace(/~\n/g, '!')],
    ['edifact', toEdifactInterchange(msgs, { newline: true }).output],
    ['edifact without newlines', toEdifactInterchange(msgs).output],
    ['edifact with another terminator (UNA)', toEdifactInterchange(msgs).output.replace(/'/g, '!')],
  ];
  const full = (items: StreamItem[]) => items.map((i) => (i.ok ? { ...i } : { ...i, error: { code: i.error.code, message: i.error.message, position: i.error.position } }));
  for (const [name, text] of inputs) {
    it(`${name}: the same items, messages and warnings at any byte chunking`, async () => {
      const whole = await collect([text]);
      expect(whole.items.length).toBeGreaterThan(30);
      for (const n of [1, 5, 64, 333, 1000, 4096, 1 << 16, 1 << 20]) {
        const r = await collect(bytePieces(text, n));
        expect(full(r.items), `byte chunks of ${n}`).toEqual(full(whole.items));
        expect(r.stream.warnings).toEqual(whole.stream.warnings);
      }
    });
  }

  // The readers' results can depend on where the text is cut when it holds binary garbage (the X12 reader checks
  // each piece before reading its segments): bytes must then give what their chunks' text gives, uncut.
  const firstInvalid = (b: Uint8Array) => {
    try { new TextDecoder('utf-8', { fatal: true }).decode(b); return -1; } catch { return 0; }
  };
  const asText = (parts: Uint8Array[]) => {
    const d = new TextDecoder();
    return [...parts.map((p) => d.decode(p, { stream: true })), d.decode()];
  };
  const withBytes = (text: string, at: number, bytes: number[]) => {
    const b = new TextEncoder().encode(text);
    const i = new TextEncoder().encode(text.slice(0, at)).length;
    const out = new Uint8Array(b.length + bytes.length);
    out.set(b.subarray(0, i));
    out.set(bytes, i);
    out.set(b.subarray(i), i + bytes.length);
    return out;
  };
  const garbage: [string, number[]][] = [['0xFF', [0xff]], ['a cut sequence', [0xff, 0xc5]], ['U+FFFD', [0xef, 0xbf, 0xbd]], ['a control character', [0x01]], ['DEL', [0x7f]], ['an overlong sequence', [0xc0, 0xaf]]];
  for (const [name, text] of inputs) {
    it(`${name}: bytes with garbage after a character above U+00FF read as their chunks' text does (bytes that are not UTF-8: as the whole bytes do, with INPUT_NOT_UTF8)`, async () => {
      for (const [what, bytes] of garbage) {
        const bad = withBytes(text, text.indexOf('Zoë', text.length / 2), bytes);
        // from a byte that is not UTF-8 on, the input is read in an 8-bit encoding (see decodeInput)
        const notUtf8 = firstInvalid(bad) >= 0;
        const whole = notUtf8 ? await collect([bad]) : undefined;
        if (whole) expect(whole.stream.warnings.map((w) => w.code), what).toContain('INPUT_NOT_UTF8');
        for (const n of [1, 7, 100, 4096, 1 << 16]) {
          const parts: Uint8Array[] = [];
          for (let i = 0; i < bad.length; i += n) parts.push(bad.subarray(i, i + n));
          const got = await collect(parts);
          const want = whole ?? (await collect(asText(parts)));
          expect(full(got.items), `${what}, byte chunks of ${n}`).toEqual(full(want.items));
          expect(got.stream.warnings).toEqual(want.stream.warnings);
        }
      }
    });
  }

  // The stream tells the X12 reader which chunks it has found free of garbage (the reader then does not search
  // them): a garbage character whose bytes are cut between two chunks must still be found, at every cut.
  it('garbage cut between two chunks at each of its bytes reads as the chunks\' text does', async () => {
    for (const [name, text] of inputs) {
      for (const [what, bytes] of garbage) {
        const at = text.indexOf('Zoë', text.length / 2) + 1;
        const bad = withBytes(text, at, bytes);
        const i = new TextEncoder().encode(text.slice(0, at)).length;
        if (firstInvalid(bad) >= 0) continue; // (read as 8-bit text from there: the test above)
        for (let k = i - 2; k <= i + bytes.length + 2; k++) {
          // a chunk of ASCII first, so that the chunks around the cut are read with the format known
          const parts = [bad.subarray(0, 3000), bad.subarray(3000, k), bad.subarray(k)];
          const got = await collect(parts);
          const want = await collect(asText(parts));
          expect(full(got.items), `${name}, ${what}, cut at byte ${k - i}`).toEqual(full(want.items));
          expect(got.stream.warnings).toEqual(want.stream.warnings);
        }
      }
    }
  });

  it('clean bytes read as their chunks\' text does, chunk by chunk', async () => {
    for (const [, text] of inputs) {
      for (const n of [3, 500, 1 << 16]) {
        const parts = bytePieces(text, n);
        expect(full((await collect(parts)).items)).toEqual(full((await collect(asText(parts))).items));
      }
    }
  });

  // A file stream of 1 MiB chunks (what lex convert once read) must read as the same bytes in 64 KiB chunks do:
  // the reader cuts a large chunk into views of 64 KiB, so its text stays Latin-1 around the odd characters.
  it('a byte chunk larger than 64 KiB reads as its bytes in chunks of 64 KiB, garbage too', async () => {
    const many = Array.from({ length: 700 }, (_, i) => odd(i));
    const big: [string, Uint8Array][] = [
      ['x12', new TextEncoder().encode(x12Groups([many.slice(0, 300), many.slice(300)]))],
      ['edifact', new TextEncoder().encode(toEdifactInterchange(many, { newline: true }).output)],
    ];
    for (const [name, bytes] of big) {
      expect(bytes.length, name).toBeGreaterThan(3 << 16);
      const text = new TextDecoder().decode(bytes);
      const chunks = (b: Uint8Array, n: number) => Array.from({ length: Math.ceil(b.length / n) }, (_, i) => b.subarray(i * n, (i + 1) * n));
      // clean bytes read the same at any chunking; with garbage, where the text is cut matters (see above), so
      // the chunks are multiples of 64 KiB there
      const cases: [Uint8Array, number[]][] = [
        [bytes, [bytes.length, 1 << 20, (1 << 17) + 3]],
        [withBytes(text, text.indexOf('Zoë', text.length / 2), [0x01]), [bytes.length + 1, 1 << 20, 3 << 16]],
      ];
      for (const [b, sizes] of cases) {
        const want = await collect(chunks(b, 1 << 16));
        for (const n of sizes) {
          const got = await collect(chunks(b, n));
          expect(full(got.items), `${name}, byte chunks of ${n}`).toEqual(full(want.items));
          expect(got.stream.warnings).toEqual(want.stream.warnings);
        }
      }
    }
  });
});

describe('writeMessages', () => {
  it('json: NDJSON, one line per message', async () => {
    const msgs = leads(0, 7);
    const { out, result } = await writeAll(msgs, 'json');
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(7);
    expect(lines.map((l) => JSON.parse(l))).toEqual(msgs);
    expect(result).toEqual({ written: 7, failed: 0, stopped: false });
  });

  it('x12: ONE interchange with exact counts (strict re-read), the same messages when read again', async () => {
    const read = (await collect([BAD_X12])).items;
    const errors: [string, number][] = [];
    const { out, result } = await writeAll(read, 'x12', { onError: (e, i) => errors.push([e.code, i]) });
    expect(result).toEqual({ written: 11, failed: 1, stopped: false });
    expect(errors).toEqual([['X12_INVALID_SEGMENT', 5]]);
    expect(out.match(/^ISA\*/gm)).toHaveLength(1);
    expect(out.match(/^GS\*/gm)).toHaveLength(1);
    expect(out).toMatch(/GE\*11\*\d+~\nIEA\*1\*\d{9}~\n$/);
    const strict = parseX12Interchange(out, { strict: true }); // SE01, GE01, IEA01 and control numbers checked
    expect(strict.messages.map((t) => t.control.transaction)).toEqual(Array.from({ length: 11 }, (_, i) => String(i + 1).padStart(4, '0')));
    const again = (await collect(pieces(out, 4096))).items;
    expect(again.map((i) => (i as { message: LexMessage }).message)).toEqual(read.filter((i) => i.ok).map((i) => (i as { message: LexMessage }).message));
  });

  it('x12: one message written equals toX12 with the same control number', async () => {
    const { out } = await writeAll([lead(3)], 'x12', { x12: { controlNumber: 42 } });
    expect(out).toBe(toX12(lead(3), { controlNumber: 42 }).output);
  });

  it('edifact: ONE interchange equal to toEdifactInterchange (strict re-read: UNT and UNZ counts), the same messages again', async () => {
    const msgs = leads(0, 6);
    const { out, result } = await writeAll(msgs, 'edifact');
    expect(result).toEqual({ written: 6, failed: 0, stopped: false });
    expect(out).toBe(toEdifactInterchange(msgs).output);
    expect(out).toMatch(/UNZ\+6\+[A-Z0-9]+'$/);
    const strict = parseEdifactInterchange(out, { strict: true });
    expect(strict.messages).toHaveLength(6);
    const again = (await collect(pieces(out, 100))).items;
    expect(again.map((i) => (i as { message: LexMessage }).message)).toEqual(strict.messages.map((m) => m.message));
    // X12 with a bad transaction → EDIFACT: the others, counted
    const x = await writeAll((await collect([BAD_X12])).items, 'edifact', { onError: () => {} });
    expect(x.result).toMatchObject({ written: 11, failed: 1 });
    expect(parseEdifactInterchange(x.out, { strict: true }).messages.map((m) => m.message.lex.header.messageId)).toEqual(ALL_IDS.filter((id) => id !== BAD_ID));
    expect((await writeAll([lead(1)], 'edifact')).out).toBe(toEdifact(lead(1)).output);
  });

  it('a message the writer refuses gets the warnings of reading it (why it fails) just before its error', async () => {
    const noLeadId = structuredClone(lead(2)) as any;
    delete noLeadId.lex.payload.lead.leadId;
    const ndjson = [lead(1), noLeadId, lead(3)].map((m) => JSON.stringify(m)).join('\n') + '\n';
    const events: string[] = [];
    const { out, result } = await writeAll(readMessages([ndjson]), 'x12', {
      onWarnings: (ws, i) => events.push(...ws.map((w) => `${i} warning ${w.code} ${w.path}`)),
      onError: (e, i) => events.push(`${i} error ${e.code} ${/BEG03/.test(e.message)}`),
    });
    expect(events.filter((e) => !e.includes('X12_ENVELOPE_ID_TRUNCATED'))).toEqual(['1 warning JSON_REQUIRED_FIELD_MISSING /lex/payload/lead/leadId', '1 error X12_CANNOT_SERIALIZE true']);
    expect(result).toEqual({ written: 2, failed: 1, stopped: false });
    expect(parseX12Interchange(out, { strict: true }).messages.map((m: any) => m.message.lex.payload.lead.leadId)).toEqual([lead(1), lead(3)].map((m: any) => m.lex.payload.lead.leadId));
  });

  it('xml: one <lexBatch> equal to toXmlBatch', async () => {
    const msgs = leads(0, 4);
    const { out } = await writeAll(msgs, 'xml');
    expect(out).toBe(toXmlBatch(msgs).output);
    expect(ids((await collect([out])).items)).toEqual(msgs.map((m) => m.lex.header.messageId));
    expect((await writeAll([], 'xml')).out).toBe(toXmlBatch([]).output);
  });

  it('a message the target cannot write is reported and left out; failFast stops and still closes the interchange', async () => {
    const noSender = structuredClone(lead(1)) as any;
    delete noSender.lex.header.senderId;
    const msgs = [noSender, lead(2), lead(3)];
    const errors: string[] = [];
    const { out, result } = await writeAll(msgs, 'x12', { onError: (e) => errors.push(e.code) });
    expect(errors).toEqual(['X12_CANNOT_SERIALIZE']);
    expect(result.written).toBe(2);
    expect(parseX12Interchange(out, { strict: true }).messages).toHaveLength(2);
    await expect(writeAll(msgs, 'x12')).rejects.toMatchObject({ code: 'X12_CANNOT_SERIALIZE' });
    const stop = await writeAll([lead(1), { notLex: true } as unknown as LexMessage, lead(3)], 'x12', { failFast: true, onError: () => {} });
    expect(stop.result).toEqual({ written: 1, failed: 1, stopped: true });
    expect(parseX12Interchange(stop.out, { strict: true }).messages).toHaveLength(1);
  });

  it('reports read and write warnings per message', async () => {
    const seen: [number, string[]][] = [];
    await writeAll((await collect([GOOD_X12])).items, 'x12', { onWarnings: (w, i) => seen.push([i, w.map((x) => x.code)]) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]![1]).toContain('X12_ENVELOPE_ID_TRUNCATED');
  });

  it('backpressure: the source is read only as fast as the output drains', async () => {
    let pulled = 0;
    let written = 0;
    let maxAhead = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - written);
        yield JSON.stringify(lead(i)) + '\n';
      }
    }
    const write = (s: string) => new Promise<void>((resolve) => setTimeout(() => { written += s.split('\n').length - 1; resolve(); }, 1));
    const result = await writeMessages(readMessages(source()), 'json', write, { chunkSize: 1 });
    expect(result.written).toBe(50);
    expect(written).toBe(50);
    expect(maxAhead).toBeLessThanOrEqual(3);
  });
});

describe('writeMessages: bytes', () => {
  /** the output of the bytes mode, decoded, with the chunks it was given in */
  async function writeBytes(items: AsyncIterable<LexMessage | StreamItem> | Iterable<LexMessage | StreamItem>, to: Parameters<typeof writeMessages>[1], options: Parameters<typeof writeMessages>[3] = {}) {
    const chunks: Uint8Array[] = [];
    const result = await writeMessages(items, to, (b: Uint8Array) => { chunks.push(b); }, { ...options, bytes: true });
    return { bytes: Buffer.concat(chunks), chunks, result };
  }
  const unicode = () => {
    const m = structuredClone(lead(5)) as any;
    m.lex.payload.lead.customer.firstName = 'Łukasz 😀 Zoë \u2028 "quoted" \\ \t end';
    m.lex.payload.lead.customer.lastName = 'x'.repeat(300_000); // one line longer than the chunk
    return m as LexMessage;
  };

  for (const to of ['json', 'xml', 'x12', 'edifact'] as const) {
    it(`${to}: the UTF-8 of the text output, byte for byte, at any chunk size`, async () => {
      const msgs = [...leads(0, 5), unicode(), ...leads(5, 3)];
      const text = await writeAll(msgs, to);
      for (const chunkSize of [1, 7, 1000, undefined]) {
        const { bytes, chunks, result } = await writeBytes(msgs, to, chunkSize ? { chunkSize } : {});
        expect(bytes.equals(Buffer.from(text.out))).toBe(true);
        expect(result).toEqual(text.result);
        expect(chunks.every((c) => c instanceof Uint8Array && c.length > 0)).toBe(true);
        // every chunk is an array of its own (the callee may keep it)
        expect(new Set(chunks.map((c) => c.buffer)).size).toBe(chunks.length);
      }
    });
  }

  it('json from readMessages: failures, warnings and failFast as in the text mode', async () => {
    for (const failFast of [false, true]) {
      const seen = (errors: unknown[]) => ({ onError: (e: { code: string }, i: number) => errors.push([e.code, i]), onWarnings: (w: { code: string }[], i: number) => errors.push(['w', i, w.map((x) => x.code)]), failFast });
      const a: unknown[] = [];
      const b: unknown[] = [];
      const text = await writeAll(readMessages(pieces(BAD_X12, 333)), 'json', seen(a));
      const bin = await writeBytes(readMessages(pieces(BAD_X12, 333)), 'json', seen(b));
      expect(bin.bytes.toString('utf8')).toBe(text.out);
      expect(bin.result).toEqual(text.result);
      expect(b).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    }
  });

  it('json: a value that is not a message is a failure, a toJSON giving undefined writes "undefined" as before', async () => {
    const odd = { toJSON: () => undefined } as unknown as LexMessage;
    const errors: string[] = [];
    const msgs = [lead(1), [] as unknown as LexMessage, odd, lead(2)];
    const text = await writeAll(msgs, 'json', { onError: (e) => errors.push(e.code) });
    const bin = await writeBytes(msgs, 'json', { onError: (e) => errors.push(e.code) });
    expect(bin.bytes.toString('utf8')).toBe(text.out);
    expect(text.out.split('\n')[1]).toBe('undefined');
    expect(errors).toEqual(['JSON_CANNOT_SERIALIZE', 'JSON_CANNOT_SERIALIZE']);
  });

  it('backpressure: the next chunk waits for the last write', async () => {
    let pulled = 0;
    let written = 0;
    let maxAhead = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - written);
        yield JSON.stringify(lead(i)) + '\n';
      }
    }
    const write = (b: Uint8Array) => new Promise<void>((resolve) => setTimeout(() => { written += b.filter((c) => c === 10).length; resolve(); }, 1));
    const result = await writeMessages(readMessages(source()), 'json', write, { chunkSize: 1, bytes: true });
    expect(result.written).toBe(50);
    expect(written).toBe(50);
    expect(maxAhead).toBeLessThanOrEqual(3);
  });
});

describe('memory', () => {
  it('a ~50 MB X12 interchange streams through readMessages → writeMessages with bounded RSS growth', async () => {
    const count = 130_000; // ≈ 390 characters per transaction: ≈ 50 MB
    let bytesIn = 0;
    let bytesOut = 0;
    let baseline = 0;
    let peak = 0;
    async function* source() {
      for (const chunk of bigX12(count, 1 << 16)) {
        bytesIn += chunk.length;
        yield chunk;
        const rss = process.memoryUsage().rss;
        // the first 5 MB warm the heap up to its working size; growth is measured from there
        if (baseline === 0 && bytesIn > 5e6) baseline = rss;
        if (baseline !== 0) peak = Math.max(peak, rss);
      }
    }
    const result = await writeMessages(readMessages(source()), 'json', (s) => { bytesOut += s.length; });
    expect(bytesIn).toBeGreaterThan(48e6);
    expect(result).toEqual({ written: count, failed: 0, stopped: false });
    expect(bytesOut).toBeGreaterThan(bytesIn);
    console.log(`memory: ${(bytesIn / 1e6).toFixed(0)} MB streamed, RSS ${(baseline / 1e6).toFixed(0)} MB after 5 MB, peak ${(peak / 1e6).toFixed(0)} MB`);
    expect((peak - baseline) / 1e6).toBeLessThan(100);
  }, 60_000);
});
