import type { Format } from '@lexstandard/codec';

/**
 * Which wire format a document is in, from its first meaningful characters:
 * `{` JSON-EDI, `<` XML-EDI, `ISA` X12, `UNA`/`UNB` EDIFACT. Undefined when none fits.
 */
export function detectFormat(input: string): Format | undefined {
  let i = 0;
  if (input.charCodeAt(0) === 0xfeff) i = 1;
  while (i < input.length && /\s/.test(input[i]!)) i++;
  const head = input.slice(i, i + 3);
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'xml';
  if (head === 'ISA') return 'x12';
  if (head === 'UNA' || head === 'UNB') return 'edifact';
  return undefined;
}
