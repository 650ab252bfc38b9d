// Runs the `qari bidi` command function in-process with fake streams.
import { Readable, Writable } from 'node:stream';
import { bidi } from '../../../src/cli/commands/bidi.js';
import type { CommandIO } from '../../../src/cli/io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** How many times the command wrote to stdout. */
  writes: number;
}

export interface FakeOptions {
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  columns?: number;
  cwd?: string;
  /** Make stdout fail with EPIPE after this many writes. */
  breakAfterWrites?: number;
}

export async function runBidi(argv: string[], input: string | null, options: FakeOptions = {}): Promise<Run> {
  const stdin = Readable.from(input === null ? [] : [Buffer.from(input, 'utf8')]) as unknown as NodeJS.ReadStream;
  Object.assign(stdin, { isTTY: options.stdinIsTTY ?? false });
  const out: Buffer[] = [];
  let writes = 0;
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes++;
      if (options.breakAfterWrites !== undefined && writes > options.breakAfterWrites) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        return;
      }
      out.push(Buffer.from(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stdout, { isTTY: options.stdoutIsTTY ?? false, columns: options.columns });
  const err: Buffer[] = [];
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      err.push(Buffer.from(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  const io: CommandIO = { stdin, stdout, stderr, env: {}, cwd: options.cwd ?? process.cwd() };
  const code = await bidi(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), writes };
}
