import { parseArgs } from 'node:util';
import { createAcknowledgment, inputAckIssues, parseTime, serialize, validate, type ConformanceLevel } from '@lexstandard/core';
import { CliError, EXIT } from '../io.js';
import { formatOption, readMessage, warningLine } from './input.js';

export const ACK_USAGE = `Usage: lex ack [FILE|-] [--from FORMAT] [--to FORMAT] [--now ISO] [--level L1|L2|L3] [--previous-status S] [--sender ID]

Prints the ACKNOWLEDGMENT a receiver should send back for the message: PROCESSED when it is valid,
REJECTED with the validator's errors (and warnings) when it is not, correlated to the message's messageId.
Input that is not UTF-8 is named in the ACK's warnings too (INPUT_NOT_UTF8).
Written in the message's own format unless --to says otherwise: JSON-EDI, XML-EDI, an X12 824 application
advice in its own interchange (GS01 AG), or an EDIFACT APERAK.
  --from FORMAT        skip format detection of the input
  --to FORMAT          write the ACK in this format (json, xml, x12, edifact) instead of the message's own
  --now ISO            the receiver's clock for the validation and the ACK's timestamps (default: now)
  --level L1|L2|L3     the conformance level the message is validated at (default L2)
  --previous-status S  the lead's status before this message, for the lifecycle check
  --sender ID          the ACK's senderId (default: the message's receiverId)
Exit status: 0 the message was accepted, 1 it was rejected (the ACK is printed either way), 2 unusable input or
usage, 3 internal error.`;

export function runAck(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' }, to: { type: 'string' }, now: { type: 'string' }, level: { type: 'string' },
      'previous-status': { type: 'string' }, sender: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { out(ACK_USAGE); return EXIT.OK; }
  if (positionals.length > 1) throw new CliError('USAGE', `ack takes one FILE, got ${positionals.length}`);
  const level = (values.level ?? 'L2').toUpperCase();
  if (!['L1', 'L2', 'L3'].includes(level)) throw new CliError('USAGE', `--level must be L1, L2 or L3, not ${values.level}`);
  const now = values.now === undefined ? new Date() : parseTime(values.now);
  if (now === undefined) throw new CliError('USAGE', `--now must be an ISO 8601 date-time (2026-03-23T14:30:00Z), not ${values.now}`);
  const input = readMessage(positionals[0], formatOption(values.from, '--from'));
  const result = validate(input.message, { now, level: level as ConformanceLevel, ...(values['previous-status'] ? { previousStatus: values['previous-status'] } : {}) });
  // how the bytes were read (INPUT_NOT_UTF8) goes to standard error and, for the sender, into the ACK
  const read = inputAckIssues(input.warnings);
  for (const w of input.warnings) if (read.some((i) => i.code === w.code)) err(warningLine(w));
  const ack = createAcknowledgment(input.message, {
    status: result.valid ? 'PROCESSED' : 'REJECTED',
    errors: result.errors,
    warnings: [...read, ...result.warnings],
    now,
    ...(values.sender ? { senderId: values.sender } : {}),
  });
  // the receiver answers in the sender's format: X12 → 824, EDIFACT → APERAK (the codecs pick them by messageType)
  const to = formatOption(values.to, '--to') ?? input.format;
  const s = serialize(ack, to);
  process.stdout.write(s.output.endsWith('\n') ? s.output : s.output + '\n');
  for (const w of s.warnings) err(`warning ${w.code} ${w.path ?? ''}: ${w.message}`);
  return result.valid ? EXIT.OK : EXIT.INVALID;
}
