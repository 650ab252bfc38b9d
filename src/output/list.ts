// `qari list`: one article a line for people and `cut`; or JSON for scripts.
import type { ArticleSummary } from '../article/summary.js';
import type { ResolvedRelated } from '../library/resolve-related.js';
import { plainLine } from './plain.js';
import { safeJson } from './json.js';

export interface ListRow {
  article: ArticleSummary;
  related: readonly ResolvedRelated[];
}

/** Tab-separated: id, date (or -), title, sections, related. */
export function listLines(rows: readonly ListRow[]): string {
  return rows
    .map(({ article, related }) =>
      [article.id, article.date ?? '-', plainLine(article.title), count(article.sections.length, 'section'), count(related.length, 'related')].join('\t'),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export function listJson(rows: readonly ListRow[]): string {
  const items = rows.map(({ article, related }) => ({
    id: article.id,
    title: article.title,
    date: article.date,
    lang: article.lang,
    dir: article.dir,
    sections: article.sections,
    related: related.map(({ ref, id, title }) => ({ ref, id, title })),
  }));
  return `${safeJson(items)}\n`;
}

function count(n: number, noun: string): string {
  return noun === 'related' ? `${n} related` : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
