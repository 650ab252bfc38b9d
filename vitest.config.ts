import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/support/own-folders.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Process and tmux tests share one machine of 2 cores.
    maxWorkers: 2,
  },
});
