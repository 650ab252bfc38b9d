// Work on many library files shared by the main thread and a helper worker
// (work-worker.ts): summarising the files a first index reads (50 MB at 10,000
// articles, a second of one core), and making the stems of their text for the
// full-text index. Both threads take chunks of the same list (chunk-queue.ts);
// the worker sends each chunk's results back, and the main thread hands every
// result to `use` (the index is written there and only there). The worker is
// never more than a few chunks ahead of the main thread's use of its results, so
// what waits in between stays small. In the reader, the worker does all the work
// and the main thread only uses each result as it comes, never blocking
// (shareWorkInBackground).
import type { MessagePort } from 'node:worker_threads';
import { chunkRange, ChunkQueue } from './chunk-queue.js';
import { startHelper, threads } from './helper-worker.js';
import { summarise } from './index/summarise.js';
import { indexedText } from './index/indexed-text.js';

/** The worker file, beside the bundle (under a test runner, running the sources, there is none). */
export const WORK_WORKER = new URL('./work-worker.cjs', import.meta.url);

const CHUNK = 64;
/** From this many items on, a helper is started: below, its start (50 ms of a core, loading the article code) costs more than it saves. */
export const WITH_HELPER_FROM = 1_000;
/** How many chunks the worker may send that the main thread has not used yet. */
const AHEAD = 8;
/** How long the main thread waits on a worker that finishes no chunk before doing its chunks itself. */
const STALL_MS = 10_000;

/** Each kind of work, on one item (its fields as strings: they are copied to the worker as they are). */
const WORK = {
  summarise: ([path = '', id = '']: readonly string[]) => summarise(path, id),
  'index-text': ([path = '', entry = '']: readonly string[]) => indexedText(path, entry, stemCache),
};
// Words repeat across articles: each thread keeps the stems it made.
const stemCache = new Map<string, string>();

export type WorkKind = keyof typeof WORK;
export type WorkResult<K extends WorkKind> = ReturnType<(typeof WORK)[K]>;

export interface SharedWorkData {
  kind: WorkKind;
  items: ReadonlyArray<readonly string[]>;
  queue: SharedArrayBuffer;
  /** [chunks the worker sent, chunks of the worker's the main thread used]. */
  pace: SharedArrayBuffer;
  /** Where the worker sends each chunk's results. */
  port: MessagePort;
}

interface ChunkResults {
  chunk: number;
  results: unknown[];
}

const SENT = 0;
const USED = 1;

function doChunk(kind: WorkKind, items: SharedWorkData['items'], chunk: number): unknown[] {
  const { start, end } = chunkRange(chunk, CHUNK, items.length);
  const work = WORK[kind] as (item: readonly string[]) => unknown;
  return items.slice(start, end).map(work);
}

/** The worker's side: takes chunks until none is left, and sends each one's results. */
export function helpWork(data: SharedWorkData): void {
  const queue = new ChunkQueue(data.queue, Math.ceil(data.items.length / CHUNK));
  const pace = new Int32Array(data.pace);
  for (let chunk = queue.take(); chunk !== undefined; chunk = queue.take()) {
    data.port.postMessage({ chunk, results: doChunk(data.kind, data.items, chunk) } satisfies ChunkResults);
    queue.finish(chunk);
    const sent = Atomics.add(pace, SENT, 1) + 1;
    for (let used = Atomics.load(pace, USED); sent - used > AHEAD; used = Atomics.load(pace, USED)) Atomics.wait(pace, USED, used, 100);
  }
  data.port.close();
}

/**
 * Does `kind` on every item, with a worker started from `helper` when there are
 * many, and gives each result to `use` with its item's index, in no set order.
 */
