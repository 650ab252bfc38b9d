// bin/code-cache.js: the CLI bundle runs compiled from V8's code cache once a
// run has left one. With it, every answer must be the same, the reader and the
// web code must still load (on Node 20, code compiled from a cache cannot
// import() itself), and a cache V8 will not take is replaced, never fatal.
// Needs the bundle: `npm run build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLES, ROOT, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/library.js';
import { TmuxScreen } from '../support/tmux.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';
import { layoutParagraph } from '../../src/text/index.js';
import { COMMAND_NAMES } from '../../src/cli/main.js';
import { createRequire } from 'node:module';

const codeCaches = (cache: string) => readdirSync(join(cache, 'qari')).filter((name) => /^code-v[\d.]+-\d+-\d+-[a-z]+\.v8$/.test(name));

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

describe('the code cache', () => {
  /** Runs `argv` twice on a fresh cache home: the first run leaves a cache, the second, started from it, must answer the same. */
  const answersTheSameFromItsCache = (argv: string[]) => {
    const cache = tempDir('cache');
    const run = () => runCli(argv, { env: { XDG_CACHE_HOME: cache } });
    const first = run();
    expect(first.status).toBe(0);
    expect(codeCaches(cache)).toHaveLength(1);
    expect(run()).toEqual(first);
  };

  it('the first run leaves one; a run that uses it answers the same', () => {
    answersTheSameFromItsCache(['--library', ARTICLES, 'list', '--json']);
  });

  it('with a cache, the web code still loads: a saved web page imports the same', () => {
    answersTheSameFromItsCache(['import', join(ROOT, 'test', 'fixtures', 'web', 'news-cms.html'), '--stdout']);
  });

  it('each command keeps a cache of its own (one holds the functions its writer compiled), for every command qari has', () => {
    const cache = tempDir('cache');
    for (const argv of [['--library', ARTICLES, 'list'], ['--library', ARTICLES, 'cat', SEED_ID], ['--version'], ['--library', ARTICLES, 'list', '--json']]) {
      expect(runCli(argv, { env: { XDG_CACHE_HOME: cache } }).status).toBe(0);
    }
    expect(codeCaches(cache).map((name) => name.replace(/^.*-/, '')).sort()).toEqual(['cat.v8', 'list.v8', 'reader.v8']);
    const { COMMANDS } = createRequire(import.meta.url)(join(ROOT, 'bin', 'code-cache.js')) as { COMMANDS: string[] };
    expect([...COMMANDS].sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('a cache that is not V8’s is replaced, and qari answers as before', () => {
    const cache = tempDir('cache');
    const version = () => runCli(['--version'], { env: { XDG_CACHE_HOME: cache } });
    const first = version();
    const [name = ''] = codeCaches(cache);
    writeFileSync(join(cache, 'qari', name), 'not a code cache');
    expect(version()).toEqual(first);
    expect(readFileSync(join(cache, 'qari', name), 'utf8')).not.toBe('not a code cache');
  });

  it('with a cache, the reader opens in a real terminal', async () => {
    const cache = tempDir('cache');
    expect(runCli(['--version'], { env: { XDG_CACHE_HOME: cache } }).status).toBe(0);
    expect(codeCaches(cache)).toHaveLength(1);
    screen = new TmuxScreen(100, 30);
    screen.start(['--library', ARTICLES, SEED_ID], { XDG_CACHE_HOME: cache });
    const title = (layoutParagraph(bundledArticle(SEED_ID).title, { width: 200, dir: 'rtl' })[0]?.text ?? '').trim();
    await screen.waitFor((text) => text.split('\n')[0]?.trim() === title, 'the seed in the reader');
    await screen.keys('q');
    await screen.waitFor((text) => text.startsWith('qari · '), 'the library');
    await screen.keys('q');
    expect(await screen.waitFor((text) => text.includes('qari-exit='), 'qari to exit')).toContain('qari-exit=0');
  });
});
