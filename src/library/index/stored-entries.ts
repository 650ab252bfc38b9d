// Entries read back from the library's index. Of a file unchanged since it was
// indexed, only what the list shows is read at start (a few columns, no JSON):
// its whole summary is read when first asked for, with every other one. At
// 100,000 articles, reading every summary at start cost seconds and ~500 MB.
import { join } from 'node:path';
import type { ArticleSummary } from '../../article/summary.js';
import { readSummary } from '../read-summary.js';
import type { ArticleEntry, LibraryEntry } from '../entry.js';
import { scalar, type Database } from './sqlite.js';
import { idOfName, type ScannedFile } from './scan.js';

/** What the index keeps of a file: its summary, or why it could not be read. */
export interface StoredEntry {
  summary?: ArticleSummary;
  error?: string;
  warnings?: string[];
}

/** What the list shows of a stored file, read for every file at start. `title` null: the file could not be read, `problem` says why. */
export interface StoredRow {
  size: number;
  mtime: string;
  title: string | null;
  date: string | null;
  dir: 'rtl' | 'ltr' | null;
  problem: string | null;
  warnings: string[] | null;
}

type Warned<T> = T & { warnings?: readonly string[] };

export function storedEntry(file: ScannedFile, row: StoredRow, summaries: StoredSummaries): LibraryEntry {
  const id = idOfName(file.name);
  if (row.title === null || row.dir === null) return { kind: 'broken', id, path: file.path, error: row.problem ?? 'unreadable' };
  return withWarnings(new StoredArticle(id, file.path, row.title, row.date, row.dir, file.name, summaries), row.warnings ?? undefined);
}

/** An article listed from the index; its whole summary read when first asked for. A class: 100,000 closures cost tens of megabytes. */
class StoredArticle implements ArticleEntry {
  readonly kind = 'article';
  #summary: ArticleSummary | undefined;

  constructor(
    readonly id: string,
    readonly path: string,
    readonly title: string,
    readonly date: string | null,
    readonly dir: 'rtl' | 'ltr',
    private readonly name: string,
    private readonly summaries: StoredSummaries,
  ) {}

  get summary(): ArticleSummary {
    return (this.#summary ??= this.summaries.of(this.name, this.id) ?? summarisedAgain(this.path, this.id, this));
  }
}

export function withWarnings<T extends object>(entry: T, warnings: readonly string[] | undefined): Warned<T> {
  if (warnings && warnings.length > 0) (entry as Warned<T>).warnings = warnings;
  return entry;
}

export function readStoredRows(db: Database): Map<string, StoredRow> {
  return storedRowsOf(storedRowsJson(db));
}

/** The list's columns of every stored file in one string: 100,000 rows fetched one by one cost more than parsing them. */
function storedRowsJson(db: Database): string {
  return String(scalar(db, "SELECT '[' || coalesce(group_concat(json_array(name, size, mtime, title, date, dir, problem, warnings), ','), '') || ']' FROM files"));
}

/** The rows of storedRowsJson, checked. */
function storedRowsOf(json: string): Map<string, StoredRow> {
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    // A row this version did not write: every file is summarised again.
    rows = [];
  }
  const stored = new Map<string, StoredRow>();
  // A copy kept as a plain file (load.ts) can hold anything: what is not a row is left out.
  for (const each of Array.isArray(rows) ? (rows as unknown[]) : []) {
    if (!Array.isArray(each)) continue;
    const [name, size, mtime, title, date, dir, problem, warnings] = each as unknown[];
    const row = storedRow(size, mtime, title, date, dir, problem, warnings);
    if (typeof name === 'string' && row) stored.set(name, row);
  }
  return stored;
}

/** A row as this version writes it (the index file is outside our control), or undefined. */
function storedRow(size: unknown, mtime: unknown, title: unknown, date: unknown, dir: unknown, problem: unknown, warnings: unknown): StoredRow | undefined {
  if (typeof size !== 'number' || typeof mtime !== 'string') return undefined;
  if (!(date === null || typeof date === 'string') || !(problem === null || typeof problem === 'string')) return undefined;
  const readable = typeof title === 'string' && title !== '' && (dir === 'rtl' || dir === 'ltr');
  if (!readable && !(title === null && typeof problem === 'string')) return undefined;
  let warned: string[] | null = null;
  if (typeof warnings === 'string') {
    try {
      const parsed = JSON.parse(warnings) as unknown;
      if (isStrings(parsed)) warned = parsed;
    } catch {
      return undefined;
    }
  }
  return readable ? { size, mtime, title, date, dir, problem: null, warnings: warned } : { size, mtime, title: null, date: null, dir: null, problem, warnings: warned };
}

