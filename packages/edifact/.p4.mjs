import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 3000; i++) { const m = structuredClone(minimal); msgs.push(m); }
let text = toEdifactInterchange(msgs).output;
const body = text.slice(9);
const t0 = performance.now(); for (let i = 0; i < 1000; i++) body.indexOf('\n'); console.log('indexOf nl x1000 on sliced', performance.now() - t0);
const flat = JSON.parse(JSON.stringify(body));
const t1 = performance.now(); for (let i = 0; i < 1000; i++) flat.indexOf('\n'); console.log('indexOf nl x1000 on flat', performance.now() - t1);
const orig = SegmentTokenizer.prototype.lines; let calls = 0, ms = 0;
SegmentTokenizer.prototype.lines = function (...a) { calls++; const t = performance.now(); const r = orig.apply(this, a); ms += performance.now() - t; return r; };
for (let r = 0; r < 3; r++) { calls = 0; ms = 0; const t = new SegmentTokenizer(); t.push(text); t.end(); console.log('lines calls', calls, 'ms', ms.toFixed(1), t.nlNext); }
const seg = SegmentTokenizer.prototype.segment; let resets = 0;
SegmentTokenizer.prototype.segment = function (text, ...a) { if (text !== this.cacheText) resets++; return seg.call(this, text, ...a); };
for (let r = 0; r < 2; r++) { resets = 0; const t = new SegmentTokenizer(); t.push(text); t.end(); console.log('resets', resets); }
