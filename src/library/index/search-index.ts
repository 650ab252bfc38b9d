// `qari search` and the reader's full-text search: articles ranked by BM25
// over the stemmed titles, headings and bodies (a word in the title counts
// most), each with a snippet of its text around the first hits.
import { join } from 'node:path';
import { splitFrontMatter } from '../../article/front-matter.js';
import { matchExpression, queryStems, type SearchQuery } from '../../search/query.js';
import { makeSnippet, plainBody, type Snippet } from '../../search/snippet.js';
import { readArticleFile } from '../read-file.js';
import type { StoredEntry } from './stored-entries.js';
import { idOfName } from './scan.js';
import type { Database } from './sqlite.js';

export interface SearchHitEntry {
  id: string;
  title: string;
  date: string | null;
  path: string;
  score: number;
  snippet: Snippet;
}

// Title, headings, body.
const WEIGHTS = '10.0, 4.0, 1.0';

export function searchIndex(db: Database, dir: string, query: SearchQuery, limit: number): SearchHitEntry[] {
  // Ranked first, joined after: carrying every match's row through the sort cost a third more.
  // Equal scores at the cut are taken in the index's order, then listed by name.
  const rows = db
    .prepare(
      `SELECT f.name, f.entry, -ranked.score FROM
         (SELECT rowid, bm25(fulltext, ${WEIGHTS}) AS score FROM fulltext WHERE fulltext MATCH ? ORDER BY score LIMIT ?) AS ranked
       JOIN files f ON f.doc = ranked.rowid ORDER BY ranked.score, f.name`,
    )
    .raw()
    .all(matchExpression(query), limit) as Array<[string, string, number]>;
  const stems = queryStems(query);
  return rows.flatMap(([name, entry, score]) => {
    const summary = (JSON.parse(entry) as StoredEntry).summary;
    if (!summary) return [];
    const path = join(dir, name);
    return [{ id: idOfName(name), title: summary.title, date: summary.date, path, score, snippet: makeSnippet([summary.title, summary.sections.join(' · '), bodyOf(path)], stems) }];
  });
}

/** The article's body as plain words, read now (the file is the truth; the index keeps no copy). */
function bodyOf(path: string): string {
  try {
    return plainBody(splitFrontMatter(readArticleFile(path).text.replace(/\r\n?/g, '\n')).body);
  } catch {
    return '';
  }
}
