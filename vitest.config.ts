import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Builds and the browser share two cores; files run one at a time so timings stay honest.
    fileParallelism: false,
  },
});
