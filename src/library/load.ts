// Loads a library folder: every `*.md` in it and its sub-folders, summarised
// through the library's index. A file that fails is listed with its error; it
// never breaks the list. A file read with a problem (invalid UTF-8) is listed,
// and its warnings kept with it.
import { basename } from 'node:path';
import { parseArticle } from '../article/parse.js';
import type { Article } from '../article/model.js';
import { readArticleFile } from './read-file.js';
import { readSummary } from './read-summary.js';
import { ARTICLE_TEMP, removeStaleTemps } from './stale-temps.js';
import { articleEntry, type ArticleLocation, type Library, type LibraryEntry } from './entry.js';
import { openIndex } from './index/open-index.js';
import { scanLibrary } from './index/scan.js';
import { syncSummaries } from './index/sync-summaries.js';
import { stampFiles, stampsKey, storedStampsKey, type StampedFile } from './index/stamps.js';
import type { Database } from './index/sqlite.js';

/** An entry, with what went wrong reading it that did not stop it being read. */
export type LoadedEntry = LibraryEntry & { warnings?: readonly string[] };

/** Warnings of an entry (e.g. not valid UTF-8), one line each. */
export function warningsOf(entry: LibraryEntry): readonly string[] {
  return (entry as LoadedEntry).warnings ?? [];
}

export interface LoadOptions {
  /** Where the index lives; from the environment (XDG_CACHE_HOME). */
  env?: NodeJS.ProcessEnv;
  /** Keep the index in memory only (tests of the unindexed path). */
  cache?: boolean;
}

/** A library folder's article files with their size and mtime, before its index is opened. */
export interface ScannedFolder {
  dir: string;
  files: StampedFile[];
  /** One key for every file's size and mtime (index/stamps.ts). */
  stamps: string;
}

/** A library folder with its index open, before any summary is read. */
export interface IndexedFolder extends ScannedFolder {
  index: Database;
  /** The index was brought up to date with exactly these files: nothing changed since. */
  upToDate: boolean;
  warnings: string[];
}

export function scanFolder(dir: string): ScannedFolder {
  // An import killed mid-write left its hidden temp file: gone once its writer is.
  const files = stampFiles(scanLibrary(dir, (folder, hidden) => removeStaleTemps(folder, hidden, ARTICLE_TEMP)));
  return { dir, files, stamps: stampsKey(files) };
}

export function indexFolder(folder: ScannedFolder, options: LoadOptions = {}): IndexedFolder {
  const warnings: string[] = [];
  const { db } = openIndex(folder.dir, options.env ?? process.env, (message) => void warnings.push(message), options.cache !== false);
  return { ...folder, index: db, upToDate: storedStampsKey(db) === folder.stamps, warnings };
}

/** Every entry of the folder, the index brought up to date first. */
export function loadFolder(folder: IndexedFolder): Library {
  const entries = syncSummaries(folder.index, folder.files, folder.stamps);
  return { dir: folder.dir, entries: sortEntries(entries), index: folder.index, warnings: folder.warnings };
}

export async function loadLibrary(dir: string, options: LoadOptions = {}): Promise<Library> {
  return loadFolder(indexFolder(scanFolder(dir), options));
}

/** A file outside the library, read and summarised. */
export async function loadEntry(path: string): Promise<LibraryEntry> {
  const id = basename(path).replace(/\.md$/, '');
  const read = readSummary(path, id);
  if (read.kind === 'unreadable') return { kind: 'broken', id, path, error: read.error };
  const entry: LoadedEntry = articleEntry(id, path, read.summary);
  if (read.warnings.length > 0) entry.warnings = read.warnings;
  return entry;
}

/** The whole article, parsed when it is opened. */
export async function readArticle(entry: ArticleLocation): Promise<Article> {
  const { text } = readArticleFile(entry.path);
  return parseArticle(text, entry.id);
}

/**
 * The library's order (compareEntries), made by day first: 100,000 articles share a
 * few thousand dates, and sorting them whole compared titles for a quarter of a second.
 */
export function sortEntries(entries: readonly LibraryEntry[]): LibraryEntry[] {
  const byDate = new Map<string, LibraryEntry[]>();
  const broken: LibraryEntry[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'article') {
      broken.push(entry);
      continue;
    }
    const day = entry.date ?? '';
    const group = byDate.get(day);
    if (group) group.push(entry);
    else byDate.set(day, [entry]);
  }
  const sorted: LibraryEntry[] = [];
  for (const day of [...byDate.keys()].sort((a, b) => order(b, a))) {
    for (const entry of (byDate.get(day) ?? []).sort(compareEntries)) sorted.push(entry);
  }
  for (const entry of broken.sort(compareEntries)) sorted.push(entry);
  return sorted;
}

/** Newest first (undated last), then by title and id in code point order; broken files after every article. */
export function compareEntries(a: LibraryEntry, b: LibraryEntry): number {
  if (a.kind !== b.kind) return a.kind === 'article' ? -1 : 1;
  if (a.kind === 'article' && b.kind === 'article') {
    return order(b.date ?? '', a.date ?? '') || order(a.title, b.title) || order(a.id, b.id);
  }
  return order(a.id, b.id);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
