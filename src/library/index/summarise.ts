// One library file read for the index: its summary (or why it cannot be read),
// what it refers to (front-matter `related:` and links in its body), with the
// folded keys the index looks them up by. Apart from the index's
// writing so a worker thread can do all of it without SQLite
// (shared-work.ts); the result is plain data, copied between threads.
import { articleLinks, idOfLink } from '../../article/links.js';
import { fold } from '../../article/normalize.js';
import { readSummary } from '../read-summary.js';
import type { StoredEntry } from './stored-entries.js';

export interface Ref {
  kind: 'related' | 'link';
  ref: string;
  text: string | null;
  /** The article id and the folded title it may name, as the index looks them up. */
  keyId: string;
  keyTitle: string;
}

export interface Summarised {
  stored: StoredEntry;
  refs: Ref[];
  /** The folded title, as the index looks it up. */
  titleKey: string | null;
}

export function summarise(path: string, id: string): Summarised {
  const read = readSummary(path, id);
  if (read.kind === 'unreadable') return withTitleKey({ error: read.error }, []);
  const { summary, warnings, body } = read;
  const refs: Ref[] = summary.related.map((ref) => ({ kind: 'related', ref, text: null, keyId: ref, keyTitle: fold(ref) }));
  for (const link of articleLinks(body)) refs.push({ kind: 'link', ref: link.href, text: link.text, keyId: idOfLink(link.href), keyTitle: fold(link.href) });
  return withTitleKey(warnings.length > 0 ? { summary, warnings } : { summary }, refs);
}

function withTitleKey(stored: StoredEntry, refs: Ref[]): Summarised {
  return { stored, refs, titleKey: stored.summary ? fold(stored.summary.title) : null };
}
