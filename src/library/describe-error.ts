// Why a library file could not be read, in a few words for the list and stderr.
import { lstatSync } from 'node:fs';
import { basename } from 'node:path';

export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no longer there';
  if (code === 'EIO') return 'cannot be read (input/output error)';
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : String(error);
}

/** Why stat failed; a symbolic link whose target is gone says so. */
export function describeMissing(path: string, error: unknown): string {
  if ((error as { code?: unknown } | null)?.code === 'ENOENT') {
    if (basename(path).includes('\uFFFD')) return 'the file name is not valid UTF-8 (rename the file)';
    try {
      if (lstatSync(path).isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
    } catch {
      // gone altogether
    }
  }
  return describeReadError(error);
}
