// Switches the terminal into the reader's modes and guarantees they are switched
// back on every exit path: normal quit, Ctrl-C, SIGTERM, SIGHUP, an uncaught error.
export interface TerminalModes {
  /** Sent on entry, in order. */
  enter: string;
  /** Sent on exit, in order; undoes `enter`. */
  leave: string;
}

export interface TerminalSession {
  /** Restores the terminal; safe to call more than once. */
  restore(): void;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** The last line of a crash, from the error's first line: the caller says it in the interface's language. */
export type CrashLine = (reason: string) => string;

/**
 * `onLeave` runs first on every exit path (to save state), before the modes are undone.
 * On SIGTSTP (Ctrl-Z, kill -TSTP) the terminal is given back and the process stops, as
 * less does; on SIGCONT the modes come back and `onResume` redraws.
 */
export function startTerminalSession(
  stdout: NodeJS.WriteStream,
  stdin: NodeJS.ReadStream,
  modes: TerminalModes,
  onLeave: () => void = () => undefined,
  onResume: () => void = () => undefined,
  crashLine: CrashLine = (reason) => `qari: ${reason}`,
): TerminalSession {
  let restored = false;
  let suspended = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      onLeave();
    } catch {
      // Saving is best effort; the terminal must be restored regardless.
    }
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('SIGTSTP', onStop);
    process.off('SIGCONT', onContinue);
    process.off('exit', restore);
    process.off('uncaughtException', onError);
    try {
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
    } catch {
      // stdin may already be closed; nothing to restore then.
    }
    try {
      stdout.write(modes.leave);
    } catch {
      // stdout closed: there is no terminal left to restore.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
  };
  const onError = (error: Error) => {
    restore();
    process.stderr.write(`${crashLine(error.message.split('\n')[0] ?? '')}\n`);
    process.exit(1);
  };
  const onStop = () => {
    if (restored) return;
    suspended = true;
    setRaw(stdin, false);
    write(stdout, modes.leave);
    // Handling SIGTSTP took away its default action: stop for real now.
    process.kill(process.pid, 'SIGSTOP');
  };
  const onContinue = () => {
    if (restored || !suspended) return;
    suspended = false;
    setRaw(stdin, true);
    write(stdout, modes.enter);
    onResume();
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('SIGTSTP', onStop);
  process.on('SIGCONT', onContinue);
  process.on('exit', restore);
  process.on('uncaughtException', onError);
  stdout.write(modes.enter);
  return { restore };
}

function setRaw(stdin: NodeJS.ReadStream, raw: boolean): void {
  try {
    if (stdin.isTTY && stdin.isRaw !== raw) stdin.setRawMode(raw);
  } catch {
    // stdin closed: nothing to switch.
  }
}

function write(stdout: NodeJS.WriteStream, text: string): void {
  try {
    stdout.write(text);
  } catch {
    // stdout closed: there is no terminal to switch.
  }
}
