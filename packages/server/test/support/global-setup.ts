// One PostgreSQL cluster for the whole test run (each test file makes its own database in it).
import type { TestProject } from 'vitest/node';
import { SKIP_PG, startPgCluster, type PgCluster } from './pg.js';

let cluster: PgCluster | undefined;

export async function setup(project: TestProject) {
  if (SKIP_PG) {
    project.provide('pgUrl', '');
    return;
  }
  cluster = await startPgCluster();
  project.provide('pgUrl', cluster.url);
}

export async function teardown() {
  await cluster?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
