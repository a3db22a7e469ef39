import { readFileSync } from 'node:fs';
import { EdifactStreamParser } from '@lexstandard/edifact';
const text = readFileSync('/tmp/batch.edi', 'utf8');
const chunks = []; for (let i = 0; i < text.length; i += 65536) chunks.push(text.slice(i, i + 65536));
for (let r = 0; r < 20; r++) { const p = new EdifactStreamParser(); for (const c of chunks) p.push(c); p.end(); }
