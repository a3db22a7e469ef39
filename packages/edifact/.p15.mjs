import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseEdifactInterchange, SegmentTokenizer, Cursor } from '@lexstandard/edifact';
const require = createRequire(import.meta.url);
const Parser = require('edifact/parser.js');
const text = readFileSync('/tmp/batch.edi', 'utf8');
function peer() { const p = new Parser(); p.encoding('UNOC'); const out=[]; let els; p.onopensegment=(s)=>{out.push({name:s,elements:els=[]})}; p.onelement=()=>{els.push([])}; p.oncomponent=(v)=>{els[els.length-1].push(v)}; p.write(text); p.end(); return out; }
const tokOnly = () => { const t = new SegmentTokenizer(); let n = 0; const sink = { push() { n++; } }; t.push(text, sink); t.end(sink); return n; };
const tokOpen = () => { const t = new SegmentTokenizer(); let c; let n = 0; const sink = { push(s) { c ??= new Cursor(t.delimiters); c.open(s); n += c.size; } }; t.push(text, sink); t.end(sink); return n; };
const tokOpenAt = () => { const t = new SegmentTokenizer(); let c; let n = 0; const sink = { push(s) { c ??= new Cursor(t.delimiters); c.open(s); for (let e = 1; e <= c.size; e++) for (let k = 1; k <= c.width(e); k++) n += c.at(e, k).length; } }; t.push(text, sink); t.end(sink); return n; };
const fns = { tokOnly, tokOpen, tokOpenAt, ours: () => parseEdifactInterchange(text), peer };
const res = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(fns)) { const t = performance.now(); f(); (res[k] ??= []).push(performance.now() - t); }
const q = (a) => a.sort((x,y)=>x-y)[3];
for (const k in res) console.log(k.padEnd(10), q(res[k]).toFixed(1));
