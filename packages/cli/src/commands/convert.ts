import { parseArgs } from 'node:util';
import { decodeInput, describePosition, LexCodecError, parse, readMessages, serialize, stripPosition, writeMessages, type Format, type LexWarning, type MessageStream, type ParseResult, type StreamItem } from '@lexstandard/core';
import { CliError, EXIT, openInput } from '../io.js';
import { formatOption, warningLine } from './input.js';

export const CONVERT_USAGE = `Usage: lex convert [FILE|-] --to json|xml|x12|edifact [--from json|xml|x12|edifact] [--json] [--fail-fast]

Converts LEX messages between JSON-EDI, XML-EDI, X12 850 and EDIFACT ORDERS (an ACKNOWLEDGMENT: X12 824
application advice, EDIFACT APERAK). The converted message goes to standard output; every warning (a
tolerated deviation in the input, a field the target format cannot carry: FIELD_NOT_CARRIED with its JSON
Pointer) goes to standard error.

Many messages — an X12 interchange with several ST … SE (in one or more GS groups), an EDIFACT interchange
with several UNH … UNT, an XML <lexBatch>, NDJSON (one JSON message per line) — are streamed in constant
memory: --to json writes NDJSON, --to xml one <lexBatch>, --to x12 and --to edifact one interchange with
its counts (SE01, GE01, IEA01; UNT, UNZ). A transaction that cannot be read or written is left out and
reported on standard error — its code, its number in the input, its control number (X12 ST02, EDIFACT UNH
reference) and its position — and the others go on; a summary line ends the run. When standard error is
a terminal (and the output is not), a run longer than a second shows one updating progress line there
(bar, messages, MB, messages/s); when standard error is piped or redirected, never.
  --from FORMAT   skip format detection
  --json          warnings on standard error as one JSON array (an error: one {"type":"error", …}, with the
                  warnings of reading the input as its "warnings" when there are any); for a
                  stream, one JSON object per line ({"type":"warning"|"error"|"summary", …})
  --fail-fast     stop at the first transaction that fails (the output written so far is closed properly)
Exit status: 0 converted (possibly with warnings), 1 a transaction of a stream failed (the others were
converted) or the message cannot be written in the target format, 2 unusable input or usage, 3 internal
error.`;

/** a single message is at most this large (the XML-EDI limit): up to here the input is kept to be read whole */
const HEAD_LIMIT = 32 << 20;

export async function runConvert(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      from: { type: 'string' },
      json: { type: 'boolean', default: false },
      'fail-fast': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { out(CONVERT_USAGE); return EXIT.OK; }
  const to = formatOption(values.to, '--to');
  if (!to) throw new CliError('USAGE', '--to is required');
  if (positionals.length > 1) throw new CliError('USAGE', `convert takes one FILE, got ${positionals.length}`);
  const from = formatOption(values.from, '--from');
  const input = openInput(positionals[0]);
  const head = new Head(HEAD_LIMIT);
  const messages = readMessages(head.tee(input.stream), from ? { from } : {});
  let first: StreamItem[];
  try {
    first = await messages.peek(2);
  } catch (e) {
    throw readError(e, input.name);
  }
  const transactions = first.filter((i) => i.ok || !i.fatal).length;
  if (transactions < 2 && (await head.rest())) {
    // no more than one message (a fatal failure ends the input): the single-message conversion, read whole
    await messages.close();
    const { text, warnings } = head.text();
    return convertOne(text, input.name, from, to, values.json === true, err, warnings);
  }
  head.drop();
  return convertStream(messages, { name: input.name, size: input.size, to, json: values.json === true, failFast: values['fail-fast'] === true }, err);
}

/**
 * One message: the converted message on stdout, its warnings on stderr. Input that cannot be read is exit 2; a
 * message the target format cannot hold (X12 without a sender for ISA06, …) is exit 1, as a failed message of a
 * stream is. With --json each goes to stderr as one JSON object, with the codec's own position.
 */
