// What a failed file operation means, in words, from its errno code. Every
// message that names why a file could not be read or written takes its reason
// from here ("cannot write X (no space left on device)", "X: permission denied"),
// so one failure reads the same in every command and has one catalogue entry.

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EAGAIN: 'resource temporarily unavailable',
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The reason in words: known codes in plain English, else the error's own first line. */
export function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && REASONS[code]) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || code || 'unknown error';
}

/** The error came from the system (it has an errno code), not from qari's own checks. */
export function isSystemError(error: unknown): boolean {
  return errorCode(error) !== undefined;
}
