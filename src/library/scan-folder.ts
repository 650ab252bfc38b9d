// A library folder's article files, each with its size and mtime, and one key for
// them all (index/stamps.ts). Apart from load.ts so that the worker that stamps a
// large folder (scan-worker.ts) loads nothing else.
import { ARTICLE_TEMP, removeStaleTemps } from './stale-temps.js';
import { scanLibrary, type ScannedFile } from './index/scan.js';
import { stampFiles, stampsKey, type StampedFile } from './index/stamps.js';
import { sharedStampsData, stampShared, stampWithHelper, type SharedStampsData } from './shared-stamps.js';

export interface ScannedFolder {
  dir: string;
  files: StampedFile[];
  /** One key for every file's size and mtime. */
  stamps: string;
}

/** The worker file, beside the bundle (under a test runner, running the sources, there is none). */
export const SCAN_WORKER = new URL('./scan-worker.cjs', import.meta.url);

/** From this many files on, a worker thread helps stamp them: below, its start (30 ms of a core) costs more than it saves. */
const STAMP_WITH_HELPER_FROM = 30_000;

export interface ScanOptions {
  /** The worker that helps stamp a large folder (scan-worker.ts); none: this thread stamps alone. */
  helper?: URL;
  /** From how many files on the helper is started (tests set it low). */
  helperFrom?: number;
  /** Another thread may help stamp: it is given the shared list (scan-worker.ts, helping the main thread back). */
  share?: (data: SharedStampsData) => void;
}

export function scanFolder(dir: string, options: ScanOptions = {}): ScannedFolder {
  // An import killed mid-write left its hidden temp file: gone once its writer is.
  const found = scanLibrary(dir, (folder, hidden) => removeStaleTemps(folder, hidden, ARTICLE_TEMP));
  const files = stampFiles(found, sharedStamps(found, options));
  return { dir, files, stamps: stampsKey(files) };
}

/** The files' stamps taken with another thread, or undefined: this thread stamps alone. */
function sharedStamps(files: readonly ScannedFile[], options: ScanOptions): Float64Array | undefined {
  const helper = files.length >= (options.helperFrom ?? STAMP_WITH_HELPER_FROM) ? options.helper : undefined;
  if (!options.share && !helper) return undefined;
  const paths = files.map((file) => file.path);
  if (helper) return stampWithHelper(paths, helper);
  const data = sharedStampsData(paths);
  options.share?.(data);
  return stampShared(paths, data);
}
