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
