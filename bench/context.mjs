// What every budget gets: the binary, the corpus, the sandboxed environment,
// how many runs, and how to open a terminal on qari.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnv, ROOT, sandboxDirs, visualTitle } from './qari.mjs';

const once = (make) => {
  let value;
  return () => (value ??= make());
};

export function createContext({ bin, profileBin, tmp, corpus, runs, quick, pollMs, log }) {
  const warmCache = join(tmp, 'xdg-warm');
  const env = (cacheHome = warmCache) => benchEnv(sandboxDirs(tmp, cacheHome));
  return {
    bin,
    tmp,
    corpus,
    pollMs,
    log,
    /** The environment of a measured command; `cacheHome` is its XDG_CACHE_HOME (the shared warm one by default). */
    env,
    /** Runs and warm-up for `sample`/`sampleAlternating`: the median of at least 5 runs (3 with --quick) after one warm-up. */
    sampling: (overrides = {}) => ({ runs, minRuns: Math.min(runs, quick ? 3 : 5), warmup: 1, ...overrides }),
    /** Options for `Terminal.start`: 100×30, and no reading positions (a fresh XDG_STATE_HOME), so every article opens at its top. */
    terminal: (argv, extraEnv = {}) => ({
      argv,
      env: { ...sandboxDirs(tmp, warmCache, mkdtempSync(join(tmp, 'state-'))), ...extraEnv },
      unset: Object.keys(process.env).filter((key) => key.startsWith('QARI_')),
      cwd: ROOT,
      tmpDir: tmp,
      columns: 100,
      rows: 30,
    }),
    profileBin: async () => profileBin,
    seedVisualTitle: once(() => visualTitle(bin, corpus.seedTitle, 100, env())),
    bigVisualTitle: once(() => visualTitle(bin, corpus.bigTitle, 100, env())),
  };
}