function convertOne(text: string, name: string, from: Format | undefined, to: Format, json: boolean, err: (s: string) => void, decoded: LexWarning[] = []): number {
  // a message the target cannot write is often one the reader already warned about (a missing required field):
  // those warnings come with the error, since they say why
  const fail = (e: LexCodecError, exit: number, prefix: string, warnings: LexWarning[] = []): number => {
    const pos = e.position;
    if (json) err(JSON.stringify({ type: 'error', code: e.code, message: prefix + (pos ? stripPosition(e.message, pos) : e.message), ...(pos ? { position: pos } : {}), ...(warnings.length ? { warnings } : {}) }));
    else {
      for (const w of warnings) err(warningLine(w));
      err(`lex convert: ${e.code}: ${name}: ${prefix}${e.message}`);
    }
    return exit;
  };
  let input: ParseResult;
  try {
    input = parse(text, from ? { from } : {});
  } catch (e) {
    if (e instanceof LexCodecError) return fail(e, EXIT.UNUSABLE, '', decoded);
    throw e;
  }
  if (decoded.length) input = { ...input, warnings: [...decoded, ...input.warnings] };
  let result: ReturnType<typeof serialize>;
  try {
    result = serialize(input.message, to);
  } catch (e) {
    if (e instanceof LexCodecError) return fail(e, EXIT.INVALID, `cannot write ${to}: `, input.warnings);
    throw e;
  }
  const warnings = [...input.warnings, ...result.warnings];
  process.stdout.write(result.output.endsWith('\n') ? result.output : result.output + '\n');
  if (json) err(JSON.stringify(warnings));
  else for (const w of warnings) err(warningLine(w));
  return EXIT.OK;
}

interface StreamRun { name: string; size: number | undefined; to: Format; json: boolean; failFast: boolean }

async function convertStream(messages: MessageStream, run: StreamRun, err: (s: string) => void): Promise<number> {
  // progress only on a terminal, and not when the output itself goes to that terminal (it would tear the line)
  const progress = process.stderr.isTTY && !process.stdout.isTTY ? new Progress(messages, run.size, process.stderr) : undefined;
  const report = (line: string) => {
    progress?.clear();
    err(line);
  };
  let envelopeWarnings = 0;
  const interchangeWarnings = () => {
    for (; envelopeWarnings < messages.warnings.length; envelopeWarnings++) {
      const w = messages.warnings[envelopeWarnings]!;
      report(run.json ? JSON.stringify({ type: 'warning', ...w }) : `${run.name}: ${warningLine(w)}`);
    }
  };
  const stdout = process.stdout;
  // the output as UTF-8 bytes (writeMessages' bytes mode): no chunk string joined, no second encoding in stdout
  const write = (chunk: Uint8Array): void | Promise<void> => {
    if (stdout.write(chunk)) return;
    return new Promise<void>((resolve) => stdout.once('drain', resolve));
  };
  let summary;
  try {
    summary = await writeMessages(messages, run.to, write, {
      bytes: true,
      failFast: run.failFast,
      onWarnings: (warnings, index, item) => {
        interchangeWarnings();
        for (const w of warnings) report(run.json ? JSON.stringify({ type: 'warning', index, ...ids(item), ...w }) : `${run.name}: ${label(index, item)}: ${warningLine(w)}`);
      },
      onError: (error, index, item) => {
        interchangeWarnings();
        report(run.json ? JSON.stringify(errorJson(error, index, item)) : `${run.name}: ${errorLine(error, index, item)}`);
      },
    });
  } catch (e) {
    progress?.stop();
    throw readError(e, run.name);
  }
  interchangeWarnings();
  progress?.stop();
  // with --fail-fast the reader may have read past the failure: count what was handled
  const read = summary.stopped ? summary.written + summary.failed : messages.count;
  if (run.json) err(JSON.stringify({ type: 'summary', format: messages.format, to: run.to, read, written: summary.written, failed: summary.failed, ...(summary.stopped ? { stopped: true } : {}) }));
  else err(`${run.name}: converted ${summary.written} of ${read} messages from ${messages.format ?? 'unknown'} to ${run.to}${summary.failed ? ` (${summary.failed} failed${summary.stopped ? '; stopped at the first, --fail-fast' : ''})` : ''}`);
  return summary.failed > 0 ? EXIT.INVALID : EXIT.OK;
}

export function ids(item: StreamItem | undefined): { control?: string; group?: string; interchange?: string } {
  const o: { control?: string; group?: string; interchange?: string } = {};
  if (item?.control) o.control = item.control;
  if (item?.group) o.group = item.group;
  if (item?.interchange) o.interchange = item.interchange;
  return o;
}

/** "message 3 (transaction 0003, group 12)" */
export function label(index: number, item: StreamItem | undefined): string {
  const c = item?.control;
  const what = c === undefined ? '' : item!.format === 'edifact' ? `message reference ${c}` : `transaction ${c}`;
  const inGroup = item?.group ? `${what ? ', ' : ''}group ${item.group}` : '';
  return `message ${index + 1}${what || inGroup ? ` (${what}${inGroup})` : ''}`;
}

