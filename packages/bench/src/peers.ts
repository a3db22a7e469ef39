// The peer parsers the issue targets are measured against, in one place: the suites time them in the bench's
// process, and peer-child.ts times the same functions in a child process started with V8's allocation-site
// pretenuring off (see harness.ts, "the peer without pretenuring").
import { createRequire } from 'node:module';
import { X12Parser } from 'node-x12';
import { SaxesParser } from 'saxes';

const require = createRequire(import.meta.url);
// CommonJS, no types: the parser exposes write/end and on* hooks
const EdifactParser = require('edifact/parser.js') as new () => {
  encoding(level: string): void;
  write(chunk: string): void;
  end(): void;
  onopensegment: (name: string) => void;
  onelement: () => void;
  oncomponent: (value: string) => void;
};

interface PeerSegment { name: string; elements: string[][] }

/** node-x12 in strict mode: its generic object model, no LEX mapping. */
export const nodeX12Parse = (text: string) => new X12Parser(true).parse(text);

/** The `edifact` library's full parse: every segment with its elements and components, as its README shows. */
export function edifactParse(text: string): PeerSegment[] {
  const parser = new EdifactParser();
  parser.encoding('UNOC');
  const out: PeerSegment[] = [];
  let elements: string[][] = [];
  parser.onopensegment = (name) => { out.push({ name, elements: (elements = []) }); };
  parser.onelement = () => { elements.push([]); };
  parser.oncomponent = (value) => { elements[elements.length - 1]!.push(value); };
  parser.write(text);
  parser.end();
  return out;
}

/** saxes with handlers for every event, doing nothing with them: tokenizing only. */
export function saxesTokenize(text: string): number {
  let events = 0;
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on('opentag', () => { events++; });
  p.on('closetag', () => { events++; });
  p.on('text', () => { events++; });
  p.on('cdata', () => { events++; });
  p.on('error', (e) => { throw e; });
  p.write(text).close();
  return events;
}

/** the peers by the name the harness passes to peer-child.ts */
export const PEERS: Record<string, (text: string) => unknown> = {
  'node-x12': nodeX12Parse,
  edifact: edifactParse,
  saxes: saxesTokenize,
};
