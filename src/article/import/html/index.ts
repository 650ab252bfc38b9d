// A web page (HTML) to an Article: metadata by trust, related blocks to `related`,
// furniture dropped, the article's element mapped block by block. Pure: the caller
// reads files and fetches pages; nothing on the page runs or is fetched.
import { blockText } from '../../block-text.js';
import type { Article } from '../../model.js';
import { detectLanguage } from '../lang.js';
import { makeId } from '../make-id.js';
import { ImportError } from '../errors.js';
import { wordsKey } from '../fold.js';
import { directionOfLanguage } from '../../language-direction.js';
import { removeBoilerplate } from './boilerplate.js';
import { blocksOf } from './blocks.js';
import { articleRoot } from './container.js';
import { parseDocument } from './dom.js';
import { absoluteUrl, plainText, withoutFragment, type LinkContext } from './inline.js';
import { readMetadata } from './metadata.js';
import { takeRelated, type RelatedLink } from './related.js';

export interface HtmlImportOptions {
  /** The address the page came from (after redirects); null for a file or standard input. */
  pageUrl: string | null;
  /** Absolute URL → id of the library's articles, for links and related entries. */
  libraryIds?: ReadonlyMap<string, string>;
  id?: string;
}

export interface HtmlImportResult {
  article: Article;
  /** What each part of the page became, or why it was dropped. */
  explain: string[];
}

export function importHtml(html: string, options: HtmlImportOptions): HtmlImportResult {
  const explain: string[] = [];
  const document = parseDocument(html);
  const metadata = readMetadata(document, options.pageUrl);
  explain.push(...metadata.evidence);
  const base = absoluteUrl(document.querySelector('base[href]')?.getAttribute('href') ?? '', options.pageUrl) ?? options.pageUrl ?? metadata.url;
  const links: LinkContext = { base, libraryIds: options.libraryIds ?? new Map() };
  const related = takeRelated(document, explain);
  removeBoilerplate(document, explain);
  const root = articleRoot(document, explain);
  const title = metadata.title ? plainText(metadata.title) : '';
  const body = root ? blocksOf(root, links, title, explain) : { lead: [], sections: [] };
  const blockCount = body.lead.length + body.sections.reduce((sum, section) => sum + section.blocks.length + 1, 0);
  if (title === '' && blockCount === 0) throw new ImportError('no article found on the page: no title and no text');
  if (blockCount === 0) throw new ImportError('no article text found on the page');
  const text = [title, ...body.lead.map(blockText), ...body.sections.flatMap((section) => [section.heading, ...section.blocks.map(blockText)])].join('\n');
  const detected = detectLanguage(text);
  const lang = metadata.lang ?? detected.lang;
  const dir = metadata.dir ?? directionOfLanguage(lang) ?? detected.dir;
  const finalTitle = title || firstWords(text);
  const date = metadata.date;
  const article: Article = {
    id: options.id ?? makeId(finalTitle, date),
    title: finalTitle,
    date,
    lang,
    dir,
    source: metadata.source ? plainText(metadata.source) : null,
    author: metadata.author ? plainText(metadata.author) : null,
    lead: body.lead,
    sections: body.sections,
    related: relatedEntries(related, links, finalTitle),
  };
  if (metadata.url) article.url = metadata.url;
  return { article, explain: explain.map(plainText) };
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 8).join(' ');
}

/** Library ids for pages the library has, titles for the rest; no repeats, not the article itself. */
function relatedEntries(links: readonly RelatedLink[], context: LinkContext, title: string): string[] {
  const entries: string[] = [];
  const seen = new Set<string>([wordsKey(title)]);
  for (const link of links) {
    const url = link.href ? absoluteUrl(link.href, context.base) : null;
    const id = url ? context.libraryIds.get(withoutFragment(url)) : undefined;
    const entry = id ?? plainText(link.title);
    const key = wordsKey(entry);
    if (entry === '' || seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  return entries;
}
