// Loads a library folder: every `*.md` in it and its sub-folders, summarised
// through the library's index. A file that fails is listed with its error; it
// never breaks the list. A file read with a problem (invalid UTF-8) is listed,
// and its warnings kept with it.
import { basename } from 'node:path';
import type { Article } from '../article/model.js';
import { readArticleFile } from './read-file.js';
import { readSummary } from './read-summary.js';
import { articleEntry, type ArticleLocation, type Library, type LibraryEntry } from './entry.js';
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { threads } from './helper-worker.js';
import { indexFile, openIndex } from './index/open-index.js';
import { syncSummaries } from './index/sync-summaries.js';
import { storedStampsKey } from './index/stamps.js';
import { scalar, type Database } from './index/sqlite.js';
import { rowsJsonOf, storedLibraryEntries } from './index/stored-entries.js';
import { keepOutput, keptOutput } from './kept-output.js';
import { helpStamp, type SharedStampsData } from './shared-stamps.js';
import { SCAN_WORKER, scanFolder, type ScannedFolder } from './scan-folder.js';
import type { ScanReply, ScanWorkerData } from './scan-worker.js';

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
  /** loadIfUnchanged: from how many articles on a worker stamps the files (tests set it low). */
  stampInWorkerFrom?: number;
  /** loadIfUnchanged: the worker's file (tests, running the sources, point at the built one). */
  scanWorker?: URL;
  /** The worker that works beside the main thread on many files (shared-work.ts); none: the main thread alone. */
  workWorker?: URL;
}

/** A library folder with its index open, before any summary is read. */
export interface IndexedFolder extends ScannedFolder {
  index: Database;
  /** The index was brought up to date with exactly these files: nothing changed since. */
  upToDate: boolean;
  warnings: string[];
  workWorker?: URL;
}

export function indexFolder(folder: ScannedFolder, options: LoadOptions = {}): IndexedFolder {
  const warnings: string[] = [];
  const { db } = openIndex(folder.dir, options.env ?? process.env, (message) => void warnings.push(message), options.cache !== false);
  return { ...folder, index: db, upToDate: storedStampsKey(db) === folder.stamps, warnings, workWorker: options.workWorker };
}

/** From this many articles on, stamping the files in a worker thread pays for the worker's start (about 30 ms). */
const STAMP_IN_WORKER_FROM = 20_000;

/**
 * A large folder unchanged since its index last saw it whole, read in one pass with
 * its stamps: a worker scans the folder while the index's rows are read here (from
 * the copy kept beside the index when there is one, in the library's order: half the
 * time of the query and the sort at 100,000 articles), then this thread helps stamp. When the stamps are the
 * index's, those rows are the folder's entries (the same as loadFolder would give).
 * Otherwise no library, and the caller loads the folder; `warnings` are the index's either way.
 */
export async function loadIfUnchanged(dir: string, options: LoadOptions = {}): Promise<{ library?: Library; warnings: string[] }> {
  const env = options.env ?? process.env;
  if (options.cache === false || !isRegularFile(indexFile(dir, env))) return { warnings: [] };
  const warnings: string[] = [];
  const { db } = openIndex(dir, env, (message) => void warnings.push(message));
  const stored = storedStampsKey(db);
  const count = storedFileCount(db);
  if (stored === undefined || count < (options.stampInWorkerFrom ?? STAMP_IN_WORKER_FROM)) {
    db.close();
    return { warnings };
  }
  const scan = scanInWorker(dir, options.scanWorker ?? SCAN_WORKER);
  const { entries, rows, kept } = storedRows(dir, db, env, stored, count);
  const share = await Promise.race([scan.shared, scan.done.then(() => undefined)]);
  if (share) helpStamp(share);
  const reply = await scan.done;
  // Every row read (none this version could not read), and the stamps the index's.
  if (entries.length === count && reply && 'stamps' in reply && reply.plain && reply.stamps === stored) {
    // Kept in the library's order: checking it costs a tenth of sorting 100,000 entries again.
    const sorted = kept && isSorted(entries) ? entries : sortEntries(entries);
    if (!kept) keepOutput(dir, env, 'rows', stored, { stdout: rowsJsonOf(dir, sorted, rows), stderr: '' });
    return { library: { dir, entries: sorted, index: db, warnings, workWorker: options.workWorker }, warnings };
  }
  db.close();
  return { warnings };
}

/**
 * The index's rows as entries: from the copy kept for this state of the library,
 * already in the library's order, when it is whole; else from the index, unsorted.
 */
function storedRows(dir: string, db: Database, env: NodeJS.ProcessEnv, stamps: string, count: number): ReturnType<typeof storedLibraryEntries> & { kept: boolean } {
  const kept = keptOutput(dir, env, 'rows', stamps);
  if (kept) {
    const stored = storedLibraryEntries(dir, db, Buffer.from(kept.stdout.buffer, kept.stdout.byteOffset, kept.stdout.length).toString('utf8'));
    if (stored.entries.length === count) return { ...stored, kept: true };
  }
  return { ...storedLibraryEntries(dir, db), kept: false };
}

/**
 * The worker's scan: `shared`, the list of files once it has one (for this thread
 * to help stamp), and `done`, its answer; undefined when there is no worker (the
 * sources under a test runner) or it failed.
 */
function scanInWorker(dir: string, file: URL): { shared: Promise<SharedStampsData>; done: Promise<ScanReply | undefined> } {
  let share: (data: SharedStampsData) => void = () => undefined;
  const shared = new Promise<SharedStampsData>((resolve) => (share = resolve));
  const done = new Promise<ScanReply | undefined>((resolve) => {
    let worker: Worker;
    try {
      worker = new (threads().Worker)(file, { workerData: { scan: dir } satisfies ScanWorkerData });
    } catch {
      resolve(undefined);
      return;
    }
    worker.on('message', (reply: ScanReply) => {
      if ('share' in reply) return share(reply.share);
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { shared, done };
}

/** Every entry of the folder, the index brought up to date first. */
export function loadFolder(folder: IndexedFolder): Library {
  const entries = syncSummaries(folder.index, folder.files, folder.stamps, folder.workWorker);
  return { dir: folder.dir, entries: sortEntries(entries), index: folder.index, warnings: folder.warnings, workWorker: folder.workWorker };
}

/** A FIFO or anything else where the index should be is openIndex's to report, once. */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function storedFileCount(db: Database): number {
  return Number(scalar(db, 'SELECT count(*) FROM files'));
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
  // Loaded here, not with the library: `list` and `search` never parse an article (6 ms of their start).
  const { parseArticle } = await import('../article/parse.js');
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

function isSorted(entries: readonly LibraryEntry[]): boolean {
  for (let index = 1; index < entries.length; index++) if (compareEntries(entries[index - 1] as LibraryEntry, entries[index] as LibraryEntry) > 0) return false;
  return true;
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
