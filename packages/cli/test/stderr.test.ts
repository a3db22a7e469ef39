// Standard error, when it is a file or a pipe, is written in batches (io.ts batchedLines): the same lines in the
// same order, nothing lost at exit (a normal end, a failure, or stdout closed by its reader), and still prompt
// for a long-running command.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchedLines } from '../src/io.js';
import { leads } from '../../core/test/stream-helpers.js';

const BIN = fileURLToPath(new URL('../dist/bin/lex.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lex-stderr-'));
const N = 3000;
// a first name outside ISO 8859-1: one EDIFACT_CHARACTER_SET warning per message written as EDIFACT
const NDJSON = join(tmp, 'leads.ndjson');
writeFileSync(NDJSON, leads(0, N).map((m) => JSON.stringify({ ...m, lex: { ...m.lex, payload: { lead: { ...(m.lex.payload as any).lead, customer: { ...(m.lex.payload as any).lead.customer, firstName: 'Łucja' } } } } })).join('\n') + '\n');

describe('batchedLines', () => {
  it('writes lines in order, once the batch reaches its limit, and on flush()', () => {
    const writes: string[] = [];
    const b = batchedLines({ write: (s: string) => writes.push(s) }, 10, 60_000);
    b.line('abc');
    b.line('def');
    expect(writes).toEqual([]);
    b.line('ghi');
    expect(writes).toEqual(['abc\ndef\nghi\n']);
    b.line('last');
    b.flush();
    b.flush();
    expect(writes).toEqual(['abc\ndef\nghi\n', 'last\n']);
  });

  it('writes a batch `delay` ms after its first line without a flush()', async () => {
    const writes: string[] = [];
    const b = batchedLines({ write: (s: string) => writes.push(s) }, 1 << 16, 20);
    b.line('one');
    b.line('two');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(writes).toEqual(['one\ntwo\n']);
  });
});

describe('lex on a piped standard error', () => {
  it('every warning line of a streamed conversion arrives, in message order, before the summary', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', NDJSON, '--to', 'edifact'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(N + 1);
    lines.slice(0, N).forEach((l, i) => expect(l).toMatch(new RegExp(`^${NDJSON.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: message ${i + 1}: warning EDIFACT_CHARACTER_SET `)));
    expect(lines[N]).toBe(`${NDJSON}: converted ${N} of ${N} messages from json to edifact`);
  });

  it('a usage error is written before the exit status is returned', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', NDJSON, '--to', 'csv'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^lex convert: USAGE: /);
  });

  it('stdout closed by its reader: exit 0, and standard error holds only whole lines', async () => {
    const child = spawn(process.execPath, [BIN, 'convert', NDJSON, '--to', 'json', '--from', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(0);
    for (const l of stderr.split('\n').slice(0, -1)) expect(l).toMatch(/^\S+: (message \d+: warning |converted )/);
    expect(stderr === '' || stderr.endsWith('\n')).toBe(true);
  });
});
