// The last line qari writes when something it did not foresee stops it: the
// terminal is given back first, then the caller's words (its interface language).
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTerminalSession } from '../../src/terminal/session.js';
import { createUi } from '../../src/i18n/index.js';

const MODES = { enter: '<enter>', leave: '<leave>' };

function streams() {
  const stdout = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  const stdin = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.ReadStream;
  let written = '';
  (stdout as unknown as PassThrough).on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { stdout, stdin, written: () => written };
}

/** Calls the session's own handler for an uncaught error, with exit and stderr caught. */
function crash(before: Function[], error: Error): { exit: number | undefined; stderr: string } {
  const handler = process.listeners('uncaughtException').find((listener) => !before.includes(listener));
  let stderr = '';
  let exit: number | undefined;
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((stderr += String(chunk)), true));
  const quit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => void (exit = code)) as typeof process.exit);
  try {
    handler?.(error, 'uncaughtException');
  } finally {
    write.mockRestore();
    quit.mockRestore();
  }
  return { exit, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('a crash in a terminal session', () => {
  it('gives the terminal back, then says the caller’s line in its language, and exits 1', async () => {
    const ar = createUi({ language: 'ar' });
    const { stdout, stdin, written } = streams();
    const before = process.listeners('uncaughtException');
    const session = startTerminalSession(stdout, stdin, MODES, undefined, undefined, (reason) => `qari: ${ar.t('error.crashed', { reason })}`);
    const { exit, stderr } = crash(before, new Error('x is not a function\n    at somewhere'));
    session.restore();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe('<enter><leave>');
    expect(stderr).toBe('qari: توقف «قارئ» بسبب خطأ غير متوقع: x is not a function\n');
    expect(exit).toBe(1);
  });

  it('says "qari: <first line>" when the caller gave no words', () => {
    const { stdout, stdin } = streams();
    const before = process.listeners('uncaughtException');
    const session = startTerminalSession(stdout, stdin, MODES);
    const { stderr } = crash(before, new Error('boom\nstack'));
    session.restore();
    expect(stderr).toBe('qari: boom\n');
  });
});
