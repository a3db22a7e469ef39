import { parseX12 } from '@lexstandard/x12';
import { readFileSync } from 'node:fs';
const seed = readFileSync('../../conformance/examples/seed/reference-lead.x12','utf8');
const lines = seed.trim().split(/\r?\n/);
const isa = lines[0].split('*');
const pad = (s, n) => s.trim().padEnd(n, ' ').slice(0, n);
const fixed = ['ISA', '00', pad('', 10), '00', pad('', 10), isa[5], pad(isa[6], 15), isa[7], pad(isa[8], 15), isa[9], isa[10].slice(0, 4), isa[11], '00501', isa[13], isa[14], isa[15], isa[16]].join('*');
const x = [fixed, ...lines.slice(1)].map((l) => l + '~\n').join('');
for (let i=0;i<200000;i++) parseX12(x);
