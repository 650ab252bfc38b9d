// Every way a command can fail, run as a process under an Arabic locale: a
// Latin word on stderr (or in --help) that is not a path, an option, a command,
// a format's name or a value the user typed is a message left outside the
// catalogues, or a reason passed through from Node or a library untranslated.
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, BIN, ROOT, type CliResult } from '../support/run-cli.js';
import { SEED_ID } from '../support/articles.js';
import { redirect, send, startServer, type TestServer } from '../support/web-server.js';
import { latinWords } from '../support/pseudo.js';

const HOME = mkdtempSync(join(tmpdir(), 'qari-every-message-'));
const HTML = 'text/html; charset=utf-8';

/** What is typed as it is in any language: commands, option values, front matter keys, formats and protocols. */
const TYPED = new Set(
  [
    'qari list cat import feed add update bidi related search',
    'auto app override kitty terminal text markdown json rtl ltr ar en latn arab standard levant',
    'title date lang dir source author url related',
    'UTF RSS Atom RDF JSON Feed HTML YAML DNS TLS NUL http https iconv windows Location md dev tty',
  ].flatMap((words) => words.split(' ')),
);

/** Run in the test's own folder: qari's ./articles would otherwise be the library imports write into. */
function run(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; stdout?: number; data?: string } = {}): Promise<CliResult> {
  const data = options.data ?? join(HOME, 'data');
  const env = { ...process.env, QARI_LIBRARY: '', NO_COLOR: '', QARI_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'ar_EG.UTF-8', XDG_DATA_HOME: data, XDG_CACHE_HOME: join(HOME, 'cache'), XDG_STATE_HOME: join(HOME, 'state'), ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: HOME, env, stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin?.end(options.input ?? '');
  });
}

/** Latin words of `text` that the user did not type and no path holds. */
function foreignWords(text: string, args: readonly string[]): string[] {
  const allowed = new Set([...args, HOME, ROOT, ARTICLES, server.url, ...ids].flatMap((arg) => latinWords(arg)));
  const withoutTyped = text
    .replace(/--?[a-z][\w-]*/g, ' ')
    .replace(/\$?\b[A-Z][A-Z_]+[A-Z]\b/g, ' ')
    .replace(/(?:\.{0,2}\/|~\/)[^\s,;:()«»"]+/g, ' ');
  return latinWords(withoutTyped).filter((word) => !allowed.has(word) && !TYPED.has(word));
}

let server: TestServer;
/** The ids of the test's articles (messages quote them) and the values their front matter gives. */
const ids: string[] = ['one', 'two', 'anwan', 'up'];
let closedPort: number;
const lib = join(HOME, 'lib');
const broken = join(HOME, 'broken');
const files = join(HOME, 'files');

beforeAll(async () => {
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>موجز</title><link>http://x/</link><item><title>خبر</title><link>http://127.0.0.1:1/gone</link><description>نص</description></item></channel></rss>';
  server = await startServer({
    '/page.html': send('<html><head><title>عنوان</title></head><body><article><h1>عنوان</h1><p>نص عربي طويل بما يكفي ليكون مقالاً.</p></article></body></html>', HTML),
    '/empty.html': send('<html><body></body></html>', HTML),
    '/image.png': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png'),
    '/feed.xml': send(rss, 'application/rss+xml'),
    '/loop': redirect('/loop'),
    '/nowhere': (_, response) => {
      response.writeHead(302);
      response.end();
    },
    '/slow': (_, response) => {
      const timer = setTimeout(() => response.end('<html></html>'), 5000);
      response.on('close', () => clearTimeout(timer));
    },
  });
  closedPort = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 1;
      probe.close(() => resolve(port));
    });
  });

  mkdirSync(lib);
  copyFileSync(join(ARTICLES, `${SEED_ID}.md`), join(lib, `${SEED_ID}.md`));
  writeFileSync(join(lib, 'one.md'), '---\ntitle: مقال أول\n---\nنص.\n');
  writeFileSync(join(lib, 'two.md'), '---\ntitle: مقال ثان\n---\nنص.\n');

  mkdirSync(broken);
  const bad: Record<string, string | Buffer> = {
    'no-front.md': 'no front matter here\n',
    'empty.md': '',
    'binary.md': Buffer.from([1, 0, 0, 0, 2, 0, 0, 0]),
    'utf16.md': Buffer.from('---\ntitle: x\n---\n', 'utf16le'),
    'open.md': '---\ntitle: x\n',
    'mapping.md': '---\n- a\n---\n',
    'yaml.md': '---\ntitle: [\n---\n',
    'no-title.md': '---\ndate: 2024-01-01\n---\n',
    'title-list.md': '---\ntitle: [1, 2]\n---\n',
    'date.md': '---\ntitle: x\ndate: 2024-99-99\n---\n',
    'dir.md': '---\ntitle: x\ndir: up\n---\n',
    'related.md': '---\ntitle: x\nrelated: 3\n---\n',
    'bad-utf8.md': Buffer.concat([Buffer.from('---\ntitle: x\n---\n'), Buffer.from([0xff, 0xfe, 0x41])]),
  };
  for (const [name, content] of Object.entries(bad)) writeFileSync(join(broken, name), content);
  const big = join(broken, 'big.md');
  closeSync(openSync(big, 'w'));
  truncateSync(big, 51 * 1024 * 1024);
  mkdirSync(join(broken, 'folder.md'));
  symlinkSync(join(broken, 'nowhere'), join(broken, 'dangling.md'));
  symlinkSync(join(broken, 'loop.md'), join(broken, 'loop.md'));

  mkdirSync(files);
  writeFileSync(join(files, 'empty.txt'), '');
  writeFileSync(join(files, 'blank.txt'), '\n\n  \n');
  writeFileSync(join(files, 'binary.txt'), Buffer.from([1, 0, 0, 0, 2, 0, 0, 0]));
  writeFileSync(join(files, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص', 'utf16le')]));
  writeFileSync(join(files, 'latin1.txt'), Buffer.from([0x41, 0xe9, 0x20, 0xff, 0xfe, 0x0a]));
  writeFileSync(join(files, 'article.txt'), 'عنوان المقال\n\nنص المقال الأول هنا.\n');
  writeFileSync(join(files, 'plain-file'), 'x');
  mkdirSync(join(HOME, 'empty-folder'));
  mkdirSync(join(HOME, 'corrupt-data', 'qari'), { recursive: true });
  writeFileSync(join(HOME, 'corrupt-data', 'qari', 'feeds.json'), '{');
});

