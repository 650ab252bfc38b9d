// Output written straight to a terminal (`cat`, `bidi`): the terminal is switched into
// the mode that shows it as meant, and back when the command ends, however it ends.
// Into a pipe or a file nothing is added.
import { bidiModes } from '../terminal/modes.js';
import { screenEncoder, type ScreenEncoder } from '../terminal/screen-encoding.js';
import { startTerminalSession } from '../terminal/session.js';
import type { BidiMode } from '../terminal/detect.js';
import type { CommandIO } from './io.js';

export interface ScreenOutput {
  /** What each chunk of output must become for this terminal. */
  encode: ScreenEncoder;
  /** Switches the terminal back; safe to call more than once. */
  end(): void;
}

/**
 * `visual`: the text is in visual order already (cat --visual, bidi). Otherwise the text is logical and the
 * terminal's own bidi is asked to lay each line out from its first letter.
 */
export function startScreenOutput(io: CommandIO, mode: BidiMode, visual: boolean): ScreenOutput {
  if (!io.stdout.isTTY) return { encode: (chunk) => chunk, end: () => undefined };
  // Visual lines must not be reordered, whatever `--bidi` says.
  const shown: BidiMode = visual ? (mode === 'terminal' ? 'app' : mode) : 'terminal';
  const session = startTerminalSession(io.stdout, io.stdin, bidiModes(shown, io.env));
  // Logical text here is paragraphs, not the reader's marked lines: VTE finds their directions.
  const encode = shown === 'terminal' ? (chunk: string) => chunk : screenEncoder(shown);
  return { encode, end: () => session.restore() };
}

