import { readFileSync } from 'node:fs';
import { parseEdifactInterchange, toEdifactInterchange } from '@lexstandard/edifact';
const minimal = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 10000; i++) { const m = structuredClone(minimal); m.lex.header.messageId = `550e8400-e29b-41d4-a716-${i.toString(16).padStart(12,'0')}`; msgs.push(m); }
const text = toEdifactInterchange(msgs).output;
const { writeFileSync } = await import('node:fs'); writeFileSync('/tmp/batch.edi', text);
