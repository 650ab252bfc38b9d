// Why a library file could not be read, in a few words for the list and stderr.
// The file was listed a moment before, so a missing file is "no longer there";
// other system failures say their reason (system-errors.ts).
import { lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { errorCode, isSystemError, reasonOf } from './system-errors.js';

export function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no longer there (deleted or moved since the library was read)';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'a folder, not an article file';
  }
  if (isSystemError(error)) return `cannot be read (${reasonOf(error)})`;
  return reasonOf(error);
}

/** Why stat failed; a symbolic link whose target is gone says so. */
export function describeMissing(path: string, error: unknown): string {
  if (errorCode(error) === 'ENOENT') {
    if (basename(path).includes('\uFFFD')) return 'the file name is not valid UTF-8 (rename the file)';
    try {
      if (lstatSync(path).isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
    } catch {
      // gone altogether
    }
  }
  return describeReadError(error);
}
