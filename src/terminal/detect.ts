// `--bidi auto`: which way of writing Arabic each terminal shows right, as found by
// looking at each terminal on its default settings (scripts/terminal-shots).

/** What the user may ask for with `--bidi` (or QARI_BIDI). */
export type BidiChoice = 'auto' | BidiMode;

/**
 * app: qari reorders and shapes; the terminal shows cells as they come (xterm, foot,
 * VTE and mlterm once told not to reorder). override: the same lines, each wrapped in
 * LRO…PDF, for terminals whose own bidi cannot be switched off (Konsole, Apple
 * Terminal). kitty: the same lines with every right-to-left run written back in
 * logical order, because kitty's shaper lays each such run out right to left again.
 * terminal: logical order, the terminal reorders and shapes.
 */
export type BidiMode = 'app' | 'override' | 'kitty' | 'terminal';

export const BIDI_CHOICES: readonly BidiChoice[] = ['auto', 'app', 'override', 'kitty', 'terminal'];

/** What the environment cannot say by itself; read by the caller (from files). */
export interface TerminalFacts {
  /** kitty's `force_ltr yes` is set: kitty then shows cells as they come. */
  kittyForcesLtr?: boolean;
}

export function isKitty(env: NodeJS.ProcessEnv): boolean {
  return env.TERM === 'xterm-kitty' || Boolean(env.KITTY_WINDOW_ID);
}

/** mlterm says so in MLTERM; its TERM may be `mlterm` or an xterm one. */
export function isMlterm(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.MLTERM) || (env.TERM ?? '').startsWith('mlterm');
}

export function chooseBidiMode(choice: BidiChoice, env: NodeJS.ProcessEnv, facts: TerminalFacts = {}): BidiMode {
  if (choice !== 'auto') return choice;
  if (env.KONSOLE_VERSION || env.TERM_PROGRAM === 'Apple_Terminal') return 'override';
  if (isKitty(env)) return facts.kittyForcesLtr ? 'app' : 'kitty';
  return 'app';
}

/** Who orders the characters of a line: qari (visual lines) or the terminal. */
export function renderingOf(mode: BidiMode): 'app' | 'terminal' {
  return mode === 'terminal' ? 'terminal' : 'app';
}
