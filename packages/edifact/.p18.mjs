import { readFileSync } from 'node:fs';
import { EdifactStreamParser, parseEdifactInterchange } from '@lexstandard/edifact';
const text = readFileSync('/tmp/batch.edi', 'utf8');
const chunks = []; for (let i = 0; i < text.length; i += 65536) chunks.push(text.slice(i, i + 65536));
const stream = () => { const p = new EdifactStreamParser(); let n = 0; for (const c of chunks) n += p.push(c).length; p.end(); return n; };
const whole = () => parseEdifactInterchange(text).messages.length;
const res = {};
for (let r = 0; r < 12; r++) for (const [k, f] of Object.entries({ stream, whole })) { const t = performance.now(); f(); (res[k] ??= []).push(performance.now() - t); }
for (const k in res) console.log(k, res[k].sort((a,b)=>a-b)[3].toFixed(1));
