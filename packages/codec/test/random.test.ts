import { describe, expect, it } from 'vitest';
import { mutateText, placeNear, seededRandom, textEdits } from '../src/random.js';

describe('seededRandom', () => {
  it('replays a run from its seed', () => {
    const a = seededRandom(42), b = seededRandom(42), c = seededRandom(43);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('placeNear', () => {
  it('lands within the span around a match, and anywhere when nothing matches', () => {
    const text = 'a'.repeat(100) + 'ISA' + 'b'.repeat(100);
    const r = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const at = placeNear(text, /ISA/g, r, 10, 4);
      expect(at).toBeGreaterThanOrEqual(96);
      expect(at).toBeLessThan(106);
    }
    const anywhere = new Set(Array.from({ length: 200 }, () => placeNear('xyz'.repeat(20), /ISA/g, r, 10, 4)));
    expect(anywhere.size).toBeGreaterThan(20);
  });
});

describe('mutateText', () => {
  const input = 'ISA*00*~ST*850*0001~BEG*00*SA*1~SE*3*0001~';
  it('is deterministic for a seed and does the number of rounds asked', () => {
    const opts = { edits: [textEdits.insert(['#'])], minRounds: 3, maxRounds: 3 };
    const out = mutateText(input, seededRandom(5), opts);
    expect(out).toBe(mutateText(input, seededRandom(5), opts));
    expect(out.length).toBe(input.length + 3);
    expect(out.replace(/#/g, '')).toBe(input);
    expect(mutateText(input, seededRandom(5), { edits: [textEdits.truncate()], minRounds: 0, maxRounds: 0 })).toBe(input);
  });
  it('each shared edit does what it says', () => {
    const r = seededRandom(9);
    for (let i = 0; i < 100; i++) {
      const at = Math.floor(r() * (input.length + 1));
      expect(input.startsWith(textEdits.truncate()(input, at, r))).toBe(true);
      const removed = textEdits.remove(5)(input, at, r);
      expect(input.length - removed.length).toBeLessThanOrEqual(5);
      expect(removed.slice(0, at)).toBe(input.slice(0, at));
      const dup = textEdits.duplicate(10)(input, at, r);
      expect(dup.slice(0, at) + dup.slice(at + dup.length - input.length)).toBe(input);
      const replaced = textEdits.replaceChar(0x80, 0x41)(input, Math.min(at, input.length - 1), r);
      expect(replaced.length).toBe(input.length);
      expect(textEdits.append(['UNA'])(input, at, r)).toBe(input + 'UNA');
      const spliced = textEdits.splice(['0123456789'], 4)(input, at, r);
      expect('0123456789').toContain(spliced.slice(at, at + spliced.length - input.length));
      expect(textEdits.bumpDigits()(input, at, r).replace(/\d/g, '0')).toBe(input.replace(/\d/g, '0'));
      for (const ch of textEdits.insertRandom(8, 0x20)(input, at, r).slice(at, at + 8)) expect(ch.charCodeAt(0) < 0x20 || input.includes(ch)).toBe(true);
    }
  });
  it('puts the share asked for near the pattern', () => {
    const text = 'x'.repeat(500) + 'UNH' + 'y'.repeat(500);
    const r = seededRandom(3);
    let near = 0;
    for (let i = 0; i < 400; i++) {
      const out = mutateText(text, r, { edits: [textEdits.insert(['!'])], minRounds: 1, maxRounds: 1, near: { pattern: /UNH/g, span: 8, before: 4, share: 0.5 } });
      const at = out.indexOf('!');
      if (at >= 496 && at < 504) near++;
    }
    expect(near).toBeGreaterThan(150); // about 200 of 400, and by chance only ~3
    expect(near).toBeLessThan(260);
  });
});
