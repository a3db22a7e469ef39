// Times one peer on one input file and prints its median per-call time as JSON on stdout. The harness starts it as
// `node --no-allocation-site-pretenuring --import tsx peer-child.ts PEER FILE` (the peer without
// pretenuring).
import { readFileSync } from 'node:fs';
import { perCallMedianMs } from './harness.js';
import { PEERS } from './peers.js';

const [name, file] = process.argv.slice(2);
const peer = PEERS[name ?? ''];
if (!peer || !file) {
  process.stderr.write(`usage: peer-child.ts ${Object.keys(PEERS).join('|')} FILE\n`);
  process.exit(2);
}
// a flat string, as the suite's input is once it has been read (not a rope)
const text = Buffer.from(readFileSync(file, 'utf8'), 'utf8').toString('utf8');
process.stdout.write(JSON.stringify({ medianMs: await perCallMedianMs(() => peer(text)) }) + '\n');
