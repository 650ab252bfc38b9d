// A library folder's article files, each with its size and mtime, and one key for
// them all (index/stamps.ts). Apart from load.ts so that the worker that stamps a
// large folder (scan-worker.ts) loads nothing else.
import { ARTICLE_TEMP, removeStaleTemps } from './stale-temps.js';
import { scanLibrary } from './index/scan.js';
import { stampFiles, stampsKey, type StampedFile } from './index/stamps.js';

export interface ScannedFolder {
  dir: string;
  files: StampedFile[];
  /** One key for every file's size and mtime. */
  stamps: string;
}

export function scanFolder(dir: string): ScannedFolder {
  // An import killed mid-write left its hidden temp file: gone once its writer is.
  const files = stampFiles(scanLibrary(dir, (folder, hidden) => removeStaleTemps(folder, hidden, ARTICLE_TEMP)));
  return { dir, files, stamps: stampsKey(files) };
}
