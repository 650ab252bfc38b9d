// What to switch on for each bidi rendering (DESIGN.md §4), and off again.
import { escapes } from './escapes.js';
import type { TerminalModes } from './session.js';

/**
 * app: we reorder and shape, so VTE must show our order as is (BDSM explicit,
 * LTR paragraphs) and mlterm must not reorder again. terminal: the terminal's
 * own bidi stays on. Both: alternate screen and hidden cursor.
 */
export function terminalModes(rendering: 'app' | 'terminal', env: NodeJS.ProcessEnv): TerminalModes {
  let enter = escapes.alternateScreenOn + escapes.clearScreen + escapes.cursorHide;
  let leave = '';
  if (rendering === 'app') {
    enter += escapes.bidiExplicit + escapes.paragraphLtr;
    leave = escapes.paragraphDefault + escapes.bidiImplicit;
    if (env.MLTERM) {
      enter += escapes.mltermBidiOff;
      leave = escapes.mltermBidiOn + leave;
    }
  }
  return { enter, leave: leave + escapes.cursorShow + escapes.alternateScreenOff };
}
