// Idempotency under concurrency: 50 submissions of one messageId at the same time store exactly one
// message and all get the same acknowledgment (one 202, the rest 200). On PostgreSQL also across two
// server instances sharing the database (the advisory locks, not the process, serialise them).
import { afterAll, describe, expect, it } from 'vitest';
import { ackBody, cleanupTmp, idOf, lead, leadIdOf, serve, storeCases } from './support/helpers.js';

afterAll(cleanupTmp);

const N = 50;

describe.each(storeCases())('idempotency on $name', (store) => {
  it(`${N} concurrent submissions of one messageId: exactly one stored, every answer the same acknowledgment`, async () => {
    const server = await serve(await store.fresh('dup'));
    try {
      const m = lead();
      const replies = await Promise.all(Array.from({ length: N }, (_, i) => server.client.submit(m, i % 2 ? 'json' : 'xml', i % 3 ? '/messages' : '/leads', { accept: 'application/json' })));
      const statuses = replies.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 202)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(N - 1);
      const acks = new Set(replies.map((r) => r.text));
      expect(acks.size).toBe(1);
      expect(ackBody(replies[0]!.json)).toMatchObject({ originalMessageId: idOf(m), status: 'RECEIVED' });
      expect(await server.store.countMessages()).toBe(1);
      expect(server.responseViolations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it(`${N} concurrent updates of one lead from the same status: the stored lead follows the accepted ones only`, async () => {
    const server = await serve(await store.fresh('race'));
    try {
      const first = lead({ status: 'ORDER' });
      expect((await server.client.submit(first)).status).toBe(202);
      // ORDER → DELIVERED is allowed; DELIVERED → ORDER_CONFIRMED is not: whichever DELIVERED update commits
      // first makes every later ORDER_CONFIRMED update invalid, and no answer may contradict the stored order
      const updates = Array.from({ length: N }, (_, i) => lead({ leadId: leadIdOf(first), status: i % 2 ? 'DELIVERED' : 'ORDER_CONFIRMED' }));
      const replies = await Promise.all(updates.map((u) => server.client.submit(u)));
      const accepted = replies.filter((r) => r.status === 202).length;
      const rejected = replies.filter((r) => r.status === 422);
      expect(accepted + rejected.length).toBe(N);
      for (const r of rejected) expect(ackBody(r.json).errors[0].code).toBe('INVALID_STATUS_TRANSITION');
      expect(await server.store.countMessages()).toBe(1 + accepted);
      const held = await server.store.getLead('', leadIdOf(first));
      const lastAccepted = await server.store.getMessage('', held!.lastMessageId);
      expect(JSON.parse(lastAccepted!.message).lex.payload.lead.status).toBe(held!.status);
    } finally {
      await server.close();
    }
  });

  it.runIf(store.name === 'postgres')(`${N} concurrent duplicates split over two servers on one PostgreSQL database: exactly one stored`, async () => {
    const db = await store.fresh('dup2');
    const a = await serve(db);
    const b = await serve(db);
    try {
      const m = lead();
      const replies = await Promise.all(Array.from({ length: N }, (_, i) => (i % 2 ? a : b).client.submit(m)));
      expect(replies.filter((r) => r.status === 202)).toHaveLength(1);
      expect(replies.filter((r) => r.status === 200)).toHaveLength(N - 1);
      expect(new Set(replies.map((r) => r.text)).size).toBe(1);
      expect(await a.store.countMessages()).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