export function shareWork<K extends WorkKind>(kind: K, items: ReadonlyArray<readonly string[]>, helper: URL | undefined, use: (index: number, result: WorkResult<K>) => void): void {
  const chunks = Math.ceil(items.length / CHUNK);
  const useChunk = (chunk: number, results: readonly unknown[]) => results.forEach((result, offset) => use(chunk * CHUNK + offset, result as WorkResult<K>));
  if (!helper || items.length < WITH_HELPER_FROM) {
    for (let chunk = 0; chunk < chunks; chunk++) useChunk(chunk, doChunk(kind, items, chunk));
    return;
  }
  const { MessageChannel, receiveMessageOnPort } = threads();
  const { port1: results, port2 } = new MessageChannel();
  const data: SharedWorkData = { kind, items, queue: ChunkQueue.memory(chunks), pace: new SharedArrayBuffer(8), port: port2 };
  const worker = startHelper(helper, data, [port2]);
  const queue = new ChunkQueue(data.queue, chunks);
  const pace = new Int32Array(data.pace);
  const receive = () => {
    for (let message = receiveMessageOnPort(results); message; message = receiveMessageOnPort(results)) {
      const { chunk, results: each } = message.message as ChunkResults;
      useChunk(chunk, each);
      Atomics.add(pace, USED, 1);
      Atomics.notify(pace, USED);
    }
  };
  try {
    for (let chunk = queue.take(); chunk !== undefined; chunk = queue.take()) {
      useChunk(chunk, doChunk(kind, items, chunk));
      queue.finish(chunk);
      receive();
    }
    // A worker stuck or gone: the chunks it took are done here.
    for (const chunk of queue.awaitAll(STALL_MS, receive)) useChunk(chunk, doChunk(kind, items, chunk));
  } finally {
    results.close();
    void worker?.terminate();
  }
}

/**
 * The same without blocking, for the reader: the worker takes every chunk, and this
 * thread is given each chunk's results (`useChunk`, with the index of its first item)
 * when they arrive, between keys. Resolves true when every chunk was used, false when
 * there is no worker, it stopped, or `useChunk` threw (the caller then does what is
 * left itself).
 */
export function shareWorkInBackground<K extends WorkKind>(
  kind: K,
  items: ReadonlyArray<readonly string[]>,
  helper: URL,
  useChunk: (start: number, results: ReadonlyArray<WorkResult<K>>) => void,
): Promise<boolean> {
  const chunks = Math.ceil(items.length / CHUNK);
  if (chunks === 0) return Promise.resolve(true);
  const { MessageChannel } = threads();
  const { port1: results, port2 } = new MessageChannel();
  const data: SharedWorkData = { kind, items, queue: ChunkQueue.memory(chunks), pace: new SharedArrayBuffer(8), port: port2 };
  const pace = new Int32Array(data.pace);
  return new Promise<boolean>((resolve) => {
    const worker = startHelper(helper, data, [port2]);
    const waiting: ChunkResults[] = [];
    let used = 0;
    let closed = false;
    let ended = false;
    const end = (finished: boolean) => {
      if (ended) return;
      ended = true;
      results.close();
      void worker?.terminate();
      resolve(finished);
    };
    // One chunk a turn of the event loop, so the reader's keys come in between; by an
    // unref'd timer (an unref'd setImmediate would not wake a loop waiting on its poll).
    const useNext = () => {
      const next = waiting.shift();
      if (!next || ended) return;
      try {
        useChunk(next.chunk * CHUNK, next.results as Array<WorkResult<K>>);
      } catch {
        return end(false);
      }
      used++;
      Atomics.add(pace, USED, 1);
      Atomics.notify(pace, USED);
      if (waiting.length > 0) setTimeout(useNext, 0).unref();
      else if (used === chunks || closed) end(used === chunks);
    };
    if (!worker) return end(false);
    worker.once('error', () => end(false));
    results.on('message', (message: ChunkResults) => {
      if (waiting.push(message) === 1) setTimeout(useNext, 0).unref();
    });
    // The worker closes its end after its last chunk (or by stopping): whatever it sent has come.
    results.once('close', () => {
      closed = true;
      if (waiting.length === 0) end(used === chunks);
    });
    // Neither the worker nor its results keep qari running: quitting the reader mid-way
    // ends it. After the listener, which refs the port again.
    results.unref();
  });
}
