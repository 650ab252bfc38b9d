// A feed item with its content, as the page it stands for: the same page reader then
// gives it title, date, author, source and body, and resolves its relative links
// against the item's own address.
import { escapeHtml, type FeedItem, type ParsedFeed } from './parse-feed.js';

export function itemPage(item: FeedItem, feed: ParsedFeed): string {
  const date = isoOf(item.date);
  const head = [
    `<title>${escapeHtml(item.title)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(feed.title)}">`,
    date ? `<meta property="article:published_time" content="${escapeHtml(date)}">` : '',
    item.author ? `<meta name="author" content="${escapeHtml(item.author)}">` : '',
    item.link ? `<link rel="canonical" href="${escapeHtml(item.link)}">` : '',
  ].join('');
  const lang = feed.lang ? ` lang="${escapeHtml(feed.lang)}"` : '';
  return `<!DOCTYPE html><html${lang}><head>${head}</head><body><article><h1>${escapeHtml(item.title)}</h1>${item.html ?? ''}</article></body></html>`;
}

/** RFC 822 ("Sat, 09 Mar 2024 10:00:00 +0300") or ISO to YYYY-MM-DD as the feed's own clock has it. */
export function isoOf(date: string | null): string | null {
  if (!date) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(date);
  if (iso?.[1]) return iso[1];
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(date);
  const month = rfc ? 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf((rfc[2] ?? '').toLowerCase()) / 3 + 1 : 0;
  if (!rfc || month < 1) return null;
  return `${rfc[3]}-${String(month).padStart(2, '0')}-${(rfc[1] ?? '').padStart(2, '0')}`;
}
