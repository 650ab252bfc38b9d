// What the library knows of each file: a summary of the article (enough to list,
// resolve and link it), or why it could not be read. Whole articles are parsed
// only when opened.
import type { ArticleSummary } from '../article/summary.js';
import type { Database } from './index/sqlite.js';

export type LibraryEntry =
  | { kind: 'article'; id: string; path: string; summary: ArticleSummary }
  | { kind: 'broken'; id: string; path: string; error: string };

export type ArticleEntry = Extract<LibraryEntry, { kind: 'article' }>;

export interface Library {
  dir: string;
  /** Sorted: newest date first, then by title. Broken files last. */
  entries: LibraryEntry[];
  /** The library's index (search, related, similar); absent for a library built by hand. */
  index?: Database;
  /** What went wrong with the index (it then lives in memory), one line each. */
  warnings?: string[];
}

export function summariesOf(library: Library): ArticleSummary[] {
  return library.entries.flatMap((entry) => (entry.kind === 'article' ? [entry.summary] : []));
}