export function errorLine(error: LexCodecError, index: number, item: StreamItem | undefined): string {
  const pos = error.position;
  const text = pos ? stripPosition(error.message, pos) : error.message;
  const fatal = item && !item.ok && item.fatal ? ' (the rest of the input cannot be read)' : '';
  const where = item && !item.ok && item.fatal && !item.control ? 'the input' : label(index, item);
  return `error ${error.code} in ${where}${pos ? ` at ${describePosition(pos)}` : ''}: ${text}${fatal}`;
}

export function errorJson(error: LexCodecError, index: number, item: StreamItem | undefined): Record<string, unknown> {
  const pos = error.position;
  return {
    type: 'error', index, ...ids(item), code: error.code, message: pos ? stripPosition(error.message, pos) : error.message,
    ...(pos ? { position: pos } : {}), ...(item && !item.ok && item.fatal ? { fatal: true } : {}),
  };
}

/** an error of the source itself (a read error) as a CliError */
function readError(e: unknown, name: string): unknown {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new CliError('FILE_NOT_READABLE', `cannot read ${name}: ${(e as Error).message}`);
  return e;
}

/**
 * Keeps the first `limit` bytes of the input, so an input of one message can be read whole once the stream has
 * shown it holds no more than one. drop() frees them as soon as a second message arrives.
 */
class Head {
  private chunks: (string | Uint8Array)[] = [];
  private size = 0;
  private keeping = true;
  private iterator: AsyncIterator<string | Uint8Array> | undefined;
  private ended = false;
  constructor(private readonly limit: number) {}

  async *tee(source: NodeJS.ReadableStream): AsyncGenerator<string | Uint8Array> {
    const it = (this.iterator = (source as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]());
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) { this.ended = true; return; }
        this.keep(r.value);
        yield r.value;
      }
    } finally {
      if (!this.ended) await it.return?.();
    }
  }

  private keep(chunk: string | Uint8Array): void {
    if (!this.keeping) return;
    const n = typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    if (this.size + n > this.limit) this.drop();
    else {
      this.chunks.push(chunk);
      this.size += n;
    }
  }

  /** Reads what is left of the input into the head (the reader stopped early); false when it is over the limit. */
  async rest(): Promise<boolean> {
    const it = this.iterator;
    while (this.keeping && it && !this.ended) {
      const r = await it.next();
      if (r.done) this.ended = true;
      else this.keep(r.value);
    }
    return this.keeping;
  }

  drop(): void {
    this.keeping = false;
    this.chunks = [];
  }

  /** the input's text, and the warning of decoding it when its bytes were not UTF-8 (core's decodeInput) */
  text(): { text: string; warnings: LexWarning[] } {
    if (this.chunks.every((c) => typeof c === 'string')) return { text: this.chunks.join(''), warnings: [] };
    return decodeInput(Buffer.concat(this.chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
  }
}

/** One updating line on a terminal: a bar when the size is known, messages, MB and messages/s. After 1 s only. */
class Progress {
  private readonly start = Date.now();
  private shown = false;
  private readonly timer: NodeJS.Timeout;
  private readonly after: number;

  constructor(private readonly stream: MessageStream, private readonly size: number | undefined, private readonly tty: NodeJS.WriteStream) {
    // LEX_PROGRESS_AFTER_MS: when the line first appears (default 1000; tests set it lower)
    this.after = Number(process.env.LEX_PROGRESS_AFTER_MS ?? 1000) / 1000;
    this.timer = setInterval(() => this.draw(), Math.min(250, Math.max(10, this.after * 250)));
    this.timer.unref();
  }

  private draw(): void {
    const seconds = (Date.now() - this.start) / 1000;
    if (seconds < this.after) return;
    const n = this.stream.count;
    const mb = this.stream.bytesRead / 1e6;
    let bar = '';
    if (this.size) {
      const f = Math.min(1, this.stream.bytesRead / this.size);
      const width = 24;
      const full = Math.round(f * width);
      bar = `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(f * 100).toFixed(0).padStart(3)}% `;
    }
    const failed = this.stream.failed ? `, ${this.stream.failed} failed` : '';
    const line = `${bar}${n.toLocaleString('en-US')} messages, ${mb.toFixed(1)} MB, ${Math.round(n / seconds).toLocaleString('en-US')} messages/s${failed}`;
    const columns = this.tty.columns || 80;
    this.tty.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.tty.write('\r\x1b[K');
    this.shown = false;
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }
}

