// `lex ack`: the ACKNOWLEDGMENT a receiver sends back, in the input's own format — JSON-EDI, XML-EDI, an X12 824
// application advice, an EDIFACT APERAK — for a valid message (PROCESSED, exit 0) and an invalid one (REJECTED with
// the validator's errors, exit 1), correlated to the acknowledged messageId. X12 and EDIFACT answers are read back
// with the libraries.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseX12, toX12 } from '@lexstandard/x12';
import { parseEdifact, toEdifact } from '@lexstandard/edifact';
import { parseXml, toXml } from '@lexstandard/xml';

const BIN = fileURLToPath(new URL('../dist/bin/lex.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../conformance/examples/seed/', import.meta.url));
const NOW = '2026-03-23T14:31:00Z';
const lex = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'lex-ack-'));
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };

type Format = 'json' | 'xml' | 'x12' | 'edifact';
const valid = JSON.parse(readFileSync(join(SEED, 'minimal-lead.json'), 'utf8'));
// an unknown lead status and no make: errors every format can carry to the receiver
const invalid = structuredClone(valid);
invalid.lex.header.messageId = '9b2f6a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
invalid.lex.payload.lead.status = 'PENDING';
delete invalid.lex.payload.lead.desiredProduct.make;

const write: Record<Format, (m: any) => string> = {
  json: (m) => JSON.stringify(m, null, 2),
  xml: (m) => toXml(m).output,
  x12: (m) => toX12(m).output,
  edifact: (m) => toEdifact(m).output,
};
/** the printed ACK, read with the library of its format */
const read: Record<Format, (text: string) => any> = {
  json: (t) => JSON.parse(t),
  xml: (t) => parseXml(t).message,
  x12: (t) => {
    expect(t).toMatch(/^ISA\*/);
    expect(t).toContain('~\nGS*AG*');
    expect(t).toContain('~\nST*824*0001*ALX001~');
    const r = parseX12(t, { strict: true });
    expect(r.warnings).toEqual([]);
    return r.message;
  },
  edifact: (t) => {
    expect(t).toMatch(/^UNA:\+\.\? 'UNB\+UNOC:3\+/);
    expect(t).toContain('+APERAK:D:96A:UN:ALXACK\'');
    const r = parseEdifact(t, { strict: true });
    expect(r.warnings).toEqual([]);
    return r.message;
  },
};

describe('lex ack answers in the input format', () => {
  for (const format of ['json', 'xml', 'x12', 'edifact'] as const) {
    it(`${format}: a valid LEAD → PROCESSED, exit 0`, () => {
      const r = lex(['ack', file(`valid.${format}`, write[format](valid)), '--now', NOW]);
      expect(r.status).toBe(0);
      const ack = read[format](r.stdout);
      expect(ack.lex.header.messageType).toBe('ACKNOWLEDGMENT');
      expect(ack.lex.header.correlationId).toBe(valid.lex.header.messageId);
      expect(ack.lex.header.receiverId).toBe(valid.lex.header.senderId);
      expect(ack.lex.payload.acknowledgment.originalMessageId).toBe(valid.lex.header.messageId);
      expect(ack.lex.payload.acknowledgment.status).toBe('PROCESSED');
      expect(ack.lex.payload.acknowledgment.errors).toBeUndefined();
    });

    it(`${format}: an invalid LEAD → REJECTED with the validator's errors, exit 1`, () => {
      const r = lex(['ack', file(`invalid.${format}`, write[format](invalid)), '--now', NOW]);
      expect(r.status).toBe(1);
      const ack = read[format](r.stdout);
      const a = ack.lex.payload.acknowledgment;
      expect(a.status).toBe('REJECTED');
      expect(a.originalMessageId).toBe(invalid.lex.header.messageId);
      expect(ack.lex.header.correlationId).toBe(invalid.lex.header.messageId);
      const errors = a.errors.map((e: any) => `${e.code} ${e.path} ${e.severity}`);
      expect(errors).toContain('INVALID_ENUM_VALUE /lex/payload/lead/status ERROR');
      expect(errors).toContain('REQUIRED_FIELD_MISSING /lex/payload/lead/desiredProduct/make ERROR');
      for (const e of a.errors) expect(e.message.length).toBeGreaterThan(0);
    });
  }

  it('--to overrides the format: an X12 lead acknowledged in JSON-EDI, a JSON lead as an 824', () => {
    const asJson = lex(['ack', file('override.x12', write.x12(invalid)), '--now', NOW, '--to', 'json']);
    expect(asJson.status).toBe(1);
    expect(JSON.parse(asJson.stdout).lex.payload.acknowledgment.status).toBe('REJECTED');
    const as824 = lex(['ack', file('override.json', write.json(valid)), '--now', NOW, '--to', 'x12']);
    expect(as824.status).toBe(0);
    expect(read.x12(as824.stdout).lex.payload.acknowledgment.status).toBe('PROCESSED');
  });

  it('standard input works too (EDIFACT from -)', () => {
    const r = lex(['ack', '-', '--now', NOW], write.edifact(invalid));
    expect(r.status).toBe(1);
    expect(read.edifact(r.stdout).lex.payload.acknowledgment.status).toBe('REJECTED');
  });

  it('unusable input: exit 2', () => {
    const r = lex(['ack', file('broken.x12', 'ISA*00*'), '--now', NOW]);
    expect(r.status).toBe(2);
  });

  it('--now takes an ISO 8601 time; "20200" (which Date.parse reads as the year 20200) is a usage error, not an ACK dated +020200', () => {
    for (const now of ['20200', '2026-02-30T00:00:00Z', 'soon']) {
      const r = lex(['ack', file('now.json', write.json(valid)), '--now', now]);
      expect(r.status, now).toBe(2);
      expect(r.stderr, now).toContain('USAGE: --now must be an ISO 8601 date-time');
      expect(lex(['validate', file('now.json', write.json(valid)), '--now', now]).status, now).toBe(2);
    }
  });

  it('--help describes the formats of the answer', () => {
    const r = lex(['ack', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/X12 824 application\s+advice/);
    expect(r.stdout).toMatch(/EDIFACT APERAK/);
  });
});
