// The library's text indexed while the reader stays responsive: with the
// library's worker making the text of a large library (this thread only writes
// it, a chunk at a time), then slices of at most SLICE_MS for what is left, with
// the event loop free between them for keys (q and Ctrl-C answer at once, whatever
// the library's size). One run per library, shared by whoever waits for it (the
// `r` list, the full-text search).
import type { Library } from '../library/entry.js';
import { indexPendingSlice, indexPendingWithWorker } from '../library/index/fulltext.js';

const SLICE_MS = 30;
const runs = new WeakMap<Library, Promise<void>>();

export function indexInBackground(library: Library): Promise<void> {
  const db = library.index;
  if (!db) return Promise.resolve();
  let run = runs.get(library);
  if (!run) {
    const helped = library.workWorker ? indexPendingWithWorker(db, library.dir, library.workWorker).catch(() => undefined) : Promise.resolve();
    run = helped.then(() => inSlices(db, library.dir));
    runs.set(library, run);
  }
  return run;
}

function inSlices(db: NonNullable<Library['index']>, dir: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const step = () => {
      let more = false;
      try {
        more = indexPendingSlice(db, dir, SLICE_MS);
      } catch {
        // An index that cannot be written: search and similar make do with what is there.
      }
      if (more) setTimeout(step, 1).unref();
      else resolve();
    };
    setTimeout(step, 1).unref();
  });
}
