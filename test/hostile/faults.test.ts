// Issue 8, item 3 (the parts outside the terminal; the TUI's are in tui.e2e.test.ts):
// the library changing between runs under the index cache, a corrupt or unwritable
// cache, and stdout closed early. Needs the bundle: `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';
import { tempLibrary, writeArticle } from './support/hostile.js';

const article = (title: string, body = 'body') => `---\ntitle: ${title}\n---\n${body}\n`;

/** `qari list` with its own cache folder, so each test sees only its own index. */
function lister(dir: string) {
  const cache = mkdtempSync(join(tmpdir(), 'qari-cache-'));
  const list = (env: NodeJS.ProcessEnv = {}) => runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: cache, ...env } });
  return { cache, list };
}

const titles = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => line.split('\t')[2]).sort();

describe('the index cache notices the library changing between runs', () => {
  it('an edit (new size, or the same size and a new mtime), a delete, an add and a rename', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'a', article('Alpha'));
    writeArticle(dir, 'b', article('Bravo'));
    writeArticle(dir, 'c', article('Charlie'));
    const { cache, list } = lister(dir);
    expect(titles(list().stdout)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(readdirSync(join(cache, 'qari')).some((name) => name.startsWith('index-'))).toBe(true);

    writeArticle(dir, 'a', article('Alpha Edited, longer'));
    writeArticle(dir, 'b', article('BRAVO')); // same size
    utimesSync(join(dir, 'b.md'), new Date(), new Date(Date.now() + 5000));
    rmSync(join(dir, 'c.md'));
    writeArticle(dir, 'd', article('Delta'));
    expect(titles(list().stdout)).toEqual(['Alpha Edited, longer', 'BRAVO', 'Delta']);

    renameSync(join(dir, 'd.md'), join(dir, 'e.md'));
    const renamed = list();
    expect(renamed.stdout).toContain('e\t-\tDelta');
    expect(renamed.stdout).not.toMatch(/^d\t/m);
  });

  it('a file that breaks, or is mended, between runs', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'a', article('Alpha'));
    const { list } = lister(dir);
    expect(list().stderr).toBe('');
    writeArticle(dir, 'a', '---\ntitle: [broken\n---\n');
    const broken = list();
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/a\.md: front matter is not valid YAML/);
    writeArticle(dir, 'a', article('Alpha Again'));
    const mended = list();
    expect(mended.stdout).toContain('Alpha Again');
    expect(mended.stderr).toBe('');
  });

  it('a corrupt cache (not JSON, JSON of the wrong shape, records of the wrong types) is an empty cache: no warning, right answers', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'a', article('Alpha'));
    const { cache, list } = lister(dir);
    const first = list();
    const [name] = readdirSync(join(cache, 'qari')).filter((file) => file.startsWith('index-'));
    const file = join(cache, 'qari', name!);
    for (const content of [
      '\u0000\u0001 not json',
      '[]',
      'null',
      JSON.stringify({ version: 2, files: null }),
      JSON.stringify({ version: 2, files: { 'a.md': 'garbage' } }),
      JSON.stringify({ version: 2, files: { 'a.md': { size: 'big', mtimeMs: 'now', summary: { title: 42, sections: 'x' } } } }),
    ]) {
      writeFileSync(file, content);
      const result = list();
      expect(result.stdout, content).toBe(first.stdout);
      expect(result.stderr, content).toBe('');
    }
  });

  it('a record forged fresh (right size and mtime) with the wrong types is read again, not trusted', () => {
    const dir = tempLibrary();
    const path = writeArticle(dir, 'a', article('Alpha'));
    const { cache, list } = lister(dir);
    const first = list();
    const [name] = readdirSync(join(cache, 'qari')).filter((file) => file.startsWith('index-'));
    const file = join(cache, 'qari', name!);
    const info = statSync(path);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version: number; files: Record<string, unknown> };
    data.files['a.md'] = { size: info.size, mtimeMs: info.mtimeMs, summary: { title: 42, date: [], lang: null, dir: 'up', sections: 'x', related: {} } };
    writeFileSync(file, JSON.stringify(data));
    const result = list();
    expect(result.stdout).toBe(first.stdout);
    expect(result.stderr).toBe('');
  });

  it('an unwritable cache folder (a file in the way) costs only speed: right answers, no warning', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'a', article('Alpha'));
    const blocker = join(tempLibrary(), 'not-a-folder');
    writeFileSync(blocker, '');
    const result = runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: join(blocker, 'cache') } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('a\t-\tAlpha\t0 sections\t0 related\n');
    expect(result.stderr).toBe('');
  });

  // Node 20's mkdir({ recursive: true }) loops for ever on a path it can never create under
  // /proc (ENOENT from procfs, EEXIST for its parent); qari walks up a bounded number of
  // parents instead (make-directory.ts). SIGKILL: a synchronous loop would run no handler.
  it('a cache folder that can never be created (under /proc): qari list still ends, within 3 s', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'a', article('Alpha'));
    const result = spawnSync(process.execPath, [BIN, '--library', dir, 'list'], {
      env: { ...process.env, XDG_CACHE_HOME: '/proc/qari-no-such-cache', QARI_LIBRARY: '' },
      encoding: 'utf8',
      timeout: 3000,
      killSignal: 'SIGKILL',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('a\t-\tAlpha\t0 sections\t0 related\n');
  });
});

