// Reads and parses one article off the main thread, so that the reader answers
// Ctrl-C and q while a large article loads (parsing 5 MB takes a second or more).
import { parentPort, workerData } from 'node:worker_threads';
import { readArticle } from '../library/load.js';
import type { ArticleEntry } from '../library/entry.js';

export type WorkerReply = { article: Awaited<ReturnType<typeof readArticle>> } | { error: string };

const entry = workerData as ArticleEntry;
readArticle(entry).then(
  (article) => parentPort?.postMessage({ article } satisfies WorkerReply),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
);
