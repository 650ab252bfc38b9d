// Reads and parses an article when the reader opens it; the library only holds summaries.
// An article opened is read: its unread mark goes.
import { useEffect, useState } from 'react';
import type { Article } from '../article/model.js';
import type { ArticleEntry } from '../library/entry.js';
import { readArticle } from '../library/load.js';
import { markRead, unreadFile } from '../library/unread.js';

export type ArticleLoad = { state: 'loading' } | { state: 'ready'; article: Article } | { state: 'failed'; error: string };

export function useArticle(entry: ArticleEntry, env: NodeJS.ProcessEnv = process.env): ArticleLoad {
  const [load, setLoad] = useState<ArticleLoad>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    readArticle(entry).then(
      (article) => {
        // A state file that cannot be written leaves the mark; reading goes on.
        markRead(unreadFile(env), entry.path).catch(() => undefined);
        if (current) setLoad({ state: 'ready', article });
      },
      (error: unknown) => current && setLoad({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [entry, env]);
  return load;
}
