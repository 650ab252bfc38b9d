// ARTICLE on the command line: an id, a path, or a unique piece of a title.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fold } from '../article/normalize.js';
import type { Library, LibraryEntry } from './entry.js';
import { loadEntry } from './load.js';

export type FindResult =
  | { found: LibraryEntry }
  | { problem: 'none' | 'ambiguous'; candidates: LibraryEntry[] };

export async function findArticle(library: Library, query: string, cwd: string): Promise<FindResult> {
  const byId = library.entries.find((entry) => entry.id === query || entry.id === query.replace(/\.md$/, ''));
  if (byId && !query.includes('/')) return { found: byId };
  if (query.endsWith('.md') || query.includes('/')) {
    const path = resolve(cwd, query);
    const inLibrary = library.entries.find((entry) => entry.path === path);
    if (inLibrary) return { found: inLibrary };
    if (existsSync(path)) return { found: await loadEntry(path) };
  }
  if (byId) return { found: byId };
  return byTitle(library, query);
}

function byTitle(library: Library, query: string): FindResult {
  const wanted = fold(query);
  if (wanted === '') return { problem: 'none', candidates: [] };
  const matches = library.entries.filter((entry) => entry.kind === 'article' && fold(entry.title).includes(wanted));
  const exact = matches.filter((entry) => entry.kind === 'article' && fold(entry.title) === wanted);
  if (exact.length === 1 && exact[0]) return { found: exact[0] };
  if (matches.length === 1 && matches[0]) return { found: matches[0] };
  return { problem: matches.length === 0 ? 'none' : 'ambiguous', candidates: matches };
}
