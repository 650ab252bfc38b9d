// The four feed formats to one shape: titles, absolute links, dates, authors, and
// whether the item carries its full content or only a summary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedBytes } from '../../src/feeds/parse-feed.js';
import { isoOf } from '../../src/feeds/item-page.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const FEED_URL = 'https://news.example/feeds/main.xml';

describe('parseFeedBytes', () => {
  it('RSS 2.0: relative links against the channel link, CDATA HTML, full content from content:encoded', () => {
    const feed = parseFeedBytes(readFileSync(new URL('../fixtures/web/feed-rss.xml', import.meta.url)), FEED_URL);
    expect(feed).toMatchObject({ format: 'rss', title: 'نشرة الحي الإخبارية', link: 'https://news.example/', lang: 'ar' });
    expect(feed.items[0]).toMatchObject({ key: 'park-2024-05', link: 'https://news.example/news/park.html', author: 'ليلى يوسف', full: true });
    expect(feed.items[0]?.html).toContain('<figcaption>');
    expect(feed.items[1]).toMatchObject({ title: 'موعد جديد لسوق المزارعين الأسبوعي', full: false, html: '<p>ينتقل سوق المزارعين إلى صباح الجمعة.</p>' });
  });

  it('Atom: the alternate link, the summary only, the author', () => {
    const feed = parseFeedBytes(readFileSync(new URL('../fixtures/web/feed-atom.xml', import.meta.url)), 'https://kitchen.example/feeds/atom.xml');
    expect(feed).toMatchObject({ format: 'atom', title: 'مدونة الطبخ البيتي', link: 'https://kitchen.example/blog/' });
    expect(feed.items[0]).toMatchObject({ link: 'https://kitchen.example/blog/saj.html', author: 'هدى سليمان', date: '2024-04-20T10:00:00Z', full: false });
  });

  it('RDF (RSS 1.0) with Dublin Core dates and creators', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>أخبار قديمة</title><link>https://old.example/</link><description>-</description></channel>
  <item rdf:about="https://old.example/1"><title>خبر أول</title><link>https://old.example/1</link><description>ملخص الخبر</description><dc:date>2010-05-01T08:00:00+03:00</dc:date><dc:creator>سعاد</dc:creator></item>
</rdf:RDF>`;
    const feed = parseFeedBytes(bytes(rdf), 'https://old.example/rss');
    expect(feed.format).toBe('rdf');
    expect(feed.items[0]).toMatchObject({ title: 'خبر أول', link: 'https://old.example/1', author: 'سعاد', full: false });
    expect(isoOf(feed.items[0]?.date ?? null)).toBe('2010-05-01');
  });

  it('JSON Feed: content_html is full content; content_text is escaped, never markup', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'مدونة جيسون',
      home_page_url: 'https://json.example/',
      items: [
        { id: 'a', url: '/posts/a', title: 'تدوينة', content_html: '<p>نص</p>', date_published: '2024-02-02T10:00:00Z', authors: [{ name: 'رامي' }] },
        { id: 'b', url: 'https://json.example/posts/b', title: 'أخرى', content_text: 'نص <script>x</script>' },
      ],
    });
    const feed = parseFeedBytes(bytes(json), 'https://json.example/feed.json');
    expect(feed.items[0]).toMatchObject({ key: 'a', link: 'https://json.example/posts/a', author: 'رامي', full: true });
    expect(feed.items[1]?.html).toBe('<p>نص &#60;script&#62;x&#60;/script&#62;</p>');
  });

  it('RFC 822 dates become ISO days as the feed writes them', () => {
    expect(isoOf('Sat, 04 May 2024 23:30:00 +0300')).toBe('2024-05-04');
    expect(isoOf('not a date')).toBeNull();
  });

  it('anything else is one FeedError line', () => {
    expect(() => parseFeedBytes(bytes('<html><body>not a feed</body></html>'), FEED_URL)).toThrow(FeedError);
    expect(() => parseFeedBytes(bytes('{"a": 1}'), FEED_URL)).toThrow(/is not a feed qari can read/);
  });
});
