// The full text of the articles in the index: titles, `##` headings and
// bodies, folded and stemmed (indexed-text.ts), for ranked search and "more
// like this". Filled after the summaries, in slices of time, so a library of
// 100,000 articles is listed at once and the reader never freezes while its
// text is indexed; a search first finishes what is left, with a worker making
// the stems beside it when much is left.
import { join } from 'node:path';
import { shareWork, shareWorkInBackground, WITH_HELPER_FROM } from '../shared-work.js';
import { indexedText, type IndexedText } from './indexed-text.js';
import { scalar, type Database } from './sqlite.js';

/** How long a transaction may go on before it commits: another process waiting on the index is never kept long. */
const SLICE_MS = 500;
/** Pending articles made into text at once with a helper: a bound on what waits in memory. */
const BATCH = 8_192;

export function pendingCount(db: Database): number {
  return Number(scalar(db, 'SELECT count(*) FROM files WHERE indexed = 0'));
}

/**
 * Indexes the text of articles not indexed yet, until `sliceMs` has passed
 * (then commits, and says whether some are left). Another process indexing
 * the same library meanwhile is waited for; what it did is not done twice.
 */
export function indexPendingSlice(db: Database, dir: string, sliceMs: number): boolean {
  const started = performance.now();
  const stems = new Map<string, string>();
  const pending = db.prepare('SELECT doc, name, entry FROM files WHERE indexed = 0 LIMIT 64').raw();
  const insert = db.prepare('INSERT INTO fulltext (rowid, title, headings, body) VALUES (?, ?, ?, ?)');
  const done = db.prepare('UPDATE files SET indexed = 1, terms = ? WHERE doc = ?');
  db.exec('BEGIN IMMEDIATE');
  try {
    for (;;) {
      const rows = pending.all() as Array<[number, string, string]>;
      if (rows.length === 0) break;
      for (const [doc, name, entry] of rows) {
        const text = indexedText(join(dir, name), entry, stems);
        if (text) insert.run(doc, text.title, text.headings, text.body);
        done.run(text?.terms ?? null, doc);
      }
      if (performance.now() - started >= sliceMs) break;
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return pendingCount(db) > 0;
}

/** Every pending article indexed (for `qari search`); with a worker started from `helper` making stems beside this thread when many are. */
export function indexAllPending(db: Database, dir: string, helper?: URL): void {
  if (helper) indexWithHelper(db, dir, helper);
  while (indexPendingSlice(db, dir, SLICE_MS)) {
    // each slice commits, so another process is never kept waiting long
  }
}

/** A pending article, as a batch takes it: its doc, file name and summary (the entry column). */
type PendingRow = [number, string, string];

/**
 * Writes an article's text made outside any transaction: only if the article is
 * still pending with the summary the text was made from (another process may have
 * indexed it, or the file changed, meanwhile).
 */
function pendingWriter(db: Database): (row: PendingRow, text: IndexedText | undefined) => void {
  const insert = db.prepare('INSERT INTO fulltext (rowid, title, headings, body) VALUES (?, ?, ?, ?)');
  const done = db.prepare('UPDATE files SET indexed = 1, terms = ? WHERE doc = ? AND indexed = 0 AND entry = ? RETURNING doc').raw();
  return ([doc, , entry], text) => {
    if (done.get(text?.terms ?? null, doc, entry) !== undefined && text) insert.run(doc, text.title, text.headings, text.body);
  };
}

/** Batches of pending articles, each taken once the last is written; the last batch is the one shorter than BATCH. */
function* pendingBatches(db: Database): Generator<PendingRow[]> {
  const pending = db.prepare('SELECT doc, name, entry FROM files WHERE indexed = 0 LIMIT ?').raw();
  for (;;) {
    const rows = pending.all(BATCH) as PendingRow[];
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
  }
}

const itemsOf = (dir: string, rows: readonly PendingRow[]) => rows.map(([, name, entry]) => [join(dir, name), entry]);

/** The pending articles made into text by two threads, in batches; this thread writes it. */
function indexWithHelper(db: Database, dir: string, helper: URL): void {
  const write = pendingWriter(db);
  for (const rows of pendingBatches(db)) {
    inSlices(db, (slice) => shareWork('index-text', itemsOf(dir, rows), helper, (index, text) => slice(() => write(rows[index] as PendingRow, text))));
  }
}

/**
 * The reader's way (tui/background-index.ts): the worker makes the text of the
 * pending articles, and each chunk of it is written here, in a transaction of its
 * own, when it comes; the event loop stays free for keys. Returns when nothing is
 * pending, or when the worker cannot help: the caller's slices do what is left.
 */
export async function indexPendingWithWorker(db: Database, dir: string, helper: URL): Promise<void> {
  const write = pendingWriter(db);
  for (const rows of pendingBatches(db)) {
    if (rows.length < WITH_HELPER_FROM) return;
    const finished = await shareWorkInBackground('index-text', itemsOf(dir, rows), helper, (start, texts) =>
      inSlices(db, (slice) => slice(() => texts.forEach((text, offset) => write(rows[start + offset] as PendingRow, text)))),
    );
    if (!finished) return;
  }
}

/** Runs `writes`, each write in a transaction that commits once SLICE_MS have passed in it. */
function inSlices(db: Database, writes: (write: (change: () => void) => void) => void): void {
  let begun: number | undefined;
  try {
    writes((change) => {
      if (begun === undefined) {
        db.exec('BEGIN IMMEDIATE');
        begun = performance.now();
      }
      change();
      if (performance.now() - begun >= SLICE_MS) {
        db.exec('COMMIT');
        begun = undefined;
      }
    });
    if (begun !== undefined) db.exec('COMMIT');
  } catch (error) {
    if (begun !== undefined) db.exec('ROLLBACK');
    throw error;
  }
}
