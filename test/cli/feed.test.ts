// `qari feed add|list|update` against feeds served by a local server: new items come
// into the library unread, a second update costs a 304, one failing feed stops no other.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../support/run-cli-async.js';
import { send, startServer, type Route, type TestServer } from '../support/web-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url));
const HTML = 'text/html; charset=utf-8';

/** A feed answering 304 to its own ETag. */
function withEtag(body: Buffer, contentType: string, etag: string): Route {
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType, etag });
    response.end(body);
  };
}

let server: TestServer;
let flakyDown = false;
/** Item pages being answered right now, and the most at once. */
let inFlight = 0;
let mostInFlight = 0;

const ITEMS = 8;
const manyItemsFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار كثيرة</title><link>/</link>${Array.from({ length: ITEMS }, (_, index) => `<item><title>خبر رقم ${index + 1}</title><link>/many/${index + 1}.html</link></item>`).join('')}</channel></rss>`;

function manyPage(index: string): string {
  return `<!DOCTYPE html><html lang="ar"><head><title>خبر رقم ${index}</title></head><body><article><h1>خبر رقم ${index}</h1><p>${'نص الخبر رقم '.concat(index, ' في فقرة طويلة بما يكفي لتكون فقرة حقيقية من فقرات الأخبار اليومية في صحيفة محلية صغيرة. ').repeat(4)}</p></article></body></html>`;
}

const slowPages: Record<string, Route> = Object.fromEntries(
  Array.from({ length: ITEMS }, (_, index) => [
    `/many/${index + 1}.html`,
    ((_request, response) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        response.writeHead(200, { 'content-type': HTML });
        response.end(manyPage(String(index + 1)));
      }, 400);
    }) satisfies Route,
  ]),
);

beforeAll(async () => {
  server = await startServer({
    '/feed.xml': withEtag(fixture('feed-rss.xml'), 'application/rss+xml', '"rss-v1"'),
    '/news/market.html': send(fixture('market-page.html'), HTML),
    '/feeds/atom.xml': withEtag(fixture('feed-atom.xml'), 'application/atom+xml', '"atom-v1"'),
    '/blog/saj.html': send(fixture('saj-page.html'), HTML),
    '/flaky.xml': (request, response) => {
      if (flakyDown) {
        response.writeHead(503);
        response.end();
      } else send(fixture('feed-atom.xml'), 'application/atom+xml')(request, response);
    },
    '/not-a-feed.html': send(fixture('news-cms.html'), HTML),
    '/many.xml': send(manyItemsFeed, 'application/rss+xml'),
    ...slowPages,
  });
});

afterAll(async () => {
  await server.close();
});

function setup() {
  const home = mkdtempSync(join(tmpdir(), 'qari-feed-'));
  const dir = join(home, 'library');
  const env = { XDG_DATA_HOME: join(home, 'data') };
  const run = (...args: string[]) => runCliAsync([...args, '--library', dir], { env });
  return { dir, run };
}

const articles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.md'));

describe('qari feed', () => {
  it('add + update brings the RSS items in (full content from the feed, a summary-only item from its page), unread; a second update fetches nothing', async () => {
    const { dir, run } = setup();
    const added = await run('feed', 'add', `${server.url}/feed.xml`);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('نشرة الحي الإخبارية');
    expect((await run('feed', 'list')).stdout).toMatch(/^1\tنشرة الحي الإخبارية\thttp:\/\/127\.0\.0\.1:\d+\/feed\.xml\t0 imported\n$/);

    const update = await run('feed', 'update');
    expect(update.stderr).toBe('');
    expect(update.stdout).toBe('نشرة الحي الإخبارية: 2 new articles\n');
    expect(articles(dir)).toHaveLength(2);
    const park = readFileSync(join(dir, articles(dir).find((name) => name.startsWith('2024-05-04')) ?? ''), 'utf8');
    expect(park).toContain('title: افتتاح حديقة عامة جديدة قرب المدرسة\n');
    expect(park).toContain('author: ليلى يوسف\n');
    expect(park).toContain('source: نشرة الحي الإخبارية\n');
    expect(park).toContain('![أطفال يلعبون في الحديقة يوم الافتتاح]()');
    expect(park).toContain('## ما الذي تضمه الحديقة؟');
    expect(park).toContain('> — أحد سكان الحي');
    // Relative links in the item resolve against the item's address.
    expect(park).toContain(`[نافورة مياه للشرب](${server.url}/news/fountain.html)`);
    expect(park).not.toContain('alert');
    const market = readFileSync(join(dir, articles(dir).find((name) => name.startsWith('2024-05-03')) ?? ''), 'utf8');
    expect(market).toContain('author: سامر حداد');
    expect(market).toContain('قررت لجنة السوق نقل سوق المزارعين');
    expect(market).not.toContain('الرئيسية');

    const unread = await run('list', '--unread');
    expect(unread.stdout.trim().split('\n')).toHaveLength(2);

    const before = server.requests.length;
    const second = await run('feed', 'update');
    expect(second.stdout).toBe('نشرة الحي الإخبارية: nothing new (not modified)\n');
    const requests = server.requests.slice(before);
    expect(requests.map((request) => request.path)).toEqual(['/feed.xml']);
    expect(requests[0]?.headers['if-none-match']).toBe('"rss-v1"');
    expect(articles(dir)).toHaveLength(2);
  });

  it('an Atom feed of summaries: each page is fetched and read', async () => {
    const { dir, run } = setup();
    await run('feed', 'add', `${server.url}/feeds/atom.xml`);
    const update = await run('feed', 'update', '1');
    expect(update.stdout).toBe('مدونة الطبخ البيتي: 1 new article\n');
    const saj = readFileSync(join(dir, articles(dir)[0] ?? ''), 'utf8');
    expect(saj).toContain('title: خبز الصاج في البيت\n');
    expect(saj).toContain('date: 2024-04-20\n');
    expect(saj).toContain('author: هدى سليمان\n');
    expect(saj).toContain('## المقادير');
    expect(saj).toContain('1. اعجني المقادير');
  });

  it('a feed that fails is one line on stderr and exit 1; the other feeds are still updated', async () => {
    const { dir, run } = setup();
    await run('feed', 'add', `${server.url}/flaky.xml`);
    await run('feed', 'add', `${server.url}/feed.xml`);
    flakyDown = true;
    try {
      const update = await run('feed', 'update');
      expect(update.status).toBe(1);
      expect(update.stderr).toMatch(/^qari: feed مدونة الطبخ البيتي: .*the server answered 503 Service Unavailable\n$/);
      expect(update.stdout).toContain('نشرة الحي الإخبارية: 2 new articles');
      expect(articles(dir)).toHaveLength(2);
      expect((await run('feed', 'list')).stdout).toContain('last update failed');
    } finally {
      flakyDown = false;
    }
  });

  it('fetches item pages four at a time at most', async () => {
    const { dir, run } = setup();
    await run('feed', 'add', `${server.url}/many.xml`);
    const update = await run('feed', 'update');
    expect(update.stdout).toBe(`أخبار كثيرة: ${ITEMS} new articles\n`);
    expect(articles(dir)).toHaveLength(ITEMS);
    expect(mostInFlight).toBe(4);
  });

  it('qari import of a feed address says to follow it instead', async () => {
    const result = await runCliAsync(['import', `${server.url}/feed.xml`, '--stdout']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^qari: http:\/\/127\.0\.0\.1:\d+\/feed\.xml is a feed, not a page; follow it with qari feed add http:\/\/127\.0\.0\.1:\d+\/feed\.xml\n$/);
  });

  it('refuses a page that is not a feed, and a feed added twice', async () => {
    const { run } = setup();
    const page = await run('feed', 'add', `${server.url}/not-a-feed.html`);
    expect(page.status).toBe(1);
    expect(page.stderr).toMatch(/is not a feed qari can read/);
    await run('feed', 'add', `${server.url}/feed.xml`);
    const twice = await run('feed', 'add', `${server.url}/feed.xml`);
    expect(twice.stderr).toMatch(/^qari: already following/);
  });
});
