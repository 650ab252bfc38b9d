// `--bidi auto` (DESIGN.md §4): who reorders, qari or the terminal.

export type BidiChoice = 'auto' | 'app' | 'terminal';

/** Konsole and Apple Terminal always reorder and cannot be told not to. */
export function chooseRendering(choice: BidiChoice, env: NodeJS.ProcessEnv): 'app' | 'terminal' {
  if (choice !== 'auto') return choice;
  if (env.KONSOLE_VERSION) return 'terminal';
  if (env.TERM_PROGRAM === 'Apple_Terminal') return 'terminal';
  return 'app';
}
