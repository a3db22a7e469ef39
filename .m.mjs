import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const full = JSON.parse(readFileSync('packages/schema/generated/examples/full-lead.json','utf8'));
const canon = JSON.parse(readFileSync('schema/examples/canonical-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 2000; i++) { const m = structuredClone(i % 2 ? full : canon); m.lex.header.messageId = crypto.randomUUID(); msgs.push(m); }
let text = toEdifactInterchange(msgs, { newline: true }).output;
text = JSON.parse(JSON.stringify(text));
const time = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system)/1e3; };
function idx() { let n = 0, p = 0; for (;;) { const t = text.indexOf("'", p); if (t < 0) break; n++; p = t + 1; } return n; }
function loop() { let n = 0; for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c === 43 || c === 58 || c === 39 || c === 63) n++; else if (c < 32) n += 2; } return n; }
function slices() { let n = 0, s = 0; const a=[]; for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c === 43 || c === 58 || c === 39) { a.push(text.slice(s, i)); s = i + 1; if (a.length > 1000) a.length = 0; } } return n; }
function tok() { const t = new SegmentTokenizer(); return t.push(text).length + t.end().length; }
const res = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries({ idx, loop, slices, tok })) (res[k] ??= []).push(time(f));
const med = (a) => a.sort((x,y)=>x-y)[a.length>>1];
for (const k in res) console.log(k, med(res[k]).toFixed(1));
