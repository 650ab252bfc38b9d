// What the library knows of each file: a summary of the article (enough to list,
// resolve and link it), or why it could not be read. Whole articles are parsed
// only when opened.
import type { ArticleSummary } from '../article/summary.js';

export type LibraryEntry =
  | { kind: 'article'; id: string; path: string; summary: ArticleSummary }
  | { kind: 'broken'; id: string; path: string; error: string };

export type ArticleEntry = Extract<LibraryEntry, { kind: 'article' }>;

export interface Library {
  dir: string;
  /** Sorted: newest date first, then by title. Broken files last. */
  entries: LibraryEntry[];
}

export function summariesOf(library: Library): ArticleSummary[] {
  return library.entries.flatMap((entry) => (entry.kind === 'article' ? [entry.summary] : []));
}
