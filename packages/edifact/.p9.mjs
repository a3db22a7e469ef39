import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 3000; i++) { const m = structuredClone(minimal); msgs.push(m); }
let text = toEdifactInterchange(msgs).output.slice(9);
for (let r = 0; r < 4; r++) { const t0 = performance.now(); const t = new SegmentTokenizer(); const a = t.push(text); t.end(); console.log('noUNA', (performance.now() - t0).toFixed(0)); }
