import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // the crash and load tests start servers and a database: one file at a time keeps timings honest on 2 cores
    fileParallelism: false,
  },
});
