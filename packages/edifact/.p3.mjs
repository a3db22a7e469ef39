import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 3000; i++) { const m = structuredClone(minimal); m.lex.header.messageId = `550e8400-e29b-41d4-a716-${i.toString(16).padStart(12,'0')}`; msgs.push(m); }
let text = toEdifactInterchange(msgs).output;
if (process.argv[2] === 'flat') text = JSON.parse(JSON.stringify(text));
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return ((d.user + d.system)/1e3).toFixed(0); };
for (let r = 0; r < 4; r++) console.log('tok', cpu(() => { const t = new SegmentTokenizer(); t.push(text); t.end(); }));
