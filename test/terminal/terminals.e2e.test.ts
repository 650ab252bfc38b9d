// What a reader sees in each terminal (through models of them: test/support/terminal-model.ts),
// with `--bidi auto`, for the reader, its overlays and `cat --visual`. The intended
// screen is qari's own visual lines as xterm (which does no bidi) shows them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { ScreenModel, seenRows, TERMINAL_ENV, type TerminalName } from '../support/terminal-model.js';

const COLUMNS = 80;
const ROWS = 24;
const ARTICLE = 'terminal-arabic-mixed';
const OTHERS: TerminalName[] = ['foot', 'vte', 'mlterm', 'konsole', 'kitty'];

let screens: TmuxScreen[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const screen of screens) screen.kill();
  screens = [];
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs qari in tmux as `terminal` would (its environment), returns the bytes it wrote. */
async function bytesIn(terminal: TerminalName, args: string[], keys: string[] = [], until: (screen: string) => boolean = (text) => text.includes('qari-exit=')): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'qari-terminal-model-'));
  folders.push(folder);
  const record = join(folder, 'bytes');
  const screen = new TmuxScreen(COLUMNS, ROWS);
  screens.push(screen);
  screen.start(args, TERMINAL_ENV[terminal], { recordTo: record });
  await screen.waitFor(until, 'the screen');
  await screen.settled(400);
  for (const key of keys) {
    // Under load a key can arrive before the reader listens: send it again if nothing changed.
    const before = screen.capture();
    for (let attempt = 0; attempt < 3 && screen.capture() === before; attempt++) {
      await screen.keys(key);
      await screen.waitFor((text) => text !== before, `the key ${key}`, 3000).catch(() => undefined);
    }
    await screen.settled(250);
  }
  await screen.settled(250);
  return readFileSync(record, 'utf8');
}

function seen(terminal: TerminalName, bytes: string): string[] {
  return seenRows(terminal, new ScreenModel(COLUMNS, ROWS, terminal).feed(bytes));
}

const reading = (text: string) => text.includes('% ·');

/**
 * What a reader reads, whatever the wrapping: the screen's paragraphs (rows between blank
 * rows), each read row by row from the right, word by word, letters compared without their
 * presentation forms or marks. A terminal that lays logical lines out itself wraps them
 * where it must (it shapes lam-alef into one cell, qari's logical lines count two), so rows
 * may break elsewhere; the words and their order may not change.
 */
function readingOrder(rows: string[]): string[][] {
  const plain = (row: string) => row.replace(/[\uFE70-\uFE7F\p{M}]/gu, '').normalize('NFKC').replace(/\p{M}/gu, '');
  const paragraphs: string[][] = [[]];
  for (const row of rows) {
    const words = plain(row).split(/\s+/).filter(Boolean);
    if (words.length === 0) paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(...words.reverse());
  }
  return paragraphs.filter((words) => words.length > 0);
}

