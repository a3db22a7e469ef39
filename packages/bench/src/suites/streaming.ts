// Streaming conversion: generated X12 and EDIFACT interchanges of 100 MB and 1 GB (realistic, varied leads; see
// ../stream/generate.ts), each converted to NDJSON by `lex convert FILE --to json` in a child process whose
// standard output is /dev/null and which reports its own peak RSS — so the figure is the command's alone.
// Targets (issue): at least 50 MB/s and peak RSS under 150 MB at both sizes.
// LEX_BENCH_STREAM_SIZES=100 (MB, comma-separated) skips the 1 GB run; the default is 100,1000.
// Each file is converted several times (LEX_BENCH_STREAM_RUNS, default 5 for 100 MB, 3 for larger files) and the
// median time is reported, with the range: on a shared machine one run can be a third slower than the next. The
// peak RSS is the highest of the runs.
// The interchanges are written to a temporary directory and deleted afterwards.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Harness } from '../harness.js';
import { generateEdifact, generateX12 } from '../stream/generate.js';

const CHILD = fileURLToPath(new URL('../stream/convert-child.mjs', import.meta.url));
const TARGET_MBS = 50;
const TARGET_RSS = 150e6;

interface ChildResult {
  exit: number; bytes: number; seconds: number; messages: number; written: number; failed: number; warnings: number; errors: number;
  other: string[]; maxRss: number; cpuSeconds: number;
}

function convert(file: string, to: string): ChildResult {
  const devNull = openSync('/dev/null', 'w');
  try {
    const r = spawnSync(process.execPath, [CHILD, file, to], { stdio: ['ignore', devNull, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 20 });
    const result = (r.output[3] ?? '').trim();
    if (r.status !== 0 || !result) throw new Error(`streaming child failed (${r.status}): ${r.stderr}`);
    return JSON.parse(result) as ChildResult;
  } finally {
    closeSync(devNull);
  }
}

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export async function run(h: Harness): Promise<void> {
  const sizes = (process.env.LEX_BENCH_STREAM_SIZES ?? '100,1000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  h.section(`Streaming conversion → NDJSON, child process, file → /dev/null (targets: ≥ ${TARGET_MBS} MB/s, peak RSS < ${TARGET_RSS / 1e6} MB)`);
  const dir = mkdtempSync(join(tmpdir(), 'lex-bench-stream-'));
  try {
    for (const format of ['x12', 'edifact'] as const) {
      for (const mb of sizes) {
        const file = join(dir, `interchange-${mb}MB.${format === 'x12' ? 'x12' : 'edi'}`);
        const t0 = Date.now();
        const gen = format === 'x12' ? await generateX12(file, mb * 1e6) : await generateEdifact(file, mb * 1e6);
        const genSeconds = (Date.now() - t0) / 1000;
        const runs: ChildResult[] = [];
        const count = Number(process.env.LEX_BENCH_STREAM_RUNS) > 0 ? Math.floor(Number(process.env.LEX_BENCH_STREAM_RUNS)) : mb <= 100 ? 5 : 3;
        try {
          for (let i = 0; i < count; i++) runs.push(convert(file, 'json'));
        } finally {
          rmSync(file, { force: true });
        }
        const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
        const r = { ...sorted[(sorted.length - 1) >> 1]!, maxRss: Math.max(...runs.map((x) => x.maxRss)) };
        const range = `${fmt(sorted[0]!.seconds)}–${fmt(sorted[sorted.length - 1]!.seconds)} s`;
        const mbs = r.bytes / 1e6 / r.seconds;
        const ok = mbs >= TARGET_MBS && r.maxRss < TARGET_RSS;
        const title = `${format.toUpperCase()} ${fmt(r.bytes / 1e6, 0)} MB (${r.messages.toLocaleString('en-US')} messages) → NDJSON`;
        h.note(
          `${title.padEnd(58)} ${fmt(mbs).padStart(7)} MB/s  peak RSS ${fmt(r.maxRss / 1e6, 0).padStart(4)} MB  ` +
            `${fmt(r.messages / r.seconds, 0)} messages/s, median ${fmt(r.seconds)} s of ${runs.length} (${range}; cpu ${fmt(r.cpuSeconds)} s)  ` +
            `→ ${ok ? 'MET' : 'NOT MET'}${mbs < TARGET_MBS ? ` (MB/s < ${TARGET_MBS})` : ''}${r.maxRss >= TARGET_RSS ? ` (RSS ≥ ${TARGET_RSS / 1e6} MB)` : ''}`,
          {
            suite: 'streaming', format, to: 'json', sizeMB: mb, bytes: r.bytes, messages: r.messages, failed: r.failed, seconds: r.seconds,
            cpuSeconds: r.cpuSeconds, runs: runs.length, runSeconds: runs.map((x) => x.seconds), mbPerSec: mbs, messagesPerSec: r.messages / r.seconds, peakRssBytes: r.maxRss, generatedInSeconds: genSeconds,
            targetMbPerSec: TARGET_MBS, targetPeakRssBytes: TARGET_RSS, met: ok, generatedMessages: gen.messages,
          },
        );
        for (const r of runs) if (r.exit !== 0 || r.failed !== 0 || r.errors !== 0 || r.warnings !== 0 || r.written !== r.messages || r.messages !== gen.messages)
          throw new Error(`lex convert of the bench input: exit ${r.exit}, ${r.written} of ${r.messages} written (${gen.messages} generated), ${r.failed} failed, ${r.warnings} warnings, ${r.errors} errors ${r.other.join(' ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
