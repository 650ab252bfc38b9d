// Summarising many changed files on two threads at once: a first index of 10,000
// articles reads and summarises 50 MB, a second of one core. The main thread and a
// helper worker (summary-worker.ts) take chunks of the same list (chunk-queue.ts);
// the worker sends each chunk's summaries back, and the main thread writes them all
// to the index in the files' order, so the index is the same whoever read what.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { chunkRange, ChunkQueue } from './chunk-queue.js';
import { startHelper } from './helper-worker.js';
import { summarise, type Summarised } from './index/summarise.js';

/** The worker file, beside the bundle (under a test runner, running the sources, there is none). */
export const SUMMARY_WORKER = new URL('./summary-worker.cjs', import.meta.url);

const CHUNK = 64;
/** From this many files on, a helper is started: below, its start (50 ms of a core, loading the article code) costs more than it saves. */
const SUMMARISE_WITH_HELPER_FROM = 1_000;
/** How long the main thread waits on a worker that finishes no chunk before reading its chunks itself. */
const STALL_MS = 10_000;

export interface FileToRead {
  path: string;
  id: string;
}

export interface SharedSummariesData {
  /** Paths and ids, each joined by NUL (which neither holds): two strings copy to the worker far faster than 10,000 objects. */
  paths: string;
  ids: string;
  queue: SharedArrayBuffer;
  /** Where the worker sends each chunk's summaries. */
  port: MessagePort;
}

interface ChunkSummaries {
  chunk: number;
  summarised: Summarised[];
}

function summariseChunk(files: readonly FileToRead[], chunk: number): Summarised[] {
  const { start, end } = chunkRange(chunk, CHUNK, files.length);
  return files.slice(start, end).map((file) => summarise(file.path, file.id));
}

/** The worker's side: takes chunks until none is left, and sends each one's summaries. */
export function helpSummarise(data: SharedSummariesData): void {
  const ids = data.ids.split('\0');
  const files = data.paths.split('\0').map((path, index) => ({ path, id: ids[index] ?? '' }));
  const queue = new ChunkQueue(data.queue, Math.ceil(files.length / CHUNK));
  for (let chunk = queue.take(); chunk !== undefined; chunk = queue.take()) {
    data.port.postMessage({ chunk, summarised: summariseChunk(files, chunk) } satisfies ChunkSummaries);
    queue.finish(chunk);
  }
  data.port.close();
}

/** Each file's summary, in the files' order; with a worker started from `helper` when there are many. */
export function summariseAll(files: readonly FileToRead[], helper: URL | undefined): Summarised[] {
  if (!helper || files.length < SUMMARISE_WITH_HELPER_FROM) return files.map((file) => summarise(file.path, file.id));
  const chunks = Math.ceil(files.length / CHUNK);
  const { port1: results, port2 } = new MessageChannel();
  const data: SharedSummariesData = { paths: files.map((file) => file.path).join('\0'), ids: files.map((file) => file.id).join('\0'), queue: ChunkQueue.memory(chunks), port: port2 };
  const worker = startHelper(helper, data, [port2]);
  const queue = new ChunkQueue(data.queue, chunks);
  const summarised: Summarised[] = new Array(files.length);
  const place = (chunk: number, each: readonly Summarised[]) => each.forEach((one, offset) => (summarised[chunk * CHUNK + offset] = one));
  for (let chunk = queue.take(); chunk !== undefined; chunk = queue.take()) {
    place(chunk, summariseChunk(files, chunk));
    queue.finish(chunk);
  }
  const receive = () => {
    for (let message = receiveMessageOnPort(results); message; message = receiveMessageOnPort(results)) {
      const { chunk, summarised: each } = message.message as ChunkSummaries;
      place(chunk, each);
    }
  };
  // A worker stuck or gone: the chunks it took are read here.
  for (const chunk of queue.awaitAll(STALL_MS, receive)) place(chunk, summariseChunk(files, chunk));
  results.close();
  void worker?.terminate();
  return summarised;
}
