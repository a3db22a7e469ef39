// The measured process of the streaming bench: streams FILE through readMessages → writeMessages (--to TO) into
// /dev/null and prints one JSON line: input bytes, seconds, messages, failures and the peak RSS of this process
// (process.resourceUsage().maxRSS), so the figure is the conversion's alone. Plain JavaScript on the built packages.
//   node convert-child.mjs FILE TO
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { readMessages, writeMessages } from '@lexstandard/core';

const [file, to = 'json'] = process.argv.slice(2);
const bytes = statSync(file).size;
const sink = createWriteStream('/dev/null', { highWaterMark: 1 << 20 });
const write = (s) => (sink.write(s) ? undefined : new Promise((resolve) => sink.once('drain', resolve)));
const start = process.hrtime.bigint();
const stream = readMessages(createReadStream(file, { highWaterMark: 1 << 16 }));
let failed = 0;
// bytes: the chunks as UTF-8 bytes, as lex convert writes them to standard output
const summary = await writeMessages(stream, to, write, { bytes: true, onError: () => { failed++; } });
await new Promise((resolve) => sink.end(resolve));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const usage = process.resourceUsage();
const maxRss = usage.maxRSS * 1024;
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(JSON.stringify({ bytes, seconds, messages: stream.count, written: summary.written, failed, maxRss, cpuSeconds }) + '\n');
