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
