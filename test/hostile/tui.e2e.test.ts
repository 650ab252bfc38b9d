// Issue 8 in a real terminal (tmux, CI unset): hostile text in the reader and the
// library, signals on every screen, the terminal shrinking to 1×1, the library
// changing under the running reader, a corrupt or unwritable state file.
// Needs the bundle: `npm run build`.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { escapesIn, readRecording } from './support/escapes.js';
import { HOSTILE_ARTICLE, MARKERS, TROJAN_ARTICLE, tempLibrary, writeArticle } from './support/hostile.js';

const isReading = (screen: string) => / \d+% · \? help/.test(screen);
const isLibrary = (screen: string) => screen.startsWith('qari · ');
const shellLines = (screen: string) => screen.split('\n').filter((line) => line.trim() !== '');
const exited = (screen: string) => screen.includes('qari-exit=');

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

/** tmux commands TmuxScreen does not wrap (resize). */
function tmux(target: TmuxScreen, ...args: string[]): string {
  return (target as unknown as { tmux(...args: string[]): string }).tmux(...args);
}

/** q to the library, then q out (waiting for the library between: a key typed while it mounts may be lost). */
async function quitFromReader(target: TmuxScreen): Promise<void> {
  await target.keys('q');
  await target.waitFor(isLibrary, 'the library');
  await target.keys('q');
}

function recording(): string {
  return join(mkdtempSync(join(tmpdir(), 'qari-rec-')), 'pane.out');
}

function hostileLibrary(): string {
  const dir = tempLibrary();
  writeArticle(dir, 'hostile', HOSTILE_ARTICLE);
  writeArticle(dir, 'trojan', TROJAN_ARTICLE);
  return dir;
}

describe('hostile text in the reader (tmux)', () => {
  it('only qari’s own escape sequences reach the terminal, on every screen', async () => {
    const record = recording();
    screen = new TmuxScreen(100, 30);
    screen.start(['hostile'], { QARI_LIBRARY: hostileLibrary() }, { recordTo: record });
    await screen.waitFor(isReading, 'the reader');
    // Sections, contents, related, the end, a search, the library, and out.
    await screen.keys(']', ']', 't');
    await screen.waitFor((text) => /[❯❮]/.test(text), 'the contents');
    // Esc then a key at once would read as Alt-key: wait for each overlay to close.
    await screen.keys('Escape');
    await screen.waitFor((text) => !/[❯❮]/.test(text), 'the contents closed');
    await screen.keys('r');
    await screen.waitFor((text) => text.includes('Related · Enter open'), 'the related list');
    await screen.keys('Escape');
    await screen.waitFor((text) => !text.includes('Related · Enter open'), 'the related list closed');
    await screen.keys('G', 'g', '/');
    screen.type('نص');
    await screen.keys('Enter', 'n', 'q');
    await screen.waitFor(isLibrary, 'the library');
    await screen.keys('j', 'k', 'q');
    const after = await screen.waitFor(exited, 'the shell');
    expect(shellLines(after)).toEqual(['shell-before-qari', 'qari-exit=0']);

    const raw = readRecording(record);
    const report = escapesIn(raw);
    expect(report.foreign).toEqual([]);
    expect(report.c1).toBe(0);
    expect(MARKERS.filter((marker) => raw.includes(marker))).toEqual([]);
    // The screen was cleared once, by qari entering; never by the article.
    expect(report.counts.get('\u001b[2J')).toBe(1);
    expect(report.counts.get('\u001b[3J') ?? 0).toBe(0);
    expect(raw).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/); // app mode: bidi controls steer layout, never reach the terminal
  });

  it('a Trojan Source override in a title or heading reorders only that title, not the row or the status line', async () => {
    screen = new TmuxScreen(100, 12); // short, so ] scrolls section 1 to the top
    screen.start([], { QARI_LIBRARY: hostileLibrary() });
    const library = await screen.waitFor(isLibrary, 'the library');
    const rows = library.split('\n');
    // Newest first: hostile (2024-03-01), then trojan (2024-01-02) whose "evil text" the override reverses in place.
    expect(rows[1]).toMatch(/^❯ 1 Mar 2024 {2}/);
    expect(rows[2]?.trimEnd()).toBe('  2 Jan 2024  Trojan txet live');
    await screen.keys('Enter', ']');
    // Section 1's heading holds an override: the status line keeps its order around it.
    const reading = await screen.waitFor((text) => isReading(text) && / 1\/2 /.test(text), 'section 1/2');
    const status = reading.split('\n').find((line) => isReading(line)) ?? '';
    expect(status).toMatch(/^ 1\/2 +\S.*\S \d+% · \? help\s*$/);
    await quitFromReader(screen);
    expect(shellLines(await screen.waitFor(exited, 'the shell'))).toEqual(['shell-before-qari', 'qari-exit=0']);
  });
});

