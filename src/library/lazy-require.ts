// Node's own modules loaded when first used rather than at start, for those a
// command may never need (node:fs/promises and node:worker_threads are 3 ms
// each of a `qari list`). By require, not import(): the bundle runs from V8's
// code cache, and on Node 20 code from that cache cannot import() (bin/code-cache.js).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function lazily<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
