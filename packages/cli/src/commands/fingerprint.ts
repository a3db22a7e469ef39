import { parseArgs } from 'node:util';
import { fingerprint, fingerprintSource } from '@lexstandard/core';
import { CliError, EXIT } from '../io.js';
import { formatOption, readMessage } from './input.js';

export const FINGERPRINT_USAGE = `Usage: lex fingerprint [FILE|-] [--from FORMAT] [--json]

Prints the deduplication fingerprint (SHA256_V1: SHA-256 of normalised email|phone|lastName, 64 lower-case
hex) of the message's customer. The message may be in any of the four formats.
  --json   print { fingerprint, source } where source is the normalised string that was hashed
Exit status: 0 printed, 2 unusable input, no customer, or usage, 3 internal error.`;

export function runFingerprint(argv: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { from: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) { out(FINGERPRINT_USAGE); return EXIT.OK; }
  if (positionals.length > 1) throw new CliError('USAGE', `fingerprint takes one FILE, got ${positionals.length}`);
  const { message, name } = readMessage(positionals[0], formatOption(values.from, '--from'));
  const customer = (message.lex?.payload as { lead?: { customer?: Record<string, string> } } | undefined)?.lead?.customer;
  if (!customer) throw new CliError('NO_CUSTOMER', `${name}: the message has no lex.payload.lead.customer to fingerprint`);
  const fp = fingerprint(customer);
  out(values.json ? JSON.stringify({ fingerprint: fp, source: fingerprintSource(customer) }) : fp);
  return EXIT.OK;
}
