// The `r` list of the open article, read from the library's index when the
// list is first opened (never on the way to the first screen). Similar
// articles need the library's text indexed: until it is, the list shows the
// rest, and the similar ones join it when the indexing (in the background) ends.
import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../article/model.js';
import type { Library } from '../library/entry.js';
import { relatedList, type RelatedResult } from '../library/related-list.js';
import { indexInBackground } from './background-index.js';

export interface RelatedSource {
  library: Library;
}

export function useRelated(article: Article, { library }: RelatedSource): RelatedResult {
  const [indexed, setIndexed] = useState(0);
  const result = useMemo(() => relatedList(library, article), [library, article, indexed]);
  useEffect(() => {
    if (result.complete) return;
    let current = true;
    void indexInBackground(library).then(() => current && setIndexed((count) => count + 1));
    return () => {
      current = false;
    };
  }, [library, result.complete]);
  return result;
}
