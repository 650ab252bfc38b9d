// Loads a library folder: every `*.md`, summarised through the index cache.
// A file that fails is listed with its error; it never breaks the list. A file
// read with a problem (invalid UTF-8) is listed, and its warnings kept with it.
import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArticle } from '../article/parse.js';
import { summarizeArticle } from '../article/summary.js';
import type { Article } from '../article/model.js';
import { readArticleFile } from './read-file.js';
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
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md') && !name.startsWith('.'));
  const useCache = options.cache !== false;
  const file = cacheFile('index', dir, options.env ?? process.env);
  const cache: IndexCache = useCache ? await readJsonCache<CachedFile>(file, INDEX_VERSION) : new Map();
  const fresh: IndexCache = new Map();
  const entries = await mapLimited(names, OPEN_AT_ONCE, (name) => loadEntry(join(dir, name), cache, fresh));
  if (useCache && !sameRecords(cache, fresh)) await writeJsonCache(file, INDEX_VERSION, fresh);
  return { dir, entries: entries.sort(compareEntries) };
}

/** Files read at once: far below the usual limit of 1,024 open files, enough to keep the disk busy. */
const OPEN_AT_ONCE = 64;

async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads a file's summary, from the cache when its size and mtime have not changed. */
export async function loadEntry(path: string, cache: IndexCache = new Map(), fresh: IndexCache = new Map()): Promise<LibraryEntry> {
  const name = basename(path);
  const id = basename(path, '.md');
  if (UNSAFE_NAME.test(name)) return { kind: 'broken', id, path, error: 'the file name holds control characters (rename the file)' };
  let record: CachedFile;
  try {
    const info = await stat(path);
    const cached = cache.get(name);
    record = cached && isFresh(cached, info.size, info.mtimeMs) && isRecord(cached) ? cached : await summarise(path, id, info.size, info.mtimeMs);
  } catch (error) {
    record = { size: -1, mtimeMs: -1, error: await describeMissing(path, error) };
  }
  fresh.set(name, record);
  const warnings = record.warnings && record.warnings.length > 0 ? { warnings: record.warnings } : {};
  if (record.summary) return { kind: 'article', id, path, summary: { ...record.summary, id }, ...warnings };
  return { kind: 'broken', id, path, error: record.error ?? 'unreadable' };
}

async function summarise(path: string, id: string, size: number, mtimeMs: number): Promise<CachedFile> {
  try {
    const { text, warnings } = await readArticleFile(path);
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
async function describeMissing(path: string, error: unknown): Promise<string> {
  if ((error as { code?: unknown } | null)?.code === 'ENOENT') {
    if (basename(path).includes('\uFFFD')) return 'the file name is not valid UTF-8 (rename the file)';
    try {
      if ((await lstat(path)).isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
    } catch {
      // gone altogether
    }
  }
  return describe(error);
}

/** The whole article, parsed when it is opened. */
export async function readArticle(entry: ArticleEntry): Promise<Article> {
  const { text } = await readArticleFile(entry.path);
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

function compareEntries(a: LibraryEntry, b: LibraryEntry): number {
  if (a.kind !== b.kind) return a.kind === 'article' ? -1 : 1;
  if (a.kind === 'article' && b.kind === 'article') {
    const byDate = (b.summary.date ?? '').localeCompare(a.summary.date ?? '');
    if (byDate !== 0) return byDate;
    return a.summary.title.localeCompare(b.summary.title) || a.id.localeCompare(b.id);
  }
  return a.id.localeCompare(b.id);
}
