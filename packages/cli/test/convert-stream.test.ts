// `lex convert` of interchanges, batches and NDJSON: streamed to NDJSON or one interchange, a bad transaction
// reported on stderr with its code, control number and position while the rest go on, exit 1 when any failed,
// --fail-fast, --json, no progress line when piped, and the single-message behaviour unchanged.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseX12, parseX12Interchange, toX12 } from '@lexstandard/x12';
import { parseXmlBatch, toXmlBatch } from '@lexstandard/xml';
import { parseEdifactInterchange, toEdifactInterchange } from '@lexstandard/edifact';
import { bigX12, breakBeg, lead, leads, x12Groups } from '../../core/test/stream-helpers.js';

const BIN = fileURLToPath(new URL('../dist/bin/lex.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../conformance/examples/seed/', import.meta.url));
const lex = (args: string[], input?: string, env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'lex-convert-stream-'));
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

const GROUPS = [leads(0, 3), leads(3, 4), leads(7, 3)];
const X12 = x12Groups(GROUPS);
const BAD_X12 = breakBeg(X12, '2', '0003');
const ALL = GROUPS.flat();
const BAD_ID = GROUPS[1]![2]!.lex.header.messageId;

describe('lex convert: streams', () => {
  it('X12 with a bad transaction → NDJSON of the others, the bad one named on stderr, exit 1', () => {
    const r = lex(['convert', file('bad.x12', BAD_X12), '--to', 'json']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => JSON.parse(l).lex.header.messageId)).toEqual(ALL.map((m) => m.lex.header.messageId).filter((id) => id !== BAD_ID));
    const errors = r.stderr.split('\n').filter((l) => / error /.test(l));
    expect(errors).toHaveLength(1);
    const offset = BAD_X12.indexOf('b3g*');
    expect(errors[0]).toMatch(new RegExp(`error X12_INVALID_SEGMENT in message 6 \\(transaction 0003, group 2\\) at segment \\d+, offset ${offset}: segment \\d+ has no valid tag`));
    expect(r.stderr).toMatch(/converted 9 of 10 messages from x12 to json \(1 failed\)/);
    noStack(r.stderr);
  });

  it('--json: one JSON object per line on stderr, the error with its control number and position', () => {
    const r = lex(['convert', file('bad2.x12', BAD_X12), '--to', 'json', '--json']);
    expect(r.status).toBe(1);
    const events = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    const error = events.find((e) => e.type === 'error');
    expect(error).toMatchObject({ index: 5, control: '0003', group: '2', code: 'X12_INVALID_SEGMENT', position: { offset: BAD_X12.indexOf('b3g*') } });
    expect(events[events.length - 1]).toEqual({ type: 'summary', format: 'x12', to: 'json', read: 10, written: 9, failed: 1 });
  });

  it('--fail-fast stops at the first failure (exit 1), after the messages before it', () => {
    const r = lex(['convert', file('bad3.x12', BAD_X12), '--to', 'json', '--fail-fast']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    // the count is of what was handled (5 converted, the 6th failed), not of what the reader had read ahead
    expect(r.stderr).toMatch(/converted 5 of 6 messages from x12 to json \(1 failed; stopped at the first, --fail-fast\)/);
    const x = lex(['convert', file('bad4.x12', BAD_X12), '--to', 'x12', '--fail-fast']);
    expect(x.status).toBe(1);
    // the interchange written so far is closed: GE/IEA with its counts
    expect(parseX12Interchange(x.stdout, { strict: true }).messages).toHaveLength(5);
  });

  it('all good: exit 0; --to x12 writes ONE interchange with exact counts', () => {
    const r = lex(['convert', file('good.x12', X12), '--to', 'x12']);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^ISA\*/gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/GE\*10\*\d+~\nIEA\*1\*\d{9}~\n$/);
    const back = parseX12Interchange(r.stdout, { strict: true });
    expect(back.messages.map((t) => t.message)).toEqual(parseX12Interchange(X12).messages.map((t) => t.message));
  });

  it('EDIFACT with a bad message → NDJSON of the others, the bad one named by its UNH reference; X12 → ONE EDIFACT interchange', () => {
    const msgs = leads(30, 5);
    const good = toEdifactInterchange(msgs, { newline: true }).output;
    const ref = msgs[1]!.lex.header.messageId;
    const at = good.indexOf('DTM+', good.indexOf(`UNH+${ref}`));
    const r = lex(['convert', file('bad.edi', good.slice(0, at) + 'D?M+' + good.slice(at + 4)), '--to', 'json']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).lex.header.messageId)).toEqual(msgs.filter((_, i) => i !== 1).map((m) => m.lex.header.messageId));
    expect(r.stderr).toMatch(new RegExp(`error EDIFACT_INVALID_SEGMENT in message 2 \\(message reference ${ref}\\) at segment \\d+, line \\d+, column 1: segment \\d+ starts with`));
    const e = lex(['convert', file('bad5.x12', BAD_X12), '--to', 'edifact']);
    expect(e.status).toBe(1);
    const back = parseEdifactInterchange(e.stdout, { strict: true });
    expect(back.messages.map((m) => m.message.lex.header.messageId)).toEqual(ALL.map((m) => m.lex.header.messageId).filter((id) => id !== BAD_ID));
    expect(e.stdout).toMatch(/UNZ\+9\+/);
  });

  it('NDJSON on stdin → one interchange; a bad line is reported with its line number', () => {
    const ndjson = [JSON.stringify(lead(1)), JSON.stringify(lead(2)), '{"lex": ', '', JSON.stringify(lead(3))].join('\n') + '\n';
    const r = lex(['convert', '--to', 'x12'], ndjson);
    expect(r.status).toBe(1);
    expect(parseX12Interchange(r.stdout, { strict: true }).messages.map((t) => t.message.lex.header.messageId)).toEqual([lead(1), lead(2), lead(3)].map((m) => m.lex.header.messageId));
    expect(r.stderr).toMatch(/error INVALID_JSON in message 3 at line 3, column \d+/);
  });

  it('an XML batch → NDJSON, and NDJSON → one <lexBatch>', () => {
    const msgs = leads(20, 4);
    const r = lex(['convert', file('batch.xml', toXmlBatch(msgs, { pretty: true }).output), '--to', 'json']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual(parseXmlBatch(toXmlBatch(msgs).output).messages);
    const x = lex(['convert', '--to', 'xml'], msgs.map((m) => JSON.stringify(m)).join('\n'));
    expect(x.status).toBe(0);
    expect(x.stdout).toBe(toXmlBatch(msgs).output);
  });

  it('piped stderr never gets a progress line, even for a run longer than the delay', () => {
    const r = lex(['convert', file('good2.x12', X12), '--to', 'json'], undefined, { LEX_PROGRESS_AFTER_MS: '0' });
    expect(r.stderr).not.toMatch(/\r|\x1b\[/);
    expect(r.stdout).not.toMatch(/\r|\x1b\[/);
  });

  it('on a terminal, a progress line with messages, MB and messages/s, cleared at the end', () => {
    // script(1) gives the command a terminal; the progress delay is lowered so the short run shows it
    const big = file('big.x12', x12Groups([leads(0, 400), leads(400, 400)]));
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} convert ${JSON.stringify(big)} --to json > /dev/null`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, LEX_PROGRESS_AFTER_MS: '0' } });
    if (r.error) return; // no script(1) here
    expect(r.stdout).toMatch(/\r\[[#-]+\]\s+\d+% [\d,]+ messages, [\d.]+ MB, [\d,]+ messages\/s/);
    expect(r.stdout).toMatch(/\r\x1b\[K/);
    expect(r.stdout).toMatch(/converted 800 of 800 messages from x12 to json/);
  });
});

describe('lex convert: one message, as before', () => {
  it('a single message is converted whole: pretty JSON, not NDJSON', () => {
    const r = lex(['convert', file('one.x12', toX12(lead(5)).output), '--to', 'json']);
    expect(r.status).toBe(0);
    const message = parseX12(toX12(lead(5)).output).message;
    expect(r.stdout).toBe(JSON.stringify(message, null, 2) + '\n');
    expect(r.stderr).not.toMatch(/converted/);
  });
  it('a broken single message is still exit 2 with its code and position', () => {
    const r = lex(['convert', file('broken.json', '{\n  "lex": {\n'), '--to', 'x12']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/INVALID_JSON/);
    noStack(r.stderr);
    const t = lex(['convert', join(SEED, 'reference-lead.x12'), '--to', 'json']);
    expect(t.status).toBe(0);
    expect(JSON.parse(t.stdout).lex).toBeDefined();
  });
  it('a message the target cannot hold is exit 1 with the codec\'s code, never an internal error', () => {
    const r = lex(['convert', file('nosender.json', '{"lex":{}}'), '--to', 'x12']);
    expect(r.status).toBe(1);
    // the reading warnings come first (what the message lacks), the error last
    const lines = r.stderr.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => l.startsWith('warning JSON_REQUIRED_FIELD_MISSING '))).toBe(true);
    expect(lines.at(-1)).toBe('lex convert: X12_CANNOT_SERIALIZE: ' + join(tmp, 'nosender.json') + ': cannot write x12: ISA06 needs /lex/header/senderId, which the message does not have');
    noStack(r.stderr);
  });
  it('a message refused for a missing field: the reading warning that says so, then the error (text and --json)', () => {
    const m = structuredClone(lead(1)) as any;
    delete m.lex.payload.lead.leadId;
    const path = file('noleadid.json', JSON.stringify(m));
    const r = lex(['convert', path, '--to', 'x12']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^warning JSON_REQUIRED_FIELD_MISSING \/lex\/payload\/lead\/leadId/);
    expect(lines[1]).toMatch(/^lex convert: X12_CANNOT_SERIALIZE: .*cannot write x12: BEG03 is mandatory in X12/);
    const j = lex(['convert', path, '--to', 'x12', '--json']);
    expect(j.status).toBe(1);
    const e = JSON.parse(j.stderr);
    expect(e).toMatchObject({ type: 'error', code: 'X12_CANNOT_SERIALIZE', warnings: [{ code: 'JSON_REQUIRED_FIELD_MISSING', path: '/lex/payload/lead/leadId' }] });
  });
  it('--json: a single message that cannot be read is one JSON error on stderr, with the codec\'s position', () => {
    const cut = toX12(lead(5)).output.split('~\n').slice(0, 9).join('~\n') + '~\n';
    const r = lex(['convert', file('cut.x12', cut), '--to', 'json', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const e = JSON.parse(r.stderr);
    expect(e).toMatchObject({ type: 'error', code: 'X12_TRUNCATED', position: { segment: 9 } });
    expect(e.message).not.toMatch(/segment 9/); // the position is a field, not repeated in the text
    const j = lex(['convert', file('bad.json', '{"lex": x}'), '--to', 'xml', '--json']);
    expect(JSON.parse(j.stderr)).toEqual({ type: 'error', code: 'INVALID_JSON', message: 'not valid JSON: unexpected character "x" where a value was expected', position: { offset: 8, line: 1, column: 9 } });
  });
  it('a missing file is exit 2', () => {
    const r = lex(['convert', join(tmp, 'nope.x12'), '--to', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/FILE_NOT_READABLE: cannot read .*nope\.x12: no such file/);
  });
});

describe('lex convert: a large file', () => {
  // The command as users run it (FILE argument, output to a file), in a process that reports its own peak RSS on
  // fd 3. Reading the file in 1 MiB chunks once made this peak at 205 MB (see openInput).
  it('streams a 100 MB X12 file to NDJSON with a peak RSS under 150 MB (the issue\'s target)', () => {
    const path = join(tmp, 'large.x12');
    const fd = openSync(path, 'w');
    let bytes = 0;
    for (const chunk of bigX12(256_000)) bytes += writeSync(fd, chunk);
    closeSync(fd);
    const index = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
    const script = `import { writeSync } from 'node:fs'; import { main } from ${JSON.stringify(index)};
      const exit = await main(['convert', process.env.LEX_LARGE, '--to', 'json']);
      writeSync(3, JSON.stringify({ exit, maxRss: process.resourceUsage().maxRSS * 1024 }));`;
    const devNull = openSync('/dev/null', 'w');
    try {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', devNull, 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, LEX_LARGE: path } });
      expect(r.stderr).toContain('converted 256000 of 256000 messages from x12 to json');
      const result = JSON.parse(r.output[3] as string) as { exit: number; maxRss: number };
      expect(result.exit).toBe(0);
      expect(bytes).toBeGreaterThan(99e6);
      console.log(`lex convert of ${(bytes / 1e6).toFixed(0)} MB: peak RSS ${(result.maxRss / 1e6).toFixed(0)} MB`);
      expect(result.maxRss).toBeLessThan(150e6);
    } finally {
      closeSync(devNull);
    }
  }, 120_000);
});
