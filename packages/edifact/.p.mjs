import { readFileSync } from 'node:fs';
import { parseEdifactInterchange, parseEdifact, toEdifactInterchange } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 2000; i++) { const m = structuredClone(minimal); m.lex.header.messageId = `550e8400-e29b-41d4-a716-${i.toString(16).padStart(12,'0')}`; msgs.push(m); }
const text = toEdifactInterchange(msgs).output;
let t = performance.now(); parseEdifactInterchange(text); console.log('interchange', performance.now() - t);
const teaser = readFileSync('../../conformance/examples/seed/home-page-lead.edi','utf8');
t = performance.now(); for (let i = 0; i < 200; i++) parseEdifact(teaser); console.log('teaser x200', performance.now() - t);
