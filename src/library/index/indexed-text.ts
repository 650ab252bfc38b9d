// One article as the full-text index keeps it: its title, `##` headings and body
// folded and stemmed (src/search/stem.ts), and the stems that stand for it in
// "more like this". No SQLite here, so a worker thread can make it (shared-work.ts);
// the result is plain strings, copied between threads.
import { splitFrontMatter } from '../../article/front-matter.js';
import { stemmedWords } from '../../search/stem.js';
import { STOP_STEMS } from '../../search/stop-words.js';
import { readArticleFile } from '../read-file.js';
import type { StoredEntry } from './stored-entries.js';

/** How many stems of an article stand for it in "more like this". */
const PROFILE_TERMS = 24;

/** The columns of the full-text index (stems, one space between), and the telling stems as JSON. */
export interface IndexedText {
  title: string;
  headings: string;
  body: string;
  terms: string;
}

/** The article at `path`, summarised as `entryJson` (the index's entry column) says; undefined when it has no summary or cannot be read. */
export function indexedText(path: string, entryJson: string, stems: Map<string, string>): IndexedText | undefined {
  const summary = parsed(entryJson)?.summary;
  if (!summary) return undefined;
  let body: string;
  try {
    body = splitFrontMatter(readArticleFile(path).text.replace(/\r\n?/g, '\n')).body;
  } catch {
    return undefined;
  }
  const words = { title: stemmedWords(summary.title, stems), headings: stemmedWords(summary.sections.join('\n'), stems), body: stemmedWords(body, stems) };
  return { title: words.title.join(' '), headings: words.headings.join(' '), body: words.body.join(' '), terms: JSON.stringify(profile(words)) };
}

/** The article's most frequent stems (the title's count three times), without function words; ties in code point order. */
function profile(words: { title: readonly string[]; headings: readonly string[]; body: readonly string[] }): string[] {
  const counts = new Map<string, number>();
  const add = (stems: readonly string[], weight: number) => {
    for (const stem of stems) if (isTelling(stem)) counts.set(stem, (counts.get(stem) ?? 0) + weight);
  };
  add(words.title, 3);
  add(words.headings, 2);
  add(words.body, 1);
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