describe('signals on every screen restore the terminal', () => {
  it.each([
    ['SIGHUP', 'the reader', 129],
    ['SIGINT', 'the reader', 130],
    ['SIGTERM', 'the library', 143],
    ['SIGHUP', 'the contents overlay', 129],
    ['SIGINT', 'the search prompt', 130],
  ] as const)('%s on %s: exit %i, alternate screen left, modes reset', async (signal, where, code) => {
    const record = recording();
    screen = new TmuxScreen(100, 30);
    screen.start(where === 'the library' ? [] : ['iraq-withdrawal-2024'], {}, { recordTo: record });
    if (where === 'the library') await screen.waitFor(isLibrary, 'the library');
    else await screen.waitFor(isReading, 'the reader');
    if (where === 'the contents overlay') {
      await screen.keys('t');
      await screen.waitFor((text) => /[❯❮]/.test(text), 'the contents');
    }
    if (where === 'the search prompt') {
      await screen.keys('/');
      await screen.waitFor((text) => text.includes('Enter search'), 'the search prompt');
    }
    process.kill(screen.qariPid(), signal);
    const after = await screen.waitFor(exited, 'the shell');
    expect(shellLines(after)).toEqual(['shell-before-qari', `qari-exit=${code}`]);
    const raw = readRecording(record);
    // After the last frame: SCP default, BDSM implicit, cursor shown, alternate screen left.
    const tail = raw.slice(raw.lastIndexOf('\u001b[0 k'));
    expect(raw.lastIndexOf('\u001b[0 k')).toBeGreaterThan(raw.indexOf('\u001b[8l'));
    for (const mode of ['\u001b[8h', '\u001b[?25h', '\u001b[?1049l']) expect(tail).toContain(mode);
    // …and no frame after that, only the shell's line.
    expect(tail.replace(/\u001b\[[0-9?; ]*[a-zA-Z]/g, '').replace(/qari-exit=\d+/, '').trim()).toBe('');
  });
});

describe('the terminal shrinks to 1×1 and grows back', () => {
  /** Opens the seed, moves two lines down, shrinks to 1×1 then 30×3, grows back to 100×30. */
  async function shrinkAndGrow(record: string): Promise<{ moved: string; back: string }> {
    screen = new TmuxScreen(100, 30);
    screen.start(['iraq-withdrawal-2024'], {}, { recordTo: record });
    const before = await screen.waitFor(isReading, 'the reader');
    // One key at a time: sent together, the screen could settle between the two redraws
    // and "moved" be taken one line short of where the reader is.
    let top = before;
    for (const key of ['j', 'j']) {
      const previous = top.split('\n')[0];
      await screen.keys(key);
      top = await screen.waitFor((text) => isReading(text) && text.split('\n')[0] !== previous, 'one line down');
    }
    const moved = await screen.settled();
    tmux(screen, 'resize-window', '-x', '1', '-y', '1');
    await new Promise((resolve) => setTimeout(resolve, 400));
    tmux(screen, 'resize-window', '-x', '30', '-y', '3');
    await screen.waitFor((text) => text.startsWith('terminal too small') || exited(text), 'too small');
    tmux(screen, 'resize-window', '-x', '100', '-y', '30');
    await screen.waitFor((text) => isReading(text) || exited(text), 'the reader again', 5000);
    const back = await screen.settled();
    return { moved, back };
  }

  it('the reader comes back at 100×30, keys still work, nothing foreign is written, and q q exits 0', async () => {
    const record = recording();
    const { back } = await shrinkAndGrow(record);
    expect(exited(back)).toBe(false);
    await screen!.keys('j');
    await screen!.waitFor((text) => isReading(text) && text.split('\n')[0] !== back.split('\n')[0], 'one line down');
    await quitFromReader(screen!);
    expect(shellLines(await screen!.waitFor(exited, 'the shell'))).toEqual(['shell-before-qari', 'qari-exit=0']);
    const raw = readRecording(record);
    expect(escapesIn(raw).foreign).toEqual([]);
    expect(raw.slice(raw.lastIndexOf('\u001b[0 k'))).toContain('\u001b[?1049l');
  });

  // "terminal too small" replaces (unmounts) the reader; it comes back where it was.
  it('…and at the place it was left', async () => {
    const { moved, back } = await shrinkAndGrow(recording());
    expect(back.split('\n')[0]).toBe(moved.split('\n')[0]);
  });
});

describe('the library changes under the running reader', () => {
  it('a deleted, a broken and an edited article each open to what is there now; the app keeps working', async () => {
    const dir = tempLibrary();
    const article = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n${body}\n`;
    writeArticle(dir, 'a-deleted', article('Deleted Later', '2024-01-04', 'first body'));
    writeArticle(dir, 'b-broken', article('Broken Later', '2024-01-03', 'second body'));
    writeArticle(dir, 'c-edited', article('Edited Later', '2024-01-02', 'third body'));
    screen = new TmuxScreen(100, 30);
    screen.start([], { QARI_LIBRARY: dir });
    await screen.waitFor((text) => isLibrary(text) && text.includes('Edited Later'), 'the library');

    rmSync(join(dir, 'a-deleted.md'));
    writeArticle(dir, 'b-broken', '---\ntitle: [unclosed\n---\nbody\n');
    writeArticle(dir, 'c-edited', article('Edited Later', '2024-01-02', '## New Heading\n\nnew body written while qari ran'));
    writeArticle(dir, 'd-added', article('Added Later', '2024-01-05', 'added'));

    // The error line is cut at the terminal's width (the temporary path is long), so wait for its start.
    await screen.keys('Enter');
    await screen.waitFor((text) => /a-deleted\.md: no longer there/.test(text), 'the error line for the deleted file');
    await screen.keys('q');
    await screen.waitFor(isLibrary, 'the library');
    await screen.keys('j', 'Enter');
    await screen.waitFor((text) => /b-broken\.md: front matter is not valid YAML/.test(text), 'the error line for the broken file');
    await screen.keys('q');
    await screen.waitFor(isLibrary, 'the library');
    await screen.keys('j', 'Enter');
    const edited = await screen.waitFor((text) => isReading(text) && text.includes('new body written while qari ran'), 'the edited article');
    expect(edited).toContain('New Heading');
    await quitFromReader(screen);
    expect(shellLines(await screen.waitFor(exited, 'the shell'))).toEqual(['shell-before-qari', 'qari-exit=0']);
  });
});

describe('the reading-positions state file', () => {
  async function readAndQuit(env: Record<string, string>): Promise<string[]> {
    screen?.kill();
    // Wide: a warning naming the state file twice must stay on one line of the screen.
    screen = new TmuxScreen(240, 30);
    screen.start(['iraq-withdrawal-2024'], env);
    await screen.waitFor(isReading, 'the reader');
    await screen.keys('j', 'j', 'q');
    await screen.waitFor(isLibrary, 'the library');
    await screen.keys('q');
    return shellLines(await screen.waitFor(exited, 'the shell'));
  }

  /** Makes a folder unwritable even for root (chattr +i), or by mode when not root. Whether it worked. */
  function lockFolder(folder: string): 'chattr' | 'mode' | undefined {
    if (process.getuid?.() !== 0) {
      chmodSync(folder, 0o555);
      return 'mode';
    }
    const result = spawnSync('chattr', ['+i', folder]);
    return result.status === 0 ? 'chattr' : undefined;
  }

  function unlockFolder(folder: string, how: 'chattr' | 'mode' | undefined): void {
    if (how === 'chattr') spawnSync('chattr', ['-i', folder]);
    if (how === 'mode') chmodSync(folder, 0o755);
  }

  function stateHome(positions: string | undefined): string {
    const home = mkdtempSync(join(tmpdir(), 'qari-state-'));
    mkdirSync(join(home, 'qari'));
    if (positions !== undefined) writeFileSync(join(home, 'qari', 'positions.json'), positions);
    return home;
  }

  it('corrupt: one warning, the reader works, exit 0', async () => {
    const lines = await readAndQuit({ XDG_STATE_HOME: stateHome('{"iraq-withdrawal-2024": {"unit": 3, "offs') });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^qari: .*positions\.json is corrupt \(kept as .*positions\.json\.corrupt\); reading positions start afresh$/);
    expect(lines[2]).toBe('qari-exit=0');
  });

  it('unwritable: one warning, exit 0, and the old file is left whole', async () => {
    const home = stateHome(JSON.stringify({ 'iraq-withdrawal-2024': { unit: 2, offset: 0 } }));
    const folder = join(home, 'qari');
    const locked = lockFolder(folder);
    try {
      const lines = await readAndQuit({ XDG_STATE_HOME: locked ? home : join(writeArticle(home, 'a-file', ''), 'state') });
      if (locked) {
        expect(lines).toHaveLength(3);
        expect(lines[1]).toMatch(/^qari: cannot write .*positions\.json \((operation not permitted|permission denied|read-only file system)\); reading positions are not remembered$/);
      } else {
        // No way to make a folder unwritable here (root without chattr): a state path under a
        // file instead, which cannot be read either; each failure is one line, no crash.
        expect(lines.length).toBeLessThanOrEqual(4);
        for (const line of lines.slice(1, -1)) expect(line).toMatch(/^qari: cannot (read|write) .*positions\.json \([^)]+\); reading positions are not (restored|remembered)/);
      }
      expect(lines.at(-1)).toBe('qari-exit=0');
    } finally {
      unlockFolder(folder, locked);
    }
    expect(readFileSync(join(folder, 'positions.json'), 'utf8')).toBe(JSON.stringify({ 'iraq-withdrawal-2024': { unit: 2, offset: 0 } }));
  });

  it('valid JSON pointing past the end of the article, or not positions at all: no warning, no crash', async () => {
    const absurd = JSON.stringify({ 'iraq-withdrawal-2024': { unit: 999_999, offset: 123_456_789 }, other: 'x', '__proto__': { unit: 1, offset: 1 } });
    expect(await readAndQuit({ XDG_STATE_HOME: stateHome(absurd) })).toEqual(['shell-before-qari', 'qari-exit=0']);
    expect(await readAndQuit({ XDG_STATE_HOME: stateHome('[1, 2, 3]') })).toEqual(['shell-before-qari', 'qari-exit=0']);
  });
});

describe('a link whose target is not valid percent-encoding', () => {
  // `[x](%zz)` once threw URIError during render and ended qari.
  it('opens, and the r list shows it unresolved', async () => {
    const dir = tempLibrary();
    writeArticle(dir, 'bad-link', '---\ntitle: Bad Link\n---\nSee [this](%E0%A4%A) and [that](%zz).\n');
    screen = new TmuxScreen(100, 30);
    screen.start(['bad-link'], { QARI_LIBRARY: dir });
    const first = await screen.waitFor((text) => isReading(text) || exited(text), 'the reader or the shell');
    expect(exited(first)).toBe(false);
    await screen.keys('r');
    await screen.waitFor((text) => text.includes('%zz'), 'the link in the r list', 3000);
  });
});
