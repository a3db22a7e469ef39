import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 3000; i++) { const m = structuredClone(minimal); msgs.push(m); }
let text = toEdifactInterchange(msgs).output;
let n2 = 0, idx = 0;
SegmentTokenizer.prototype.lines = function (text, to, base) {
  for (;;) {
    if (this.nlNext === -2) { n2++; this.nlNext = text.indexOf('\n'); }
    if (this.nlNext < 0 || this.nlNext >= to) return;
    this.newline(base + this.nlNext);
    idx++;
    this.nlNext = text.indexOf('\n', this.nlNext + 1);
  }
};
for (let r = 0; r < 3; r++) { n2 = 0; idx = 0; const t0 = performance.now(); const t = new SegmentTokenizer(); t.push(text); t.end(); console.log('n2', n2, 'idx', idx, performance.now() - t0); }
