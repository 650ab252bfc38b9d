// A feed's bytes (RSS 2.0, Atom, RDF/RSS 1.0 or JSON Feed) to one shape: its title
// and items with absolute links, dates, authors, and full content or a summary.
import { parseFeed } from 'feedsmith';
import { decodeBytes } from '../article/import/decode.js';
import { declaredCharset, charsetOfContentType } from '../article/import/html/sniff.js';

export class FeedError extends Error {}

export interface FeedItem {
  /** Stable key: guid/id, else the link, else the title. */
  key: string;
  title: string;
  link: string | null;
  /** As the feed writes it (RFC 822 or ISO). */
  date: string | null;
  author: string | null;
  /** The item's HTML: full content when the feed carries it, else its summary. */
  html: string | null;
  /** True when `html` is the full article (content:encoded, Atom content, content_html). */
  full: boolean;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  link: string | null;
  lang: string | null;
  items: FeedItem[];
}

type Data = Record<string, unknown>;

export function parseFeedBytes(bytes: Uint8Array, feedUrl: string, contentType: string | null = null): ParsedFeed {
  let text: string;
  try {
    text = decodeBytes(bytes, feedUrl, charsetOfContentType(contentType) ?? declaredCharset(bytes)).text;
  } catch (error) {
    throw new FeedError(error instanceof Error ? error.message : String(error));
  }
  let parsed: { format: string; feed: unknown };
  try {
    const input = text.trimStart().startsWith('{') ? (JSON.parse(text) as unknown) : text;
    parsed = parseFeed(input as string) as { format: string; feed: unknown };
  } catch {
    throw new FeedError(`${feedUrl} is not a feed qari can read (RSS, Atom, RDF or JSON Feed)`);
  }
  const feed = asData(parsed.feed);
  const format = parsed.format === 'atom' || parsed.format === 'rdf' || parsed.format === 'json' ? parsed.format : 'rss';
  const link = absolute(format === 'atom' ? alternateLink(feed.links) : format === 'json' ? str(feed.home_page_url) : str(feed.link), feedUrl) ?? null;
  const base = link ?? feedUrl;
  const rawItems = asList(format === 'atom' ? feed.entries : feed.items);
  return {
    format,
    title: textValue(feed.title) ?? new URL(feedUrl).host,
    link,
    lang: str(feed.language) ?? str(feed.lang) ?? null,
    items: rawItems.map((item) => (format === 'atom' ? atomItem(asData(item), base) : format === 'json' ? jsonItem(asData(item), base) : rssItem(asData(item), base))),
  };
}

function rssItem(item: Data, base: string): FeedItem {
  const link = absolute(str(item.link), base) ?? absolute(permalinkGuid(item.guid), base);
  const encoded = str(asData(item.content).encoded);
  const description = str(item.description);
  const dc = asData(item.dc);
  const title = textValue(item.title) ?? firstText(description) ?? link ?? '';
  return {
    key: str(asData(item.guid).value) ?? str(item.guid) ?? link ?? title,
    title,
    link,
    date: str(item.pubDate) ?? firstOf(dc.dates) ?? str(dc.date),
    author: str(item.author) ?? firstOf(dc.creators) ?? str(dc.creator),
    html: encoded ?? description,
    full: encoded !== null,
  };
}

function atomItem(item: Data, base: string): FeedItem {
  const link = absolute(alternateLink(item.links), base);
  const content = asData(item.content);
  const contentHtml = str(content.value) ?? null;
  const summary = textValue(item.summary);
  const title = textValue(item.title) ?? link ?? '';
  return {
    key: str(item.id) ?? link ?? title,
    title,
    link,
    date: str(item.published) ?? str(item.updated),
    author: str(asData(asList(item.authors)[0]).name),
    html: contentHtml ?? summary,
    full: contentHtml !== null,
  };
}

function jsonItem(item: Data, base: string): FeedItem {
  const link = absolute(str(item.url), base) ?? absolute(str(item.external_url), base);
  const contentHtml = str(item.content_html) ?? (str(item.content_text) ? `<p>${escapeHtml(str(item.content_text) ?? '')}</p>` : null);
  const title = str(item.title) ?? link ?? '';
  return {
    key: str(item.id) ?? link ?? title,
    title,
    link,
    date: str(item.date_published) ?? str(item.date_modified),
    author: str(asData(asList(item.authors)[0]).name) ?? str(asData(item.author).name),
    html: contentHtml ?? (str(item.summary) ? `<p>${escapeHtml(str(item.summary) ?? '')}</p>` : null),
    full: contentHtml !== null,
  };
}

function alternateLink(links: unknown): string | null {
  const list = asList(links).map(asData);
  const alternate = list.find((link) => str(link.rel) === 'alternate' || link.rel === undefined) ?? list[0];
  return alternate ? str(alternate.href) : null;
}

function permalinkGuid(guid: unknown): string | null {
  const data = asData(guid);
  const value = str(data.value) ?? str(guid);
  return value && data.isPermaLink !== false && /^https?:\/\//i.test(value) ? value : null;
}

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Atom text constructs come as { value }; RSS ones as strings. */
function textValue(value: unknown): string | null {
  const text = str(value) ?? str(asData(value).value);
  return text ? text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() || null : null;
}

function firstText(html: string | null): string | null {
  const text = html?.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text.split(' ').slice(0, 10).join(' ');
}

function firstOf(value: unknown): string | null {
  return str(asList(value)[0]);
}

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function asData(value: unknown): Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
