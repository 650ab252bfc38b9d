// `cat`, `cat --visual` and `bidi` on a terminal switch it into the mode that shows
// their output as meant, and back however they end; into a pipe they add nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { runCli } from '../support/run-cli.js';

const EXPLICIT = '\u001B[8l';
const IMPLICIT = '\u001B[8h';
const AUTO_DIRECTION_ON = '\u001B[?2501h';
const AUTO_DIRECTION_OFF = '\u001B[?2501l';

let screen: TmuxScreen | undefined;
let folder: string | undefined;
afterEach(() => {
  screen?.kill();
  screen = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

async function recorded(args: string[], interrupt?: (screen: TmuxScreen) => Promise<void>): Promise<{ bytes: string; screen: string }> {
  folder = mkdtempSync(join(tmpdir(), 'qari-screen-output-'));
  const record = join(folder, 'bytes');
  screen = new TmuxScreen(80, 24);
  screen.start(args, { VTE_VERSION: '7006' }, { recordTo: record });
  if (interrupt) {
    // Ctrl-C ends the pane's shell too, so only the bytes remain to look at.
    await interrupt(screen);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { bytes: readFileSync(record, 'utf8'), screen: '' };
  }
  const shown = await screen.waitFor((text) => text.includes('qari-exit='), 'qari to end');
  return { bytes: readFileSync(record, 'utf8'), screen: shown };
}

function firstArabic(text: string): number {
  return text.search(/[\u0600-\u06FF\uFB50-\uFEFF]/);
}

describe('output straight to a terminal', () => {
  it('cat --visual turns reordering off before its first line and back on after its last', async () => {
    const { bytes, screen: shown } = await recorded(['cat', 'terminal-arabic-mixed', '--visual', '--width', '60']);
    expect(bytes.indexOf(EXPLICIT)).toBeGreaterThan(-1);
    expect(bytes.indexOf(EXPLICIT)).toBeLessThan(firstArabic(bytes));
    expect(bytes.lastIndexOf(IMPLICIT)).toBeGreaterThan(bytes.search(/[\uFB50-\uFEFF][^\uFB50-\uFEFF]*$/));
    expect(shown).toContain('qari-exit=0');
  });

  it('cat (logical text) asks the terminal to lay each line out from its first letter, then stops asking', async () => {
    const { bytes } = await recorded(['cat', 'terminal-arabic-mixed']);
    expect(bytes.indexOf(AUTO_DIRECTION_ON)).toBeLessThan(firstArabic(bytes));
    expect(bytes.lastIndexOf(AUTO_DIRECTION_OFF)).toBeGreaterThan(bytes.indexOf(AUTO_DIRECTION_ON));
    expect(bytes).not.toContain(EXPLICIT);
  });

  it('bidi interrupted with Ctrl-C still switches the terminal back', async () => {
    const { bytes } = await recorded(['bidi', '-'], async (tmux) => {
      await tmux.waitFor((text) => text.includes('shell-before-qari'), 'the shell');
      await new Promise((resolve) => setTimeout(resolve, 800));
      tmux.type('سلام');
      await tmux.keys('Enter');
      await tmux.waitFor((text) => text.includes('\uFEE1\uFEFC\uFEB3'), 'the line written back');
      await tmux.keys('C-c');
    });
    expect(bytes.indexOf(EXPLICIT)).toBeGreaterThan(-1);
    expect(bytes.indexOf('\uFEE1\uFEFC\uFEB3')).toBeGreaterThan(-1);
    expect(bytes.lastIndexOf(IMPLICIT)).toBeGreaterThan(bytes.indexOf('\uFEE1\uFEFC\uFEB3'));
  });

  it('into a pipe: no escape sequence at all', () => {
    for (const args of [['cat', 'terminal-arabic-mixed'], ['cat', 'terminal-arabic-mixed', '--visual'], ['bidi', '-']]) {
      const result = runCli(args, { input: 'سلام عليكم\n', env: { VTE_VERSION: '7006', MLTERM: '3.9.0' } });
      expect(result.status).toBe(0);
      expect(result.stdout).not.toContain('\u001B');
    }
  });
});