afterAll(async () => {
  await server.close();
});

interface Case {
  args: string[];
  options?: Parameters<typeof run>[1];
}

/** Each command's failures, and the warnings said on the way; the cases in a list run in their order. */
function cases(): (Case | Case[])[] {
  const L = ['--library', lib];
  const B = ['--library', broken];
  const url = (path: string) => `${server.url}${path}`;
  const corrupt = join(HOME, 'corrupt-data');
  return [
    // Options every command takes
    { args: ['--bidi', 'sideways', 'list'] },
    { args: ['--lang', 'fr', 'list'] },
    { args: ['--digits', 'roman', 'list'] },
    { args: ['--months', 'julian', 'list'] },
    { args: ['list', '--frobnicate'] },
    { args: ['list', '-z'] },
    { args: ['cat', SEED_ID, '--width'] },
    { args: ['list', '--json=yes'] },
    { args: ['--library', join(HOME, 'nowhere'), 'list'] },
    { args: ['--library', join(files, 'plain-file'), 'list'] },
    { args: ['--library', join(HOME, 'empty-folder'), 'list'] },
    { args: [...B, 'list'] },
    { args: ['one', 'two'] },
    // list
    { args: [...L, 'list', 'something'] },
    // cat
    { args: [...L, 'cat'] },
    { args: [...L, 'cat', 'one', 'two'] },
    { args: [...L, 'cat', 'nothing-like-it'] },
    { args: [...L, 'cat', 'مقال'] },
    { args: [...L, 'cat', SEED_ID, '--visual', '--format', 'json'] },
    { args: [...L, 'cat', SEED_ID, '--section', '99'] },
    { args: [...L, 'cat', 'one', '--section', '3'] },
    { args: [...L, 'cat', SEED_ID, '--format', 'xml'] },
    { args: [...L, 'cat', SEED_ID, '--width', 'wide'] },
    { args: [...L, 'cat', SEED_ID, '--width', '99999999'] },
    { args: [...B, 'cat', 'no-front'] },
    { args: [...B, 'cat', 'bad-utf8'] },
    { args: [...L, 'cat', join(HOME, 'missing.md')] },
    // related and search
    { args: [...L, 'related'] },
    { args: [...L, 'related', 'nothing-like-it'] },
    { args: [...L, 'search'] },
    { args: [...L, 'search', '...'] },
    { args: [...L, 'search', 'نص', '--limit', 'many'] },
    { args: [...L, 'search', 'نص', '--limit', '-1'] },
    // bidi
    { args: ['bidi', 'a', 'b'] },
    { args: ['bidi', '--dir', 'up'] },
    { args: ['bidi', join(HOME, 'missing.txt')] },
    { args: ['bidi', files] },
    // import of files
    { args: ['import'] },
    { args: ['import', 'a', 'b'] },
    { args: ['import', join(HOME, 'missing.txt')] },
    { args: ['import', files] },
    { args: ['import', join(files, 'empty.txt'), '--stdout'] },
    { args: ['import', join(files, 'blank.txt'), '--stdout'] },
    { args: ['import', join(files, 'binary.txt'), '--stdout'] },
    { args: ['import', join(files, 'utf16.txt'), '--stdout'] },
    { args: ['import', join(files, 'latin1.txt'), '--stdout'] },
    { args: ['import', join(files, 'article.txt'), '--id', 'name.md'] },
    { args: ['import', join(files, 'article.txt'), '--id', '.hidden'] },
    { args: ['import', join(files, 'article.txt'), '--timeout', '0'] },
    [{ args: ['import', join(files, 'article.txt'), '--library', join(HOME, 'new-library')] }, { args: ['import', join(files, 'article.txt'), '--library', join(HOME, 'new-library')] }],
    { args: ['import', '-', '--stdout'], options: { input: '' } },
    // import of web pages
    { args: ['import', 'http://'] },
    { args: ['import', 'ftp://example.org/a'] },
    { args: ['import', 'http://127.0.0.1:1/page'] },
    { args: ['import', `http://127.0.0.1:${closedPort}/page`] },
    { args: ['import', url('/missing'), '--stdout'] },
    { args: ['import', url('/loop'), '--stdout'] },
    { args: ['import', url('/nowhere'), '--stdout'] },
    { args: ['import', url('/image.png'), '--stdout'] },
    { args: ['import', url('/feed.xml'), '--stdout'] },
    { args: ['import', url('/empty.html'), '--stdout'] },
    { args: ['import', url('/slow'), '--stdout', '--timeout', '1'] },
    [{ args: ['import', url('/page.html'), '--library', join(HOME, 'web-library')] }, { args: ['import', url('/page.html'), '--library', join(HOME, 'web-library')] }],
    // feeds
    { args: ['feed'] },
    { args: ['feed', 'follow'] },
    { args: ['feed', 'add'] },
    { args: ['feed', 'list', 'x'] },
    { args: ['feed', 'update', 'a', 'b'] },
    { args: ['feed', 'list'], options: { data: join(HOME, 'no-feeds') } },
    { args: ['feed', 'update'], options: { data: join(HOME, 'no-feeds') } },
    { args: ['feed', 'add', url('/page.html')] },
    [
      { args: ['feed', 'add', url('/feed.xml')] },
      { args: ['feed', 'add', url('/feed.xml')] },
      { args: ['feed', 'update', 'nothing-like-it'] },
      { args: ['feed', 'update', '--library', join(HOME, 'feed-library')] },
    ],
    { args: ['feed', 'list'], options: { data: corrupt } },
    // --help, of qari and of each command
    { args: ['--help'] },
    ...['list', 'cat', 'import', 'feed', 'bidi', 'related', 'search'].map((command) => ({ args: [command, '--help'] })),
    // the output cannot be written
    { args: [...L, 'list'], options: { stdout: openSync('/dev/full', 'w') } },
  ];
}

describe('every message of the command line in Arabic', () => {
  it('has no English word that the user did not type', async () => {
    const untranslated: string[] = [];
    const runInOrder = async (group: Case[]) => {
      for (const { args, options } of group) {
        const result = await run(args, options);
        // What a command prints is its own (an article's text, a path); what --help or a failure prints is qari's.
        const said = result.stderr + (result.status === 0 && !args.includes('--help') ? '' : result.stdout);
        for (const line of said.split('\n')) {
          const words = foreignWords(line, args);
          if (words.length > 0) untranslated.push(`qari ${args.join(' ')}\n    ${line}\n    (${words.join(', ')})`);
        }
      }
    };
    const queue = cases().map((item) => (Array.isArray(item) ? item : [item]));
    // A few processes at a time: the machine is shared, and each process starts in a fraction of a second.
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let group = queue.shift(); group; group = queue.shift()) await runInOrder(group);
    }));
    expect(untranslated.sort().join('\n')).toBe('');
  }, 300_000);
});
