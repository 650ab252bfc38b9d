// Starts the TUI in the real terminal: modes on, Ink rendering, modes off on every exit.
import React from 'react';
import { render } from 'ink';
import type { Library } from '../library/entry.js';
import type { BidiRendering } from '../document/types.js';
import { baseModes, startTerminalSession } from '../terminal/session.js';
import { App } from './app.js';

export interface TuiOptions {
  library: Library;
  rendering: BidiRendering;
  initialId?: string;
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

export async function runTui(options: TuiOptions): Promise<void> {
  const session = startTerminalSession(options.stdout, options.stdin, baseModes());
  try {
    const instance = render(<App library={options.library} rendering={options.rendering} initialId={options.initialId} />, {
      stdout: options.stdout,
      stdin: options.stdin,
      exitOnCtrlC: true,
      patchConsole: false,
    });
    await instance.waitUntilExit();
  } finally {
    session.restore();
  }
}
