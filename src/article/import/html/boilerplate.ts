// What a page carries around its article and never reads as part of it: scripts and
// styles, navigation, site header and footer, forms, share buttons, comments, tags,
// breadcrumbs, tables of contents, Wikipedia's infobox, navbox and edit links.
import { elements, nameTokens, textOf, type DomDocument, type DomElement } from './dom.js';
import { describe } from './related.js';

const NEVER_TEXT = 'script, style, noscript, template, iframe, frame, object, embed, svg, canvas, form, button, input, select, textarea, link, meta, dialog';
const STRUCTURAL = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], aside, [hidden], [aria-hidden="true"]';

/** Class or id tokens that mark page furniture, and what to call it. */
const FURNITURE: [RegExp, string][] = [
  [/^(?:share|sharing|sharedaddy|social|sociallinks)$/, 'share buttons'],
  [/^(?:comments?|respond|disqus)$/, 'comments'],
  [/^(?:breadcrumbs?|crumbs)$/, 'breadcrumbs'],
  [/^(?:tags|tagcloud|taglist|keywords|catlinks|categories)$/, 'tags'],
  [/^(?:ad|ads|advert|advertisement|adspace|sponsored|promo|banner)$/, 'an advertisement'],
  [/^(?:newsletter|subscribe|subscription|signup)$/, 'a sign-up box'],
  [/^(?:toc|toctitle)$/, 'a table of contents'],
  [/^(?:navbox|infobox|sidebar|vertical)$/, 'an infobox or navbox'],
  [/^(?:editsection|skip|screen|noprint|printfooter|footer|copyright|colophon|sitesub|jump)$/, 'site furniture'],
  [/^(?:toolbar|tools|pagination|pager)$/, 'page tools'],
];

const META_TOKENS = /^(?:byline|author|meta|date|time|timestamp|dateline|posted|published|pubdate)$|tmstmp|athr|byline/;

/** A short element that holds the date or the author: metadata (already read), not body. */
export function isDateOrByline(element: DomElement): boolean {
  const text = textOf(element);
  if (text.length > 160 || element.querySelector('h1')) return false;
  if (element.querySelector('time') && text.length < 120) return true;
  return nameTokens(element).some((token) => META_TOKENS.test(token));
}

/** A link to the site's own policy pages (not a story that mentions privacy). */
const POLICY_PAGE = /\/(?:privacy|terms|community[_-]?guidelines|guidelines|cookies?|policy|disclaimer)(?:[._-][\w-]*)?(?:\.\w+)?\/?$/i;

/** The notice under an article that links to the site's privacy or terms pages, with its block when small. */
function sitePolicyNotices(document: DomDocument): DomElement[] {
  const found: DomElement[] = [];
  for (const anchor of elements(document.querySelectorAll('a[href]'))) {
    if (!POLICY_PAGE.test((anchor.getAttribute('href') ?? '').split(/[?#]/)[0] ?? '')) continue;
    const paragraph = anchor.closest('p, li, div');
    if (!paragraph || textOf(paragraph).length > 600) continue;
    const block = paragraph.parentElement;
    const small = block && block.localName === 'div' && textOf(block).length <= 600 && block.querySelectorAll('p').length <= 3 && !block.querySelector('h1, article');
    found.push(small ? block : paragraph);
  }
  return found;
}

export function removeBoilerplate(document: DomDocument, explain: string[]): void {
  const scripts = elements(document.querySelectorAll(NEVER_TEXT));
  for (const element of scripts) element.remove();
  if (scripts.length > 0) explain.push(`${scripts.length} script, style, form and embedded elements dropped: never article text`);
  for (const element of elements(document.querySelectorAll(STRUCTURAL))) drop(element, explain, 'navigation or a side column');
  for (const element of elements(document.querySelectorAll('header'))) {
    if (!element.querySelector('h1')) drop(element, explain, 'a header without the title');
  }
  for (const element of elements(document.querySelectorAll('footer'))) {
    if (!element.closest('blockquote, figure')) drop(element, explain, 'a footer');
  }
  for (const element of elements(document.querySelectorAll('sup.reference, .mw-editsection, .reference, a.mw-jump-link'))) element.remove();
  for (const element of sitePolicyNotices(document)) drop(element, explain, "the site's comment or privacy notice");
  for (const element of elements(document.querySelectorAll('p, div, span, ul'))) {
    if (element.isConnected && isDateOrByline(element)) drop(element, explain, 'the byline or date line (read as metadata)');
  }
  for (const element of elements(document.querySelectorAll('[class], [id]'))) {
    if (!element.isConnected) continue; // already gone with an ancestor
    const tokens = nameTokens(element);
    const match = FURNITURE.find(([pattern]) => tokens.some((token) => pattern.test(token)));
    if (match && !isArticleItself(element)) drop(element, explain, match[1]);
  }
}

/** Never drop the element that holds the article (a wrapper whose class says "ad-free"…). */
function isArticleItself(element: DomElement): boolean {
  return element.localName === 'article' || element.localName === 'main' || element.localName === 'body' || element.querySelector('h1') !== null || textOf(element).length > 2000;
}

function drop(element: DomElement, explain: string[], why: string): void {
  if (!element.isConnected) return;
  const text = textOf(element);
  explain.push(`${describe(element)} dropped: ${why}${text ? ` ("${text.length > 50 ? `${text.slice(0, 50)}…` : text}")` : ''}`);
  element.remove();
}
