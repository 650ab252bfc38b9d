// What the library knows of each file: what its list shows of an article (title,
// date, direction), or why the file could not be read. The rest of an article's
// summary (sections, related, url…) is read when first asked for; whole
// articles are parsed only when opened.
import type { ArticleSummary } from '../article/summary.js';
import type { Database } from './index/sqlite.js';

export type LibraryEntry = ArticleEntry | { kind: 'broken'; id: string; path: string; error: string };

export interface ArticleEntry {
  kind: 'article';
  id: string;
  path: string;
  title: string;
  date: string | null;
  /** The title's direction. */
  dir: 'rtl' | 'ltr';
  /** The whole summary: for a library of 100,000 articles, reading every one at start cost seconds, so it may be read when first asked for. */
  readonly summary: ArticleSummary;
}

/** Where an article is, all that is needed to open it (and all a worker thread is given). */
export type ArticleLocation = Pick<ArticleEntry, 'id' | 'path'>;

export interface Library {
  dir: string;
  /** Sorted: newest date first, then by title. Broken files last. */
  entries: LibraryEntry[];
  /** The library's index (search, related, similar); absent for a library built by hand. */
  index?: Database;
  /** What went wrong with the index (it then lives in memory), one line each. */
  warnings?: string[];
  /** A worker that may take a share of the heavy work on this library (shared-work.ts); none: the main thread alone. */
  workWorker?: URL;
}

/** An entry whose summary is at hand. */
export function articleEntry(id: string, path: string, summary: ArticleSummary): ArticleEntry {
  return { kind: 'article', id, path, title: summary.title, date: summary.date, dir: summary.dir, summary };
}

/** The library's articles as it lists them (no summary read). */
export function articlesOf(library: Library): ArticleEntry[] {
  return library.entries.filter((entry) => entry.kind === 'article');
}

/** Every article's whole summary (read from the index at the first call). */
export function summariesOf(library: Library): ArticleSummary[] {
  return library.entries.flatMap((entry) => (entry.kind === 'article' ? [entry.summary] : []));
}
