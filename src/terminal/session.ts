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

/** `onLeave` runs first on every exit path (to save state), before the modes are undone. */
export function startTerminalSession(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, modes: TerminalModes, onLeave: () => void = () => undefined): TerminalSession {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      onLeave();
    } catch {
      // Saving is best effort; the terminal must be restored regardless.
    }
    for (const signal of SIGNALS) process.off(signal, onSignal);
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
    process.stderr.write(`qari: ${error.message.split('\n')[0]}\n`);
    process.exit(1);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', restore);
  process.on('uncaughtException', onError);
  stdout.write(modes.enter);
  return { restore };
}
