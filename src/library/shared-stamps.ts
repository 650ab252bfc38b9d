// Stamping a large folder's files on two threads at once. At 100,000 articles one
// stat a file takes half a second of one core, and the kernel's work, not Node's,
// is most of it. The main thread and a helper worker (scan-worker.ts) take chunks of
// the same list from a shared counter until none is left, so neither waits for the
// other however late the worker starts; a worker that never starts (or dies) only
// leaves its chunks to the main thread.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ScanWorkerData } from './scan-worker.js';

const CHUNK = 256;
/** How long the main thread waits for a chunk the worker took before stamping it again itself. */
const WAIT_FOR_WORKER_MS = 2_000;

// The shared memory: [next chunk, chunks done], then a done flag per chunk, then size and mtime per file.
const NEXT = 0;
const DONE = 1;

export interface SharedStampsData {
  /** Every path, joined by NUL (which no path holds): one string is copied to the worker far faster than 100,000. */
  paths: string;
  memory: SharedArrayBuffer;
}

interface Views {
  control: Int32Array;
  chunkDone: Int32Array;
  stamps: Float64Array;
}

function views(memory: SharedArrayBuffer, files: number): Views {
  const chunks = Math.ceil(files / CHUNK);
  const controlBytes = Math.ceil(((2 + chunks) * 4) / 8) * 8;
  return {
    control: new Int32Array(memory, 0, 2),
    chunkDone: new Int32Array(memory, 8, chunks),
    stamps: new Float64Array(memory, controlBytes, files * 2),
  };
}

export function sharedStampsData(paths: readonly string[]): SharedStampsData {
  const chunks = Math.ceil(paths.length / CHUNK);
  const controlBytes = Math.ceil(((2 + chunks) * 4) / 8) * 8;
  return { paths: paths.join('\0'), memory: new SharedArrayBuffer(controlBytes + paths.length * 16) };
}

/** A file whose stat failed: stamps.ts stats it again, for the error itself. */
export const FAILED = -1;

function stampChunk(paths: readonly string[], chunk: number, stamps: Float64Array): void {
  const end = Math.min(paths.length, (chunk + 1) * CHUNK);
  for (let index = chunk * CHUNK; index < end; index++) {
    try {
      const info = statSync(paths[index] ?? '');
      stamps[2 * index] = info.size;
      stamps[2 * index + 1] = info.mtimeMs;
    } catch {
      stamps[2 * index] = FAILED;
    }
  }
}

/** Takes chunks until none is left (both threads run this). */
export function stampSharedChunks(paths: readonly string[], memory: SharedArrayBuffer): void {
  const { control, chunkDone, stamps } = views(memory, paths.length);
  for (let chunk = Atomics.add(control, NEXT, 1); chunk < chunkDone.length; chunk = Atomics.add(control, NEXT, 1)) {
    stampChunk(paths, chunk, stamps);
    Atomics.store(chunkDone, chunk, 1);
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
  }
}

/** The worker's side: the paths arrive as one string. */
export function helpStamp(data: SharedStampsData): void {
  stampSharedChunks(data.paths.split('\0'), data.memory);
}

/**
 * Each file's size and mtime, in pairs (size -1 where the stat failed), stamped by
 * this thread and a worker started from `helper` (scan-worker.ts) together. The
 * worker is asked to stop once every chunk is done.
 */
export function stampWithHelper(paths: readonly string[], helper: URL): Float64Array {
  const data = sharedStampsData(paths);
  const worker = startHelper(helper, data);
  const { control, chunkDone, stamps } = views(data.memory, paths.length);
  stampSharedChunks(paths, data.memory);
  const deadline = Date.now() + WAIT_FOR_WORKER_MS;
  for (let done = Atomics.load(control, DONE); done < chunkDone.length && Date.now() < deadline; done = Atomics.load(control, DONE)) {
    Atomics.wait(control, DONE, done, Math.max(1, deadline - Date.now()));
  }
  // A worker stuck in a chunk (a stat on a hung network folder): its chunks are stamped here.
  for (let chunk = 0; chunk < chunkDone.length; chunk++) if (Atomics.load(chunkDone, chunk) === 0) stampChunk(paths, chunk, stamps);
  void worker?.terminate();
  return stamps;
}

function startHelper(file: URL, data: SharedStampsData): Worker | undefined {
  try {
    const worker = new Worker(file, { workerData: { help: data } satisfies ScanWorkerData });
    // No worker file (the sources under a test runner), or it failed: its chunks are this thread's.
    worker.on('error', () => undefined);
    return worker;
  } catch {
    return undefined;
  }
}
