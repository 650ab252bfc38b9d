// The related list of the open article. Related entries and backlinks come from
// the library summaries at once; "similar" needs the term index, which is read
// in the background once the reader has painted, then added.
import { useEffect, useMemo, useState } from 'react';
import type { Library } from '../library/entry.js';
import { summariesOf } from '../library/entry.js';
import { relatedItems, type RelatedItem } from '../library/related-list.js';
import { termsIndex } from '../library/terms-index.js';
import type { TermProfile } from '../article/terms.js';

const IDLE_MS = 300;

export function useRelated(library: Library, id: string | undefined, env: NodeJS.ProcessEnv): RelatedItem[] | undefined {
  const summaries = useMemo(() => summariesOf(library), [library]);
  const [profiles, setProfiles] = useState<ReadonlyMap<string, TermProfile>>();
  const wanted = id !== undefined;
  useEffect(() => {
    if (!wanted || profiles) return;
    let current = true;
    const timer = setTimeout(() => {
      termsIndex(library, env).then(
        (loaded) => current && setProfiles(loaded),
        () => undefined,
      );
    }, IDLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, profiles, library, env]);
  return useMemo(() => {
    const summary = summaries.find((candidate) => candidate.id === id);
    return summary ? relatedItems(summary, summaries, profiles) : undefined;
  }, [summaries, id, profiles]);
}
