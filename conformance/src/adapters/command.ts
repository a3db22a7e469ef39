// The command adapter: any implementation, in any language, behind a shell command.
//
// Stateless cases (validate, convert): the command is started once per case, the message on standard
// input, the parameters in the environment; it prints one JSON document on standard output and exits 0.
// Stateful cases (session): the command is started once per case with LEX_CONFORMANCE_OPERATION=session
// and speaks NDJSON: one request object per line in, one response object per line out.
// Optionally (persistent), the stateless cases go to one process started with LEX_CONFORMANCE_OPERATION=serve,
// NDJSON too.
// The protocol is documented in conformance/README.md.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Adapter, ConvertRequest, Session, SubmitRequest, SubmitResponse, ValidateRequest, ValidationOutcome } from '../types.js';

export const PROTOCOL_VERSION = '1';

export interface CommandAdapterOptions {
  /** working directory of the command (default: the current one) */
  cwd?: string;
  /** per-case (stateless) or per-request (session) time limit, ms (default 30 000) */
  timeoutMs?: number;
  /** extra environment */
  env?: Record<string, string>;
  /**
   * Stateless cases go to one long-running process (LEX_CONFORMANCE_OPERATION=serve, NDJSON) instead of
   * one process per case. Sessions still get a process each.
   */
  persistent?: boolean;
}

/** The adapter failed to follow the protocol (did not start, timed out, exited non-zero, printed no JSON). */
export class AdapterError extends Error {
  constructor(message: string, readonly stderr = '') {
    super(stderr.trim() ? `${message}; its standard error: ${tail(stderr)}` : message);
    this.name = 'AdapterError';
  }
}

const tail = (s: string) => {
  const t = s.trim();
  return t.length > 400 ? '...' + t.slice(-400) : t;
};

function parseJsonOutput(stdout: string, what: string, stderr: string): unknown {
  const text = stdout.trim();
  if (!text) throw new AdapterError(`${what}: the command printed nothing on standard output`, stderr);
  try {
    return JSON.parse(text);
  } catch {
    throw new AdapterError(`${what}: standard output is not one JSON document: ${text.length > 120 ? text.slice(0, 117) + '...' : text}`, stderr);
  }
}

export function createCommandAdapter(command: string, options: CommandAdapterOptions = {}): Adapter {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const baseEnv = { ...process.env, ...options.env, LEX_CONFORMANCE_PROTOCOL: PROTOCOL_VERSION };

  const start = (env: Record<string, string>): ChildProcessWithoutNullStreams =>
    spawn(command, { shell: true, cwd: options.cwd, env: { ...baseEnv, ...env }, stdio: 'pipe' });

  /** Runs the command once: input on stdin, JSON expected on stdout. */
  const once = (env: Record<string, string>, input: string, what: string): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const child = start(env);
      let stdout = '', stderr = '', done = false;
      const finish = (f: () => void) => { if (!done) { done = true; clearTimeout(timer); f(); } };
      const timer = setTimeout(() => finish(() => { child.kill('SIGKILL'); reject(new AdapterError(`${what}: no answer within ${timeoutMs} ms`, stderr)); }), timeoutMs);
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', (e) => finish(() => reject(new AdapterError(`${what}: cannot start ${JSON.stringify(command)}: ${e.message}`))));
      child.on('close', (code) =>
        finish(() => {
          if (code !== 0) return reject(new AdapterError(`${what}: the command exited with status ${code}`, stderr));
          try { resolve(parseJsonOutput(stdout, what, stderr)); } catch (e) { reject(e); }
        }),
      );
      child.stdin.on('error', () => {}); // the command may exit without reading everything
      child.stdin.end(input);
    });

  const adapter: Adapter = {
    name: `command: ${command}`,
    async validate(r: ValidateRequest): Promise<ValidationOutcome> {
      const env: Record<string, string> = { LEX_CONFORMANCE_OPERATION: 'validate', LEX_FROM_FORMAT: r.format, LEX_NOW: r.now, LEX_LEVEL: r.level };
      if (r.previousStatus !== undefined) env.LEX_PREVIOUS_STATUS = r.previousStatus;
      return (await once(env, r.text, 'validate')) as ValidationOutcome;
    },
    async convert(r: ConvertRequest): Promise<unknown> {
      const env: Record<string, string> = { LEX_CONFORMANCE_OPERATION: 'convert', LEX_FROM_FORMAT: r.format, LEX_TO_FORMAT: r.to };
      if (r.now !== undefined) env.LEX_NOW = r.now;
      return once(env, r.text, 'convert');
    },
    async session(): Promise<Session> {
      return new CommandSession(new LineChannel(start({ LEX_CONFORMANCE_OPERATION: 'session' }), timeoutMs, 'session'));
    },
  };
  if (!options.persistent) return adapter;

  // persistent: one long-running process (LEX_CONFORMANCE_OPERATION=serve) answers every stateless case
  let server: LineChannel | undefined;
  const serve = () => (server ??= new LineChannel(start({ LEX_CONFORMANCE_OPERATION: 'serve' }), timeoutMs, 'serve'));
  const answer = async (request: object): Promise<Record<string, unknown>> => {
    const r = (await serve().request(request)) as Record<string, unknown>;
    if (r === null || typeof r !== 'object') throw new AdapterError('serve: a response must be a JSON object');
    if (typeof r.error === 'string') throw new AdapterError(`serve: the implementation answered with an error: ${r.error}`);
    return r;
  };
  return {
    ...adapter,
    name: `command (persistent): ${command}`,
    async validate(r: ValidateRequest): Promise<ValidationOutcome> {
      return (await answer({ op: 'validate', format: r.format, text: r.text, now: r.now, level: r.level, ...(r.previousStatus !== undefined ? { previousStatus: r.previousStatus } : {}) })) as unknown as ValidationOutcome;
    },
    async convert(r: ConvertRequest): Promise<unknown> {
      return (await answer({ op: 'convert', format: r.format, text: r.text, to: r.to, ...(r.now !== undefined ? { now: r.now } : {}) })).message;
    },
    async close() {
      await server?.close();
      server = undefined;
    },
  };
}

