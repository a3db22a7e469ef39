import { readFileSync } from 'node:fs';
import { parseEdifactInterchange } from '@lexstandard/edifact';
const text = readFileSync('/tmp/batch.edi', 'utf8');
const t0 = performance.now();
for (let r = 0; r < 20; r++) parseEdifactInterchange(text);
console.log('avg', (performance.now() - t0) / 20);
