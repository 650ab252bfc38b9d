// Everything the reader's `r` list and `qari related` show for an article:
// its related entries (resolved first), the articles that link here, and, when
// it has fewer than three resolved related entries, the most similar ones.
import type { ArticleSummary } from '../article/summary.js';
import type { TermProfile } from '../article/terms.js';
import { articleLookup, resolveRelated } from './resolve-related.js';
import { mostSimilar } from './similar.js';

/** `link`: a link in the article's body (the reader lists them with the related ones). */
export type RelatedKind = 'link' | 'related' | 'links-here' | 'similar';

export interface RelatedItem {
  kind: RelatedKind;
  /** Null for a related entry that is not in the library. */
  id: string | null;
  /** The article's title, or the entry as written when unresolved. */
  title: string;
  date: string | null;
}

export const WANTED_RELATED = 3;

export function relatedItems(article: ArticleSummary, summaries: readonly ArticleSummary[], profiles?: ReadonlyMap<string, TermProfile>): RelatedItem[] {
  const lookup = articleLookup(summaries);
  const resolved = resolveRelated(article, lookup);
  const related: RelatedItem[] = [
    ...resolved.filter((entry) => entry.id !== null).map((entry) => ({ kind: 'related' as const, id: entry.id, title: entry.title ?? entry.ref, date: entry.date })),
    ...resolved.filter((entry) => entry.id === null).map((entry) => ({ kind: 'related' as const, id: null, title: entry.ref, date: null })),
  ];
  const linked = new Set(related.flatMap((item) => (item.id ? [item.id] : [])));
  const linksHere = summaries
    .filter((other) => other.id !== article.id && resolveRelated(other, lookup).some((entry) => entry.id === article.id))
    .map((other) => ({ kind: 'links-here' as const, id: other.id, title: other.title, date: other.date }));
  const missing = WANTED_RELATED - linked.size;
  const listed = new Set([...linked, ...linksHere.map((item) => item.id)]);
  const similar =
    profiles && missing > 0
      ? mostSimilar(article.id, profiles, missing, listed).flatMap(({ id }) => {
          const other = lookup.byId.get(id);
          return other ? [{ kind: 'similar' as const, id, title: other.title, date: other.date }] : [];
        })
      : [];
  return [...related, ...linksHere, ...similar];
}
