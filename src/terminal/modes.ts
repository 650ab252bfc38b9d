// What to switch on for each bidi mode, and off again: for the full-screen reader,
// and for output written straight to a terminal (`cat`, `bidi`).
import { escapes } from './escapes.js';
import { isMlterm, type BidiMode } from './detect.js';
import type { TerminalModes } from './session.js';

/**
 * Visual lines (app, override, kitty): VTE must show our order as is (BDSM explicit,
 * LTR paragraphs) and mlterm must not reorder again. terminal: the terminal's own bidi
 * stays on, and VTE finds each line's direction itself (unless the lines declare theirs),
 * so RTL lines run from the right.
 */
export function bidiModes(mode: BidiMode, env: NodeJS.ProcessEnv, lineDirections = false): TerminalModes {
  if (mode === 'terminal') {
    // VTE ignores a line's declared direction while it finds directions itself.
    if (lineDirections) return { enter: escapes.bidiImplicit, leave: escapes.paragraphDefault };
    return { enter: escapes.bidiImplicit + escapes.autoDirectionOn, leave: escapes.autoDirectionOff };
  }
  let enter = escapes.bidiExplicit + escapes.paragraphLtr;
  let leave = escapes.paragraphDefault + escapes.bidiImplicit;
  // mlterm's switch is global: switched back on, it reorders rows it redraws again
  // (harmless for the reader, which leaves the alternate screen as it ends).
  if (isMlterm(env) && mode === 'app') {
    enter += escapes.mltermBidiOff;
    leave = escapes.mltermBidiOn + leave;
  }
  return { enter, leave };
}

/**
 * The reader: alternate screen and hidden cursor around the bidi modes. Its lines carry
 * their own directions (see screen-encoding.ts).
 */
export function terminalModes(mode: BidiMode, env: NodeJS.ProcessEnv): TerminalModes {
  const bidi = bidiModes(mode, env, true);
  return {
    enter: escapes.alternateScreenOn + escapes.clearScreen + escapes.cursorHide + bidi.enter,
    leave: bidi.leave + escapes.cursorShow + escapes.alternateScreenOff,
  };
}
