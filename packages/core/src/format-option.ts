// The format arguments of the API (`from`, `to`) checked where they come in: a caller without the types (plain
// JavaScript, a value from a config file) gets a LexCodecError naming the argument, not a TypeError from deep inside.
import { LexCodecError, type Format } from '@lexstandard/codec';

const KNOWN: readonly string[] = ['json', 'xml', 'x12', 'edifact'];

/** Throws BAD_OPTION unless `value` is one of the four formats (`optional`: undefined passes too). */
export function checkFormat(value: unknown, what: string, optional = false): asserts value is Format {
  if (optional && value === undefined) return;
  if (typeof value === 'string' && KNOWN.includes(value)) return;
  const shown = typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value;
  throw new LexCodecError('json', 'BAD_OPTION', `${what} is ${shown}, not one of ${KNOWN.join(', ')}${typeof value === 'string' && KNOWN.includes(value.toLowerCase()) ? ` (formats are lower case: "${value.toLowerCase()}")` : ''}`);
}
