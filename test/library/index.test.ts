// The library's index in $XDG_CACHE_HOME/qari: it follows the folder (edits,
// adds, deletes, renames, sub-folders), it is rebuilt when it is not a usable
// index of this version, it never hangs or breaks qari, and two processes can
// use it at once. Needs the bundle: `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';
import { articleText, tempDir, writeFile } from '../support/library.js';

/** `qari list` with its own cache folder, so each test sees only its own index. */
function lister(dir: string) {
  const cache = tempDir('cache');
  const list = (env: NodeJS.ProcessEnv = {}) => runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: cache, ...env } });
  const indexFile = () => {
    const [name] = readdirSync(join(cache, 'qari')).filter((file) => file.endsWith('.sqlite'));
    return join(cache, 'qari', name ?? 'none');
  };
  /** The list kept from the last run answers an unchanged library without opening the index: forget it. */
  const forgetKeptList = () => rmSync(indexFile().replace(/\.sqlite$/, '.list'));
  return { cache, list, indexFile, forgetKeptList };
}

const titles = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => line.split('\t')[2]).sort();

describe('the index follows the library between runs', () => {
  it('an edit (new size, or the same size and a new mtime), a delete, an add and a rename', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    writeFile(dir, 'b', articleText('Bravo'));
    writeFile(dir, 'c', articleText('Charlie'));
    const { list, indexFile } = lister(dir);
    expect(titles(list().stdout)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(indexFile()).toMatch(/\.sqlite$/);

    writeFile(dir, 'a', articleText('Alpha Edited, longer'));
    writeFile(dir, 'b', articleText('BRAVO')); // same size
    utimesSync(join(dir, 'b.md'), new Date(), new Date(Date.now() + 5000));
    rmSync(join(dir, 'c.md'));
    writeFile(dir, 'd', articleText('Delta'));
    expect(titles(list().stdout)).toEqual(['Alpha Edited, longer', 'BRAVO', 'Delta']);

    renameSync(join(dir, 'd.md'), join(dir, 'e.md'));
    const renamed = list();
    expect(renamed.stdout).toContain('e\t-\tDelta');
    expect(renamed.stdout).not.toMatch(/^d\t/m);
  });

  it('search sees edits, deletes and renames too', () => {
    const dir = tempDir('lib');
    const cache = tempDir('cache');
    const search = (word: string) => runCli(['--library', dir, 'search', word], { env: { XDG_CACHE_HOME: cache } }).stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);
    writeFile(dir, 'a', articleText('Alpha', 'القاهرة'));
    expect(search('القاهرة')).toEqual(['a']);
    writeFile(dir, 'a', articleText('Alpha', 'الاسكندرية وحدها'));
    expect(search('القاهرة')).toEqual([]);
    expect(search('الاسكندرية')).toEqual(['a']);
    renameSync(join(dir, 'a.md'), join(dir, 'b.md'));
    expect(search('الاسكندرية')).toEqual(['b']);
    rmSync(join(dir, 'b.md'));
    expect(search('الاسكندرية')).toEqual([]);
  });

  it('a file that breaks, or is mended, between runs', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const { list } = lister(dir);
    expect(list().stderr).toBe('');
    writeFile(dir, 'a', '---\ntitle: [broken\n---\n');
    const broken = list();
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/a\.md: front matter is not valid YAML/);
    writeFile(dir, 'a', articleText('Alpha Again'));
    const mended = list();
    expect(mended.stdout).toContain('Alpha Again');
    expect(mended.stderr).toBe('');
  });

  it('deleting the index is always safe', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const { list, indexFile, cache } = lister(dir);
    const first = list();
    rmSync(join(cache, 'qari'), { recursive: true });
    expect(list()).toEqual(first);
    rmSync(indexFile());
    expect(list()).toEqual(first);
  });
});

