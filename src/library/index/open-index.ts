// The library's index, one SQLite file per library folder under
// $XDG_CACHE_HOME/qari. The article files are the truth: the index can be
// deleted at any time, and a file that is not an index of this version (an
// older qari's, a corrupt one, something else) is rebuilt. Two qari processes
// may use it at once: WAL lets readers go on while one writes, and a writer
// waits for another rather than failing.
import { lstatSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeDirectory } from '../make-directory.js';
import { fingerprint } from '../fingerprint.js';
import { isCorruptionError, openDatabase, scalar, type Database } from './sqlite.js';
import { errorCode } from '../system-errors.js';

/** Bumped whenever the schema or what is stored (summaries, stems) changes. */
// 4: summaries carry the article's url (imports from the web are matched by it).
// 5: the stamps key and kept command outputs.
// 6: the full-text vocabulary (document frequencies, for similar articles).
// 7: kept command outputs moved out to plain files (kept-output.ts).
// 8: what the list shows in columns of its own (dir, problem, warnings), read without the summaries.
export const INDEX_VERSION = 8;
// "qari" in ASCII: marks the file as ours, so a foreign SQLite file is not misread.
const APPLICATION_ID = 0x71617269;
const BUSY_TIMEOUT_MS = 10_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS files (
  doc INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  mtime TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT,
  title_key TEXT,
  date TEXT,
  dir TEXT,
  problem TEXT,
  warnings TEXT,
  entry TEXT NOT NULL,
  terms TEXT,
  indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS files_id ON files(id);
CREATE INDEX IF NOT EXISTS files_title_key ON files(title_key);
CREATE INDEX IF NOT EXISTS files_pending ON files(indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS refs (
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  ref TEXT NOT NULL,
  text TEXT,
  key_id TEXT NOT NULL,
  key_title TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS refs_source ON refs(source);
CREATE INDEX IF NOT EXISTS refs_key_id ON refs(key_id);
CREATE INDEX IF NOT EXISTS refs_key_title ON refs(key_title);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS fulltext USING fts5(
  title, headings, body,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fulltext_vocab USING fts5vocab(fulltext, 'row');
`;

export interface OpenedIndex {
  db: Database;
  /** The index file, or undefined when the index lives in memory for this run only. */
  file: string | undefined;
}

/** Where a library's cache files live, less their extension: one name per library folder. */
export function cacheBase(libraryDir: string, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = fingerprint(libraryDir);
  return join(base, 'qari', `library-${key}`);
}

export function indexFile(libraryDir: string, env: NodeJS.ProcessEnv): string {
  return `${cacheBase(libraryDir, env)}.sqlite`;
}

/**
 * Opens (creating, or rebuilding when it is not ours) the index of a library.
 * Whatever goes wrong with the file, qari still works: the index then lives in
 * memory for this run, and `warn` says why, once.
 */
export function openIndex(libraryDir: string, env: NodeJS.ProcessEnv, warn: (message: string) => void, persistent = true): OpenedIndex {
  if (!persistent) return { db: prepare(openDatabase(':memory:')), file: undefined };
  const file = indexFile(libraryDir, env);
  const notRegular = [file, `${file}-wal`, `${file}-shm`].find(isSomethingElse);
  if (notRegular) {
    warn(`${notRegular} is not a regular file; the library index is kept in memory for this run`);
    return { db: prepare(openDatabase(':memory:')), file: undefined };
  }
  try {
    makeDirectory(dirname(file));
    return { db: openOurs(file, warn), file };
  } catch {
    // A cache that cannot be written (read-only, a file in the way) only costs speed.
    return { db: prepare(openDatabase(':memory:')), file: undefined };
  }
}

function openOurs(file: string, warn: (message: string) => void): Database {
  let db = openDatabase(file);
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const kind = whose(db);
    if (kind === 'ours') return prepare(db);
    db.close();
    // An older qari's index is simply rebuilt; anything else is worth a word.
    if (kind === 'foreign') warn(`${file} was not a qari index of this version; it is rebuilt`);
  } catch (error) {
    db.close();
    if (!isCorruptionError(error)) throw error;
    warn(`${file} was corrupt; it is rebuilt`);
  }
  removeIndexFiles(file);
  db = openDatabase(file);
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return prepare(db);
}

/** Empty (new), ours at this version, an older qari's, or something else. */
function whose(db: Database): 'ours' | 'older' | 'foreign' | 'empty' {
  const application = Number(scalar(db, 'PRAGMA application_id'));
  const version = Number(scalar(db, 'PRAGMA user_version'));
  const tables = Number(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
  if (application === APPLICATION_ID) return version === INDEX_VERSION ? 'ours' : 'older';
  return tables === 0 && version === 0 ? 'ours' : 'foreign';
}

/** Settings and schema; safe when another process does the same at the same moment. */
function prepare(db: Database): Database {
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  // 32 MB of page cache: a first index of 10,000 articles writes its b-trees without going back to disk.
  db.exec('PRAGMA cache_size = -32000');
  if (Number(scalar(db, 'PRAGMA user_version')) === INDEX_VERSION) return db;
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(SCHEMA);
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    db.exec(`PRAGMA user_version = ${INDEX_VERSION}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return db;
}

function removeIndexFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      unlinkSync(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
}

/** A FIFO, a device or a folder where the index should be: opening it could hang or fail. */
function isSomethingElse(path: string): boolean {
  try {
    return !lstatSync(path).isFile();
  } catch {
    return false;
  }
}
