import { readFileSync } from 'node:fs';
import { SegmentTokenizer, Cursor } from '@lexstandard/edifact';
import { MessageMapper } from './dist/reader.js';
const text = readFileSync('/tmp/batch.edi', 'utf8');
const t = new SegmentTokenizer(); const segs = t.push(text); t.end();
const msgs = []; let cur;
for (const s of segs) { if (s.tag === 'UNH') cur = [s]; else if (s.tag === 'UNT') { cur.push(s); msgs.push(cur); } else if (cur) cur.push(s); }
const cursor = new Cursor(t.delimiters);
const mapper = new MessageMapper({ legacy: false, elementSeparator: '+', envelope: { values: [], positions: [] }, cursor });
const run = () => { let n = 0; for (const m of msgs) n += mapper.map(m).warnings.length; return n; };
const openOnly = () => { let n = 0; for (const m of msgs) for (const s of m) n += cursor.open(s).size; return n; };
const res = {};
for (let r = 0; r < Number(process.env.R ?? 15); r++) for (const [k, f] of Object.entries({ run, openOnly })) { const t0 = performance.now(); f(); (res[k] ??= []).push(performance.now() - t0); }
for (const k in res) console.log(k, res[k].sort((a,b)=>a-b)[3].toFixed(1), 'ms per', msgs.length);
