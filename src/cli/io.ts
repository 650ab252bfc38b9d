// What a command may touch of the process: its streams and environment.
// Passed in, so commands run the same in tests and in a real process.

export interface CommandIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** Writes text to stdout, waiting when the pipe is full so memory stays flat. */
export async function writeOut(io: CommandIO, text: string | Uint8Array): Promise<void> {
  if (!io.stdout.write(text)) {
    await new Promise<void>((resolve) => io.stdout.once('drain', resolve));
  }
}
