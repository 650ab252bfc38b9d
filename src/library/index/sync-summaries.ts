// Brings the index's summaries up to date with the folder: a file whose size
// or mtime changed, or that is new, is read and summarised again; a file gone
// is dropped (a rename is both). Returns every file's library entry. Writing
// the index is best effort: when it cannot be written, the entries are still right.
import { fold } from '../../article/normalize.js';
import type { ArticleSummary } from '../../article/summary.js';
import { splitFrontMatter } from '../../article/front-matter.js';
import { articleLinks, idOfLink } from '../../article/links.js';
import { readSummary } from '../read-summary.js';
import type { LibraryEntry } from '../entry.js';
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

/** `key`: the files' stamps key (stamps.ts), stored with the summaries it describes. */
export function syncSummaries(db: Database, files: readonly StampedFile[], key: string): LibraryEntry[] {
  const stored = readStored(db);
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
      entries.push(entryOf(file, known.entry));
      continue;
    }
    const summarised = summarise(file.path, id);
    fresh.push({ file, size, mtime, ...summarised });
    entries.push(entryOf(file, summarised.stored));
  }
  const gone = [...stored.keys()].filter((name) => !present.has(name));
  if (fresh.length > 0 || gone.length > 0 || storedStampsKey(db) !== key) write(db, fresh, gone, key, stored);
  return entries;
}

function entryOf(file: ScannedFile, stored: StoredEntry): LibraryEntry {
  const id = idOfName(file.name);
  if (!stored.summary) return { kind: 'broken', id, path: file.path, error: stored.error ?? 'unreadable' };
  const entry: LibraryEntry & { warnings?: readonly string[] } = { kind: 'article', id, path: file.path, summary: stored.summary.id === id ? stored.summary : { ...stored.summary, id } };
  if (stored.warnings && stored.warnings.length > 0) entry.warnings = stored.warnings;
  return entry;
}

/** Every stored file in one string: 10,000 rows fetched one by one cost more than parsing them. */
function readStored(db: Database): Map<string, { size: number; mtime: string; entry: StoredEntry }> {
  const json = scalar(db, "SELECT '[' || coalesce(group_concat('[' || json_quote(name) || ',' || size || ',' || json_quote(mtime) || ',' || entry || ']', ','), '') || ']' FROM files");
  let rows: Array<[string, number, string, StoredEntry]>;
  try {
    rows = JSON.parse(String(json)) as Array<[string, number, string, StoredEntry]>;
  } catch {
    // A row this version did not write: every file is summarised again.
    rows = [];
  }
  const stored = new Map<string, { size: number; mtime: string; entry: StoredEntry }>();
  for (const [name, size, mtime, entry] of rows) if (isStoredEntry(entry)) stored.set(name, { size, mtime, entry });
  return stored;
}

function summarise(path: string, id: string): { stored: StoredEntry; refs: Ref[] } {
  const read = readSummary(path, id);
  if (read.kind === 'unreadable') return { stored: { error: read.error }, refs: [] };
  const { summary, warnings, text } = read;
  const refs: Ref[] = summary.related.map((ref) => ({ kind: 'related', ref, text: null }));
  for (const link of articleLinks(splitFrontMatter(text.replace(/\r\n?/g, '\n')).body)) refs.push({ kind: 'link', ref: link.href, text: link.text });
  return { stored: warnings.length > 0 ? { summary, warnings } : { summary }, refs };
}

function write(db: Database, fresh: readonly Fresh[], gone: readonly string[], key: string, stored: ReadonlyMap<string, unknown>): void {
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const dropText = db.prepare('DELETE FROM fulltext WHERE rowid = (SELECT doc FROM files WHERE name = ? AND indexed = 1)');
      const dropRefs = db.prepare('DELETE FROM refs WHERE source = ?');
      const dropFile = db.prepare('DELETE FROM files WHERE name = ?');
      const upsert = db.prepare(
        `INSERT INTO files (name, size, mtime, id, title, title_key, date, entry, terms, indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)
         ON CONFLICT(name) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, id = excluded.id, title = excluded.title,
           title_key = excluded.title_key, date = excluded.date, entry = excluded.entry, terms = NULL, indexed = 0`,
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
        upsert.run(file.name, size, mtime, idOfName(file.name), summary?.title ?? null, summary ? fold(summary.title) : null, summary?.date ?? null, JSON.stringify(entry));
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
