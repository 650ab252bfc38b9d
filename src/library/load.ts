// Loads a library folder: every `*.md`, summarised through the index cache.
// A file that fails is listed with its error; it never breaks the list.
import { readdir, stat } from 'node:fs/promises';
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
}
type IndexCache = JsonCache<CachedFile>;
const INDEX_VERSION = 1;

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
  const entries = await Promise.all(names.map((name) => loadEntry(join(dir, name), cache, fresh)));
  if (useCache && !sameRecords(cache, fresh)) await writeJsonCache(file, INDEX_VERSION, fresh);
  return { dir, entries: entries.sort(compareEntries) };
}

/** Reads a file's summary, from the cache when its size and mtime have not changed. */
export async function loadEntry(path: string, cache: IndexCache = new Map(), fresh: IndexCache = new Map()): Promise<LibraryEntry> {
  const name = basename(path);
  const id = basename(path, '.md');
  let record: CachedFile;
  try {
    const info = await stat(path);
    const cached = cache.get(name);
    record = cached && isFresh(cached, info.size, info.mtimeMs) ? cached : await summarise(path, id, info.size, info.mtimeMs);
  } catch (error) {
    record = { size: -1, mtimeMs: -1, error: describe(error) };
  }
  fresh.set(name, record);
  if (record.summary) return { kind: 'article', id, path, summary: { ...record.summary, id } };
  return { kind: 'broken', id, path, error: record.error ?? 'unreadable' };
}

async function summarise(path: string, id: string, size: number, mtimeMs: number): Promise<CachedFile> {
  try {
    const { text } = await readArticleFile(path);
    return { size, mtimeMs, summary: summarizeArticle(text, id) };
  } catch (error) {
    return { size, mtimeMs, error: describe(error) };
  }
}

/** The whole article, parsed when it is opened. */
export async function readArticle(entry: ArticleEntry): Promise<Article> {
  const { text } = await readArticleFile(entry.path);
  return parseArticle(text, entry.id);
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no longer there';
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
