// Brings the index's summaries up to date with the folder: a file whose size
// or mtime changed, or that is new, is read and summarised again; a file gone
// is dropped (a rename is both). Returns every file's library entry. Writing
// the index is best effort: when it cannot be written, the entries are still right.
// Of a file unchanged, only what the list shows is read at start (a few columns);
// its whole summary is read when first asked for, with every other one.
import { fold } from '../../article/normalize.js';
import type { ArticleSummary } from '../../article/summary.js';
import { splitFrontMatter } from '../../article/front-matter.js';
import { articleLinks, idOfLink } from '../../article/links.js';
import { readSummary } from '../read-summary.js';
import { articleEntry, type ArticleEntry, type LibraryEntry } from '../entry.js';
import { describeMissing } from '../describe-error.js';
import { scalar, type Database } from './sqlite.js';
import type { ScannedFile } from './scan.js';
import { storeStampsKey, storedStampsKey, type StampedFile } from './stamps.js';
import { TERMINAL_CONTROL_CHARS } from '../../text/bidi-controls.js';

/** What the index keeps of a file: its summary, or why it could not be read. */
export interface StoredEntry {
  summary?: ArticleSummary;
  error?: string;
  warnings?: string[];
}

interface Ref {
  kind: 'related' | 'link';
  ref: string;
  text: string | null;
}

interface Fresh {
  file: ScannedFile;
  size: number;
  mtime: string;
  stored: StoredEntry;
  refs: Ref[];
}

// Controls and bidi controls in a file name would reach the terminal with the id.
const UNSAFE_NAME = new RegExp(`[${TERMINAL_CONTROL_CHARS}]`);

export function idOfName(name: string): string {
  return name.slice(0, -'.md'.length);
}

/** What the list shows of a stored file, read for every file at start. `title` null: the file could not be read, `problem` says why. */
interface StoredRow {
  size: number;
  mtime: string;
  title: string | null;
  date: string | null;
  dir: 'rtl' | 'ltr' | null;
  problem: string | null;
  warnings: string[] | null;
}

/** `key`: the files' stamps key (stamps.ts), stored with the summaries it describes. */
export function syncSummaries(db: Database, files: readonly StampedFile[], key: string): LibraryEntry[] {
  const stored = readStoredRows(db);
  const summaries = new StoredSummaries(db);
  const entries: LibraryEntry[] = [];
  const fresh: Fresh[] = [];
  const present = new Set<string>();
  for (const file of files) {
    const id = idOfName(file.name);
    if (UNSAFE_NAME.test(file.name)) {
      entries.push({ kind: 'broken', id, path: file.path, error: 'the file name holds control characters (rename the file)' });
      continue;
    }
    if (file.size === undefined) {
      entries.push({ kind: 'broken', id, path: file.path, error: describeMissing(file.path, file.statError) });
      continue;
    }
    const { size, mtime } = file;
    present.add(file.name);
    const known = stored.get(file.name);
    if (known && known.size === size && known.mtime === mtime) {
      entries.push(storedEntry(file, known, summaries));
      continue;
    }
    const summarised = summarise(file.path, id);
    fresh.push({ file, size, mtime, ...summarised });
    entries.push(freshEntry(file, summarised.stored));
  }
  const gone = [...stored.keys()].filter((name) => !present.has(name));
  if (fresh.length > 0 || gone.length > 0 || storedStampsKey(db) !== key) write(db, fresh, gone, key, stored);
  return entries;
}

type Warned<T> = T & { warnings?: readonly string[] };

function freshEntry(file: ScannedFile, stored: StoredEntry): LibraryEntry {
  const id = idOfName(file.name);
  if (!stored.summary) return { kind: 'broken', id, path: file.path, error: stored.error ?? 'unreadable' };
  return withWarnings(articleEntry(id, file.path, stored.summary.id === id ? stored.summary : { ...stored.summary, id }), stored.warnings);
}

