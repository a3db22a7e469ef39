import { readFileSync } from 'node:fs';
import { readMessages, writeMessages } from '@lexstandard/core';
import { toXmlBatch as xb } from '@lexstandard/xml';
const min = JSON.parse(readFileSync('../../conformance/examples/seed/minimal-lead.json','utf8'));
const msgs=[];for(let i=0;i<4;i++){const m=structuredClone(min);m.lex.header.messageId=`550e8400-e29b-41d4-a716-${String(i).padStart(12,'0')}`;msgs.push(m)}
const { toX12Interchange: t } = await import('@lexstandard/x12');
let text = t(msgs).output.replace(/(ST\*850\*0002[^]*?)BEG\*/, '$1beg*');
async function show(src, opts) {
  const s = readMessages(src, opts);
  for await (const i of s) console.log(i.ok ? ['ok', i.index, i.format, i.control, i.warnings.map(w=>w.code)] : ['FAIL', i.index, i.control, i.error.code, i.error.message, i.error.position]);
  console.log('stream warnings', s.warnings);
}
const chunks = (str, n) => { const a=[]; for (let i=0;i<str.length;i+=n) a.push(str.slice(i,i+n)); return a; };
await show(chunks(text, 7));
await show(chunks(msgs.map(m=>JSON.stringify(m)).join('\n') + '\n{"lex": bad}\n\n' + JSON.stringify(msgs[0]), 5));
await show([JSON.stringify(msgs, null, 2)]);
const xml = xb(msgs, {pretty:true}).output.replace('<lex>', '<lex><oops').replace(/<\/lex>/, '</lex>');
console.log(xml.slice(0,400));
await show(chunks(xb(msgs, {pretty:true}).output, 3));
await show([Buffer.from(xb(msgs).output)]);
let out=''; const sum = await writeMessages(readMessages([text]), 'x12', (c)=>{out+=c}, {onError:(e,i)=>console.log('onError', i, e.code)});
console.log(sum); 
for await (const i of readMessages([out])) console.log(i.ok, i.control);
