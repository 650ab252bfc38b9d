// Helpers for ink-testing-library: keys as a terminal sends them, and pauses
// so a test can look at the screen after each key.
export const KEY = {
  enter: '\r',
  up: '\u001B[A',
  down: '\u001B[B',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  tab: '\t',
  shiftTab: '\u001B[Z',
  escape: '\u001B',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

export const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

interface Rendered {
  stdin: { write: (data: string) => void };
  frames: string[];
}

/**
 * Writes keys one at a time and lets each one take effect: waits until Ink has
 * drawn a new frame and then nothing more for a moment, or, for a key that
 * changes nothing on screen, a short while.
 */
export async function press(app: Rendered, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    const before = app.frames.length;
    app.stdin.write(key);
    await settle(app, before, key === KEY.escape ? 150 : 0);
  }
}

async function settle(app: Rendered, before: number, minimumMs: number): Promise<void> {
  const started = Date.now();
  let seen = before;
  let quietSince = Date.now();
  while (Date.now() - started < 1500) {
    await tick(10);
    if (app.frames.length !== seen) {
      seen = app.frames.length;
      quietSince = Date.now();
    }
    const drew = seen > before;
    const quiet = Date.now() - quietSince;
    if (Date.now() - started >= minimumMs && ((drew && quiet >= 40) || (!drew && quiet >= 250))) return;
  }
}

/** Waits until the last frame satisfies `check` (renders are asynchronous). */
export async function until(lastFrame: () => string | undefined, check: (frame: string) => boolean, what: string, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (check(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the frame was:\n${frame}`);
    await tick(10);
  }
}
