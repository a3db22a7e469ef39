import { parseArgs } from 'node:util';
import { describePosition, detectFormat, isBlank, LexCodecError, parse, parseTime, readMessages, validate, type ConformanceLevel, type Format, type LexWarning, type StreamItem, type ValidateOptions, type ValidationIssue, type ValidationResult } from '@lexstandard/core';
import { CliError, EXIT, parseJsonText, readInput } from '../io.js';
import { errorJson, errorLine, ids, label } from './convert.js';
import { formatOption, warningLine } from './input.js';

export const VALIDATE_USAGE = `Usage: lex validate [FILE|-] [--from FORMAT] [--now ISO] [--level L1|L2|L3] [--previous-status STATUS] [--json]

Validates a LEX message against the canonical schema and the business rules. The message may be JSON-EDI,
XML-EDI, X12 850 or EDIFACT ORDERS (detected, or --from json|xml|x12|edifact); deviations the parser
tolerated are reported as warnings, and issue paths point into the JSON-EDI form.
  FILE                   the message; - or nothing reads standard input
  --now ISO              the receiver's clock (default: the system clock)
  --level L1|L2|L3       conformance level whose rules are errors (default L2)
  --previous-status S    the lead's previous status, to check the transition
  --json                 print exactly the result object { valid, errors, warnings }; for many messages, one
                         JSON object per line ({"type":"result"|"error"|"warning"|"summary", …})
Many messages — an X12 interchange with several ST … SE, an EDIFACT interchange with several UNH … UNT, an
XML <lexBatch>, NDJSON — are validated one by one: a report per message (its number, and its control number
for X12 and EDIFACT), a transaction that cannot be read reported with its code and position, and a summary
line ("N messages: V valid, I invalid, F unreadable").
Exit status: 0 valid (every message), 1 invalid (a message invalid or unreadable), 2 unusable input or usage,
3 internal error.`;

export async function runValidate(argv: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      now: { type: 'string' },
      level: { type: 'string' },
      'previous-status': { type: 'string' },
      json: { type: 'boolean', default: false },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { out(VALIDATE_USAGE); return EXIT.OK; }
  if (positionals.length > 1) throw new CliError('USAGE', `validate takes one FILE, got ${positionals.length}`);
  const level = (values.level ?? 'L2').toUpperCase();
  if (!['L1', 'L2', 'L3'].includes(level)) throw new CliError('USAGE', `--level must be L1, L2 or L3, not ${values.level}`);
  if (values.now !== undefined && parseTime(values.now) === undefined) throw new CliError('USAGE', `--now must be an ISO 8601 date-time (2026-03-23T14:30:00Z), not ${values.now}`);

  const { text, name, warnings: decoded } = readInput(positionals[0]);
  // undetected text is read as JSON, to say where it breaks; blank text has no format to tell (UNKNOWN_FORMAT)
  const from: Format | undefined = formatOption(values.from, '--from') ?? detectFormat(text) ?? (isBlank(text) ? undefined : 'json');
  const options: ValidateOptions = {
    ...(values.now !== undefined ? { now: values.now } : {}),
    level: level as ConformanceLevel,
    ...(values['previous-status'] !== undefined ? { previousStatus: values['previous-status'] } : {}),
  };
  // more than one message (two items that are not a fatal failure, one of them read): each is validated on its
  // own; text that yields only failures (binary data read as NDJSON lines) is refused whole, as one message is
  if (from !== undefined && !isBlank(text)) {
    const messages = readMessages([text], { from });
    const first = await messages.peek(2);
    // (JSON: the first must be read; a broken document is refused whole, not read on from where it broke)
    const read = from === 'json' ? first[0]?.ok === true : first.some((i) => i.ok);
    if (first.filter((i) => i.ok || !i.fatal).length >= 2 && read) return validateMany(messages, name, level, options, values.json === true, decoded, out);
    await messages.close();
  }
  let message: unknown;
  const parseWarnings: ValidationIssue[] = [];
  try {
    let read = decoded;
    if (from === 'json') message = parseJsonText(text);
    else {
      const parsed = parse(text, { from });
      message = parsed.message;
      read = [...decoded, ...parsed.warnings];
    }
    for (const w of read) {
      parseWarnings.push(asIssue(w));
    }
  } catch (err) {
    const failure = err instanceof LexCodecError
      ? new CliError(err.code, err.message, EXIT.UNUSABLE)
      : err;
    if (values.json && failure instanceof CliError) {
      out(JSON.stringify(inputFailure(failure.code, failure.message), null, 2));
      return EXIT.UNUSABLE;
    }
    throw failure;
  }
  const result = validate(message, options);
  if (parseWarnings.length) result.warnings.unshift(...parseWarnings);
  const unusable = result.errors.some((e) => e.code === 'NOT_A_LEX_MESSAGE');
  if (values.json) out(JSON.stringify(result, null, 2));
  else out(report(name, message, result, level));
  return unusable ? EXIT.UNUSABLE : result.valid ? EXIT.OK : EXIT.INVALID;
}

