// Our own packages against every vector, and the three broken implementations the runner must catch:
// each fails exactly the cases it should and no other.
import { describe, expect, it } from 'vitest';
import { createInProcessAdapter } from '../src/adapters/inprocess.js';
import { Receiver } from '../src/receiver.js';
import { runConformanceSuite, type ConformanceReport } from '../src/runner.js';
import type { Adapter, LoadedVector } from '../src/types.js';
import { ackValidator, api, own, vectors } from './helpers.js';

const run = (adapter: Adapter, level: 'L1' | 'L2' | 'L3' = 'L3') => runConformanceSuite(vectors, adapter, { level, ackValidator });
const failing = (r: ConformanceReport) => r.cases.filter((c) => c.status !== 'pass').map((c) => c.id).sort();
const ids = (pred: (v: LoadedVector) => boolean) => vectors.filter(pred).map((v) => v.id).sort();

describe('our own packages', () => {
  it('meet L3 on every vector', async () => {
    const r = await run(await own());
    const problems = r.cases.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.failures.join(' | ')}`);
    expect(problems).toEqual([]);
    expect(r.highestTierMet).toBe('L3');
    expect(r.met).toBe(true);
    expect(r.cases).toHaveLength(vectors.length);
    expect(r.tiers.map((t) => [t.level, t.met])).toEqual([['L1', true], ['L2', true], ['L3', true]]);
  });

  it('a run at L1 executes only the L1 vectors', async () => {
    const r = await run(await own(), 'L1');
    expect(r.cases.every((c) => c.level === 'L1')).toBe(true);
    expect(r.cases.length).toBe(vectors.filter((v) => v.level === 'L1').length);
    expect(r.tiers.map((t) => t.level)).toEqual(['L1']);
    expect(r.met).toBe(true);
  });
});

describe('an implementation that accepts everything', () => {
  const accept = () => ({ valid: true, errors: [], warnings: [] });
  // valid for whatever it is given, even text it cannot read; its receiver accepts every message too
  const acceptAll = async (): Promise<Adapter> => {
    const adapter = await createInProcessAdapter({ api: { ...api, validate: accept }, name: 'accept-everything' });
    return { ...adapter, validate: async () => accept() };
  };

  it('fails every case that expects a rejection or a warning, and only those', async () => {
    const r = await run(await acceptAll());
    const expected = ids((v) =>
      v.kind === 'validate' ? !v.expect.valid || (v.expect.warnings?.length ?? 0) > 0
        : v.kind === 'session' ? v.steps.some((s) => s.expect.ack && (s.expect.ack.status === 'REJECTED' || (s.expect.ack.errors?.length ?? 0) > 0 || (s.expect.ack.warnings?.length ?? 0) > 0))
          : false);
    expect(failing(r)).toEqual(expected);
    expect(r.highestTierMet).toBe(null);
  });

  it('of the twenty test cases, passes only those a conforming receiver accepts silently', async () => {
    const r = await run(await acceptAll());
    const tc = r.cases.filter((c) => c.id.startsWith('TC-'));
    expect(tc.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(['TC-001', 'TC-004', 'TC-016', 'TC-017', 'TC-020']);
    expect(tc.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([
      'TC-002', 'TC-003', 'TC-005', 'TC-006', 'TC-007', 'TC-008', 'TC-009', 'TC-010', 'TC-011', 'TC-012', 'TC-013', 'TC-014', 'TC-015', 'TC-018', 'TC-019',
    ]);
    expect(r.cases.find((c) => c.id === 'SES-001')!.failures.join()).toMatch(/ACK status is "RECEIVED", expected REJECTED/);
  });
});

describe('an implementation that drops a field in conversion', () => {
  const DROPPED = '/lex/payload/lead/desiredProduct/trim';
  const dropTrim = async (): Promise<Adapter> => {
    const real = await own();
    return {
      ...real,
      name: 'drops desiredProduct.trim',
      async convert(req) {
        const m = (await real.convert(req)) as any;
        if (m?.lex?.payload?.lead?.desiredProduct) delete m.lex.payload.lead.desiredProduct.trim;
        return m;
      },
    };
  };

  it('fails exactly the conversion cases whose expected message has the field', async () => {
    const r = await run(await dropTrim());
    expect(failing(r)).toEqual(['SEED-007', 'SEED-008', 'XF-001-edifact', 'XF-001-json', 'XF-001-x12', 'XF-001-xml']);
    expect(failing(r)).toEqual(ids((v) => v.kind === 'convert' && (v.expect.message as any).lex.payload.lead?.desiredProduct?.trim !== undefined));
    for (const c of r.cases.filter((x) => x.status !== 'pass')) expect(c.failures.join()).toContain(`${DROPPED} missing`);
    expect(r.highestTierMet).toBe(null); // XF-001-json is an L1 case
  });
});

describe('an implementation that never deduplicates', () => {
  class NeverDeduplicates extends Receiver {
    protected override replayOf(): unknown {
      return undefined;
    }
  }

  it('fails exactly the duplicate-messageId and retransmission cases', async () => {
    const r = await run(await createInProcessAdapter({ api, receiver: (a) => new NeverDeduplicates(a), name: 'never-deduplicates' }));
    expect(failing(r)).toEqual(['TC-004', 'TC-020']);
    const tc004 = r.cases.find((c) => c.id === 'TC-004')!.failures.join('\n');
    expect(tc004).toMatch(/step 1: expected the same ACK as at step 0/);
    expect(tc004).toMatch(/step 1: the receiver holds 2 processed message\(s\), expected 1/);
    expect(r.tiers.map((t) => [t.level, t.met])).toEqual([['L1', false], ['L2', false], ['L3', false]]);
  });
});
