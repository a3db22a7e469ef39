import { readFileSync } from 'node:fs';
import { parseEdifactInterchange, toEdifactInterchange } from '@lexstandard/edifact';
const full = JSON.parse(readFileSync('packages/schema/generated/examples/full-lead.json','utf8'));
const canon = JSON.parse(readFileSync('schema/examples/canonical-lead.json','utf8'));
const msgs = [];
for (let i = 0; i < 2000; i++) { const m = structuredClone(i % 2 ? full : canon); m.lex.header.messageId = crypto.randomUUID(); msgs.push(m); }
const text = toEdifactInterchange(msgs, { newline: true }).output;
for (let r = 0; r < 10; r++) { parseEdifactInterchange(text); }
