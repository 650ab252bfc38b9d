import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/support/own-folders.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most of the suite's time is waiting (tmux screens settling, child processes
    // starting), so one file more than the 2 cores keeps them busy: 192 s → 159 s
    // quiet (4 workers: 145 s, but every timed wait is then nearer its limit).
    maxWorkers: 3,
  },
});
