// Reading with a limit counted in bytes as they arrive, never trusting the size a
// file reports: a device (/dev/zero) or a pipe (<(yes)) reports 0 and never ends.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Over the limit: the caller words the message (it knows what was being read). */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`over the ${Math.round(limit / 1048576)} MB limit`);
  }
}

/** Not a regular file (a FIFO, a device, a socket): state files must not be opened as one. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor() {
    super('not a regular file');
  }
}

const CHUNK = 1 << 16;

/** Any file a user names (regular, FIFO, device), up to `limit` bytes. */
export async function readFileBounded(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw new TooLargeError(limit);
      chunks.push(bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** A stream (standard input), up to `limit` bytes. */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += buffer.length;
    if (total > limit) throw new TooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A state or cache file: only a regular file, opened without blocking (a FIFO put
 * in its place would hang the open), up to `limit` bytes however it grows meanwhile.
 */
export function readRegularFileSync(path: string, limit: number): Buffer {
  const handle = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(handle);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw new NotRegularFileError();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const bytesRead = readSync(handle, buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw new TooLargeError(limit);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(handle);
  }
}