/** A running command speaking NDJSON: one request line in, one response line out, in order. */
class LineChannel {
  private buffer = '';
  private stderr = '';
  private lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private exited = false;
  private failure: string | undefined;
  /** requests are sent one at a time: the next waits for the previous response */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly child: ChildProcessWithoutNullStreams, private readonly timeoutMs: number, private readonly what: string) {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      this.buffer += d;
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl).trim();
        this.buffer = this.buffer.slice(nl + 1);
        if (line) this.push(line);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    child.on('error', (e) => { this.failure = `cannot start the command: ${e.message}`; this.end(); });
    child.on('close', (code) => { this.failure ??= `the command exited (status ${code}) during the ${what}`; this.end(); });
    child.stdin.on('error', () => {});
  }

  private push(line: string) {
    const w = this.waiting;
    if (w) { this.waiting = undefined; w(line); } else this.lines.push(line);
  }

  private end() {
    this.exited = true;
    const w = this.waiting;
    if (w) { this.waiting = undefined; w(undefined); }
  }

  private next(): Promise<string | undefined> {
    if (this.lines.length) return Promise.resolve(this.lines.shift());
    if (this.exited) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Sends one request and parses its response line. */
  request(request: object): Promise<unknown> {
    const run = async () => {
      if (this.exited) throw new AdapterError(`${this.what}: ${this.failure ?? 'the command is not running'}`, this.stderr);
      this.child.stdin.write(JSON.stringify(request) + '\n');
      let timer: NodeJS.Timeout | undefined;
      const line = await Promise.race([
        this.next(),
        new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.timeoutMs))),
      ]);
      clearTimeout(timer);
      if (line === 'timeout') {
        this.waiting = undefined;
        this.child.kill('SIGKILL');
        throw new AdapterError(`${this.what}: no response line within ${this.timeoutMs} ms`, this.stderr);
      }
      if (line === undefined) throw new AdapterError(`${this.what}: ${this.failure ?? 'no response'}`, this.stderr);
      return parseJsonOutput(line, this.what, this.stderr);
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  get errorOutput() { return this.stderr; }

  async close(): Promise<void> {
    if (this.exited) return;
    const closed = new Promise<void>((resolve) => this.child.once('close', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await closed;
    clearTimeout(timer);
  }
}

/** One running receiver (LEX_CONFORMANCE_OPERATION=session). */
class CommandSession implements Session {
  constructor(private readonly channel: LineChannel) {}

  async submit(r: SubmitRequest): Promise<SubmitResponse> {
    const response = (await this.channel.request({ op: 'submit', format: r.format, text: r.text, now: r.now, level: r.level })) as SubmitResponse;
    if (response === null || typeof response !== 'object' || !('ack' in response) || typeof response.stored !== 'number') {
      throw new AdapterError(`session: a response must be {"ack": <ACKNOWLEDGMENT message or null>, "stored": <number>}, got ${JSON.stringify(response).slice(0, 120)}`, this.channel.errorOutput);
    }
    return response;
  }

  close(): Promise<void> {
    return this.channel.close();
  }
}
