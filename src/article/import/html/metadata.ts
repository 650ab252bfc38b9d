// What a page says about its article, in the order qari trusts it: JSON-LD first,
// then OpenGraph and article:* meta, then <time datetime>, then the visible byline.
import { parseDateLine } from '../dates.js';
import { elements, nameTokens, textOf, type DomDocument, type DomElement } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { splitSiteSuffix } from './title.js';

export interface PageMetadata {
  title: string | null;
  date: string | null;
  author: string | null;
  source: string | null;
  /** The canonical URL, absolute, http(s) only. */
  url: string | null;
  lang: string | null;
  dir: 'rtl' | 'ltr' | null;
  /** Where each field came from, for --explain. */
  evidence: string[];
}

export function readMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const evidence: string[] = [];
  const ld = readJsonLd(document);
  const meta = (key: string) => metaContent(document, key);
  const pick = (field: string, candidates: [string | null | undefined, string][]): string | null => {
    for (const [value, from] of candidates) {
      if (value) {
        evidence.push(`${field}: ${from}`);
        return value;
      }
    }
    return null;
  };
  const heading = firstHeading(document);
  const siteFromMeta = pick('source', [
    [ld?.publisher, 'JSON-LD publisher'],
    [meta('og:site_name'), 'og:site_name'],
    [meta('application-name'), 'meta application-name'],
    [ld?.siteName, 'JSON-LD WebSite name'],
  ]);
  const rawTitle = pick('title', [
    [ld?.headline, 'JSON-LD headline'],
    [meta('og:title'), 'og:title'],
    [meta('twitter:title'), 'twitter:title'],
    [heading, '<h1>'],
    [textOrNull(document.querySelector('title')), '<title>'],
  ]);
  const split = rawTitle ? splitSiteSuffix(rawTitle, siteFromMeta ? [siteFromMeta] : [], heading) : { title: null, site: null };
  if (split.site) evidence.push(`title: site suffix "${split.site}" removed`);
  const source = siteFromMeta ?? (split.site && !/^[\w.-]+\.[a-z]{2,}$/i.test(split.site) ? split.site : null) ?? bylineSource(document);
  if (!siteFromMeta && source) evidence.push('source: the title suffix or the byline line');
  const date = pick('date', [
    [isoDate(ld?.datePublished), 'JSON-LD datePublished'],
    [isoDate(meta('article:published_time')), 'article:published_time'],
    [isoDate(meta('og:published_time') ?? meta('pubdate') ?? meta('date') ?? meta('dc.date') ?? meta('dcterms.created')), 'a date meta tag'],
    [isoDate(timeDatetime(document)), '<time datetime>'],
    [visibleDate(document), 'a date line on the page'],
  ]);
  const author = pick('author', [
    [ld && ld.authors.length > 0 ? ld.authors.join('، ') : null, 'JSON-LD author'],
    [notUrl(meta('article:author')), 'article:author'],
    [notUrl(meta('author')), 'meta author'],
    [visibleByline(document), 'the byline on the page'],
  ]);
  const url = pick('url', [
    [httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl), '<link rel=canonical>'],
    [httpUrl(meta('og:url'), pageUrl), 'og:url'],
    [httpUrl(ld?.url, pageUrl), 'JSON-LD url'],
    [httpUrl(pageUrl, null), 'the address it was fetched from'],
  ]);
  const root = document.documentElement;
  const lang = root.getAttribute('lang')?.trim() || meta('og:locale')?.replace('_', '-') || meta('content-language') || null;
  const dirAttribute = root.getAttribute('dir')?.toLowerCase() ?? document.body?.getAttribute('dir')?.toLowerCase();
  const dir = dirAttribute === 'rtl' || dirAttribute === 'ltr' ? dirAttribute : null;
  return { title: split.title, date, author, source, url, lang, dir, evidence };
}

/** <meta property|name|http-equiv="key" content>, case-insensitive key. */
function metaContent(document: DomDocument, key: string): string | null {
  for (const meta of elements(document.querySelectorAll('meta'))) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (name === key) {
      const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
      if (content) return content;
    }
  }
  return null;
}

function textOrNull(element: DomElement | null): string | null {
  const text = element ? textOf(element) : '';
  return text === '' ? null : text;
}

function firstHeading(document: DomDocument): string | null {
  return textOrNull(document.querySelector('article h1') ?? document.querySelector('main h1') ?? document.querySelector('h1'));
}

/** YYYY-MM-DD from an ISO date or date-time as written (its own time zone's day). */
export function isoDate(value: string | null | undefined): string | null {
  const match = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCMonth() === month - 1 && real.getUTCDate() === day ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function timeDatetime(document: DomDocument): string | null {
  const preferred = document.querySelector('time[itemprop="datePublished"], time.published, time.entry-date, time[pubdate]') ?? document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return preferred?.getAttribute('datetime') ?? null;
}

const DATE_CLASS = /^(?:date|time|timestamp|tmstmp|strytmstmp|published|posted|pubdate|dateline)$/;

/** A short element whose class says it holds the date, read as a date line. */
function visibleDate(document: DomDocument): string | null {
  for (const element of elements(document.querySelectorAll('[class], [id]'))) {
    if (!nameTokens(element).some((token) => DATE_CLASS.test(token) || /tmstmp|timestamp/.test(token))) continue;
    const text = textOf(element);
    if (text.length === 0 || text.length > 120) continue;
    const date = parseDateLine(text) ?? datePrefix(text);
    if (date) return date;
  }
  return null;
}

/** "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00": the date is the first parts of the line. */
function datePrefix(text: string): string | null {
  const parts = text.split(/[،,|]/);
  for (let count = 1; count <= Math.min(parts.length, 3); count++) {
    const date = parseDateLine(parts.slice(0, count).join('،').trim());
    if (date) return date;
  }
  return null;
}

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author-name, .author, .writer, .entry-author';
const BYLINE_WORDS = /^(?:بقلم|بواسطة|كتب|كتبت|إعداد|اعداد|تحرير|by|written by)\s*[:：]?\s*/i;

function visibleByline(document: DomDocument): string | null {
  for (const element of elements(document.querySelectorAll(BYLINE_SELECTOR))) {
    const name = cleanByline(textOf(element));
    if (name) return name;
  }
  // A short line that starts "بقلم:"/"By" (a print page's header).
  for (const element of elements(document.querySelectorAll('p, div, span'))) {
    const text = textOf(element);
    if (text.length > 120 || !BYLINE_WORDS.test(text)) continue;
    const name = cleanByline(text.split(/\s[—–|-]\s/)[0] ?? '');
    if (name) return name;
  }
  return null;
}

function cleanByline(text: string): string | null {
  const name = text.replace(BYLINE_WORDS, '').replace(/\s+/g, ' ').trim();
  return name !== '' && name.length <= 80 && name.split(' ').length <= 8 ? name : null;
}

/** The byline line "بقلم: X — date — Site": its last part when it is neither the name nor the date. */
function bylineSource(document: DomDocument): string | null {
  for (const element of elements(document.querySelectorAll('p, div'))) {
    const text = textOf(element);
    if (text.length > 160 || !BYLINE_WORDS.test(text)) continue;
    const parts = text.split(/\s[—–|]\s/).map((part) => part.trim());
    const last = parts.at(-1);
    if (parts.length >= 3 && last && !parseDateLine(last) && last.split(' ').length <= 5) return last;
  }
  return null;
}

function notUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** An absolute http(s) URL, resolved against the page's, or null. */
export function httpUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