describe('an index that is not usable as it is', () => {
  it('a corrupt index file is rebuilt, with one warning, and the answers are right', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const { list, indexFile, forgetKeptList } = lister(dir);
    const first = list();
    forgetKeptList();
    rmSync(`${indexFile()}-wal`, { force: true });
    rmSync(`${indexFile()}-shm`, { force: true });
    writeFileSync(indexFile(), `SQLite format 3\0${'\u0001garbage'.repeat(600)}`);
    const result = list();
    expect(result.stdout).toBe(first.stdout);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^qari: warning: .*\.sqlite was corrupt; it is rebuilt\n$/);
    expect(list()).toEqual(first);
  });

  it('a SQLite file that is not a qari index is rebuilt, with one warning', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const { list, indexFile, forgetKeptList } = lister(dir);
    const first = list();
    forgetKeptList();
    const file = indexFile();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    const sqlite = spawnSync(process.execPath, ['-e', `const D = require('libsql'); const db = new D(${JSON.stringify(file)}); db.exec('CREATE TABLE files (x); INSERT INTO files VALUES (1)'); db.close();`], { cwd: join(BIN, '..', '..') });
    expect(sqlite.status).toBe(0);
    const result = list();
    expect(result.stdout).toBe(first.stdout);
    expect(result.stderr).toMatch(/^qari: warning: .*\.sqlite was not a qari index of this version; it is rebuilt\n$/);
    expect(list()).toEqual(first);
  });

  it("an older qari's index is rebuilt without a word", () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const { list, indexFile } = lister(dir);
    const first = list();
    // Readable as this version's entries: only the version says they are stale.
    const stale = JSON.stringify({ summary: { id: 'a', title: 'Stale', date: null, lang: 'en', dir: 'ltr', source: null, author: null, related: [], sections: [] } });
    const older = spawnSync(process.execPath, ['-e', `const D = require('libsql'); const db = new D(${JSON.stringify(indexFile())}); db.prepare('UPDATE files SET entry = ?').run(process.argv[1]); db.exec('PRAGMA user_version = 1'); db.close();`, stale], { cwd: join(BIN, '..', '..') });
    expect(older.status).toBe(0);
    expect(list()).toEqual(first);
  });

  it('a FIFO where the index should be does not hang qari: the index is kept in memory, with one warning', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const cache = tempDir('cache');
    const first = runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: tempDir('cache') } });
    const probe = lister(dir);
    probe.list();
    const fifo = join(cache, 'qari', readdirSync(join(probe.cache, 'qari')).find((name) => name.endsWith('.sqlite')) ?? 'none');
    mkdirSync(join(cache, 'qari'));
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = spawnSync(process.execPath, [BIN, '--library', dir, 'list'], { env: { ...process.env, XDG_CACHE_HOME: cache, QARI_LIBRARY: '' }, encoding: 'utf8', timeout: 5000, killSignal: 'SIGKILL' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(first.stdout);
    expect(result.stderr).toMatch(/is not a regular file; the library index is kept in memory for this run/);
  });

  it('the list kept beside the index: a garbled one, or a FIFO in its place, is not believed and does not hang qari', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const { list, indexFile, forgetKeptList } = lister(dir);
    const first = list();
    const kept = indexFile().replace(/\.sqlite$/, '.list');
    writeFileSync(kept, '{"valid":"something else","stderr":0}\nb\t-\tNot in the library\n');
    expect(list()).toEqual(first);
    forgetKeptList();
    expect(spawnSync('mkfifo', [kept]).status).toBe(0);
    const result = spawnSync(process.execPath, [BIN, '--library', dir, 'list'], { env: { ...process.env, XDG_CACHE_HOME: join(kept, '..', '..'), QARI_LIBRARY: '' }, encoding: 'utf8', timeout: 5000, killSignal: 'SIGKILL' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(first.stdout);
  });

  it('an unwritable cache folder (a file in the way) costs only speed: right answers, no warning', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
    const blocker = join(tempDir('x'), 'not-a-folder');
    writeFileSync(blocker, '');
    const result = runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: join(blocker, 'cache') } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('a\t-\tAlpha\t0 sections\t0 related\n');
    expect(result.stderr).toBe('');
  });

  // Node 20's mkdir({ recursive: true }) loops for ever on a path it can never create under
  // /proc; qari walks up a bounded number of parents instead (make-directory.ts).
  it('a cache folder that can never be created (under /proc): qari list still ends, within 3 s', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'a', articleText('Alpha'));
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

describe('two qari processes at once', () => {
  it('index the same new library together: both answer right, neither fails, the index stays whole', async () => {
    const dir = tempDir('lib');
    for (let index = 0; index < 300; index++) writeFile(dir, `a${String(index).padStart(3, '0')}`, articleText(`Article ${index}`, `نص المقال ${index} عن المفاوضات والقاهرة. ${'كلمات أخرى كثيرة. '.repeat(40)}`));
    const cache = tempDir('cache');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--library', dir, ...args], { env: { ...process.env, XDG_CACHE_HOME: cache, QARI_LIBRARY: '' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const [one, two, three] = await Promise.all([run(['search', 'المفاوضات', '--limit', '500']), run(['search', 'مفاوضات', '--limit', '500']), run(['list'])]);
    for (const result of [one, two, three]) expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(300);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout.split('\n').filter(Boolean)).toHaveLength(300);
    const again = await run(['search', 'القاهرة', '--limit', '500']);
    expect(again.stdout.split('\n').filter(Boolean)).toHaveLength(300);
  }, 120_000);
});

describe('articles in sub-folders', () => {
  it('are listed with their folder in the id, and a symbolic link loop is read once', () => {
    const dir = tempDir('lib');
    writeFile(dir, 'top', articleText('Top'));
    writeFile(dir, '2024/march/deep', articleText('Deep'));
    writeFile(dir, '.hidden/secret', articleText('Hidden'));
    symlinkSync(dir, join(dir, '2024', 'loop'));
    const result = runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: tempDir('cache') } });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0]).sort()).toEqual(['2024/march/deep', 'top']);
    expect(runCli(['--library', dir, 'cat', '2024/march/deep'], { env: { XDG_CACHE_HOME: tempDir('cache') } }).stdout).toContain('Deep');
  });

  it('a library with no articles anywhere says so', () => {
    const dir = tempDir('lib');
    writeFileSync(join(dir, 'notes.txt'), 'not an article');
    const result = runCli(['--library', dir, 'list'], { env: { XDG_CACHE_HOME: tempDir('cache') } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^qari: no articles \(\.md files\) in .* or its sub-folders\n$/);
  });
});