/** Runs qari with stdout a pipe that is closed after the first chunk, as `| head -1` does. */
async function closeEarly(args: string[], input?: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const cache = mkdtempSync(join(tmpdir(), 'qari-cache-'));
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, QARI_LIBRARY: '', XDG_CACHE_HOME: cache, XDG_STATE_HOME: cache },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.once('data', () => child.stdout!.destroy());
  if (input !== undefined && child.stdin) {
    child.stdin.on('error', () => undefined); // qari may stop reading first
    child.stdin.end(input);
  }
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  return { code, signal, stderr };
}

describe('stdout closed early (| head -1) ends quietly with 0', () => {
  const dir = tempLibrary();
  for (let index = 0; index < 2000; index++) writeArticle(dir, `a${index}`, article(`Article ${index}`, `body of ${index}`));
  const long = Array.from({ length: 20_000 }, (_, index) => `فقرة رقم ${index} في مقال طويل جدا، فيها كلمات عربية وبعض الأرقام ${index * 7}.`).join('\n\n');
  writeArticle(dir, 'long', `---\ntitle: Long\nrelated:\n${Array.from({ length: 5000 }, (_, index) => `  - a${index % 2000}`).join('\n')}\n---\n${long}\n`);

  it.each([
    ['list', ['--library', dir, 'list']],
    ['list --json', ['--library', dir, 'list', '--json']],
    ['cat', ['--library', dir, 'cat', 'long']],
    ['cat --format json', ['--library', dir, 'cat', 'long', '--format', 'json']],
    ['cat --visual', ['--library', dir, 'cat', 'long', '--visual', '--width', '60']],
    ['related', ['--library', dir, 'related', 'long']],
  ])('qari %s', async (_, args) => {
    const { code, signal, stderr } = await closeEarly(args);
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('qari bidi, reading stdin', async () => {
    const { code, signal, stderr } = await closeEarly(['bidi', '--width', '60'], `${long}\n`);
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('through a real shell pipe: `qari list | head -1` prints one line, and qari exits 0 (pipefail)', () => {
    const shell = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --library "${dir}" list | head -1`], {
      encoding: 'utf8',
      env: { ...process.env, QARI_LIBRARY: '', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'qari-cache-')) },
    });
    expect(shell.status).toBe(0);
    expect(shell.stdout.split('\n')).toHaveLength(2);
    expect(shell.stderr).toBe('');
  });
});

describe('no file is left half written', () => {
  it('the index cache is written whole or not at all: no temporary files left behind', () => {
    const dir = tempLibrary();
    for (let index = 0; index < 50; index++) writeArticle(dir, `a${index}`, article(`A ${index}`));
    const { cache, list } = lister(dir);
    list();
    writeArticle(dir, 'a0', article('Changed'));
    list();
    const files = readdirSync(join(cache, 'qari'));
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
