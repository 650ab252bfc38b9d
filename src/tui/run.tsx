// Starts the TUI in the real terminal: modes on, Ink rendering, modes off on
// every exit path; reading positions read before, saved as the reader moves and
// at the end.
import { Box, render, type Instance } from 'ink';
import type { Library } from '../library/entry.js';
import type { BidiRendering } from '../document/types.js';
import type { DocPosition } from '../document/position.js';
import { positionsFile } from '../library/reading-positions.js';
import { PositionStore } from '../library/position-store.js';
import { startTerminalSession, type TerminalModes } from '../terminal/session.js';
import { escapes } from '../terminal/escapes.js';
import type { ScreenEncoder } from '../terminal/screen-encoding.js';
import { App, type PositionMemory } from './app.js';
import { unreadMarksWritten } from './use-article.js';
import type { Ui } from '../i18n/index.js';

export interface TuiOptions {
  library: Library;
  rendering: BidiRendering;
  modes: TerminalModes;
  /** Applied to everything Ink writes (what a terminal needs to keep qari's order). */
  encode: ScreenEncoder;
  initialId?: string;
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  ui: Ui;
  /** Columns the terminal takes in each row for qari's marks. */
  reservedColumns?: number;
}

/** Longer than Ink's render throttle, so the empty frame is written before the whole one. */
const RESUME_REDRAW_MS = 50;

export async function runTui(options: TuiOptions): Promise<void> {
  const warnings: string[] = [];
  const file = positionsFile(options.env);
  const positions = new PositionStore(file, (message) => warnings.push(message));
  const memory: PositionMemory = {
    get: (id) => positions.get(id),
    set: (id: string, top: DocPosition) => positions.set(id, top),
  };
  let instance: Instance | undefined;
  // On a signal or an error, Ink must draw its last frame while the alternate
  // screen is still on; unmounted later (by its own exit hook) it would draw
  // over the user's shell.
  const leave = () => {
    instance?.unmount();
    save();
  };
  // Back from Ctrl-Z the screen is blank, and Ink writes only what changed: one empty
  // frame, then the whole one again (the size may also have changed meanwhile).
  let hidden = false;
  const tree = () => (
    <Box display={hidden ? 'none' : 'flex'} flexDirection="column">
      <App library={options.library} rendering={options.rendering} initialId={options.initialId} positions={memory} env={options.env} onSuspend={suspend} ui={options.ui} reservedColumns={options.reservedColumns} />
    </Box>
  );
  const resume = () => {
    hidden = true;
    instance?.rerender(tree());
    setTimeout(() => {
      hidden = false;
      options.stdout.emit('resize');
      instance?.rerender(tree());
    }, RESUME_REDRAW_MS);
  };
  const session = startTerminalSession(options.stdout, options.stdin, options.modes, leave, resume, (reason) => `qari: ${options.ui.t('error.crashed', { reason })}`);
  const unpatch = encodeWrites(options.stdout, options.encode);
  try {
    instance = render(
      tree(),
      // Ctrl-C quits through the app (key-router.tsx), which draws an empty last frame; Ink's own
      // exit would draw the whole screen once more on its way out.
      { stdout: options.stdout, stdin: options.stdin, exitOnCtrlC: false, patchConsole: false },
    );
    // Ink clears its old frame only when the width shrinks; a terminal that grows or
    // reflows keeps stale lines, and the frame lands off by a line or more. Before Ink
    // draws the new size, clear everything and start the frame at the top.
    const redrawWhole = () => {
      instance?.clear();
      options.stdout.write(escapes.clearScreen);
    };
    options.stdout.prependListener('resize', redrawWhole);
    try {
      await instance.waitUntilExit();
    } finally {
      options.stdout.off('resize', redrawWhole);
    }
  } finally {
    unpatch();
    session.restore();
    for (const warning of warnings) options.stderr.write(`qari: ${warning}\n`);
    // qari exits as soon as this returns (cli/main.ts): what the reader was still writing ends first.
    await unreadMarksWritten();
  }

  /** Ctrl-Z reaches a raw terminal as a key, not a signal: make it the signal. */
  function suspend(): void {
    process.kill(process.pid, 'SIGTSTP');
  }

  function save(): void {
    positions.save();
  }
}

/** Routes Ink's writes through `encode`; returns the undo. */
function encodeWrites(stdout: NodeJS.WriteStream, encode: ScreenEncoder): () => void {
  const write = stdout.write;
  const encoded = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? encode(chunk) : chunk;
    return (write as (...args: unknown[]) => boolean).call(this, text, ...rest);
  };
  stdout.write = encoded as NodeJS.WriteStream['write'];
  return () => {
    stdout.write = write;
  };
}
