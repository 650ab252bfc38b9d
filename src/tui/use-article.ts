// Reads and parses an article when the reader opens it; the library only holds summaries.
// An article opened is read: its unread mark goes.
// A large article is parsed in a worker thread: the main thread stays free for keys
// (Ctrl-C, q) and the "…" meanwhile. Where no worker can start (the sources run
// under a test runner, without the bundle), it is parsed here.
import { useEffect, useState } from 'react';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Article } from '../article/model.js';
import type { ArticleEntry, ArticleLocation } from '../library/entry.js';
import { readArticle } from '../library/load.js';
import { markRead, unreadFile } from '../library/unread.js';
import type { WorkerReply } from './article-worker.js';

/** `opening`: the first blocks of a large article, shown while the rest is parsed. */
export type ArticleLoad = { state: 'loading' } | { state: 'opening'; article: Article } | { state: 'ready'; article: Article } | { state: 'failed'; error: string };

/** Smaller articles parse in a few tens of milliseconds: less than a worker takes to start. */
const WORKER_FROM_BYTES = 512 * 1024;

/** Unread marks being removed: the reader waits for them before it ends (run.tsx), so a quick q keeps them. */
const marking = new Set<Promise<void>>();

export function unreadMarksWritten(): Promise<unknown> {
  return Promise.allSettled([...marking]);
}

function removeUnreadMark(env: NodeJS.ProcessEnv, path: string): void {
  // A state file that cannot be written leaves the mark; reading goes on.
  const written = markRead(unreadFile(env), path).then(
    () => undefined,
    () => undefined,
  );
  marking.add(written);
  void written.then(() => marking.delete(written));
}

export function useArticle(entry: ArticleEntry, env: NodeJS.ProcessEnv = process.env): ArticleLoad {
  const [load, setLoad] = useState<ArticleLoad>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    const done = (next: ArticleLoad) => {
      if (next.state === 'ready') removeUnreadMark(env, entry.path);
      if (current) setLoad(next);
    };
    const worker = isLarge(entry) ? startWorker(entry, done) : undefined;
    if (!worker) parseHere(entry, done);
    return () => {
      current = false;
      void worker?.terminate();
    };
  }, [entry, env]);
  return load;
}

function parseHere(entry: ArticleEntry, done: (load: ArticleLoad) => void): void {
  readArticle(entry).then(
    (article) => done({ state: 'ready', article }),
    (error: unknown) => done({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
}

function startWorker(entry: ArticleEntry, done: (load: ArticleLoad) => void): Worker | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./article-worker.js', import.meta.url), { workerData: { id: entry.id, path: entry.path } satisfies ArticleLocation });
  } catch {
    return undefined;
  }
  // Quitting never waits for a parse nobody will read.
  worker.unref();
  let answered = false;
  worker.on('message', (reply: WorkerReply) => {
    if ('opening' in reply) return done({ state: 'opening', article: reply.opening });
    answered = true;
    done('article' in reply ? { state: 'ready', article: reply.article } : { state: 'failed', error: reply.error });
    void worker.terminate();
  });
  // The worker file missing (sources under a test runner) or the worker dying: parse here.
  worker.once('error', () => {
    if (!answered) parseHere(entry, done);
    answered = true;
  });
  return worker;
}

function isLarge(entry: ArticleEntry): boolean {
  try {
    return statSync(entry.path).size >= WORKER_FROM_BYTES;
  } catch {
    return false;
  }
}
