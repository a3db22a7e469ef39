// Reads a message in any of the four formats for a command, turning codec failures into CliErrors.
import { describePosition, LexCodecError, parse, type Format, type LexMessage, type LexWarning } from '@lexstandard/core';
import { CliError, EXIT, readInput } from '../io.js';

export const FORMAT_NAMES = ['json', 'xml', 'x12', 'edifact'] as const;

export function formatOption(value: string | undefined, flag: string): Format | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (!(FORMAT_NAMES as readonly string[]).includes(v)) throw new CliError('USAGE', `${flag} must be one of ${FORMAT_NAMES.join(', ')}, not ${value}`);
  return v as Format;
}

export interface ReadMessage { message: LexMessage; warnings: LexWarning[]; format: Format; name: string; text: string }

export function readMessage(file: string | undefined, from?: Format): ReadMessage {
  const { text, name, warnings } = readInput(file);
  return parseMessage(text, name, from, warnings);
}

/** Parses the text of one message (read from `name`), turning codec failures into CliErrors. `decoded`: the warnings of decoding it. */
export function parseMessage(text: string, name: string, from?: Format, decoded: LexWarning[] = []): ReadMessage {
  try {
    const r = parse(text, from ? { from } : {});
    return { message: r.message, warnings: decoded.length ? [...decoded, ...r.warnings] : r.warnings, format: r.format, name, text };
  } catch (err) {
    if (err instanceof LexCodecError) {
      const pos = err.position;
      throw new CliError(err.code, `${name}: ${err.message}`, EXIT.UNUSABLE, pos && pos.line !== undefined ? { line: pos.line, column: pos.column ?? 1, offset: pos.offset ?? 0 } : undefined);
    }
    throw err;
  }
}

export function warningLine(w: LexWarning): string {
  const where = [w.path, w.position ? describePosition(w.position) : ''].filter(Boolean).join(' @ ');
  return `warning ${w.code}${where ? ` ${where}` : ''}: ${w.message}`;
}
