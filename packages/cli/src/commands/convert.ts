import { parseArgs } from 'node:util';
import { serialize } from '@lexstandard/core';
import { CliError, EXIT } from '../io.js';
import { formatOption, readMessage, warningLine } from './input.js';

export const CONVERT_USAGE = `Usage: lex convert [FILE|-] --to json|xml|x12|edifact [--from json|xml|x12|edifact] [--json]

Converts a LEX message between JSON-EDI, XML-EDI, X12 850 and EDIFACT ORDERS. The converted message goes
to standard output; every warning (a tolerated deviation in the input, a field the target format cannot
carry: FIELD_NOT_CARRIED with its JSON Pointer) goes to standard error.
  --from FORMAT   skip format detection
  --json          warnings on standard error as one JSON array
Exit status: 0 converted (possibly with warnings), 2 unusable input or usage, 3 internal error.`;

export function runConvert(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { to: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) { out(CONVERT_USAGE); return EXIT.OK; }
  const to = formatOption(values.to, '--to');
  if (!to) throw new CliError('USAGE', '--to is required');
  if (positionals.length > 1) throw new CliError('USAGE', `convert takes one FILE, got ${positionals.length}`);
  const input = readMessage(positionals[0], formatOption(values.from, '--from'));
  const result = serialize(input.message, to);
  const warnings = [...input.warnings, ...result.warnings];
  process.stdout.write(result.output.endsWith('\n') ? result.output : result.output + '\n');
  if (values.json) err(JSON.stringify(warnings));
  else for (const w of warnings) err(warningLine(w));
  return EXIT.OK;
}
