// `qari import` of web pages: saved files, standard input and http addresses served by
// a local server the tests start and stop; every failure one line, nothing written.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../support/run-cli-async.js';
import { redirect, send, startServer, type TestServer } from '../support/web-server.js';

const FIXTURES = new URL('../fixtures/web/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
const HTML = 'text/html; charset=utf-8';

let server: TestServer;

beforeAll(async () => {
  const news = fixture('news-cms.html');
  server = await startServer({
    '/news.html': send(news, HTML),
    '/wordpress.html': send(fixture('wordpress-post.html'), HTML),
    '/old.html': send(fixture('windows-1256-no-charset.html'), 'text/html'),
    '/declared-1256.html': send(fixture('windows-1256-no-charset.html'), 'text/html; charset=windows-1256'),
    '/r1': redirect('/r2'),
    '/r2': redirect('/r3', 301),
    '/r3': redirect('/news.html', 307),
    '/loop': redirect('/loop'),
    '/error': (_, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<h1>oops</h1>');
    },
    '/slow': (_, response) => {
      const timer = setTimeout(() => response.end(news), 5000);
      response.on('close', () => clearTimeout(timer));
    },
    '/huge': (_, response) => {
      response.writeHead(200, { 'content-type': HTML });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 12 && response.write(chunk)) sent++;
        if (sent >= 12) response.end();
        else response.once('drain', () => (sent++, more()));
      };
      more();
    },
    '/image.png': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'),
  });
});

afterAll(async () => {
  await server.close();
});

function library(): string {
  return mkdtempSync(join(tmpdir(), 'qari-web-lib-'));
}

function data(): string {
  return mkdtempSync(join(tmpdir(), 'qari-web-data-'));
}

describe('qari import URL', () => {
  it('imports a page into the library, marked unread, with the user agent naming qari', async () => {
    const dir = library();
    const env = { XDG_DATA_HOME: data() };
    const result = await runCliAsync(['import', `${server.url}/news.html`, '--library', dir], { env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = result.stdout.trim();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الواحة\n');
    expect(text).toContain('url: https://news.example/ar/2024/03/solar-desalination-oasis\n');
    expect(server.requests.find((request) => request.path === '/news.html')?.headers['user-agent']).toMatch(/^qari\//);
    const unread = await runCliAsync(['list', '--unread', '--library', dir], { env });
    expect(unread.stdout).toContain('افتتاح أول محطة');
  });

  it('refuses the same canonical address twice, naming the article; --force imports it again in place', async () => {
    const dir = library();
    const first = await runCliAsync(['import', `${server.url}/news.html`, '--library', dir]);
    expect(first.status).toBe(0);
    const again = await runCliAsync(['import', `${server.url}/news.html`, '--library', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^qari: https:\/\/news\.example\/ar\/2024\/03\/solar-desalination-oasis is already in the library as "2024-03-10-[a-z-]+" .*--force/);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    const forced = await runCliAsync(['import', `${server.url}/news.html`, '--library', dir, '--force']);
    expect(forced.status).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.md'))).toHaveLength(1);
  });

  it('follows up to five redirects and refuses a loop', async () => {
    const ok = await runCliAsync(['import', `${server.url}/r1`, '--stdout']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('source: صحيفة المرصد');
    const loop = await runCliAsync(['import', `${server.url}/loop`, '--stdout']);
    expect(loop).toMatchObject({ status: 1, stdout: '' });
    expect(loop.stderr).toMatch(/^qari: .*more than 5 redirects\n$/);
  });

  it('decodes by the HTTP charset, or detects windows-1256 when nothing declares one', async () => {
    for (const path of ['/old.html', '/declared-1256.html']) {
      const result = await runCliAsync(['import', `${server.url}${path}`, '--stdout']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('title: أسواق المدينة القديمة تستعيد زوارها');
    }
  });

  it.each([
    ['404', '/missing', /the server answered 404/],
    ['500', '/error', /the server answered 500/],
    ['a page that is not HTML', '/image.png', /is not a web page \(image\/png\)/],
    ['a page over 10 MB', '/huge', /larger than 10 MB/],
    ['a slow page (timeout)', '/slow', /no answer within 1 s \(timed out\)/],
  ])('%s: one line on stderr, exit 1, nothing written', async (_, path, message) => {
    const dir = library();
    const timeout = path === '/slow' ? ['--timeout', '1'] : [];
    const result = await runCliAsync(['import', `${server.url}${path}`, '--library', dir, ...timeout]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses addresses that are not http or https, and a refused connection is one line', async () => {
    for (const address of ['file:///etc/passwd', 'ftp://example.org/a.html', 'javascript:alert(1)']) {
      const result = await runCliAsync(['import', address, '--stdout']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^qari: .*only http and https\n$/);
    }
    const closed = await startServer({});
    const url = closed.url;
    await closed.close();
    const refused = await runCliAsync(['import', `${url}/page.html`, '--stdout']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^qari: 127\.0\.0\.1:\d+: connection refused\n$/);
  });
});

describe('qari import of saved pages', () => {
  it('HTML on standard input is recognised by its content', async () => {
    const result = await runCliAsync(['import', '-', '--stdout'], { input: fixture('wordpress-post.html') });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('author: كريم منصور');
    expect(result.stdout).toContain('## ابدأ بالخيارات الصارمة');
  });

  it('a saved page without .html in its name is still a page', async () => {
    const file = join(library(), 'saved-page');
    writeFileSync(file, fixture('news-cms.html'));
    const result = await runCliAsync(['import', file, '--stdout']);
    expect(result.stdout).toContain('> — أم خالد، من سكان الواحة');
  });

  it('--explain says which element became what and why the rest was dropped', async () => {
    const result = await runCliAsync(['import', new URL('news-cms.html', FIXTURES).pathname, '--explain']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^encoding: utf-8/);
    expect(result.stdout).toContain('date: JSON-LD datePublished');
    expect(result.stdout).toMatch(/<aside\.read-also> → related list \(2 links\)/);
    expect(result.stdout).toMatch(/<nav\.main-nav> dropped: navigation/);
    expect(result.stdout).toMatch(/<h2> → section: كيف تعمل المحطة؟/);
  });

  it('qari cat --format text of an imported page reads as the page does', async () => {
    const dir = library();
    const imported = await runCliAsync(['import', new URL('news-cms.html', FIXTURES).pathname, '--library', dir]);
    const id = imported.stdout.trim().split('/').at(-1)?.replace(/\.md$/, '') ?? '';
    const text = (await runCliAsync(['cat', id, '--format', 'text', '--library', dir, '--width', '200'])).stdout;
    const order = ['افتتاح أول محطة', 'ألواح شمسية تحيط', 'افتتحت السلطات', 'كيف تعمل المحطة؟', 'ثمانية آلاف لوح', 'ردود الأهالي', 'لأول مرة منذ عشرين عاماً', 'أم خالد', 'ومن المنتظر'];
    const positions = order.map((words) => text.indexOf(words));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toMatch(/الأكثر قراءة|جميع الحقوق|سياسة الخصوصية/);
  });

  it('a text file in ISO-8859-6 is imported as Arabic, not as mojibake', async () => {
    const file = join(library(), 'iso.txt');
    writeFileSync(file, singleByte('iso-8859-6', 'سوق الكتب\n\nيجتمع باعة الكتب كل جمعة في الساحة.\n'));
    const result = await runCliAsync(['import', file, '--stdout']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('title: سوق الكتب');
    expect(existsSync(file)).toBe(true);
  });
});

/** Text in a single-byte encoding (the inverse of the platform's decoder). */
function singleByte(encoding: string, text: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}
