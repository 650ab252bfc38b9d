// `qari search`: one hit a line (id, date, title, snippet with the hits
// between [ and ]), or JSON for scripts (the snippet's hits as UTF-16 ranges).
import type { SearchHitEntry } from '../library/index/search-index.js';
import { markedSnippet } from '../search/snippet.js';
import { plainLine } from './plain.js';
import { safeJson } from './json.js';

export function searchLines(hits: readonly SearchHitEntry[]): string {
  return hits.map((hit) => `${[hit.id, hit.date ?? '-', plainLine(hit.title), plainLine(markedSnippet(hit.snippet, '[', ']'))].join('\t')}\n`).join('');
}

export function searchJson(hits: readonly SearchHitEntry[]): string {
  const items = hits.map((hit) => ({
    id: hit.id,
    title: hit.title,
    date: hit.date,
    score: Number(hit.score.toPrecision(4)),
    snippet: hit.snippet.text,
    hits: hit.snippet.hits.map(({ start, end }) => [start, end]),
  }));
  return `${safeJson(items)}\n`;
}
