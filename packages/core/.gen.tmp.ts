import { createWriteStream } from 'node:fs';
import { bigX12 } from './test/stream-helpers.js';
const out = createWriteStream(process.argv[2]!);
for (const c of bigX12(Number(process.argv[3]))) { if (!out.write(c)) await new Promise(r => out.once('drain', r)); }
out.end();
