import { readFileSync } from 'node:fs';
import { parseEdifact, toEdifact } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const which = process.argv[2] ?? 'min';
const text = which === 'min' ? toEdifact(minimal).output : readFileSync('../../conformance/examples/seed/' + (which === 'teaser' ? 'home-page-lead.edi' : 'reference-lead.edi'), 'utf8');
const N = 50000;
const t0 = performance.now();
for (let r = 0; r < N; r++) parseEdifact(text);
console.log(which, 'µs per parse', ((performance.now() - t0) * 1000 / N).toFixed(1));
