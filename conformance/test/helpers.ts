// Shared by the tests: the vectors, the reference ACK check, and the adapter over our own packages.
import { createInProcessAdapter, loadCore, type LexApi } from '../src/adapters/inprocess.js';
import type { AckValidator } from '../src/runner.js';
import type { Adapter, LoadedVector } from '../src/types.js';
import { loadVectors } from '../src/vectors.js';

export const vectors: LoadedVector[] = loadVectors();
export const api: LexApi = await loadCore();
export const ackValidator: AckValidator = (ack, now) => api.validate(ack, { now, level: 'L3' }).errors.map((e) => `${e.code} at ${e.path}`);
export const own = (): Promise<Adapter> => createInProcessAdapter({ api });
export const byId = (id: string) => {
  const v = vectors.find((x) => x.id === id);
  if (!v) throw new Error(`no vector ${id}`);
  return v;
};
