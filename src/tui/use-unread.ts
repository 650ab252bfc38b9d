// The library's unread marks, read again each time the library is shown (the reader
// removes a mark when it opens an article). A state file that cannot be read shows none.
import { useEffect, useState } from 'react';
import { readUnread, unreadFile } from '../library/unread.js';

export function useUnread(env: NodeJS.ProcessEnv, showing: boolean): ReadonlySet<string> {
  const [unread, setUnread] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (!showing) return;
    let current = true;
    readUnread(unreadFile(env)).then(
      (marks) => current && setUnread(marks),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [env, showing]);
  return unread;
}
