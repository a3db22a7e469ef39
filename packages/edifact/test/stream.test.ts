// The tokenizer and the interchange reader take their input in chunks: a segment (and a release character)
// may be cut anywhere; the result is the same as for the whole string.
import { describe, expect, it } from 'vitest';
import { EdifactStreamParser, elementsOf, parseEdifactInterchange, SegmentTokenizer, toEdifactInterchange } from '../src/index.js';
import { richLead, seed, seedJson } from './helpers.js';

function chunked(text: string, sizes: number[]) {
  const p = new EdifactStreamParser();
  const messages = [];
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = sizes[k % sizes.length]!;
    messages.push(...p.push(text.slice(at, at + size)));
    at += size;
  }
  const end = p.end();
  messages.push(...end.messages);
  return { messages, warnings: end.warnings, controlReference: end.controlReference };
}

const strip = (r: { messages: { message: unknown; warnings: unknown; reference: string }[]; warnings: unknown }) => ({
  messages: r.messages.map((m) => ({ message: m.message, warnings: m.warnings, reference: m.reference })),
  warnings: r.warnings,
});

describe('chunked input', () => {
  const special = richLead();
  special.lex.payload.lead.leadId = "L?+1:2'3??4";
  special.lex.payload.lead.customer.lastName = "O'Neil ?";
  const inputs: [string, string][] = [
    ['seed reference-lead.edi (UNA mismatch)', seed('reference-lead.edi')],
    ['seed home-page-lead.edi', seed('home-page-lead.edi')],
    ['our output with releases, no newlines', toEdifactInterchange([seedJson('minimal-lead.json'), special]).output],
    ['our output with releases and newlines', toEdifactInterchange([special, seedJson('minimal-lead.json')], { newline: true }).output],
    // line breaks between the UNA and the UNB: found by the fuzz script (chunks threw where the whole string parsed)
    ['the standard UNA, then eight line breaks', toEdifactInterchange([seedJson('minimal-lead.json')]).output.replace("UNA:+.? '", "UNA:+.? '\n\r\r\r\r\r\r\r")],
    ['seed reference-lead.edi with its seven-character UNA, then nine line breaks', seed('reference-lead.edi').replace('\n', '\n'.repeat(9))],
  ];
  for (const [name, text] of inputs) {
    it(`${name}: every split point and chunk size gives the whole-string result`, () => {
      const whole = strip(parseEdifactInterchange(text));
      for (let cut = 1; cut < text.length; cut++) expect(strip(chunked(text, [cut, text.length]))).toEqual(whole);
      for (const sizes of [[1], [2], [3, 1], [7, 13, 1], [64]]) expect(strip(chunked(text, sizes))).toEqual(whole);
    });
  }

  it('odd text between the UNA and the UNB: the same outcome whole and cut at every point (fuzz finds)', () => {
    const body = toEdifactInterchange([seedJson('minimal-lead.json')]).output.slice("UNA:+.? '".length);
    const outcome = (f: () => { messages: { message: unknown }[] }) => {
      try {
        return f().messages.map((m) => m.message);
      } catch (e) {
        return (e as { code?: string }).code;
      }
    };
    for (const head of ["UNA:+.? '\n::::::", "UNA:+.? 'U", "UNA:+.? '\n.", "UNA:+.? '\r\n", "UNA:*+,? '\n\n", "UNA:+.? ' \n", "UNA:+.? 'UN"]) {
      const text = head + body;
      const whole = outcome(() => parseEdifactInterchange(text));
      for (let cut = 1; cut < 40; cut++) expect(outcome(() => chunked(text, [cut, text.length])), `${JSON.stringify(head)} cut at ${cut}`).toEqual(whole);
    }
  });

  it('binary data near the start, and a UNA terminator the body never uses: the same outcome at every cut', () => {
    const body = toEdifactInterchange([seedJson('minimal-lead.json')]).output.slice("UNA:+.? '".length);
    const outcome = (f: () => { messages: { message: unknown; warnings: unknown }[] }) => {
      try {
        return f().messages.map((m) => [m.message, m.warnings]);
      } catch (e) {
        return [(e as { code?: string }).code, (e as { position?: unknown }).position];
      }
    };
    const texts = [
      // a control character inside the UNB: before, whole strings named its segment and chunks did not
      "UNA:+.? '" + body.replace('+DEALER', '+\u0000DEALER'),
      // a control character 30 characters in, after text that does not start like EDIFACT
      'XYZ,' + 'a'.repeat(26) + '\u0001' + body,
      // the UNA declares '~' as terminator, the body ends its segments with "'": known only once 4096 characters
      // of the UNB on have been seen, or at the end
      'UNA:+.? ~' + body,
    ];
    for (const text of texts) {
      const whole = outcome(() => parseEdifactInterchange(text));
      for (let cut = 1; cut < 80; cut++) expect(outcome(() => chunked(text, [cut, text.length])), `${JSON.stringify(text.slice(0, 40))} cut at ${cut}`).toEqual(whole);
    }
    const declared = parseEdifactInterchange(texts[2]!);
    expect(declared.messages.length).toBe(1);
    expect(declared.warnings.map((w) => w.code)).toContain('EDIFACT_UNA_MISMATCH');
    // pushed whole, that interchange is read at end(), which returns its message
    const p = new EdifactStreamParser();
    expect(p.push(texts[2]!)).toEqual([]);
    expect(p.end().messages.map((m) => m.message)).toEqual([declared.messages[0]!.message]);
  });

  it('more line breaks after the UNA than the detection window are refused alike, whole or in chunks', () => {
    const text = toEdifactInterchange([seedJson('minimal-lead.json')]).output.replace("UNA:+.? '", "UNA:+.? '" + '\n'.repeat(5000));
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return 'parsed';
    };
    expect(codeOf(() => parseEdifactInterchange(text))).toBe('EDIFACT_MISSING_ENVELOPE');
    for (const size of [1, 7, 4096, 5003]) expect(codeOf(() => chunked(text, [size]))).toBe('EDIFACT_MISSING_ENVELOPE');
  });

  it('hands out each message as soon as its UNT arrives', () => {
    const messages = Array.from({ length: 5 }, (_, i) => {
      const m = seedJson('minimal-lead.json');
      m.lex.header.messageId = `550e8400-e29b-41d4-a716-44665544000${i}`;
      return m;
    });
    const text = toEdifactInterchange(messages).output;
    const p = new EdifactStreamParser();
    const seen: number[] = [];
    for (let at = 0; at < text.length; at += 50) seen.push(p.push(text.slice(at, at + 50)).length);
    p.end();
    expect(seen.reduce((a, b) => a + b, 0)).toBe(5);
    expect(seen.filter((n) => n > 0).length).toBeGreaterThan(3);
  });

  it('the tokenizer: a release character at the end of a chunk escapes the next chunk’s first character', () => {
    const text = "UNA:+.? 'UNB+UNOC:3+A+B+260101:1200+1'FTX+a??b?'c?+d?:e'";
    for (let cut = 1; cut < text.length; cut++) {
      const t = new SegmentTokenizer();
      const segs = [...t.push(text.slice(0, cut)), ...t.push(text.slice(cut)), ...t.end()];
      const ftx = segs.find((s) => s.tag === 'FTX')!;
      expect(elementsOf(ftx, t.delimiters!)).toEqual(["a?b'c+d:e"]);
    }
  });

  it('the tokenizer gives segment numbers, offsets, lines and columns', () => {
    const t = new SegmentTokenizer();
    const segs = [...t.push("UNA:+.? '\nUNB+UNOC:3+A+B+260101:1200+1'\n  UNH+1+ALXLDE:D:96A:UN'"), ...t.end()];
    expect(segs.map((s) => [s.tag, s.index, s.offset, s.line, s.column])).toEqual([
      ['UNA', 1, 0, 1, 1],
      ['UNB', 2, 10, 2, 1],
      ['UNH', 3, 42, 3, 3],
    ]);
  });

  it('settled mode: a message whose UNT is missing fails, and the message after it reads as it does in the intact interchange', () => {
    // the next UNH ends the broken message; it is read again as the first segment of its own message (a segment
    // the tokenizer may have pooled: it must not be recycled with the failed message's segments)
    const text = toEdifactInterchange([seedJson('minimal-lead.json'), richLead(), seedJson('minimal-lead.json')], { newline: true }).output;
    const intact = parseEdifactInterchange(text);
    const untAt = text.indexOf('UNT+');
    const broken = text.slice(0, untAt) + text.slice(text.indexOf("'", untAt) + 2);
    for (const size of [broken.length, 64, 7]) {
      const p = new EdifactStreamParser();
      const items = [];
      for (let at = 0; at < broken.length; at += size) items.push(...p.pushSettled(broken.slice(at, at + size)));
      items.push(...p.endSettled());
      expect(items.map((x) => ('error' in x ? x.error.code : 'message'))).toEqual(['EDIFACT_MISSING_ENVELOPE', 'message', 'message']);
      for (const k of [1, 2]) {
        const item = items[k]!;
        if ('error' in item) throw item.error;
        expect(item.message).toEqual(intact.messages[k]!.message);
        expect(item.warnings.map((w) => w.code)).toEqual(intact.messages[k]!.warnings.map((w) => w.code));
      }
    }
  });
});
