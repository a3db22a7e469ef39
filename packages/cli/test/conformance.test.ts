// `lex conformance` is wired to @lexstandard/conformance (the runner's own tests are in conformance/test).
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

async function lex(...argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const status = await main(argv, (s) => out.push(s), (s) => err.push(s));
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('lex conformance', () => {
  it('runs the vectors against our packages and reports the tier met', async () => {
    const r = await lex('conformance', '--level', 'L1', '--only', 'TC-00');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^PASS  L1 validate TC-002/m);
    expect(r.out).toMatch(/highest tier met: L1 Basic/);
  }, 60_000);

  it('is listed in the usage and has its own help', async () => {
    expect((await lex('--help')).out).toMatch(/^ {2}conformance /m);
    const help = await lex('conformance', '--help');
    expect(help.status).toBe(0);
    expect(help.out).toMatch(/--impl "<command>"/);
  });

  it('exits 2 on a usage error', async () => {
    const r = await lex('conformance', '--level', 'L7');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/--level must be L1, L2 or L3/);
  });
});
