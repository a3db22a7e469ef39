// A small deterministic PRNG (mulberry32) for fuzzers and data generators: the same seed gives the same run, so a
// failing fuzz case or a benchmark input can be replayed from its seed. Not for anything secret.

/** Returns a function giving uniform numbers in [0, 1), seeded by `seed`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A place in `text` near a match of `pattern` (global): from `before` characters before a match to `span - before`
 * after it, within the text; anywhere when nothing matches. For fuzzers that mutate where a parser decides things.
 */
export function placeNear(text: string, pattern: RegExp, r: () => number, span: number, before: number): number {
  const starts = [...text.matchAll(pattern)].map((m) => m.index!);
  if (starts.length === 0) return Math.floor(r() * (text.length + 1));
  return Math.max(0, Math.min(text.length, starts[Math.floor(r() * starts.length)]! + Math.floor(r() * span) - before));
}

/** One way to change a text at a place `at` (0 … length). */
export type TextEdit = (text: string, at: number, r: () => number) => string;

const below = (r: () => number, n: number) => Math.floor(r() * n);
const oneOf = <T>(r: () => number, xs: readonly T[]): T => xs[below(r, xs.length)]!;

/** The edits the fuzzers share; each fuzzer picks its own mix, sizes and alphabet, and adds its format's own edits. */
export const textEdits = {
  /** cut the text off here */
  truncate: (): TextEdit => (s, at) => s.slice(0, at),
  /** remove 1 … `max` characters */
  remove: (max: number): TextEdit => (s, at, r) => s.slice(0, at) + s.slice(at + 1 + below(r, max)),
  /** insert one of `tokens` (syntax characters, segment starts, hostile strings) */
  insert: (tokens: readonly string[]): TextEdit => (s, at, r) => s.slice(0, at) + oneOf(r, tokens) + s.slice(at),
  /** replace the character here by one with a code in [from, to) */
  replaceChar: (to: number, from = 0): TextEdit => (s, at, r) => s.slice(0, at) + String.fromCharCode(from + below(r, to - from)) + s.slice(at + 1),
  /** insert up to `max` random characters with codes below `to` */
  insertRandom: (max: number, to: number): TextEdit => (s, at, r) => {
    let g = '';
    for (let i = below(r, max); i > 0; i--) g += String.fromCharCode(below(r, to));
    return s.slice(0, at) + g + s.slice(at);
  },
  /** repeat the next 0 … `max` characters */
  duplicate: (max: number): TextEdit => (s, at, r) => s.slice(0, at) + s.slice(at, at + below(r, max)) + s.slice(at),
  /** insert up to `max` characters taken from anywhere in another text of `pool` */
  splice: (pool: readonly string[], max: number): TextEdit => (s, at, r) => {
    const other = oneOf(r, pool);
    const from = below(r, other.length);
    return s.slice(0, at) + other.slice(from, from + below(r, max)) + s.slice(at);
  },
  /** append a whole text of `pool` (a next message or interchange) */
  append: (pool: readonly string[]): TextEdit => (s, _at, r) => s + oneOf(r, pool),
  /** change about one digit in ten (counts, control numbers, dates) */
  bumpDigits: (): TextEdit => (s, _at, r) => s.replace(/\d/g, (d) => (r() < 0.1 ? String((Number(d) + 1) % 10) : d)),
};

export interface MutateTextOptions {
  /** the edits to choose from, uniformly (list one twice to weight it) */
  edits: readonly TextEdit[];
  /** how many edits: from `minRounds` to `maxRounds` (default 1 … 4) */
  minRounds?: number;
  maxRounds?: number;
  /** where the parser decides things: a share of the edits land near a match (see `placeNear`) */
  near?: { pattern: RegExp; span: number; before: number; share?: number };
}

/** `input` after a few random edits: the mutation step of the repository's text fuzzers. */
export function mutateText(input: string, r: () => number, options: MutateTextOptions): string {
  const { edits, minRounds = 1, maxRounds = 4, near } = options;
  let s = input;
  for (let k = minRounds + below(r, maxRounds - minRounds + 1); k > 0; k--) {
    const at = near && r() < (near.share ?? 0.3) ? placeNear(s, near.pattern, r, near.span, near.before) : below(r, s.length + 1);
    s = oneOf(r, edits)(s, at, r);
  }
  return s;
}
