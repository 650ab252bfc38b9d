// The reader at the edges of what a terminal does: suspended and continued
// (Ctrl-Z, kill -TSTP/-CONT), keys typed in one read with q, a terminal below
// 20×5, TERM=dumb, no terminal at all (setsid). Real terminals, in tmux.
// Needs the bundle: `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { BIN, ROOT } from '../support/run-cli.js';
import { tempLibrary, writeArticle } from './support/hostile.js';

const isReading = (screen: string) => / \d+% · \? help/.test(screen);
const isLibrary = (screen: string) => screen.startsWith('qari · ');
const exited = (screen: string) => screen.includes('qari-exit=');
const shellLines = (screen: string) => screen.split('\n').filter((line) => line.trim() !== '');
const percent = (screen: string) => Number(/ (\d+)% · \? help/.exec(screen)?.[1] ?? -1);

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

/** tmux commands TmuxScreen does not wrap. */
function tmux(target: TmuxScreen, ...args: string[]): string {
  return (target as unknown as { tmux(...args: string[]): string }).tmux(...args);
}

/** The tty's line discipline, as stty reports it: raw (the reader's) or cooked (a shell's). */
function ttyModes(target: TmuxScreen): string {
  const tty = tmux(target, 'display-message', '-p', '#{pane_tty}').trim();
  return execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' });
}

const processState = (pid: number) => execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();

function library(): string {
  const dir = tempLibrary();
  const body = Array.from({ length: 120 }, (_, index) => `فقرة رقم ${index} من نص طويل.`).join('\n\n');
  writeArticle(dir, 'alpha', `---\ntitle: Alpha\ndate: 2024-01-03\n---\n${body}\n`);
  writeArticle(dir, 'bravo', `---\ntitle: Bravo\ndate: 2024-01-02\n---\n${body}\n`);
  writeArticle(dir, 'charlie', `---\ntitle: Charlie\ndate: 2024-01-01\n---\n${body}\n`);
  return dir;
}

describe('suspend and continue, as less does', () => {
  it('SIGTSTP gives the terminal back (normal screen, line mode, echo); SIGCONT redraws and keys work', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['alpha'], { QARI_LIBRARY: library() });
    await screen.waitFor(isReading, 'the reader');
    expect(ttyModes(screen)).toMatch(/(^|\s)-icanon(\s|$)/);
    const pid = screen.qariPid();
    process.kill(pid, 'SIGTSTP');
    const stopped = await screen.waitFor((text) => text.includes('shell-before-qari'), 'the shell’s screen');
    expect(isReading(stopped)).toBe(false);
    expect(processState(pid)).toMatch(/^T/);
    const modes = ttyModes(screen);
    expect(modes).toMatch(/(^|\s)icanon(\s|$)/);
    expect(modes).toMatch(/(^|\s)echo(\s|$)/);

    process.kill(pid, 'SIGCONT');
    const back = await screen.waitFor(isReading, 'the reader again', 3000);
    expect(back).not.toContain('shell-before-qari');
    expect(ttyModes(screen)).toMatch(/(^|\s)-icanon(\s|$)/);
    await screen.keys('G');
    await screen.waitFor((text) => percent(text) === 100, 'the end of the article');
    await screen.keys('q');
    await screen.waitFor(isLibrary, 'the library');
    await screen.keys('q');
    expect(shellLines(await screen.waitFor(exited, 'the shell'))).toEqual(['shell-before-qari', 'qari-exit=0']);
  });

  it('Ctrl-Z (a key in raw mode, not a signal) suspends too', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['alpha'], { QARI_LIBRARY: library() });
    await screen.waitFor(isReading, 'the reader');
    const pid = screen.qariPid();
    await screen.keys('C-z');
    await screen.waitFor((text) => text.includes('shell-before-qari'), 'the shell’s screen');
    expect(processState(pid)).toMatch(/^T/);
    process.kill(pid, 'SIGCONT');
    await screen.waitFor(isReading, 'the reader again', 3000);
  });
});

