import { generateX12, generateEdifact } from './src/stream/generate.js';
const [fmt, file, mb] = process.argv.slice(2);
console.log(fmt === 'x12' ? await generateX12(file!, Number(mb) * 1e6) : await generateEdifact(file!, Number(mb) * 1e6));
