// Starting a worker thread that helps the main thread with a large library
// (shared-stamps.ts, shared-work.ts, load.ts). Whatever goes wrong with it, the
// main thread does the work alone: a helper only ever saves time.
import type { TransferListItem, Worker } from 'node:worker_threads';
import { lazily } from './lazy-require.js';

/** node:worker_threads, loaded when a worker is first wanted. */
export const threads = lazily<typeof import('node:worker_threads')>('node:worker_threads');

export function startHelper(file: URL, workerData: unknown, transferList: TransferListItem[] = []): Worker | undefined {
  try {
    const worker = new (threads().Worker)(file, { workerData, transferList });
    // No worker file (the sources under a test runner), or it failed: its chunks are the main thread's.
    worker.on('error', () => undefined);
    // The main thread waits for a helper synchronously, never by its event loop: a
    // helper left running (its main thread failed) must not keep qari from exiting.
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}