describe('Arabic reads right on every terminal with --bidi auto (terminal models)', () => {
  it('the reader, the contents overlay and the related list', async () => {
    for (const keys of [[], ['t'], ['r']]) {
      const intended = seen('xterm', await bytesIn('xterm', [ARTICLE], keys, reading));
      expect(intended.some((row) => /[\uFE70-\uFEFF]/.test(row))).toBe(true);
      const runs = await Promise.all(OTHERS.map(async (terminal) => ({ terminal, keys, rows: seen(terminal, await bytesIn(terminal, [ARTICLE], keys, reading)) })));
      for (const run of runs) expect(run).toEqual({ terminal: run.terminal, keys, rows: intended });
    }
  }, 240_000);

  it('--bidi terminal on VTE: every word in its place, a URL that starts a row included', async () => {
    const intended = readingOrder(seen('xterm', await bytesIn('xterm', [ARTICLE], [], reading)));
    expect(intended.flat()).toContain('https://www.unicode.org/reports/tr9/');
    const rows = seen('vte', await bytesIn('vte', ['--bidi', 'terminal', ARTICLE], [], reading));
    // The row the URL starts is one VTE would lay out with the URL's slash at its start.
    expect(rows.some((row) => /^\s*\S.* https:\/\/www\.unicode\.org\/reports\/tr9\/$/u.test(row))).toBe(true);
    expect(readingOrder(rows)).toEqual(intended);
  }, 60_000);

  it('--bidi terminal on VTE: library rows in both languages, titles flush right in their column as in app mode', async () => {
    const listing = (text: string) => /qari|قارئ/u.test(text) && text.includes('2024');
    // A title cut to its column may end a word earlier: logical lines count lam-alef as two cells.
    const whole = (rows: string[]) => rows.filter((row) => !row.includes('…'));
    for (const lang of ['en', 'ar']) {
      const intended = seen('xterm', await bytesIn('xterm', ['--lang', lang], [], listing));
      const rows = seen('vte', await bytesIn('vte', ['--lang', lang, '--bidi', 'terminal'], [], listing));
      expect(intended.some((row) => /[\uFE70-\uFEFF]/u.test(row))).toBe(true);
      // The Arabic interface's rows are RTL paragraphs, flush right in VTE whatever their
      // width; a lam-alef takes two cells there, so only the words and the cut title are compared.
      if (lang === 'en') expect(whole(rows)).toEqual(whole(intended));
      else expect(readingOrder(whole(rows))).toEqual(readingOrder(whole(intended)));
      expect({ lang, cut: rows.filter((row) => row.includes('…')).length }).toEqual({ lang, cut: intended.filter((row) => row.includes('…')).length });
    }
  }, 60_000);

  it('--bidi terminal on mlterm: no row wraps, the title on top and the status line at the bottom as in app mode', async () => {
    for (const lang of ['en', 'ar']) {
      const shown = (text: string) => /\d%/u.test(text);
      const intended = seen('xterm', await bytesIn('xterm', ['--lang', lang, ARTICLE], [], shown));
      const rows = seen('mlterm', await bytesIn('mlterm', ['--lang', lang, '--bidi', 'terminal', ARTICLE], [], shown));
      const filled = (all: string[]) => all.map((row) => row.trim() !== '');
      expect({ lang, filled: filled(rows) }).toEqual({ lang, filled: filled(intended) });
      expect(readingOrder(rows.slice(0, 1))).toEqual(readingOrder(intended.slice(0, 1)));
    }
  }, 60_000);

  it('cat --visual, also after it has ended (mlterm included: its bidi is never switched off)', async () => {
    const args = ['cat', ARTICLE, '--visual', '--width', '60'];
    const intended = seen('xterm', await bytesIn('xterm', args));
    for (const terminal of OTHERS) {
      // mlterm's lines start two cells in: mlterm draws the LRM and LRO that keep them LTR as cells.
      const expected = terminal === 'mlterm' ? intended.map((row) => (row === '' || row.startsWith('qari-exit=') ? row : `  ${row}`)) : intended;
      expect({ terminal, rows: seen(terminal, await bytesIn(terminal, args)) }).toEqual({ terminal, rows: expected });
    }
  }, 120_000);

  it('cat --visual as wide as the screen on mlterm: no row wraps (its first two cells go to the marks that keep the row LTR)', async () => {
    const args = ['cat', 'iraq-withdrawal-2024', '--visual'];
    const intended = readingOrder(seen('xterm', await bytesIn('xterm', args)));
    expect(readingOrder(seen('mlterm', await bytesIn('mlterm', args)))).toEqual(intended);
  }, 60_000);

  it('the models have teeth: plain visual lines read wrong on kitty and Konsole', async () => {
    const intended = seen('xterm', await bytesIn('xterm', [ARTICLE], [], reading));
    expect(seen('kitty', await bytesIn('kitty', ['--bidi', 'app', ARTICLE], [], reading))).not.toEqual(intended);
    expect(seen('konsole', await bytesIn('konsole', ['--bidi', 'app', ARTICLE], [], reading))).not.toEqual(intended);
  }, 60_000);
});
