// Output written straight to a terminal (`cat`, `bidi`): the terminal is switched into
// the mode that shows it as meant, and back when the command ends, however it ends.
// Into a pipe or a file nothing is added.
import { bidiModes } from '../terminal/modes.js';
import { MLTERM_MARK_CELLS, screenEncoder, type ScreenEncoder } from '../terminal/screen-encoding.js';
import { startTerminalSession } from '../terminal/session.js';
import { isMlterm, type BidiMode } from '../terminal/detect.js';
import type { CommandIO } from './io.js';
import type { Ui } from '../i18n/index.js';

export interface ScreenOutput {
  /** What each chunk of output must become for this terminal. */
  encode: ScreenEncoder;
  /** Switches the terminal back; safe to call more than once. */
  end(): void;
  /** Cells each line loses to what the terminal needs before it (mlterm's leading mark). */
  reserved: number;
}

/**
 * `visual`: the text is in visual order already (cat --visual, bidi). Otherwise the text is logical and the
 * terminal's own bidi is asked to lay each line out from its first letter.
 */
export function startScreenOutput(io: CommandIO, mode: BidiMode, visual: boolean, ui: Ui): ScreenOutput {
  if (!io.stdout.isTTY) return { encode: (chunk) => chunk, end: () => undefined, reserved: 0 };
  const shown: BidiMode = visual ? visualMode(mode, io.env) : 'terminal';
  const session = startTerminalSession(io.stdout, io.stdin, bidiModes(shown, io.env), undefined, undefined, (reason) => `qari: ${ui.t('error.crashed', { reason })}`);
  // Logical text here is paragraphs, not the reader's marked lines: VTE finds their directions.
  const encode = shown === 'terminal' ? (chunk: string) => chunk : screenEncoder(shown, io.env);
  return { encode, end: () => session.restore(), reserved: shown === 'override' && isMlterm(io.env) ? MLTERM_MARK_CELLS : 0 };
}

/**
 * Visual lines must not be reordered, whatever `--bidi` says. mlterm's only switch for
 * its bidi is global: switched off, the shell's own rows above are shown unordered;
 * switched back on as the command ends, mlterm orders qari's visual rows a second time.
 * Each line in LRO…PDF keeps them as written with mlterm's bidi left on all along.
 */
function visualMode(mode: BidiMode, env: NodeJS.ProcessEnv): BidiMode {
  if (mode === 'terminal') return isMlterm(env) ? 'override' : 'app';
  return mode === 'app' && isMlterm(env) ? 'override' : mode;
}

