// Containment: damage inside one transaction of an X12 or EDIFACT interchange (its trailer or header lost, a
// segment with an invalid tag, a stray header inside it, a segment lost, elements shifted), one <lex> of an XML
// batch or one NDJSON line changes nothing about the other transactions: each reads, through readMessages and any byte chunking, exactly as in the intact
// interchange — the same message and the same warnings. Property-based over generated messages (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexMessageArbitrary } from '@lexstandard/codec/arbitrary';
import { toEdifactInterchange } from '@lexstandard/edifact';
import { toXmlBatch } from '@lexstandard/xml';
import { toX12Interchange } from '@lexstandard/x12';
import { readMessages, type LexMessage, type StreamItem } from '../src/index.js';

type Damage = 'no trailer' | 'invalid tag' | 'no header' | 'header inside' | 'segment lost' | 'elements shifted';
const DAMAGES: Damage[] = ['no trailer', 'invalid tag', 'no header', 'header inside', 'segment lost', 'elements shifted'];

const SYNTAX = {
  x12: { open: 'ST', close: 'SE', write: (ms: LexMessage[], newline: boolean) => toX12Interchange(ms, { newline }).output },
  edifact: { open: 'UNH', close: 'UNT', write: (ms: LexMessage[], newline: boolean) => toEdifactInterchange(ms, { newline }).output },
} as const;

/** the interchange's segments, each with its terminator (and the line break after it); EDIFACT ?' stays inside */
function segmentsOf(text: string, format: 'x12' | 'edifact'): { segments: string[]; sep: string } {
  const term = format === 'x12' ? text[105]! : "'";
  const sep = format === 'x12' ? text[3]! : '+';
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== term) continue;
    if (format === 'edifact') {
      let q = 0;
      while (text[i - 1 - q] === '?') q++;
      if (q % 2 === 1) continue;
    }
    segments.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) segments.push(text.slice(start));
  return { segments, sep };
}

async function read(text: string, chunk: number): Promise<StreamItem[]> {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const items: StreamItem[] = [];
  for await (const item of readMessages(parts)) items.push(item);
  return items;
}

const outcome = (item: StreamItem) => ({ message: item.ok ? item.message : null, warnings: item.warnings.map((w) => [w.code, w.message]) });

