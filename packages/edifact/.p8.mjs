import { readFileSync } from 'node:fs';
import { toEdifactInterchange, SegmentTokenizer } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 3000; i++) { const m = structuredClone(minimal); msgs.push(m); }
let text = toEdifactInterchange(msgs).output;
const mode = process.argv[2];
if (mode === 'read') SegmentTokenizer.prototype.lines = function () { return this.nlNext; };
if (mode === 'idx') SegmentTokenizer.prototype.lines = function (text) { if (this.nlNext === -2) this.nlNext = text.indexOf('\n'); };
if (mode === 'idx2') SegmentTokenizer.prototype.lines = function (text) { if (this.nlNext === -2) { this.nlNext = text.indexOf('\n'); } return 0; };
if (mode === 'flatidx') SegmentTokenizer.prototype.lines = function (text) { if (this.nlNext === -2) this.nlNext = (text + '').indexOf('\n'); };
for (let r = 0; r < 4; r++) { const t0 = performance.now(); const t = new SegmentTokenizer(); const a = t.push(text); t.end(); console.log(mode, (performance.now() - t0).toFixed(0)); }
