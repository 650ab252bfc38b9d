// Temporary files a killed qari left behind (atomic-write.ts names them
// `.NAME.PID.RAND.tmp`: `.ID.md.…` in the library, `.positions.json.…` in the
// state folder): removed on a later run once their
// writer is gone. A writer still alive (another qari, now) keeps its file, and so
// does a young one: on a library shared over the network the pid may be another
// machine's.
import { statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryPattern } from './atomic-write.js';
import { errorCode } from './system-errors.js';

/** Younger than this, a temp file may still be being written, whatever its pid says. */
const MIN_AGE_MS = 60_000;

/** A library article's temp file: `.ID.md.PID.RAND.tmp`. */
export const ARTICLE_TEMP = temporaryPattern('.+\\.md');

/** Removes the files of `names` in `dir` that `pattern` matches (its group 1 is the writer's pid) and whose writer is gone. */
export function removeStaleTemps(dir: string, names: readonly string[], pattern: RegExp, now = Date.now()): void {
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    const path = join(dir, name);
    try {
      const info = statSync(path);
      if (info.isFile() && now - info.mtimeMs >= MIN_AGE_MS) unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove: cleaning is best effort.
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, and someone else's.
    return errorCode(error) !== 'ESRCH';
  }
}
