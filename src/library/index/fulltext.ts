// The full text of the articles in the index: titles, `##` headings and
// bodies, folded and stemmed (src/search/stem.ts), for ranked search and
// "more like this". Filled after the summaries, in slices of time, so a
// library of 100,000 articles is listed at once and the reader never freezes
// while its text is indexed; a search first finishes what is left.
import { join } from 'node:path';
import { splitFrontMatter } from '../../article/front-matter.js';
import { stemmedWords } from '../../search/stem.js';
import { STOP_STEMS } from '../../search/stop-words.js';
import { readArticleFile } from '../read-file.js';
import { scalar, type Database } from './sqlite.js';
import type { StoredEntry } from './stored-entries.js';

/** How many stems of an article stand for it in "more like this". */
const PROFILE_TERMS = 24;

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
        const text = articleText(join(dir, name), parsed(entry), stems);
        if (text) insert.run(doc, text.title.join(' '), text.headings.join(' '), text.body.join(' '));
        done.run(text ? JSON.stringify(profile(text)) : null, doc);
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

/** Every pending article indexed (for `qari search`). */
export function indexAllPending(db: Database, dir: string): void {
  while (indexPendingSlice(db, dir, 500)) {
    // each slice commits, so another process is never kept waiting long
  }
}

/** An article's stems, as the index keeps them. */
interface IndexedText {
  title: string[];
  headings: string[];
  body: string[];
}

function articleText(path: string, entry: StoredEntry | undefined, stems: Map<string, string>): IndexedText | undefined {
  const summary = entry?.summary;
  if (!summary) return undefined;
  let body: string;
  try {
    body = splitFrontMatter(readArticleFile(path).text.replace(/\r\n?/g, '\n')).body;
  } catch {
    return undefined;
  }
  return { title: stemmedWords(summary.title, stems), headings: stemmedWords(summary.sections.join('\n'), stems), body: stemmedWords(body, stems) };
}

/** The article's most frequent stems (the title's count three times), without function words; ties in code point order. */
function profile(text: IndexedText): string[] {
  const counts = new Map<string, number>();
  const add = (stems: readonly string[], weight: number) => {
    for (const stem of stems) if (isTelling(stem)) counts.set(stem, (counts.get(stem) ?? 0) + weight);
  };
  add(text.title, 3);
  add(text.headings, 2);
  add(text.body, 1);
  return topStems(counts, PROFILE_TERMS);
}

function isTelling(stem: string): boolean {
  return stem.length >= 3 && !STOP_STEMS.has(stem) && !isDigits(stem);
}

function isDigits(stem: string): boolean {
  for (let index = 0; index < stem.length; index++) {
    const code = stem.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** The `limit` most counted stems, most first: kept in a short sorted list as the counts go by, not sorting them all. */
export function topStems(counts: ReadonlyMap<string, number>, limit: number): string[] {
  const top: Array<[string, number]> = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of counts) {
    if (top.length === limit && !before(entry, top[limit - 1] as [string, number])) continue;
    let at = Math.min(top.length, limit - 1);
    while (at > 0 && before(entry, top[at - 1] as [string, number])) at--;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map(([stem]) => stem);
}

function parsed(entry: string): StoredEntry | undefined {
  try {
    return JSON.parse(entry) as StoredEntry;
  } catch {
    return undefined;
  }
}
