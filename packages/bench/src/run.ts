// npm run bench [suite ...] — runs every suite (or the named ones) in one process and one report.
import { existsSync } from 'node:fs';
import { createHarness } from './harness.js';

const ALL = ['validator', 'x12', 'edifact', 'xml', 'streaming'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const h = createHarness();
console.log(`LEX benchmarks — node ${process.version}, ${new Date().toISOString()}; medians of ${process.env.LEX_BENCH_SAMPLES ?? 7} samples (streaming: of its runs)`);
for (const name of wanted) {
  const file = new URL(`./suites/${name}.ts`, import.meta.url);
  if (!existsSync(file)) { console.log(`\n(suite ${name}: not present)`); continue; }
  const suite = await import(file.href);
  await suite.run(h);
}
h.save();
console.log('\nresults written to packages/bench/results/latest.json');