describe('a large article, parsed off the main thread', () => {
  function bigLibrary(): string {
    const dir = tempLibrary();
    const body = Array.from({ length: 12_000 }, (_, index) => `فقرة رقم ${index} من *نص* طويل يملأ السطر.`).join('\n\n');
    writeArticle(dir, 'big', `---\ntitle: Big\n---\n${body}\n`);
    return dir;
  }

  it('G typed while it loads goes to the end of the whole article', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['big'], { QARI_LIBRARY: bigLibrary() });
    await screen.waitFor((text) => text.includes('Big'), 'the title (loading, or the opening)', 30_000);
    await screen.keys('G');
    await screen.waitFor((text) => percent(text) === 100 && text.includes('11999'), 'the last paragraph', 30_000);
  });

  it('opens, scrolls to its end and quits', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['big'], { QARI_LIBRARY: bigLibrary() });
    await screen.waitFor(isReading, 'the reader', 30_000);
    await screen.keys('G');
    await screen.waitFor((text) => percent(text) === 100 && text.includes('11999'), 'the last paragraph', 30_000);
    await screen.keys('q');
    await screen.waitFor(isLibrary, 'the library');
    await screen.keys('q');
    expect(shellLines(await screen.waitFor(exited, 'the shell')).at(-1)).toBe('qari-exit=0');
  });

  it('Ctrl-C while it loads ends qari (as Ctrl-C always does, exit 0) and gives the terminal back', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['big'], { QARI_LIBRARY: bigLibrary() });
    // First "loading Big …", then the article's opening with "…" for the percentage: both are loading.
    await screen.waitFor((text) => text.split('\n')[0]?.trim() === 'loading Big …' || text.includes(' · … · ? help'), 'the reader loading');
    await screen.keys('C-c');
    expect(shellLines(await screen.waitFor(exited, 'the shell', 5000))).toEqual(['shell-before-qari', 'qari-exit=0']);
    expect(ttyModes(screen)).toMatch(/(^|\s)icanon(\s|$)/);
  });
});

describe('keys typed in one read with q', () => {
  it('qj: q leaves the reader, j moves the library’s cursor', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['alpha'], { QARI_LIBRARY: library() });
    await screen.waitFor(isReading, 'the reader');
    screen.type('qj');
    const listed = await screen.waitFor(isLibrary, 'the library');
    const cursorRow = (text: string) => text.split('\n').find((line) => line.startsWith('❯'));
    await screen.settled();
    expect(cursorRow(screen.capture())).toContain('Bravo');
    expect(listed).toBeTruthy();
  });

  it('qq: out of the reader and out of qari', async () => {
    screen = new TmuxScreen(100, 20);
    screen.start(['alpha'], { QARI_LIBRARY: library() });
    await screen.waitFor(isReading, 'the reader');
    screen.type('qq');
    expect(shellLines(await screen.waitFor(exited, 'the shell', 3000))).toEqual(['shell-before-qari', 'qari-exit=0']);
  });
});

describe('a terminal below 20×5', () => {
  it.each([
    [19, 10, 'too small · q quits'],
    [30, 3, 'terminal too small · q quits'],
    [9, 2, 'too small'],
    [3, 1, '…'],
  ])('%i×%i: "%s" whole, and q quits', async (columns, rows, message) => {
    screen = new TmuxScreen(100, 20);
    screen.start(['alpha'], { QARI_LIBRARY: library() });
    await screen.waitFor(isReading, 'the reader');
    tmux(screen, 'resize-window', '-x', String(columns), '-y', String(rows));
    const small = await screen.waitFor((text) => text.split('\n')[0]?.trim() === message, `"${message}"`);
    expect(small.split('\n')[0]?.trim()).toBe(message);
    await screen.keys('q');
    tmux(screen, 'resize-window', '-x', '100', '-y', '20');
    expect(shellLines(await screen.waitFor(exited, 'the shell', 3000)).at(-1)).toBe('qari-exit=0');
  });
});

describe('terminals that cannot show the reader', () => {
  it('TERM=dumb: plain lines as to a pipe, no alternate screen, no escapes', async () => {
    const record = join(mkdtempSync(join(tmpdir(), 'qari-rec-')), 'pane.out');
    screen = new TmuxScreen(100, 20);
    screen.start([], { QARI_LIBRARY: library(), TERM: 'dumb' }, { recordTo: record });
    const done = await screen.waitFor(exited, 'the shell');
    expect(done).toMatch(/^alpha\s+2024-01-03\s+Alpha/m);
    expect(done).toContain('qari-exit=0');
    const raw = execFileSync('cat', [record], { encoding: 'utf8' });
    expect(raw).not.toContain('\u001b[?1049h');
    expect(raw).not.toContain('\u001b[?25l');
  });

  it('setsid qari </dev/null (no terminal for keys): one line, exit 1 (a runtime condition, not usage)', async () => {
    screen = new TmuxScreen(200, 20);
    const command = `cd '${ROOT}' && QARI_LIBRARY='${library()}' setsid -w '${process.execPath}' '${BIN}' </dev/null; printf 'qari-exit=%s\\n' $?; sleep 30`;
    tmux(screen, '-f', '/dev/null', 'new-session', '-d', '-x', '200', '-y', '20', 'sh', '-c', command);
    const lines = shellLines(await screen.waitFor(exited, 'the shell'));
    expect(lines).toEqual([expect.stringMatching(/^qari: the reader needs a terminal to read keys from/), 'qari-exit=1']);
  });
});