describe('containment: damage to one transaction leaves the others as they were', () => {
  for (const format of ['x12', 'edifact'] as const) {
    it(`${format}: every other transaction reads exactly as in the intact interchange`, async () => {
      const { open, close, write } = SYNTAX[format];
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(lexMessageArbitrary(), { minLength: 3, maxLength: 7 }),
          fc.boolean(),
          fc.nat(),
          fc.constantFrom(...DAMAGES),
          fc.nat(),
          fc.integer({ min: 1, max: 4096 }),
          async (generated, newline, which, damage, where, chunk) => {
            // distinct message ids: the EDIFACT message reference is the message id, and transactions are told apart by it
            const messages = generated.map((m, i) => {
              const c = structuredClone(m);
              c.lex.header.messageId = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
              return c;
            });
            let text: string;
            try {
              text = write(messages, newline);
            } catch {
              return; // (a generated message the format cannot write at all: not this property's concern)
            }
            const intact = await read(text, 1 << 20);
            expect(intact.every((i) => i.ok)).toBe(true);
            const { segments, sep } = segmentsOf(text, format);
            const tag = (s: string) => s.trimStart().split(sep)[0]!;
            const starts = segments.flatMap((s, n) => (tag(s) === open ? [n] : []));
            expect(starts.length).toBe(intact.length);
            const j = which % starts.length;
            const a = starts[j]!;
            let b = a;
            while (tag(segments[b]!) !== close) b++;
            const nl = newline ? '\n' : '';
            const term = segments[a]!.trimEnd().slice(-1);
            const mid = a + 1 + (where % Math.max(1, b - a - 1));
            const broken = segments.slice();
            if (damage === 'no trailer') broken.splice(b, 1);
            else if (damage === 'invalid tag') broken[mid] = `1X${sep}junk${term}${nl}`;
            else if (damage === 'no header') broken.splice(a, 1);
            else if (damage === 'header inside') broken.splice(mid, 0, `${open}${sep}9999${term}${nl}`);
            else if (damage === 'segment lost') broken.splice(mid, 1);
            else broken[mid] = broken[mid]!.replace(sep, sep.repeat(3));
            const got = await read(broken.join(''), chunk);
            for (let n = 0; n < intact.length; n++) {
              if (n === j) continue;
              const same = got.filter((i) => i.ok && i.control === intact[n]!.control);
              expect(same.length, `transaction ${n} (${intact[n]!.control}) after "${damage}" in transaction ${j}`).toBe(1);
              expect(outcome(same[0]!)).toEqual(outcome(intact[n]!));
              checked++;
            }
          },
        ),
        { numRuns: 60, seed: format === 'x12' ? 850 : 96 },
      );
      expect(checked).toBeGreaterThan(100);
    }, 60_000);
  }

  const XML_DAMAGES = ['undefined entity', 'unknown element', 'element lost', 'mismatched end tag', 'duplicate attribute'] as const;
  const NDJSON_DAMAGES = ['cut short', 'unknown property', 'no lex root', 'trailing junk', 'opened array'] as const;
  for (const format of ['xml', 'json'] as const) {
    it(`${format === 'xml' ? 'XML batch' : 'NDJSON'}: every other document reads exactly as in the intact batch`, async () => {
      let checked = 0;
      const damages: readonly string[] = format === 'xml' ? XML_DAMAGES : NDJSON_DAMAGES;
      await fc.assert(
        fc.asyncProperty(
          fc.array(lexMessageArbitrary(), { minLength: 3, maxLength: 6 }),
          fc.nat(),
          fc.constantFrom(...damages),
          fc.nat(),
          fc.integer({ min: 1, max: 4096 }),
          async (generated, which, damage, where, chunk) => {
            const messages = generated.map((m, i) => {
              const c = structuredClone(m);
              c.lex.header.messageId = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
              return c;
            });
            const text = format === 'xml' ? toXmlBatch(messages).output : messages.map((m) => JSON.stringify(m)).join('\n') + '\n';
            const intact = await read(text, 1 << 20);
            expect(intact.map((i) => i.ok)).toEqual(messages.map(() => true));
            const j = which % messages.length;
            let broken: string;
            if (format === 'xml') {
              const docs = text.split('<lex ');
              const leaves = [...docs[j + 1]!.matchAll(/<([a-zA-Z]+)>([^<]*)<\/\1>/g)];
              const [leaf, name, value] = leaves[where % leaves.length]!;
              const replacement = {
                'undefined entity': `<${name}>&bogus;</${name}>`,
                'unknown element': `${leaf}<zzz>1</zzz>`,
                'element lost': '',
                'mismatched end tag': `<${name}>${value}</${name}X>`,
                'duplicate attribute': `<${name} a="1" a="2">${value}</${name}>`,
              }[damage as (typeof XML_DAMAGES)[number]];
              docs[j + 1] = docs[j + 1]!.replace(leaf, replacement);
              broken = docs.join('<lex ');
            } else {
              const lines = text.split('\n');
              const line = lines[j]!;
              lines[j] = {
                'cut short': line.slice(0, where % line.length),
                'unknown property': line.replace('{', '{"x":1,'),
                'no lex root': line.replace('"lex"', '"lexx"'),
                'trailing junk': `${line} junk`,
                'opened array': `[${line}`,
              }[damage as (typeof NDJSON_DAMAGES)[number]];
              broken = lines.join('\n');
            }
            const got = await read(broken, chunk);
            const id = (i: StreamItem) => (i.ok ? i.message.lex.header.messageId : undefined);
            for (let n = 0; n < intact.length; n++) {
              if (n === j) continue;
              const same = got.filter((i) => id(i) === id(intact[n]!));
              expect(same.length, `document ${n} after "${damage}" in document ${j}`).toBe(1);
              expect(outcome(same[0]!)).toEqual(outcome(intact[n]!));
              checked++;
            }
          },
        ),
        { numRuns: 40, seed: format === 'xml' ? 1001 : 2002 },
      );
      expect(checked).toBeGreaterThan(60);
    }, 60_000);
  }
});
