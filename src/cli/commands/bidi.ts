// `qari bidi [FILE|-] [--width N] [--dir auto|rtl|ltr] [--no-shape] [--no-mirror] [--no-pad]`
//: a filter like fribidi. Each input line is a paragraph; its visual lines
// are written one per line, wrapped in logical order (unlike fribidi, whose first line is
// the end of an RTL paragraph). Input is streamed line by line and output written with
// back-pressure, so memory stays flat on any size; a closed pipe ends quietly.
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command, CommandIO } from '../io.js';
import { writeOut } from '../io.js';
import { globalSettings, integerOption, MAX_WIDTH, parseCommandArgs } from '../options.js';
import { bidiModeFor } from '../bidi-mode.js';
import { startScreenOutput, type ScreenOutput } from '../screen-output.js';
import { QariError, UsageError } from '../errors.js';
import { limitLineLength } from '../line-limit.js';
import { TooLargeError } from '../../library/read-bounded.js';
import { errorCode, reasonOf } from '../../library/system-errors.js';
import { layoutText, type DirectionChoice, type LayoutOptions } from '../../text/index.js';
import { terminalSize } from '../../terminal/size.js';

const flags = {
  width: { type: 'string', short: 'w' },
  dir: { type: 'string' },
  'no-shape': { type: 'boolean' },
  'no-mirror': { type: 'boolean' },
  'no-pad': { type: 'boolean' },
} as const;

/** A paragraph is a line; a longer one is no text (or no end: /dev/zero). */
const MAX_LINE_BYTES = 50 * 1024 * 1024;

/** Output is handed to the stream in chunks of about this many UTF-16 units. */
const CHUNK = 1 << 16;

export const bidi: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, flags);
  if (positionals.length > 1) throw new UsageError({ key: 'error.bidi-one', params: { count: positionals.length } });
  const dir = String(values.dir ?? 'auto');
  if (dir !== 'auto' && dir !== 'rtl' && dir !== 'ltr') throw new UsageError({ key: 'error.dir', params: { value: dir } });
  const width = integerOption('width', values.width, 0, MAX_WIDTH);
  const settings = globalSettings(values, io.env);
  const mode = bidiModeFor(settings, io.env);
  const input = await openInput(positionals[0], io);
  const screen = startScreenOutput(io, mode, true, settings.ui);
  const options: LayoutOptions = {
    width: width ?? defaultWidth(io) - screen.reserved,
    dir: dir as DirectionChoice,
    shape: !values['no-shape'],
    mirror: !values['no-mirror'],
    pad: !values['no-pad'],
  };
  try {
    return await filter(input, options, io, positionals[0] === undefined || positionals[0] === '-' ? 'standard input' : positionals[0], screen);
  } finally {
    screen.end();
  }
};

function defaultWidth(io: CommandIO): number {
  return terminalSize(io.stdout).columns;
}

async function openInput(file: string | undefined, io: CommandIO): Promise<NodeJS.ReadableStream> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY) throw new UsageError({ key: 'error.bidi-needs' });
    return io.stdin;
  }
  try {
    const handle = await open(resolve(io.cwd, file), 'r');
    return handle.createReadStream();
  } catch (error) {
    throw new QariError({ key: 'error.cannot-read', params: { path: file, reason: reasonOf(error) } });
  }
}

async function filter(input: NodeJS.ReadableStream, options: LayoutOptions, io: CommandIO, name: string, screen: ScreenOutput): Promise<number> {
  // A reader that went away (EPIPE, `| head`) is not an error: stop reading, exit 0.
  let closed = false;
  let onClosed!: () => void;
  const closedPromise = new Promise<void>((done) => (onClosed = done));
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') return;
    closed = true;
    onClosed();
  };
  io.stdout.on('error', onError);
  const limited = limitLineLength(MAX_LINE_BYTES);
  input.on('error', (error) => limited.destroy(error));
  const lines = createInterface({ input: input.pipe(limited), crlfDelay: Infinity, terminal: false });
  let pending = '';
  // Typed at a terminal, each line is answered at once.
  const interactive = input === io.stdin && io.stdin.isTTY === true;
  const flush = async () => {
    const text = screen.encode(pending);
    pending = '';
    await Promise.race([writeOut(io, text), closedPromise]);
  };
  try {
    for await (const paragraph of lines) {
      pending += layoutText(paragraph, options);
      if (pending.length >= CHUNK || interactive) await flush();
      if (closed) break;
    }
    if (!closed && pending) await flush();
  } catch (error) {
    if (closed || errorCode(error) === 'EPIPE') return 0;
    if (error instanceof TooLargeError) throw new QariError({ key: 'error.line-too-long', params: { path: name } });
    throw new QariError({ key: 'error.cannot-read', params: { path: name, reason: reasonOf(error) } });
  } finally {
    lines.close();
    limited.destroy();
    if (input !== io.stdin) (input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    io.stdout.off('error', onError);
  }
  return 0;
}
