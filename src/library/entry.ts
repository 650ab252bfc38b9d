// What the library knows of each file: the parsed article, or why it could not be read.
import type { Article } from '../article/model.js';

export type LibraryEntry =
  | { kind: 'article'; id: string; path: string; article: Article }
  | { kind: 'broken'; id: string; path: string; error: string };

export interface Library {
  dir: string;
  /** Sorted: newest date first, then by title. Broken files last. */
  entries: LibraryEntry[];
}

export function articlesOf(library: Library): Article[] {
  return library.entries.flatMap((entry) => (entry.kind === 'article' ? [entry.article] : []));
}
