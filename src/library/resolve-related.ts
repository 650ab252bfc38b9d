// A `related` entry names an article by id, else by title after Arabic folding.
// Entries that match nothing stay, marked unresolved.
import { fold } from '../article/normalize.js';

/** What a resolved entry shows of its article: what the library list knows of it. */
export interface ListedArticle {
  id: string;
  title: string;
  date: string | null;
}

export interface ResolvedRelated {
  /** The entry as written in the front matter. */
  ref: string;
  id: string | null;
  title: string | null;
  date: string | null;
}

export interface ArticleLookup {
  byId: Map<string, ListedArticle>;
  /** Built on first use: folding 10,000 titles is wasted when every entry is an id. */
  readonly byFoldedTitle: Map<string, ListedArticle>;
}

export function articleLookup(articles: readonly ListedArticle[]): ArticleLookup {
  const byId = new Map<string, ListedArticle>();
  for (const article of articles) byId.set(article.id, article);
  let byFoldedTitle: Map<string, ListedArticle> | undefined;
  return {
    byId,
    get byFoldedTitle() {
      if (!byFoldedTitle) {
        byFoldedTitle = new Map();
        for (const article of articles) {
          const key = fold(article.title);
          if (!byFoldedTitle.has(key)) byFoldedTitle.set(key, article);
        }
      }
      return byFoldedTitle;
    },
  };
}

export function resolveRelated(article: { related: readonly string[] }, lookup: ArticleLookup): ResolvedRelated[] {
  return article.related.map((ref) => {
    const target = lookup.byId.get(ref) ?? lookup.byFoldedTitle.get(fold(ref));
    return target ? { ref, id: target.id, title: target.title, date: target.date } : { ref, id: null, title: null, date: null };
  });
}
