// Stamping a large folder's files on two threads at once. At 100,000 articles one
// stat a file takes half a second of one core, most of it the kernel's, not Node's.
// The main thread and a helper worker (scan-worker.ts) take chunks of the same
// list (chunk-queue.ts) and write each file's size and mtime into shared memory.
import { statSync } from 'node:fs';
import { chunkRange, ChunkQueue } from './chunk-queue.js';
import { startHelper } from './helper-worker.js';

const CHUNK = 256;
/** How long the main thread waits on a worker that stamps nothing before stamping its chunks itself (a stat on a hung network folder). */
const STALL_MS = 2_000;
/** A file whose stat failed: stamps.ts stats it again, for the error itself. */
const FAILED = -1;

export interface SharedStampsData {
  /** Every path, joined by NUL (which no path holds): one string is copied to the worker far faster than 100,000. */
  paths: string;
  queue: SharedArrayBuffer;
  /** Each file's size and mtime, in pairs (Float64). */
  stamps: SharedArrayBuffer;
}

export function sharedStampsData(paths: readonly string[]): SharedStampsData {
  return { paths: paths.join('\0'), queue: ChunkQueue.memory(Math.ceil(paths.length / CHUNK)), stamps: new SharedArrayBuffer(paths.length * 16) };
}

/** Takes chunks until none is left (both threads run this). */
function stampChunks(paths: readonly string[], data: SharedStampsData): void {
  const queue = new ChunkQueue(data.queue, Math.ceil(paths.length / CHUNK));
  const stamps = new Float64Array(data.stamps);
  for (let chunk = queue.take(); chunk !== undefined; chunk = queue.take()) {
    stampChunk(paths, chunk, stamps);
    queue.finish(chunk);
  }
}

function stampChunk(paths: readonly string[], chunk: number, stamps: Float64Array): void {
  const { start, end } = chunkRange(chunk, CHUNK, paths.length);
  for (let index = start; index < end; index++) {
    try {
      const info = statSync(paths[index] ?? '');
      stamps[2 * index] = info.size;
      stamps[2 * index + 1] = info.mtimeMs;
    } catch {
      stamps[2 * index] = FAILED;
    }
  }
}

/** The worker's side: the paths arrive as one string. */
export function helpStamp(data: SharedStampsData): void {
  stampChunks(data.paths.split('\0'), data);
}

/**
 * Each file's size and mtime, in pairs (size FAILED where the stat failed), stamped
 * by this thread and a worker started from `helper` (scan-worker.ts) together.
 */
export function stampWithHelper(paths: readonly string[], helper: URL): Float64Array {
  const data = sharedStampsData(paths);
  const worker = startHelper(helper, { help: data });
  try {
    return stampShared(paths, data);
  } finally {
    void worker?.terminate();
  }
}

/**
 * The side of the thread that owns the list (another may help with `data`, or
 * not): stamps chunks until none is left, waits for those another thread took,
 * and returns every file's size and mtime in pairs.
 */
export function stampShared(paths: readonly string[], data: SharedStampsData): Float64Array {
  stampChunks(paths, data);
  const stamps = new Float64Array(data.stamps);
  for (const chunk of new ChunkQueue(data.queue, Math.ceil(paths.length / CHUNK)).awaitAll(STALL_MS)) stampChunk(paths, chunk, stamps);
  return stamps;
}
