import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseEdifactInterchange, toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const require = createRequire(import.meta.url);
const Parser = require('edifact/parser.js');
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 10000; i++) { const m = structuredClone(minimal); m.lex.header.messageId = `550e8400-e29b-41d4-a716-${i.toString(16).padStart(12,'0')}`; m.lex.payload.lead.customer.firstName = ['Jane','John','Ana','Émile'][i%4]; msgs.push(m); }
const text = toEdifactInterchange(msgs).output;
function peer() { const p = new Parser(); p.encoding('UNOC'); const out=[]; let els; p.onopensegment=(s)=>{out.push({name:s,elements:els=[]})}; p.onelement=()=>{els.push([])}; p.oncomponent=(v)=>{els[els.length-1].push(v)}; p.write(text); p.end(); return out; }
const fns = { ours: () => parseEdifactInterchange(text), peer, tok: () => { const t = new SegmentTokenizer(); t.push(text); t.end(); } };
const res = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(fns)) { const t = performance.now(); f(); (res[k] ??= []).push(performance.now() - t); }
const med = (a) => a.sort((x,y)=>x-y)[2];
for (const k in res) console.log(k, med(res[k]).toFixed(1));
console.log('ratio', (med(res.peer)/med(res.ours)).toFixed(2));
