// The lex binary as a user runs it: exit statuses, --json, and clear one-line errors (never a stack trace).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LexMessage } from '@lexstandard/core';

const BIN = fileURLToPath(new URL('../dist/bin/lex.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../conformance/examples/seed/', import.meta.url));
const lex = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'lex-cli-'));
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('lex validate', () => {
  it('exit 0 and a readable report for the seed minimal lead', () => {
    const r = lex(['validate', join(SEED, 'minimal-lead.json'), '--now', '2026-03-23T14:31:00Z']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/minimal-lead\.json: valid LEAD 550e8400-e29b-41d4-a716-446655440000 \(level L2; 0 errors, 2 warnings\)/);
  });
  it('--json prints exactly the result object', () => {
    const r = lex(['validate', join(SEED, 'home-page-lead.json'), '--now', '2026-03-28T14:30:30Z', '--json']);
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['valid', 'errors', 'warnings']);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e: { path: string }) => e.path)).toEqual(['/lex/payload/lead/customer/address', '/lex/payload/lead/desiredProduct', '/lex/payload/lead/source']);
  });
  it('reads standard input with - or no FILE', () => {
    const text = JSON.stringify({ lex: { version: '1.0.0' } });
    for (const args of [['validate', '-'], ['validate']]) {
      const r = lex([...args, '--json'], text);
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).errors.length).toBeGreaterThan(0);
    }
  });
  it('--level and --previous-status change the verdict', () => {
    const f = join(SEED, 'minimal-lead.json');
    expect(lex(['validate', f, '--now', '2026-03-23T14:31:00Z', '--level', 'L3']).status).toBe(1);
    expect(lex(['validate', f, '--now', '2026-03-23T14:31:00Z', '--previous-status', 'DELIVERED']).status).toBe(1);
    expect(lex(['validate', f, '--now', '2026-03-23T14:31:00Z', '--previous-status', 'SHOPPING']).status).toBe(0);
  });
  it('malformed JSON: exit 2 with the line and column', () => {
    const r = lex(['validate', file('bad.json', '{\n  "lex": {\n    "version": "1.0.0",\n  }\n}\n')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/INVALID_JSON: not valid JSON: .* at line 4, column 3/);
    noStack(r.stderr);
    // the very character, on every Node (Node 20's JSON.parse names no position here), and one line
    const x = lex(['validate', file('bad3.json', '{"lex": x}\n')]);
    expect(x.stderr.trim()).toBe('lex validate: INVALID_JSON: not valid JSON: unexpected character "x" where a value was expected at line 1, column 9');
    const j = lex(['validate', file('bad2.json', '{"lex":'), '--json']);
    expect(j.status).toBe(2);
    expect(JSON.parse(j.stdout).errors[0].code).toBe('INVALID_JSON');
  });
  it('empty or blank input: exit 2, "the input is empty", in every command', () => {
    for (const text of ['', ' \n\t\n', '\ufeff\n']) {
      const f = file('empty.txt', text);
      const commands = [['validate', f], ['validate', '-'], ...(text === '' ? [['convert', f, '--to', 'json'], ['ack', f], ['fingerprint', f]] : [])];
      for (const args of commands) {
        const r = lex(args, text);
        expect(r.status, `${args.join(' ')} ${JSON.stringify(text)}`).toBe(2);
        expect(r.stderr).toMatch(/UNKNOWN_FORMAT: .*the input is empty/);
        noStack(r.stderr);
      }
    }
    const j = lex(['validate', file('empty.txt', ''), '--json']);
    expect(JSON.parse(j.stdout).errors[0]).toMatchObject({ code: 'UNKNOWN_FORMAT', message: expect.stringMatching(/^the input is empty/) });
  });
  it('JSON that is not a LEX message: exit 2', () => {
    const r = lex(['validate', file('other.json', '{"order": 1}')]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/NOT_A_LEX_MESSAGE/);
  });
  it('usage errors: exit 2 and the usage, no stack trace', () => {
    for (const args of [['validate', '--level', 'L7', 'x.json'], ['validate', '--now', 'soon', 'x.json'], ['validate', '--bogus'], ['validate', 'a.json', 'b.json'], ['frobnicate'], []]) {
      const r = lex(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr + r.stdout, args.join(' ')).toMatch(/Usage: lex/);
      noStack(r.stderr);
    }
    const missing = lex(['validate', join(tmp, 'does-not-exist.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*does-not-exist\.json: no such file/);
  });
  it('binary garbage is unusable input, not a crash', () => {
    const r = lex(['validate', '-'], '\u0000\u0001\u00ff\u00fe garbage');
    expect(r.status).toBe(2);
    noStack(r.stderr);
  });
});

describe('text encodings of the input', () => {
  // Windows tools (Notepad, PowerShell 5's `>`) write UTF-16 with a byte-order mark; a partner's file in it is
  // the same message as its UTF-8 original
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from('\ufeff' + text, 'utf16le');
    if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return le;
  };
  const bytesFile = (name: string, bytes: Buffer) => { const p = join(tmp, name); writeFileSync(p, bytes); return p; };
  const run = (args: string[], input?: Buffer) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  it('a file in Latin-1 (EDIFACT UNOC, X12): its names as written, and an INPUT_NOT_UTF8 warning with the offset', () => {
    for (const seed of ['reference-lead.edi', 'reference-lead.x12']) {
      const text = readFileSync(join(SEED, seed), 'utf8').replace(/JANE|JOHN/g, (n) => (n === 'JANE' ? 'JÄNE' : 'JÖHN'));
      const f = bytesFile(`latin1-${seed}`, Buffer.from(text, 'latin1'));
      const r = run(['convert', f, '--to', 'json']);
      expect(r.status, seed).toBe(0);
      expect(JSON.parse(r.stdout).lex.payload.lead.customer.firstName, seed).toMatch(/^J[ÄÖ]/);
      expect(r.stderr, seed).toMatch(/warning INPUT_NOT_UTF8 offset \d+: the input is not UTF-8 \(byte \d+, 0x(C4|D6), does not start or continue a UTF-8 character\); it was read as UTF-8 up to there and as /);
      const v = run(['validate', f, '--json']);
      expect(JSON.parse(v.stdout).warnings.map((w: { code: string }) => w.code), seed).toContain('INPUT_NOT_UTF8');
      // the ACK tells the sender how its bytes were read: in the JSON-EDI form and in its own format (APERAK, 824)
      const ack = run(['ack', f, '--now', '2026-03-23T15:00:00Z', '--to', 'json']);
      expect(ack.stderr, seed).toMatch(/warning INPUT_NOT_UTF8 offset \d+: /);
      const issues = JSON.parse(ack.stdout).lex.payload.acknowledgment.warnings as { code: string; severity: string; path?: string }[];
      expect(issues.filter((i) => i.code === 'INPUT_NOT_UTF8'), seed).toEqual([expect.objectContaining({ severity: 'WARNING', suggestedAction: expect.stringMatching(/^send UTF-8/) })]);
      expect(issues.find((i) => i.code === 'INPUT_NOT_UTF8')!.path, seed).toBeUndefined();
      const own = run(['ack', f, '--now', '2026-03-23T15:00:00Z']);
      expect(own.stdout, seed).toMatch(seed.endsWith('.edi') ? /ERC\+INPUT_NOT_UTF8:/ : /RED\*WARNING\*\*ZZ\*\*ZZ\*INPUT_NOT_UTF8~/);
      // a UTF-8 file: none
      expect(run(['ack', join(SEED, seed), '--now', '2026-03-23T15:00:00Z', '--to', 'json']).stdout, seed).not.toContain('INPUT_NOT_UTF8');
    }
  });
  for (const seed of ['reference-lead.x12', 'reference-lead.edi', 'home-page-lead.xml', 'home-page-lead.json']) {
    it(`${seed} in UTF-16 LE and BE, and in UTF-8 with a BOM: converted and validated as the UTF-8 file is`, () => {
      const original = join(SEED, seed);
      const text = readFileSync(original, 'utf8');
      const expected = run(['convert', original, '--to', 'json']);
      const verdict = run(['validate', original, '--now', '2026-03-28T14:30:30Z', '--json']);
      expect(expected.status).toBe(0);
      const variants: [string, Buffer][] = [
        ['utf16le', utf16(text, false)], ['utf16be', utf16(text, true)], ['utf8bom', Buffer.from('\ufeff' + text, 'utf8')],
      ];
      for (const [name, bytes] of variants) {
        const f = bytesFile(`${name}-${seed}`, bytes);
        const converted = run(['convert', f, '--to', 'json']);
        expect(converted.status, name).toBe(0);
        expect(converted.stdout, name).toBe(expected.stdout);
        expect(run(['convert', '-', '--to', 'json'], bytes).stdout, `${name} on standard input`).toBe(expected.stdout);
        const v = run(['validate', f, '--now', '2026-03-28T14:30:30Z', '--json']);
        expect([v.status, JSON.parse(v.stdout).valid], name).toEqual([verdict.status, JSON.parse(verdict.stdout).valid]);
      }
    });
  }
});

describe('lex validate: many messages, each on its own', () => {
  const ok = JSON.parse(readFileSync(join(SEED, 'minimal-lead.json'), 'utf8')) as LexMessage;
  const bad = structuredClone(ok) as any;
  bad.lex.payload.lead.customer.email = 'not-an-email';
  const three = [ok, bad, ok];
  const now = ['--now', '2026-03-23T14:31:00Z'];
  const ndjson = three.map((m) => JSON.stringify(m)).join('\n') + '\n';
  // the interchanges and the batch as lex convert writes them from the NDJSON
  const as = (to: string) => lex(['convert', '--to', to], ndjson).stdout;
  const x12 = as('x12');
  const inputs: [string, string][] = [['an X12 interchange', x12], ['an EDIFACT interchange', as('edifact')], ['an XML <lexBatch>', as('xml')], ['NDJSON', ndjson]];
  it.each(inputs)('%s: a report per message, a summary, exit 1 when one is invalid', (name, text) => {
    const r = lex(['validate', file(`many-${name.length}.txt`, text), ...now]);
    expect(r.status, r.stderr).toBe(1);
    noStack(r.stderr);
    const heads = r.stdout.trim().split('\n').filter((l) => !l.startsWith('  '));
    expect(heads).toHaveLength(4);
    expect(heads.slice(0, 3).map((l) => / (valid|INVALID) LEAD /.exec(l)?.[1])).toEqual(['valid', 'INVALID', 'valid']);
    expect(heads[0]).toMatch(/: message 1\b/);
    expect(heads[3]).toMatch(/: 3 messages: 2 valid, 1 invalid \(level L2\)$/);
    expect(r.stdout).toMatch(/ERROR +INVALID_EMAIL_FORMAT +\/lex\/payload\/lead\/customer\/email/);
    // all valid: exit 0
    const good = lex(['validate', file('many-ok.ndjson', [ok, ok].map((m) => JSON.stringify(m)).join('\n')), ...now]);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/2 messages: 2 valid, 0 invalid/);
  });
  it('--json: one object per line, with each transaction\'s control number; an unreadable transaction is an error line', () => {
    const at = x12.indexOf('BEG*', x12.indexOf('ST*850*0002'));
    const r = lex(['validate', file('broken.x12', x12.slice(0, at) + 'B@G*' + x12.slice(at + 4)), ...now, '--json']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['result', 'error', 'result', 'summary']);
    expect(lines[0]).toMatchObject({ index: 0, control: '0001', valid: true, errors: [] });
    expect(lines[1]).toMatchObject({ index: 1, control: '0002', code: 'X12_INVALID_SEGMENT', position: { segment: expect.any(Number), offset: at } });
    expect(lines[3]).toEqual({ type: 'summary', format: 'x12', read: 3, valid: 2, invalid: 0, failed: 1 });
    // (before, the interchange was refused whole: exit 2, X12_MULTIPLE_TRANSACTIONS, "use parseX12Interchange")
    expect(r.stdout).not.toMatch(/MULTIPLE_TRANSACTIONS|parseX12Interchange/);
  });
  it('one message reads as before: the result object itself with --json', () => {
    const r = lex(['validate', file('one.x12', lex(['convert', '--to', 'x12'], JSON.stringify(ok)).stdout), ...now, '--json']);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['valid', 'errors', 'warnings']);
  });
});
