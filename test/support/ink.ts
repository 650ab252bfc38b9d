// Helpers for ink-testing-library: keys as a terminal sends them, and a pause
// so Ink's input handling (and ink-select-input) sees one key at a time.
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

export async function press(stdin: { write: (data: string) => void }, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await tick();
  }
}
