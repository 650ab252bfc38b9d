// The reading-positions state file under a hostile world, in real terminals (tmux):
// two readers at once, a reader killed with -9, a FIFO or a corrupt file where the
// state file should be, temp files a killed qari left behind.
// Needs the bundle: `npm run build`.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { runCli } from '../support/run-cli.js';
import { tempLibrary, writeArticle } from './support/hostile.js';

const isReading = (screen: string) => / \d+% · \? help/.test(screen);
const isLibrary = (screen: string) => screen.startsWith('qari · ');
const exited = (screen: string) => screen.includes('qari-exit=');
const shellLines = (screen: string) => screen.split('\n').filter((line) => line.trim() !== '');

let screens: TmuxScreen[] = [];
afterEach(() => {
  for (const screen of screens) screen.kill();
  screens = [];
});

function longLibrary(): string {
  const dir = tempLibrary();
  const body = Array.from({ length: 200 }, (_, index) => `فقرة رقم ${index} من نص طويل.`).join('\n\n');
  writeArticle(dir, 'alpha', `---\ntitle: Alpha\ndate: 2024-01-02\n---\n${body}\n`);
  writeArticle(dir, 'bravo', `---\ntitle: Bravo\ndate: 2024-01-01\n---\n${body}\n`);
  return dir;
}

function stateHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'qari-state-'));
  mkdirSync(join(home, 'qari'));
  return home;
}

const positionsOf = (home: string) => JSON.parse(readFileSync(join(home, 'qari', 'positions.json'), 'utf8')) as Record<string, { unit: number; offset: number }>;

async function reader(library: string, home: string, id: string, columns = 100): Promise<TmuxScreen> {
  const screen = new TmuxScreen(columns, 20);
  screens.push(screen);
  screen.start([id], { QARI_LIBRARY: library, XDG_STATE_HOME: home });
  await screen.waitFor(isReading, `the reader of ${id}`);
  return screen;
}

async function quit(screen: TmuxScreen): Promise<string[]> {
  await screen.keys('q');
  await screen.waitFor(isLibrary, 'the library');
  await screen.keys('q');
  return shellLines(await screen.waitFor(exited, 'the shell'));
}

describe('reading positions with more than one reader', () => {
  it('two readers open at once: neither erases the other’s position, whoever quits last', async () => {
    const library = longLibrary();
    const home = stateHome();
    const first = await reader(library, home, 'alpha');
    const second = await reader(library, home, 'bravo');
    await first.keys('j', 'j', 'j', 'j', 'j');
    await second.keys('j', 'j', 'j');
    await first.settled();
    await second.settled();
    await quit(first);
    await quit(second);
    const positions = positionsOf(home);
    expect(Object.keys(positions).sort()).toEqual(['alpha', 'bravo']);
    expect(positions.alpha).not.toEqual({ unit: 0, offset: 0 });
    expect(positions.bravo).not.toEqual({ unit: 0, offset: 0 });
  });

  it('a reader killed with -9 has saved where it was', async () => {
    const library = longLibrary();
    const home = stateHome();
    const screen = await reader(library, home, 'alpha');
    await screen.keys('j', 'j', 'j', 'j');
    await screen.settled();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(screen.qariPid(), 'SIGKILL');
    await screen.waitFor(exited, 'the shell');
    expect(positionsOf(home).alpha).toBeDefined();
    expect(positionsOf(home).alpha).not.toEqual({ unit: 0, offset: 0 });
  });
});

describe('a state file qari cannot read is never replaced', () => {
  it('a FIFO as positions.json: the reader opens at once, q q exits with one warning, the FIFO stays', async () => {
    const library = longLibrary();
    const home = stateHome();
    const fifo = join(home, 'qari', 'positions.json');
    execFileSync('mkfifo', [fifo]);
    const screen = new TmuxScreen(240, 20);
    screens.push(screen);
    screen.start(['alpha'], { QARI_LIBRARY: library, XDG_STATE_HOME: home });
    await screen.waitFor(isReading, 'the reader (not a blank screen)', 5000);
    await screen.keys('j', 'j');
    const lines = await quit(screen);
    expect(lines).toEqual(['shell-before-qari', expect.stringMatching(/^qari: cannot read .*positions\.json \(not a regular file\); reading positions are not restored or remembered$/), 'qari-exit=0']);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('a corrupt positions.json is kept (beside), not overwritten with this session’s entry', async () => {
    const library = longLibrary();
    const home = stateHome();
    const file = join(home, 'qari', 'positions.json');
    writeFileSync(file, '{"alpha": {"unit": 3, "offs');
    const screen = new TmuxScreen(240, 20);
    screens.push(screen);
    screen.start(['bravo'], { QARI_LIBRARY: library, XDG_STATE_HOME: home });
    await screen.waitFor(isReading, 'the reader');
    await screen.keys('j');
    const lines = await quit(screen);
    expect(lines[1]).toMatch(/is corrupt \(kept as .*positions\.json\.corrupt\)/);
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{"alpha": {"unit": 3, "offs');
    expect(Object.keys(positionsOf(home))).toEqual(['bravo']);
  });

  it('an unreadable positions.json (no permission) is left as it was', async () => {
    // Root reads any file whatever its mode: a folder in its place is as unreadable.
    const library = longLibrary();
    const home = stateHome();
    const file = join(home, 'qari', 'positions.json');
    const asRoot = process.getuid?.() === 0;
    if (asRoot) mkdirSync(file);
    else {
      writeFileSync(file, JSON.stringify({ alpha: { unit: 9, offset: 0 } }));
      chmodSync(file, 0o000);
    }
    const screen = new TmuxScreen(240, 20);
    screens.push(screen);
    screen.start(['bravo'], { QARI_LIBRARY: library, XDG_STATE_HOME: home });
    await screen.waitFor(isReading, 'the reader');
    await screen.keys('j');
    const lines = await quit(screen);
    expect(lines[1]).toMatch(/^qari: cannot read .*positions\.json \((permission denied|is a folder)\); reading positions are not restored or remembered$/);
    if (asRoot) expect(statSync(file).isDirectory()).toBe(true);
    else {
      chmodSync(file, 0o600);
      expect(positionsOf(home)).toEqual({ alpha: { unit: 9, offset: 0 } });
    }
  });
});

describe('temp files a killed qari left behind', () => {
  const old = new Date(Date.now() - 3_600_000);

  it('an import’s temp file in the library is removed on the next run, and never listed', () => {
    const library = longLibrary();
    const temp = join(library, '.gamma.md.999999999.0a1b2c3d4e5f.tmp');
    writeFileSync(temp, '---\ntitle: Half Written\n---\nbo');
    utimesSync(temp, old, old);
    const result = runCli(['--library', library, 'list']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('Half Written');
    expect(result.stdout).not.toContain('gamma');
    expect(existsSync(temp)).toBe(false);
  });

  it('a state file’s temp file is removed when the reader next starts', async () => {
    const library = longLibrary();
    const home = stateHome();
    const temp = join(home, 'qari', '.positions.json.999999999.0a1b2c3d4e5f.tmp');
    writeFileSync(temp, '{"half":');
    utimesSync(temp, old, old);
    const screen = await reader(library, home, 'alpha');
    await quit(screen);
    expect(readdirSync(join(home, 'qari'))).not.toContain('.positions.json.999999999.0a1b2c3d4e5f.tmp');
  });
});
