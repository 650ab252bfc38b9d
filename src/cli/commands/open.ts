// `qari [ARTICLE]`: the TUI in a terminal; `list` or `cat` when stdout is a pipe
// or the terminal is dumb.
import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { QariError, UsageError } from '../errors.js';
import type { Command } from '../io.js';
import { globalSettings, parseCommandArgs } from '../options.js';
import { openLibrary, reportBroken, requireEntry } from '../library.js';
import { isMlterm, renderingOf } from '../../terminal/detect.js';
import { forcedColorLevel } from '../../terminal/color.js';
import { MLTERM_TERMINAL_MARK_CELLS, screenEncoder } from '../../terminal/screen-encoding.js';
import { bidiModeFor } from '../bidi-mode.js';
import { terminalModes } from '../../terminal/modes.js';
import { importReader } from '../outside-modules.js';
import { cat } from './cat.js';
import { list } from './list.js';

export const open: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (positionals.length > 1) throw new UsageError({ key: 'error.open-one', params: { count: positionals.length } });
  const query = positionals[0];
  // A dumb terminal (Emacs shell, an editor's console) cannot draw the reader: it
  // gets what a pipe gets, plain lines without escapes, as less falls back to cat.
  if (!io.stdout.isTTY || io.env.TERM === 'dumb') return query === undefined ? list(argv, io) : cat(argv, io);
  const keyboard = io.stdin.isTTY ? io.stdin : openTerminalInput();

  const settings = globalSettings(values, io.env);
  avoidFetchOnStartup();
  // Ink and React load only here, never on the path of pipe commands; from now on,
  // so that they load while the library's worker stamps its files.
  const reader = importReader();
  reader.catch(() => undefined);
  const library = await openLibrary(settings, io);
  const entry = query === undefined ? undefined : await requireEntry(library, query, io.cwd);
  // An article given by a path outside the library still opens.
  if (entry && !library.entries.includes(entry)) library.entries.push(entry);
  reportBroken(library, io);
  const colorLevel = forcedColorLevel(io.env, settings.color);
  if (colorLevel !== undefined) io.env.FORCE_COLOR = colorLevel;
  const mode = bidiModeFor(settings, io.env);
  const { runTui } = await reader;
  try {
    await runTui({ library, rendering: renderingOf(mode), modes: terminalModes(mode, io.env), encode: screenEncoder(mode, io.env), reservedColumns: mode === 'terminal' && isMlterm(io.env) ? MLTERM_TERMINAL_MARK_CELLS : 0, initialId: entry?.id, stdout: io.stdout, stdin: keyboard, stderr: io.stderr, env: io.env, ui: settings.ui });
  } finally {
    // The terminal opened for keys would keep the process alive.
    if (keyboard !== io.stdin) keyboard.destroy();
  }
  return 0;
};

/** With stdin a pipe, keys come from the terminal itself, as less(1) takes them. */
function openTerminalInput(): NodeJS.ReadStream {
  try {
    return new ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    // Not a usage mistake: the same command works from a terminal.
    throw new QariError({ key: 'error.no-terminal' });
  }
}

/**
 * Yoga (Ink's layout engine) asks `typeof fetch` while loading its WebAssembly,
 * and in Node 20 that first touch of the global loads undici: about 50 ms of a
 * start budget of about 550 ms, for a network client qari never uses. The
 * reader has no use for fetch, so it is switched off before Ink loads.
 */
function avoidFetchOnStartup(): void {
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
}

