// Issue 8, item 3 (the parts outside the terminal; the TUI's are in tui.e2e.test.ts):
// stdout closed early (the index's own cases are in test/library/index.test.ts). Needs the bundle: `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
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