/**
 * Every file of the index as the list shows it, as if `dir` had just been scanned
 * (paths made as scan.ts makes them), in the order of `rowsJson`: the rows as
 * storedRowsJson or rowsJsonOf wrote them. `rows`: each file's row, by name.
 */
export function storedLibraryEntries(dir: string, db: Database, rowsJson = storedRowsJson(db)): { entries: LibraryEntry[]; rows: Map<string, StoredRow> } {
  const summaries = new StoredSummaries(db);
  const base = folderBase(dir);
  const entries: LibraryEntry[] = [];
  const rows = storedRowsOf(rowsJson);
  for (const [name, row] of rows) entries.push(storedEntry({ name, path: base + name }, row, summaries));
  return { entries, rows };
}

/** The rows of `entries` (made by storedLibraryEntries from `rows`), in the entries' order, as storedRowsJson writes them. */
export function rowsJsonOf(dir: string, entries: readonly LibraryEntry[], rows: ReadonlyMap<string, StoredRow>): string {
  const base = folderBase(dir);
  const written = entries.map((entry) => {
    const name = entry.path.slice(base.length);
    const row = rows.get(name);
    return row && [name, row.size, row.mtime, row.title, row.date, row.dir, row.problem, row.warnings ? JSON.stringify(row.warnings) : null];
  });
  return JSON.stringify(written);
}

/** The folder's path with its separator, as scan.ts puts it before each name. */
function folderBase(dir: string): string {
  return join(dir, '_').slice(0, -1);
}

/** Every stored summary of an index, read when the first one is asked for (one query, as at start before). */
export class StoredSummaries {
  private all: Map<string, ArticleSummary> | undefined;

  constructor(private readonly db: Database) {}

  of(name: string, id: string): ArticleSummary | undefined {
    this.all ??= this.readAll();
    const summary = this.all.get(name);
    return summary && summary.id !== id ? { ...summary, id } : summary;
  }

  private readAll(): Map<string, ArticleSummary> {
    const all = new Map<string, ArticleSummary>();
    try {
      const json = scalar(this.db, "SELECT '[' || coalesce(group_concat('[' || json_quote(name) || ',' || entry || ']', ','), '') || ']' FROM files WHERE title IS NOT NULL");
      for (const [name, entry] of JSON.parse(String(json)) as Array<[string, unknown]>) if (isStoredEntry(entry) && entry.summary) all.set(name, entry.summary);
    } catch {
      // An index changed or broken since the start: each summary is read from its file.
    }
    return all;
  }
}

/** The file read again, when its summary is no longer in the index (another qari changed it since); what the list showed if it cannot be read. */
function summarisedAgain(path: string, id: string, shown: ArticleEntry): ArticleSummary {
  const read = readSummary(path, id);
  if (read.kind === 'read') return read.summary;
  return { id, title: shown.title, date: shown.date, lang: 'und', dir: shown.dir, source: null, author: null, related: [], sections: [] };
}

/** A stored entry as this version writes it (the index file is outside our control). */
function isStoredEntry(entry: unknown): entry is StoredEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { summary, error, warnings } = entry as Record<string, unknown>;
  if (warnings !== undefined && !isStrings(warnings)) return false;
  if (summary === undefined) return typeof error === 'string';
  const fields = summary as Partial<Record<keyof ArticleSummary, unknown>> | null;
  return (
    typeof fields === 'object' &&
    fields !== null &&
    typeof fields.title === 'string' &&
    fields.title !== '' &&
    (fields.date === null || typeof fields.date === 'string') &&
    typeof fields.lang === 'string' &&
    (fields.dir === 'rtl' || fields.dir === 'ltr') &&
    (fields.source === null || typeof fields.source === 'string') &&
    (fields.author === null || typeof fields.author === 'string') &&
    isStrings(fields.sections) &&
    isStrings(fields.related)
  );
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