/** a reader's warning as a validation issue (severity WARNING), its position in the message text */
function asIssue(w: LexWarning): ValidationIssue {
  return { code: w.code, path: w.path ?? '', message: w.position ? `${w.message} (${describePosition(w.position)})` : w.message, severity: 'WARNING' };
}

/** Validates each message of a stream: a report (or one JSON line) per message, then a summary. */
async function validateMany(messages: ReturnType<typeof readMessages>, name: string, level: string, options: ValidateOptions, json: boolean, decoded: LexWarning[], out: (s: string) => void): Promise<number> {
  const warning = (w: LexWarning) => out(json ? JSON.stringify({ type: 'warning', ...w }) : `${name}: ${warningLine(w)}`);
  let shown = 0;
  const envelope = () => {
    for (; shown < messages.warnings.length; shown++) warning(messages.warnings[shown]!);
  };
  decoded.forEach(warning);
  let valid = 0, invalid = 0, failed = 0;
  for await (const item of messages as AsyncIterable<StreamItem>) {
    envelope();
    if (!item.ok) {
      failed++;
      out(json ? JSON.stringify({ ...errorJson(item.error, item.index, item), ...(item.warnings.length ? { warnings: item.warnings } : {}) }) : `${name}: ${errorLine(item.error, item.index, item)}`);
      continue;
    }
    const result = validate(item.message, options);
    if (item.warnings.length) result.warnings.unshift(...item.warnings.map(asIssue));
    if (result.valid) valid++;
    else invalid++;
    if (json) out(JSON.stringify({ type: 'result', index: item.index, ...ids(item), ...result }));
    else out(report(`${name}: ${label(item.index, item)}`, item.message, result, level));
  }
  envelope();
  const read = valid + invalid + failed;
  if (json) out(JSON.stringify({ type: 'summary', format: messages.format, read, valid, invalid, failed }));
  else out(`${name}: ${read} messages: ${valid} valid, ${invalid} invalid${failed ? `, ${failed} unreadable` : ''} (level ${level})`);
  return invalid || failed ? EXIT.INVALID : EXIT.OK;
}

function inputFailure(code: string, message: string): ValidationResult {
  return { valid: false, errors: [{ code, path: '', message, severity: 'CRITICAL' }], warnings: [] };
}

function report(name: string, message: any, result: ValidationResult, level: string): string {
  const header = message?.lex?.header ?? {};
  const what = [header.messageType, header.messageId].filter((x) => typeof x === 'string').join(' ');
  const lines = [`${name}: ${result.valid ? 'valid' : 'INVALID'}${what ? ` ${what}` : ''} (level ${level}; ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'})`];
  const line = (i: ValidationIssue) => `  ${i.severity.padEnd(8)} ${i.code.padEnd(28)} ${i.path || '/'}  ${i.message}`;
  for (const i of result.errors) lines.push(line(i));
  for (const i of result.warnings) lines.push(line(i));
  return lines.join('\n');
}
