import { createReadStream, readFileSync } from 'node:fs';
import { readMessages, writeMessages } from '@lexstandard/core';
import { X12Reader } from '@lexstandard/x12';
const file = process.argv[2];
const size = readFileSync(file).length;
const cases = {
  reader: async () => { const dec = new TextDecoder(); const r = new X12Reader(); for await (const c of createReadStream(file, { highWaterMark: 65536 })) r.pushSettled(dec.decode(c, { stream: true })); },
  readerStringify: async () => { const dec = new TextDecoder(); const r = new X12Reader(); let n = 0; for await (const c of createReadStream(file, { highWaterMark: 65536 })) for (const m of r.pushSettled(dec.decode(c, { stream: true }))) n += (JSON.stringify(m.message) + '\n').length; },
  readMessages: async () => { for await (const i of readMessages(createReadStream(file, { highWaterMark: 65536 }))); },
  pipeline: async () => { await writeMessages(readMessages(createReadStream(file, { highWaterMark: 65536 })), 'json', () => {}); },
};
const best = {};
for (let k = 0; k < 4; k++) for (const [name, fn] of Object.entries(cases)) { const t = performance.now(); await fn(); const v = size / 1e6 / ((performance.now() - t) / 1000); best[name] = Math.max(best[name] ?? 0, v); }
for (const [k, v] of Object.entries(best)) console.log(k.padEnd(18), v.toFixed(1), 'MB/s');
