// Loads a library folder: every `*.md`, summarised through the index cache.
// A file that fails is listed with its error; it never breaks the list. A file
// read with a problem (invalid UTF-8) is listed, and its warnings kept with it.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../article/parse.js';
import { summarizeArticle } from '../article/summary.js';
import type { Article } from '../article/model.js';
import { readArticleFile } from './read-file.js';
import { ARTICLE_TEMP, removeStaleTemps } from './stale-temps.js';
import type { ArticleEntry, Library, LibraryEntry } from './entry.js';
import { cacheFile, isFresh, readJsonCache, sameRecords, writeJsonCache, type JsonCache } from './json-cache.js';
import type { ArticleSummary } from '../article/summary.js';

/** The library index: each file's summary, or why it could not be read. */
interface CachedFile {
  size: number;
  mtimeMs: number;
  summary?: ArticleSummary;
  error?: string;
  warnings?: string[];
}
type IndexCache = JsonCache<CachedFile>;
// 2: summaries without controls (issue 8), and warnings.
const INDEX_VERSION = 2;

/** An entry, with what went wrong reading it that did not stop it being read. */
export type LoadedEntry = LibraryEntry & { warnings?: readonly string[] };

/** Warnings of an entry (e.g. not valid UTF-8), one line each. */
export function warningsOf(entry: LibraryEntry): readonly string[] {
  return (entry as LoadedEntry).warnings ?? [];
}

// Controls and bidi controls in a file name would reach the terminal with the id.
const UNSAFE_NAME = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

export interface LoadOptions {
  /** Where the index cache lives; from the environment (XDG_CACHE_HOME). */
  env?: NodeJS.ProcessEnv;
  /** Skip the cache (tests of the uncached path). */
  cache?: boolean;
}

export async function loadLibrary(dir: string, options: LoadOptions = {}): Promise<Library> {
  const all = readdirSync(dir);
  // An import killed mid-write left its hidden temp file: gone once its writer is.
  removeStaleTemps(dir, all, ARTICLE_TEMP);
  const names = all.filter((name) => name.endsWith('.md') && !name.startsWith('.'));
  const useCache = options.cache !== false;
  const file = cacheFile('index', dir, options.env ?? process.env);
  const cache: IndexCache = useCache ? await readJsonCache<CachedFile>(file, INDEX_VERSION) : new Map();
  const fresh: IndexCache = new Map();
  // One synchronous pass: for 10,000 files, a promise and a thread-pool round
  // trip for each stat and read cost several times the work itself.
  const entries = names.map((name) => entryOf(join(dir, name), cache, fresh));
  if (useCache && !sameRecords(cache, fresh)) await writeJsonCache(file, INDEX_VERSION, fresh);
  return { dir, entries: entries.sort(compareEntries) };
}

/** Reads a file's summary, from the cache when its size and mtime have not changed. */
export async function loadEntry(path: string): Promise<LibraryEntry> {
  return entryOf(path, new Map(), new Map());
}

function entryOf(path: string, cache: IndexCache, fresh: IndexCache): LibraryEntry {
  const name = basename(path);
  const id = name.slice(0, -'.md'.length);
  if (UNSAFE_NAME.test(name)) return { kind: 'broken', id, path, error: 'the file name holds control characters (rename the file)' };
  let record: CachedFile;
  try {
    const info = statSync(path);
    const cached = cache.get(name);
    record = cached && isFresh(cached, info.size, info.mtimeMs) && isRecord(cached) ? cached : summarise(path, id, info.size, info.mtimeMs);
  } catch (error) {
    record = { size: -1, mtimeMs: -1, error: describeMissing(path, error) };
  }
  fresh.set(name, record);
  if (!record.summary) return { kind: 'broken', id, path, error: record.error ?? 'unreadable' };
  // The cached summary is used as it is (its id is the file's): no copy for each of 10,000 entries.
  const entry: LoadedEntry = { kind: 'article', id, path, summary: record.summary.id === id ? record.summary : { ...record.summary, id } };
  if (record.warnings && record.warnings.length > 0) entry.warnings = record.warnings;
  return entry;
}

function summarise(path: string, id: string, size: number, mtimeMs: number): CachedFile {
  try {
    const { text, warnings } = readArticleFile(path);
    const summary = summarizeArticle(text, id);
    return warnings.length > 0 ? { size, mtimeMs, summary, warnings } : { size, mtimeMs, summary };
  } catch (error) {
    return { size, mtimeMs, error: describe(error) };
  }
}

/** A cache record as this version writes it (the cache file is outside our control). */
function isRecord(record: CachedFile): boolean {
  if (typeof record !== 'object' || record === null) return false;
  if (record.warnings !== undefined && !isStrings(record.warnings)) return false;
  if (record.summary === undefined) return typeof record.error === 'string';
  const summary = record.summary as Partial<Record<keyof ArticleSummary, unknown>> | null;
  return (
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.title === 'string' &&
    summary.title !== '' &&
    (summary.date === null || typeof summary.date === 'string') &&
    typeof summary.lang === 'string' &&
    (summary.dir === 'rtl' || summary.dir === 'ltr') &&
    (summary.source === null || typeof summary.source === 'string') &&
    (summary.author === null || typeof summary.author === 'string') &&
    isStrings(summary.sections) &&
    isStrings(summary.related)
  );
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Why stat failed; a symbolic link whose target is gone says so. */
function describeMissing(path: string, error: unknown): string {
  if ((error as { code?: unknown } | null)?.code === 'ENOENT') {
    if (basename(path).includes('\uFFFD')) return 'the file name is not valid UTF-8 (rename the file)';
    try {
      if (lstatSync(path).isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
    } catch {
      // gone altogether
    }
  }
  return describe(error);
}

/** The whole article, parsed when it is opened. */
export async function readArticle(entry: ArticleEntry): Promise<Article> {
  const { text } = readArticleFile(entry.path);
  return parseArticle(text, entry.id);
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no longer there';
  if (code === 'EIO') return 'cannot be read (input/output error)';
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : String(error);
}

/** Newest first, then by title and id in code point order (stable, and fast on 10,000 entries). */
function compareEntries(a: LibraryEntry, b: LibraryEntry): number {
  if (a.kind !== b.kind) return a.kind === 'article' ? -1 : 1;
  if (a.kind === 'article' && b.kind === 'article') {
    return order(b.summary.date ?? '', a.summary.date ?? '') || order(a.summary.title, b.summary.title) || order(a.id, b.id);
  }
  return order(a.id, b.id);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
