// What a failed file operation means, in words, from its errno code: the
// reason that goes after "cannot write …" (no space left, read-only, …).

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
  return message.split('\n')[0] ?? code ?? 'unknown error';
}
