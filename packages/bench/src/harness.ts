// A small benchmark harness: each case runs in timed samples after a warm-up; the median sample is
// reported (machines are noisy), as MB/s over the input bytes, and ours is set against a peer on the
// same bytes as a ratio (the median of side-by-side sample ratios). Results are also written to results/latest.json.
//
// The peer without pretenuring: a JavaScript parser's speed can hang on V8's heuristics rather than on its code. The
// `edifact` library's parser, with default flags, runs about six times slower when V8's allocation-site pretenuring
// moves its short-lived strings and arrays to the old generation, and whether that happens depends on what the
// process ran before (it flips between runs, and within one). A ratio against the slow mode alone would flatter us, so
// a peer named by id is timed a second time in a child process with that heuristic off, and that ratio is reported
// too; a target counts as met only when both ratios meet it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Measurement { name: string; bytes: number; medianMs: number; mbPerSec: number; opsPerSec: number; samples: number }
export interface Comparison {
  title: string;
  ours: Measurement;
  peer?: Measurement;
  ratio?: number;
  /** the peer timed in a child process without allocation-site pretenuring, and its time over ours */
  peerNoPretenuring?: Measurement;
  ratioNoPretenuring?: number;
  target?: string;
}

/**
 * A peer: `fn` is timed in the bench's process; with `id` (a key of PEERS in peers.ts) and `text` (its input, the
 * same bytes as fn reads) it is also timed in a child process without allocation-site pretenuring.
 */
export interface Peer { name: string; fn: () => unknown; id?: string; text?: string }

export interface Harness {
  /** a heading in the report */
  section(title: string): void;
  measure(name: string, bytes: number, fn: () => unknown): Promise<Measurement>;
  /** measures ours and the peer on the same input; ratio = peer time / our time (>1: we are faster) */
  compare(title: string, bytes: number, ours: () => unknown, peer?: Peer, target?: string): Promise<Comparison>;
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

/** The ratio a target is judged by: the lower of the in-process ratio and the one against the peer without pretenuring. */
export function worstRatio(c: Comparison): number {
  return Math.min(c.ratio ?? 0, c.ratioNoPretenuring ?? Infinity);
}

/** "→ MET: …" or "→ NOT MET: …" with the ratio a target is judged by (and both ratios when the peer was timed twice). */
export function verdict(c: Comparison, min: number, what: string): string {
  const worst = worstRatio(c);
  const both = c.ratioNoPretenuring !== undefined ? ` (the lower of ${(c.ratio ?? 0).toFixed(2)}× in-process and ${c.ratioNoPretenuring.toFixed(2)}× without pretenuring)` : '';
  return `  → ${worst >= min ? 'MET' : 'NOT MET'}: ${what} at ${worst.toFixed(2)}×${both}`;
}

/** the median per-call time of `fn` in ms, after the warm-up (what peer-child.ts reports) */
export async function perCallMedianMs(fn: () => unknown): Promise<number> {
  const [ms] = await runAlternating([fn]);
  return median(ms!);
}

const CHILD = fileURLToPath(new URL('./peer-child.ts', import.meta.url));

/** The peer's median per-call time in a child process with pretenuring off; undefined (and a line) if it fails. */
function peerWithoutPretenuring(id: string, text: string): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'lex-bench-'));
  try {
    const file = join(dir, 'input');
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, ['--no-allocation-site-pretenuring', '--import', import.meta.resolve('tsx'), CHILD, id, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = r.stdout?.trim().split('\n').pop() ?? '';
    if (r.status === 0 && line.startsWith('{')) return (JSON.parse(line) as { medianMs: number }).medianMs;
    console.log(`  (${id} without pretenuring: the child process failed, status ${r.status}: ${(r.stderr ?? '').trim().split('\n')[0] ?? ''})`);
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    async compare(title: string, bytes: number, ours: () => unknown, peer?: Peer, target?: string) {
      const [oursMs, peerMs] = await runAlternating(peer ? [ours, peer.fn] : [ours]);
      const o = toMeasurement('LEX', bytes, median(oursMs!));
      const p = peer ? toMeasurement(peer.name, bytes, median(peerMs!)) : undefined;
      // the median of the ratios of samples taken side by side: a slow spell of the machine hits both sides of a
      // pair, so it moves this far less than a ratio of two medians taken over different moments
      const ratio = peerMs ? median(peerMs.map((t, s) => t / oursMs![s]!)) : undefined;
      const c: Comparison = { title, ours: o, ...(p ? { peer: p } : {}), ...(ratio !== undefined ? { ratio } : {}), ...(target ? { target } : {}) };
      const line = `${title.padEnd(58)} ours ${fmt(o.mbPerSec).padStart(8)} MB/s ${fmt(o.opsPerSec, 0).padStart(9)} ops/s`;
      console.log(p ? `${line} | ${p.name} ${fmt(p.mbPerSec).padStart(8)} MB/s | ratio ${fmt(ratio!, 2)}×${target ? ` (target ${target})` : ''}` : line);
      if (peer?.id !== undefined && peer.text !== undefined) {
        const untenuredMs = peerWithoutPretenuring(peer.id, peer.text);
        if (untenuredMs !== undefined) {
          // a ratio of medians from two processes (no side-by-side pairs)
          c.peerNoPretenuring = toMeasurement(`${peer.name}, no pretenuring`, bytes, untenuredMs);
          c.ratioNoPretenuring = untenuredMs / o.medianMs;
          console.log(`${'  same peer, child process with --no-allocation-site-pretenuring'.padEnd(58)} ${''.padStart(34)} | ${peer.name} ${fmt(c.peerNoPretenuring.mbPerSec).padStart(8)} MB/s | ratio ${fmt(c.ratioNoPretenuring, 2)}×`);
        }
      }
      results.push(c);
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
