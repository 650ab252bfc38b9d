// The library's text indexed while the reader stays responsive: slices of at
// most SLICE_MS, with the event loop free between them for keys (q and Ctrl-C
// answer at once, whatever the library's size). One run per library, shared by
// whoever waits for it (the `r` list, the full-text search).
import type { Library } from '../library/entry.js';
import { indexPendingSlice } from '../library/index/fulltext.js';

const SLICE_MS = 30;
const runs = new WeakMap<Library, Promise<void>>();

export function indexInBackground(library: Library): Promise<void> {
  const db = library.index;
  if (!db) return Promise.resolve();
  let run = runs.get(library);
  if (!run) {
    run = new Promise<void>((resolve) => {
      const step = () => {
        let more = false;
        try {
          more = indexPendingSlice(db, library.dir, SLICE_MS);
        } catch {
          // An index that cannot be written: search and similar make do with what is there.
        }
        if (more) setTimeout(step, 1).unref();
        else resolve();
      };
      setTimeout(step, 1).unref();
    });
    runs.set(library, run);
  }
  return run;
}