function storedEntry(file: ScannedFile, row: StoredRow, summaries: StoredSummaries): LibraryEntry {
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

function withWarnings<T extends object>(entry: T, warnings: readonly string[] | undefined): Warned<T> {
  if (warnings && warnings.length > 0) (entry as Warned<T>).warnings = warnings;
  return entry;
}

/** The list's columns of every stored file in one string: 100,000 rows fetched one by one cost more than parsing them. */
function readStoredRows(db: Database): Map<string, StoredRow> {
  const json = scalar(db, "SELECT '[' || coalesce(group_concat(json_array(name, size, mtime, title, date, dir, problem, warnings), ','), '') || ']' FROM files");
  let rows: unknown[][];
  try {
    rows = JSON.parse(String(json)) as unknown[][];
  } catch {
    // A row this version did not write: every file is summarised again.
    rows = [];
  }
  const stored = new Map<string, StoredRow>();
  for (const [name, size, mtime, title, date, dir, problem, warnings] of rows) {
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

/** Every stored summary of an index, read when the first one is asked for (one query, as at start before). */
class StoredSummaries {
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

function summarise(path: string, id: string): { stored: StoredEntry; refs: Ref[] } {
  const read = readSummary(path, id);
  if (read.kind === 'unreadable') return { stored: { error: read.error }, refs: [] };
  const { summary, warnings, text } = read;
  const refs: Ref[] = summary.related.map((ref) => ({ kind: 'related', ref, text: null }));
  for (const link of articleLinks(splitFrontMatter(text.replace(/\r\n?/g, '\n')).body)) refs.push({ kind: 'link', ref: link.href, text: link.text });
  return { stored: warnings.length > 0 ? { summary, warnings } : { summary }, refs };
}

function write(db: Database, fresh: readonly Fresh[], gone: readonly string[], key: string, stored: ReadonlyMap<string, StoredRow>): void {
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const dropText = db.prepare('DELETE FROM fulltext WHERE rowid = (SELECT doc FROM files WHERE name = ? AND indexed = 1)');
      const dropRefs = db.prepare('DELETE FROM refs WHERE source = ?');
      const dropFile = db.prepare('DELETE FROM files WHERE name = ?');
      const upsert = db.prepare(
        `INSERT INTO files (name, size, mtime, id, title, title_key, date, dir, problem, warnings, entry, terms, indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)
         ON CONFLICT(name) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, id = excluded.id, title = excluded.title,
           title_key = excluded.title_key, date = excluded.date, dir = excluded.dir, problem = excluded.problem, warnings = excluded.warnings,
           entry = excluded.entry, terms = NULL, indexed = 0`,
      );
      const addRef = db.prepare('INSERT INTO refs (source, kind, position, ref, text, key_id, key_title) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const name of gone) {
        dropText.run(name);
        dropRefs.run(name);
        dropFile.run(name);
      }
      for (const { file, size, mtime, stored: entry, refs } of fresh) {
        const summary = entry.summary;
        // A new file has nothing to drop: on a first index, 10,000 deletes on the full-text table cost seconds.
        if (stored.has(file.name)) {
          dropText.run(file.name);
          dropRefs.run(file.name);
        }
        const warnings = entry.warnings && entry.warnings.length > 0 ? JSON.stringify(entry.warnings) : null;
        upsert.run(file.name, size, mtime, idOfName(file.name), summary?.title ?? null, summary ? fold(summary.title) : null, summary?.date ?? null, summary?.dir ?? null, summary ? null : (entry.error ?? 'unreadable'), warnings, JSON.stringify(entry));
        refs.forEach((ref, position) => addRef.run(file.name, ref.kind, position, ref.ref, ref.text, ref.kind === 'link' ? idOfLink(ref.ref) : ref.ref, fold(ref.ref)));
      }
      storeStampsKey(db, key);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  } catch {
    // An index that cannot be written (read-only, full disk) only costs speed: the entries are right.
  }
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
