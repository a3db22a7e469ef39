import { readFileSync } from 'node:fs';
import { parseEdifactInterchange } from '@lexstandard/edifact';
const text = readFileSync('/tmp/batch.edi', 'utf8');
const N = Number(process.argv[2] ?? 10);
const t0 = performance.now();
let keep = [];
for (let r = 0; r < N; r++) { const x = parseEdifactInterchange(text); if (process.argv[3] === 'drop') x.messages.length = 0; }
console.log('avg', ((performance.now() - t0) / N).toFixed(1));
