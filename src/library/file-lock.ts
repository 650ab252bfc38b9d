// A lock between qari processes: a file created exclusively, holding the
// owner's pid. Synchronous, so it also works on the way out of a signal handler.
// A lock whose owner is gone (killed while holding it) is taken over.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { errorCode } from './system-errors.js';

const RETRY_MS = 10;
/** An empty lock file this old lost its owner between creating and writing it. */
const EMPTY_LOCK_MS = 5_000;

/**
 * Runs `work` holding the lock at `path`; waits at most `waitMs` for another
 * holder. Returns false (without running `work`) if the lock stayed taken.
 */
export function withFileLock(path: string, waitMs: number, work: () => void): boolean {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryLock(path)) break;
    if (ownerIsGone(path)) {
      removeLock(path);
      continue;
    }
    if (Date.now() >= deadline) return false;
    sleep(RETRY_MS);
  }
  try {
    work();
  } finally {
    removeLock(path);
  }
  return true;
}

function tryLock(path: string): boolean {
  let handle: number;
  try {
    handle = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(handle, String(process.pid));
  } finally {
    closeSync(handle);
  }
  return true;
}

function ownerIsGone(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path, 'utf8'));
  } catch {
    return false; // released meanwhile: try again
  }
  // Empty: its owner is between creating and writing it, or died there.
  if (!Number.isInteger(pid) || pid <= 0) return olderThan(path, EMPTY_LOCK_MS);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}

function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

function removeLock(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already removed
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
