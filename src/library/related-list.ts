// The `r` list of the reader and `qari related`: one list, read from the
// library's index (src/library/index/related-index.ts), so both show the same.
import type { Library } from './entry.js';
import { relatedFromIndex, type RelatedResult } from './index/related-index.js';

export type { RelatedItem, RelatedKind, RelatedResult } from './index/related-index.js';
export { WANTED_RELATED } from './index/related-index.js';

export function relatedList(library: Library, article: { id: string; title: string }): RelatedResult {
  if (!library.index) return { items: [], complete: true };
  return relatedFromIndex(library.index, article);
}
