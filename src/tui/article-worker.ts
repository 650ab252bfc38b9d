// Reads and parses one article off the main thread, so that the reader answers
// Ctrl-C and q while a large article loads (parsing 5 MB takes a second or more).
// Its opening is parsed and sent first: the first screen need not wait for the rest.
import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle } from '../article/parse.js';
import { articleOpening } from '../article/opening.js';
import type { Article } from '../article/model.js';
import { readArticleFile } from '../library/read-file.js';
import type { ArticleLocation } from '../library/entry.js';

export type WorkerReply = { opening: Article } | { article: Article } | { error: string };

const entry = workerData as ArticleLocation;
const reply = (message: WorkerReply) => parentPort?.postMessage(message);
try {
  const { text } = readArticleFile(entry.path);
  sendOpening(text);
  reply({ article: parseArticle(text, entry.id) });
} catch (error) {
  reply({ error: error instanceof Error ? error.message : String(error) });
}

function sendOpening(text: string): void {
  const opening = articleOpening(text);
  if (opening === undefined) return;
  try {
    reply({ opening: parseArticle(opening, entry.id) });
  } catch {
    // The whole article's parse says what is wrong with it.
  }
}
