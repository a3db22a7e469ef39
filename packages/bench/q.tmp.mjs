import { readFileSync } from 'node:fs';
import { parseX12Interchange } from '@lexstandard/x12';
const text = readFileSync(process.argv[2], 'utf8').slice(0, 8e6);
const cut = text.lastIndexOf('SE*'); 
const ms = parseX12Interchange(text.slice(0, text.indexOf('~', cut) + 2) + 'GE*1*1~\nIEA*1*000000001~\n').messages.map(m => m.message);
const clones = ms.map(m => JSON.parse(JSON.stringify(m)));
const flat = ms.map(m => structuredClone(m));
for (let k = 0; k < 3; k++) for (const [name, arr] of [['decoded', ms], ['json-parsed', clones], ['structuredClone', flat]]) {
  const t = performance.now(); let n = 0; for (const m of arr) n += JSON.stringify(m).length; const dt = performance.now() - t;
  console.log(name.padEnd(16), (n / 1e6 / (dt / 1000)).toFixed(0), 'MB/s out', arr.length);
}
