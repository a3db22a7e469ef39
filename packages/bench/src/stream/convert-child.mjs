// The measured process of the streaming bench: `lex convert FILE --to TO --json` itself (the CLI's main, run in
// this process, so the figure is what a user of the command gets: its file reading, its writing to standard
// output), with standard output pointed at /dev/null by the bench. It prints one JSON line on fd 3: input bytes,
// seconds, the run's summary, the warnings and errors it reported, and the peak RSS of this process
// (process.resourceUsage().maxRSS). Plain JavaScript on the built packages.
//   node convert-child.mjs FILE TO   (fd 3: a pipe for the result)
import { statSync, writeSync } from 'node:fs';
import { main } from '@lexstandard/cli';

const [file, to = 'json'] = process.argv.slice(2);
const bytes = statSync(file).size;
let summary;
let warnings = 0;
let errors = 0;
const other = [];
// --json: one JSON object per line on standard error; counted here (the bench input should have none)
const err = (line) => {
  if (line.startsWith('{"type":"summary"')) summary = JSON.parse(line);
  else if (line.startsWith('{"type":"warning"')) warnings++;
  else if (line.startsWith('{"type":"error"')) errors++;
  else other.push(line);
};
const start = process.hrtime.bigint();
const exit = await main(['convert', file, '--to', to, '--json'], (s) => other.push(s), err);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const usage = process.resourceUsage();
writeSync(3, JSON.stringify({
  exit, bytes, seconds, messages: summary?.read ?? 0, written: summary?.written ?? 0, failed: summary?.failed ?? 0, warnings, errors,
  other: other.slice(0, 5), maxRss: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
}) + '\n');
