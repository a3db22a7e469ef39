import { createReadStream, openSync, readFileSync, statSync } from 'node:fs';
import { decodeInput, invalidJson, stripPosition, type LexWarning } from '@lexstandard/core';

/** Exit statuses of every lex command. */
export const EXIT = { OK: 0, INVALID: 1, UNUSABLE: 2, INTERNAL: 3 } as const;

/** A problem with the input or the command line: reported in one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.UNUSABLE,
    readonly position?: { line: number; column: number; offset: number },
  ) {
    super(message);
  }
}

/**
 * Reads FILE, or standard input for `-` / no file: UTF-8, UTF-16 by its byte-order mark, or (bytes that are not
 * UTF-8) the 8-bit encoding the input declares, with an INPUT_NOT_UTF8 warning (core's decodeInput).
 */
export function readInput(file: string | undefined): { text: string; name: string; warnings: LexWarning[] } {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('USAGE', 'no input: give a FILE or pipe a message on standard input');
    const { text, warnings } = decodeInput(readFileSync(0));
    return { text, name: '<stdin>', warnings };
  }
  try {
    const { text, warnings } = decodeInput(readFileSync(file));
    return { text, name: file, warnings };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CliError('FILE_NOT_READABLE', `cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
  }
}

/**
 * Opens FILE, or standard input for `-` / no file, as a stream (for inputs too large to read at once); `size` is
 * the file's size when known. Errors as readInput's.
 *
 * Files are read in chunks of 64 KiB, the size a pipe gives. Larger ones are read no faster, and they cost memory
 * ahead of the reader: a chunk outlives many young-generation collections while its messages are read, so it is
 * tenured, and its bytes (outside the JS heap) are freed only by a full collection. With 1 MiB chunks a 100 MB
 * X12 conversion peaked at 157 to 166 MB RSS, with 64 KiB at 94 to 99 MB.
 */
export function openInput(file: string | undefined, highWaterMark = 1 << 16): { stream: NodeJS.ReadableStream; name: string; size?: number } {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('USAGE', 'no input: give a FILE or pipe a message on standard input');
    return { stream: process.stdin, name: '<stdin>' };
  }
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const fd = openSync(file, 'r');
    return { stream: createReadStream('', { fd, highWaterMark }), name: file, size: stat.size };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CliError('FILE_NOT_READABLE', `cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
  }
}

/** JSON.parse with a positioned INVALID_JSON error. */
export function parseJsonText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    // the codec's INVALID_JSON (where and why, the same on every engine), its position also in the message
    const e = invalidJson(body, err);
    const pos = e.position as { offset: number; line: number; column: number };
    throw new CliError('INVALID_JSON', `${stripPosition(e.message, pos)} at line ${pos.line}, column ${pos.column}`, EXIT.UNUSABLE, pos);
  }
}

/**
 * Lines for a stream that is not a terminal (a file or a pipe), written in batches: one console.error per
 * line cost about 4 µs (formatting, a colour check, a write call): 4% of a conversion that warns on every
 * message. A batch is written once it holds `limit` characters, `delay` ms after its first line (so a
 * long-running command, `lex serve`, still logs promptly), and by flush(). Writes to files and pipes are
 * synchronous on Linux and macOS, so flush() at exit loses nothing.
 */
export function batchedLines(stream: { write(s: string): unknown }, limit = 1 << 16, delay = 100): { line: (s: string) => void; flush: () => void } {
  let parts: string[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    stream.write(text);
  };
  const line = (s: string) => {
    const text = s + '\n';
    parts.push(text);
    size += text.length;
    if (size >= limit) flush();
    else if (timer === undefined) {
      timer = setTimeout(flush, delay);
      timer.unref?.();
    }
  };
  return { line, flush };
}
