// Related-article blocks: "اقرأ أيضاً", "مواضيع ذات صلة", "حول هذه القصة", "الأكثر
// قراءة", rel=related links, link lists in <aside>. Their links go to the article's
// `related` list and the blocks leave the page before the body is read.
import { foldKey } from '../fold.js';
import { elements, nameTokens, textOf, type DomDocument, type DomElement } from './dom.js';

export interface RelatedLink {
  title: string;
  href: string | null;
}

const MARKERS = [
  'اقرأ أيضاً', 'اقرأ أيضا', 'اقرأ المزيد', 'اقرأ كذلك', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'أخبار ذات صلة', 'ذات صلة', 'مواضيع متعلقة', 'حول هذه القصة',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تصفحاً', 'الأكثر تصفحا', 'الأكثر مشاركة', 'الأكثر تداولاً', 'قد يعجبك أيضاً', 'قد يعجبك أيضا', 'related', 'related articles', 'related posts', 'read more', 'read also', 'more on this story', 'most read', 'you may also like',
];
const MARKER_KEYS = MARKERS.map(markerKey);

/** Removes the related blocks from the document and gives their links, in page order. */
export function takeRelated(document: DomDocument, explain: string[]): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (const block of relatedBlocks(document)) {
    const found = elements(block.element.querySelectorAll('a[href]'))
      .map((anchor) => ({ title: textOf(anchor), href: anchor.getAttribute('href') }))
      .filter((link) => link.title !== '' && !isMarker(link.title));
    explain.push(`${describe(block.element)} → related list (${found.length} link${found.length === 1 ? '' : 's'}): ${block.why}`);
    links.push(...found);
    block.element.remove();
  }
  for (const anchor of elements(document.querySelectorAll('a[rel~="related"]'))) {
    const title = textOf(anchor);
    if (title !== '') links.push({ title, href: anchor.getAttribute('href') });
    explain.push(`${describe(anchor)} → related list: rel=related`);
    anchor.remove();
  }
  return links;
}

function relatedBlocks(document: DomDocument): { element: DomElement; why: string }[] {
  const found: { element: DomElement; why: string }[] = [];
  const seen = new Set<DomElement>();
  const add = (element: DomElement, why: string) => {
    if ([...seen].some((outer) => outer === element || contains(outer, element))) return;
    seen.add(element);
    found.push({ element, why });
  };
  // A heading (or a short first line) that is a marker: its block is the nearest container with links.
  for (const heading of elements(document.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, span, div'))) {
    if (heading.children.length > 2 || !isMarker(textOf(heading))) continue;
    const block = containerWithLinks(heading);
    if (block) add(block, `headed "${textOf(heading)}"`);
  }
  for (const element of elements(document.querySelectorAll('section, aside, div, ul, nav'))) {
    const tokens = nameTokens(element);
    if (tokens.includes('related') || tokens.includes('relatedposts') || (tokens.includes('read') && tokens.includes('also')) || (tokens.includes('most') && tokens.includes('read'))) {
      if (linkCount(element) > 0) add(element, `class "${element.className}"`);
    }
  }
  for (const aside of elements(document.querySelectorAll('aside'))) {
    if (linkCount(aside) >= 2 && isMostlyLinks(aside)) add(aside, 'an <aside> list of links');
  }
  return found;
}

function isMarker(text: string): boolean {
  const key = markerKey(text);
  return key.length <= 40 && MARKER_KEYS.includes(key);
}

function markerKey(text: string): string {
  return foldKey(text).replace(/[\u064B-\u0652]/g, '').replace(/[:：.،,!\s]+$/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The smallest ancestor of a marker heading that holds links other than the heading's own. */
function containerWithLinks(heading: DomElement): DomElement | null {
  let element: DomElement | null = heading.parentElement;
  for (let depth = 0; element && depth < 4; depth++, element = element.parentElement) {
    if (element.localName === 'body' || element.localName === 'article' || element.localName === 'main') return null;
    if (linkCount(element) - linkCount(heading) > 0) return isMostlyLinks(element) ? element : null;
  }
  return null;
}

function linkCount(element: DomElement): number {
  return element.querySelectorAll('a[href]').length;
}

export function isMostlyLinks(element: DomElement): boolean {
  const total = textOf(element).length;
  if (total === 0) return false;
  const linked = elements(element.querySelectorAll('a')).reduce((sum, anchor) => sum + textOf(anchor).length, 0);
  return linked / total >= 0.5;
}

function contains(outer: DomElement, inner: DomElement): boolean {
  for (let node: DomElement | null = inner.parentElement; node; node = node.parentElement) if (node === outer) return true;
  return false;
}

export function describe(element: DomElement): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = (element.className ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2).map((name) => `.${name}`).join('');
  return `<${element.localName}${id}${classes}>`;
}
