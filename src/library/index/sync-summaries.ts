// Brings the index's summaries up to date with the folder: a file whose size
// or mtime changed, or that is new, is read and summarised again; a file gone
// is dropped (a rename is both). Returns every file's library entry. Writing
// the index is best effort: when it cannot be written, the entries are still right.
// A file unchanged comes back from the index as stored-entries.ts reads it.
import { shareWork } from '../shared-work.js';
import type { Summarised } from './summarise.js';
import { articleEntry, type LibraryEntry } from '../entry.js';
import { readStoredRows, storedEntry, StoredSummaries, withWarnings, type StoredRow } from './stored-entries.js';
import { describeMissing } from '../describe-error.js';
import type { Database } from './sqlite.js';
import { hasUnsafeName, idOfName, type ScannedFile } from './scan.js';
import { storeStampsKey, storedMtime, storedStampsKey, type StampedFile } from './stamps.js';

/** A file new or changed since the index saw it, to be read again. */
interface Changed {
  file: ScannedFile;
  size: number;
  mtime: string;
}

type Fresh = Changed & Summarised;


/**
 * `key`: the files' stamps key (stamps.ts), stored with the summaries it describes.
 * `helper`: a worker that summarises beside this thread when many files changed (shared-work.ts).
 */
export function syncSummaries(db: Database, files: readonly StampedFile[], key: string, helper?: URL): LibraryEntry[] {
  const stored = readStoredRows(db);
  const summaries = new StoredSummaries(db);
  // A number stands for the changed file of that index, summarised once all are known.
  const entries: Array<LibraryEntry | number> = [];
  const changed: Changed[] = [];
  const present = new Set<string>();
  for (const file of files) {
    const id = idOfName(file.name);
    if (hasUnsafeName(file.name)) {
      entries.push({ kind: 'broken', id, path: file.path, error: 'the file name holds control characters (rename the file)' });
      continue;
    }
    if (file.size === undefined) {
      entries.push({ kind: 'broken', id, path: file.path, error: describeMissing(file.path, file.statError) });
      continue;
    }
    const { size } = file;
    const mtime = storedMtime(file);
    present.add(file.name);
    const known = stored.get(file.name);
    if (known && known.size === size && known.mtime === mtime) {
      entries.push(storedEntry(file, known, summaries));
      continue;
    }
    entries.push(changed.length);
    changed.push({ file, size, mtime });
  }
  const summarised: Summarised[] = new Array(changed.length);
  shareWork('summarise', changed.map(({ file }) => [file.path, idOfName(file.name)]), helper, (index, each) => (summarised[index] = each));
  const fresh: Fresh[] = changed.map((each, index) => ({ ...each, ...(summarised[index] as Summarised) }));
  const gone = [...stored.keys()].filter((name) => !present.has(name));
  if (fresh.length > 0 || gone.length > 0 || storedStampsKey(db) !== key) write(db, fresh, gone, key, stored);
  return entries.map((entry) => (typeof entry === 'number' ? freshEntry(fresh[entry] as Fresh) : entry));
}

function freshEntry({ file, stored }: Fresh): LibraryEntry {
  const id = idOfName(file.name);
  if (!stored.summary) return { kind: 'broken', id, path: file.path, error: stored.error ?? 'unreadable' };
  return withWarnings(articleEntry(id, file.path, stored.summary.id === id ? stored.summary : { ...stored.summary, id }), stored.warnings);
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
      for (const { file, size, mtime, stored: entry, refs, titleKey } of fresh) {
        const summary = entry.summary;
        // A new file has nothing to drop: on a first index, 10,000 deletes on the full-text table cost seconds.
        if (stored.has(file.name)) {
          dropText.run(file.name);
          dropRefs.run(file.name);
        }
        const warnings = entry.warnings && entry.warnings.length > 0 ? JSON.stringify(entry.warnings) : null;
        upsert.run(file.name, size, mtime, idOfName(file.name), summary?.title ?? null, titleKey, summary?.date ?? null, summary?.dir ?? null, summary ? null : (entry.error ?? 'unreadable'), warnings, JSON.stringify(entry));
        refs.forEach((ref, position) => addRef.run(file.name, ref.kind, position, ref.ref, ref.text, ref.keyId, ref.keyTitle));
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
