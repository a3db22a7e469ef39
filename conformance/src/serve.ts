// The implementation side of the command-adapter protocol: wraps any Adapter (e.g. the in-process one
// over @lexstandard/core) as a command the runner can start. conformance/adapters/lex-adapter.mjs is
// this, for this project's packages; a JavaScript implementation can reuse it the same way.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { FORMATS, LEVELS, type Adapter, type Format, type Level } from './types.js';

export interface ServeIo {
  env?: NodeJS.ProcessEnv;
  stdin?: Readable;
  stdout?: Writable;
  stderr?: Writable;
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk;
  return text;
}

/** NDJSON: each request line is answered by one response line ({"error": …} when it fails), in order. */
async function lines(stdin: Readable, stdout: Writable, answer: (req: Record<string, any>) => Promise<unknown>): Promise<void> {
  for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let response: unknown;
    try {
      const req = JSON.parse(line);
      if (req === null || typeof req !== 'object') throw new Error('a request is a JSON object');
      response = await answer(req);
    } catch (e) {
      response = { error: (e as Error).message };
    }
    stdout.write(JSON.stringify(response) + '\n');
  }
}

/** Answers one operation (validate, convert), one session or a serve loop as the protocol says; returns the exit status. */
export async function serveAdapter(adapter: Adapter, io: ServeIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stdin = io.stdin ?? process.stdin;
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const fail = (m: string) => { stderr.write(`lex-adapter: ${m}\n`); return 2; };

  const format = (env.LEX_FROM_FORMAT ?? 'json') as Format;
  if (!FORMATS.includes(format)) return fail(`LEX_FROM_FORMAT must be one of ${FORMATS.join(', ')}`);
  const level = (env.LEX_LEVEL ?? 'L3') as Level;
  if (!LEVELS.includes(level)) return fail('LEX_LEVEL must be L1, L2 or L3');
  const now = env.LEX_NOW ?? new Date().toISOString();

  switch (env.LEX_CONFORMANCE_OPERATION) {
    case 'validate': {
      const text = await readAll(stdin);
      const result = await adapter.validate({ text, format, now, level, ...(env.LEX_PREVIOUS_STATUS ? { previousStatus: env.LEX_PREVIOUS_STATUS } : {}) });
      stdout.write(JSON.stringify(result) + '\n');
      return 0;
    }
    case 'convert': {
      if ((env.LEX_TO_FORMAT ?? 'json') !== 'json') return fail('only LEX_TO_FORMAT=json is used by the vectors');
      const text = await readAll(stdin);
      try {
        stdout.write(JSON.stringify(await adapter.convert({ text, format, to: 'json', now })) + '\n');
        return 0;
      } catch (e) {
        return fail(`cannot convert: ${(e as Error).message}`);
      }
    }
    case 'session': {
      const session = await adapter.session();
      await lines(stdin, stdout, async (req) => {
        if (req.op !== 'submit') throw new Error(`unknown op ${JSON.stringify(req.op)} in a session (expected submit)`);
        return session.submit({ text: String(req.text), format: req.format ?? 'json', now: req.now ?? new Date().toISOString(), level: req.level ?? 'L3' });
      });
      await session.close();
      return 0;
    }
    case 'serve': {
      await lines(stdin, stdout, async (req) => {
        const base = { text: String(req.text), format: (req.format ?? 'json') as Format };
        if (req.op === 'validate') {
          return adapter.validate({ ...base, now: req.now ?? new Date().toISOString(), level: req.level ?? 'L3', ...(req.previousStatus ? { previousStatus: req.previousStatus } : {}) });
        }
        if (req.op === 'convert') return { message: await adapter.convert({ ...base, to: 'json', ...(req.now ? { now: req.now } : {}) }) };
        throw new Error(`unknown op ${JSON.stringify(req.op)} (expected validate or convert)`);
      });
      return 0;
    }
    default:
      return fail(`LEX_CONFORMANCE_OPERATION must be validate, convert, session or serve, not ${JSON.stringify(env.LEX_CONFORMANCE_OPERATION)}`);
  }
}
