// A small benchmark harness: each case runs in timed samples after a warm-up; the median sample is
// reported (machines are noisy), as MB/s over the input bytes, and ours is set against a peer on the
// same bytes as a ratio (the median of side-by-side sample ratios). Results are also written to results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';

export interface Measurement { name: string; bytes: number; medianMs: number; mbPerSec: number; opsPerSec: number; samples: number }
export interface Comparison { title: string; ours: Measurement; peer?: Measurement; ratio?: number; target?: string }

export interface Harness {
  /** a heading in the report */
  section(title: string): void;
  measure(name: string, bytes: number, fn: () => unknown): Promise<Measurement>;
  /** measures ours and the peer on the same input; ratio = peer time / our time (>1: we are faster) */
  compare(title: string, bytes: number, ours: () => unknown, peer?: { name: string; fn: () => unknown }, target?: string): Promise<Comparison>;
  /** free-form line, e.g. a streaming run's MB/s and peak RSS */
  note(line: string, data?: Record<string, unknown>): void;
}

const SAMPLE_MS = Number(process.env.LEX_BENCH_SAMPLE_MS ?? 150);
const SAMPLES = Number(process.env.LEX_BENCH_SAMPLES ?? 7);
// Long enough for the optimizing compiler to finish with large generated functions (the compiled validator is ~600 KB).
const WARMUP_MS = Number(process.env.LEX_BENCH_WARMUP_MS ?? 1000);

function now() { return Number(process.hrtime.bigint()) / 1e6; }

function sample(fn: () => unknown): number {
  let n = 0;
  let sink: unknown;
  const start = now();
  let t = start;
  while (t - start < SAMPLE_MS || n < 1) { sink = fn(); n++; t = now(); }
  void sink;
  return (t - start) / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Per-call times of timed samples; with several functions the samples alternate (A B A B …) so drift hits all
 * alike. Returns each function's samples, in order (sample s of every function was taken at about the same time).
 */
async function runAlternating(fns: (() => unknown)[]): Promise<number[][]> {
  for (const fn of fns) { const end = now() + WARMUP_MS; while (now() < end) fn(); } // warm-up
  const perCall: number[][] = fns.map(() => []);
  for (let s = 0; s < SAMPLES; s++) fns.forEach((fn, i) => perCall[i]!.push(sample(fn)));
  return perCall;
}

const toMeasurement = (name: string, bytes: number, medianMs: number): Measurement =>
  ({ name, bytes, medianMs, samples: SAMPLES, opsPerSec: 1000 / medianMs, mbPerSec: bytes / 1e6 / (medianMs / 1000) });

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export function createHarness(): Harness & { results: Comparison[]; notes: unknown[]; save(): void } {
  const results: Comparison[] = [];
  const notes: unknown[] = [];
  const h = {
    results,
    notes,
    section(title: string) { console.log(`\n## ${title}`); },
    async measure(name: string, bytes: number, fn: () => unknown): Promise<Measurement> {
      const [ms] = await runAlternating([fn]);
      return toMeasurement(name, bytes, median(ms!));
    },
    async compare(title: string, bytes: number, ours: () => unknown, peer?: { name: string; fn: () => unknown }, target?: string) {
      const [oursMs, peerMs] = await runAlternating(peer ? [ours, peer.fn] : [ours]);
      const o = toMeasurement('LEX', bytes, median(oursMs!));
      const p = peer ? toMeasurement(peer.name, bytes, median(peerMs!)) : undefined;
      // the median of the ratios of samples taken side by side: a slow spell of the machine hits both sides of a
      // pair, so it moves this far less than a ratio of two medians taken over different moments
      const ratio = peerMs ? median(peerMs.map((t, s) => t / oursMs![s]!)) : undefined;
      const c: Comparison = { title, ours: o, ...(p ? { peer: p } : {}), ...(ratio !== undefined ? { ratio } : {}), ...(target ? { target } : {}) };
      results.push(c);
      const line = `${title.padEnd(58)} ours ${fmt(o.mbPerSec).padStart(8)} MB/s ${fmt(o.opsPerSec, 0).padStart(9)} ops/s`;
      console.log(p ? `${line} | ${p.name} ${fmt(p.mbPerSec).padStart(8)} MB/s | ratio ${fmt(ratio!, 2)}×${target ? ` (target ${target})` : ''}` : line);
      return c;
    },
    note(line: string, data?: Record<string, unknown>) { console.log(line); notes.push({ line, ...data }); },
    save() {
      const dir = new URL('../results/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      writeFileSync(new URL('latest.json', dir), JSON.stringify({ node: process.version, at: new Date().toISOString(), results, notes }, null, 2));
    },
  };
  return h;
}
