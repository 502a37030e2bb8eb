import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/wt-staff', include: ['tests/staff/**/*.test.ts', 'tests/text/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false } });
