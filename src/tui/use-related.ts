// The `r` list of the open article: links in its body, its related entries,
// the articles linking here, and, once the term index is read, similar ones.
// Computed when the list is first opened, never on the way to the first screen;
// the term index is read once a session.
import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../article/model.js';
import type { TermProfile } from '../article/terms.js';
import { summariesOf, type Library } from '../library/entry.js';
import { relatedItems, type RelatedItem } from '../library/related-list.js';
import { termsIndex } from '../library/terms-index.js';
import { bodyLinks } from '../library/body-links.js';
import type { ArticleLookup } from '../library/resolve-related.js';

type Profiles = ReadonlyMap<string, TermProfile>;

const termIndexes = new WeakMap<Library, Promise<Profiles>>();

export interface RelatedSource {
  library: Library;
  lookup: ArticleLookup;
  env: NodeJS.ProcessEnv;
}

export function useRelated(article: Article, { library, lookup, env }: RelatedSource): RelatedItem[] {
  const [profiles, setProfiles] = useState<Profiles>();
  useEffect(() => {
    let current = true;
    let loading = termIndexes.get(library);
    if (!loading) {
      loading = termsIndex(library, env);
      termIndexes.set(library, loading);
    }
    loading.then(
      (loaded) => current && setProfiles(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [library, env]);
  return useMemo(() => {
    const summaries = summariesOf(library);
    const summary = summaries.find((candidate) => candidate.id === article.id) ?? { ...article, sections: article.sections.map((section) => section.heading) };
    return [...bodyLinks(article, lookup), ...relatedItems(summary, summaries, profiles)];
  }, [article, library, lookup, profiles]);
}
