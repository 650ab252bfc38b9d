// A stream filter that refuses a line longer than a limit. `qari bidi` streams
// line by line in flat memory, except for one line without end (/dev/zero, a
// 1 GB file of no newline), which readline would keep growing until the kernel
// kills the process.
import { Transform, type TransformCallback } from 'node:stream';
import { TooLargeError } from '../library/read-bounded.js';

export function limitLineLength(limit: number): Transform {
  let sinceNewline = 0;
  return new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const first = bytes.indexOf(0x0a);
      // Lines wholly inside a chunk are shorter than it, far below the limit: only
      // the line running on from earlier chunks can be too long.
      const running = sinceNewline + (first === -1 ? bytes.length : first);
      sinceNewline = first === -1 ? running : bytes.length - bytes.lastIndexOf(0x0a) - 1;
      if (running > limit) done(new TooLargeError(limit));
      else done(null, bytes);
    },
  });
}
