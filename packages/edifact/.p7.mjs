import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 3000; i++) { const m = structuredClone(minimal); msgs.push(m); }
let text = toEdifactInterchange(msgs).output;
const mode = process.argv[2];
let it = 0, slow = 0;
SegmentTokenizer.prototype.lines = function (text, to, base) {
  const t0 = performance.now();
  for (;;) {
    it++;
    if (this.nlNext === -2) this.nlNext = text.indexOf('\n');
    if (this.nlNext < 0 || this.nlNext >= to) break;
    this.newline(base + this.nlNext);
    this.nlNext = text.indexOf('\n', this.nlNext + 1);
  }
  const d = performance.now() - t0; if (d > 0.1) slow++;
};
for (let r = 0; r < 3; r++) { it = 0; slow = 0; const t0 = performance.now(); const t = new SegmentTokenizer(); const a = t.push(text); t.end(); console.log(performance.now() - t0, 'iterations', it, 'slow calls', slow, 'nlNext', t.nlNext); }
