// The article's DOM to qari's blocks: h2–h4 start sections, <p> paragraphs,
// <figure>/<figcaption> and a lone <img alt> captions, <blockquote> quotes with their
// <cite>/<footer> as attribution, lists (nested ones flattened in order), <pre> code,
// tables as rows of cells. Each decision is noted for --explain.
import type { Block, Section } from '../../model.js';
import { wordsKey } from '../fold.js';
import { elements, FRAGMENT_NODE, isElement, nameTokens, TEXT_NODE, textOf, type DomElement, type DomNode } from './dom.js';
import { inlineOf, plainText, type LinkContext } from './inline.js';
import { sanitize } from '../../../text/sanitize.js';
import { describe, isMostlyLinks } from './related.js';
import { isDateOrByline } from './boilerplate.js';
import { tableBlock } from './table.js';

export interface Body {
  lead: Block[];
  sections: Section[];
}

interface Walk {
  body: Body;
  blocks: Block[];
  links: LinkContext;
  explain: string[];
  /** The title, folded: an <h1> or heading that repeats it is not a section. */
  titleKey: string;
  /** Loose inline nodes waiting to become one paragraph. */
  pending: DomNode[];
}

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);
const MINOR_HEADINGS = new Set(['h5', 'h6']);
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'body', 'center', 'span', 'font', 'header', 'details', 'hgroup', 'address']);
const INLINE = new Set(['a', 'b', 'strong', 'i', 'em', 'cite', 'code', 'kbd', 'tt', 'samp', 'small', 'big', 'u', 's', 'mark', 'abbr', 'time', 'q', 'sub', 'sup', 'br', 'wbr', 'bdi', 'bdo', 'ruby', 'label', 'data', 'del', 'ins', 'var', 'dfn']);

export function blocksOf(root: DomElement, links: LinkContext, title: string, explain: string[]): Body {
  const body: Body = { lead: [], sections: [] };
  const walk: Walk = { body, blocks: body.lead, links, explain, titleKey: wordsKey(title), pending: [] };
  walkChildren(walk, root);
  flush(walk);
  return body;
}

function walkChildren(walk: Walk, element: DomElement): void {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      walk.pending.push(child);
      continue;
    }
    if (!isElement(child)) continue;
    const name = child.localName;
    // A <span>/<font> of running text stays inline; one that holds blocks is walked.
    if (INLINE.has(name) || ((name === 'span' || name === 'font') && !hasBlocks(child))) {
      walk.pending.push(child);
      continue;
    }
    flush(walk);
    visit(walk, child);
  }
}

function visit(walk: Walk, element: DomElement): void {
  const name = element.localName;
  if (name === 'h1') return heading(walk, element, true);
  if (SECTION_HEADINGS.has(name)) return heading(walk, element, false);
  if (MINOR_HEADINGS.has(name)) return paragraph(walk, element, 'a minor heading (h5/h6) read as a paragraph');
  switch (name) {
    case 'p':
      return paragraphOrImages(walk, element);
    case 'figure':
      return figure(walk, element);
    case 'img':
      return image(walk, element, 'a lone <img> with alt text');
    case 'blockquote':
      return quote(walk, element);
    case 'ul':
    case 'ol':
      return list(walk, element);
    case 'pre':
      return code(walk, element);
    case 'table':
      return table(walk, element);
    case 'hr':
      return;
    case 'dl':
      return definitionList(walk, element);
    default:
      if (isThumb(element)) return figure(walk, element);
      if (isDateOrByline(element)) return note(walk, `${describe(element)} dropped: the byline or date line (read as metadata)`);
      if (!CONTAINERS.has(name) && !hasBlocks(element)) return paragraph(walk, element, `<${name}> read as a paragraph`);
      if (isLinkList(element)) return note(walk, `${describe(element)} dropped: a block of links (${textShort(element)})`);
      return walkChildren(walk, element);
  }
}

function note(walk: Walk, line: string): void {
  walk.explain.push(line);
}

function flush(walk: Walk): void {
  if (walk.pending.length === 0) return;
  const nodes = walk.pending;
  walk.pending = [];
  const fragment: DomNode = { nodeType: FRAGMENT_NODE, textContent: null, childNodes: nodes, parentNode: null };
  const inline = inlineOf(fragment, walk.links);
  if (inline.text === '') return;
  push(walk, { type: 'paragraph', text: inline.text, ...(inline.runs.length > 0 ? { runs: inline.runs } : {}) }, 'loose text read as a paragraph');
}

function push(walk: Walk, block: Block, why: string): void {
  walk.blocks.push(block);
  const text = 'text' in block ? block.text : block.type === 'list' ? block.items.join(' / ') : '';
  const kind = block.type === 'code' && block.lang === 'table' ? 'table (rows of cells)' : block.type;
  walk.explain.push(`${why} → ${kind}${text ? `: ${short(text)}` : ''}`);
}

function heading(walk: Walk, element: DomElement, isH1: boolean): void {
  const text = textOf(element);
  if (text === '') return;
  if (wordsKey(text) === walk.titleKey) return note(walk, `<${element.localName}> dropped: the title`);
  if (isH1 && walk.body.sections.length === 0 && walk.blocks.length === 0) return note(walk, `<h1> dropped: a page heading before the article (${short(text)})`);
  walk.blocks = [];
  walk.body.sections.push({ heading: text, blocks: walk.blocks });
  note(walk, `<${element.localName}> → section: ${short(text)}`);
}

function paragraph(walk: Walk, element: DomElement, why: string): void {
  const inline = inlineOf(element, walk.links);
  if (inline.text === '') return;
  push(walk, { type: 'paragraph', text: inline.text, ...(inline.runs.length > 0 ? { runs: inline.runs } : {}) }, why);
}

/** A <p> that holds only images is their captions; else a paragraph. */
function paragraphOrImages(walk: Walk, element: DomElement): void {
  if (textOf(element) === '' && element.querySelector('img')) {
    for (const img of elements(element.querySelectorAll('img'))) image(walk, img, 'an image alone in a <p>');
    return;
  }
  if (hasBlocks(element)) return walkChildren(walk, element);
  if (isDateOrByline(element)) return note(walk, `${describe(element)} dropped: the byline or date line (read as metadata)`);
  paragraph(walk, element, '<p>');
}

function figure(walk: Walk, element: DomElement): void {
  const captionElement = element.querySelector('figcaption, .thumbcaption, .caption, .wp-caption-text');
  const caption = captionElement ? inlineOf(captionElement, walk.links).text : '';
  const alt = element.querySelector('img')?.getAttribute('alt')?.trim() ?? '';
  const text = caption || cleanAlt(alt);
  if (text === '') {
    // A figure may hold a table, a quote or code rather than an image.
    if (element.querySelector('table, blockquote, pre')) return walkChildren(walk, element);
    return note(walk, `${describe(element)} dropped: an image without a caption or alt text`);
  }
  push(walk, { type: 'caption', text }, caption ? `${describe(element)} with its caption` : `${describe(element)} with alt text`);
}

function image(walk: Walk, element: DomElement, why: string): void {
  const alt = cleanAlt(element.getAttribute('alt') ?? '');
  if (alt === '') return note(walk, '<img> dropped: no alt text');
  push(walk, { type: 'caption', text: alt }, why);
}

function cleanAlt(alt: string): string {
  return plainText(alt);
}

const DASHES = /^[\s—–―-]+/;

function quote(walk: Walk, element: DomElement): void {
  const attributionElement = elements(element.querySelectorAll('footer, cite, .attribution, figcaption')).at(-1) ?? null;
  const attribution = attributionElement ? textOf(attributionElement).replace(DASHES, '').trim() : '';
  const skip = (node: DomElement) => attributionElement !== null && (node === attributionElement || node.localName === 'footer');
  const inline = inlineOf(element, walk.links, skip);
  if (inline.text === '') return;
  const text = inline.text.replace(/\s*[—–―-]+\s*$/, '');
  push(walk, { type: 'quote', text, attribution: attribution || null, ...(inline.runs.length > 0 ? { runs: inline.runs.filter((run) => run.end <= text.length) } : {}) }, attribution ? '<blockquote> with its attribution' : '<blockquote>');
}

function list(walk: Walk, element: DomElement): void {
  if (isLinkList(element)) return note(walk, `${describe(element)} dropped: a list of links (${textShort(element)})`);
  const items: string[] = [];
  const addItems = (listElement: DomElement) => {
    for (const item of Array.from(listElement.children)) {
      if (item.localName !== 'li') continue;
      const text = inlineOf(item, walk.links, (node) => node.localName === 'ul' || node.localName === 'ol').text;
      if (text !== '') items.push(text);
      for (const nested of elements(item.querySelectorAll(':scope > ul, :scope > ol'))) addItems(nested);
    }
  };
  addItems(element);
  if (items.length === 0) return;
  push(walk, { type: 'list', ordered: element.localName === 'ol', items }, `<${element.localName}>`);
}

function definitionList(walk: Walk, element: DomElement): void {
  const items = elements(element.querySelectorAll('dt, dd')).map((item) => inlineOf(item, walk.links).text).filter(Boolean);
  if (items.length > 0) push(walk, { type: 'list', ordered: false, items }, '<dl>');
}

function code(walk: Walk, element: DomElement): void {
  const text = (element.textContent ?? '').replace(/^\n/, '').replace(/\s+$/, '');
  if (text === '') return;
  const codeElement = element.querySelector('code');
  const lang = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(`${codeElement?.className ?? ''} ${element.className ?? ''}`)?.[1] ?? '';
  push(walk, { type: 'code', lang, text: sanitizeCode(text) }, '<pre>');
}

/** Code keeps its lines and indentation; other controls and escape sequences go. */
function sanitizeCode(text: string): string {
  return text
    .split('\n')
    .map((line) => sanitize(line))
    .join('\n');
}

function table(walk: Walk, element: DomElement): void {
  const block = tableBlock(element, (cell) => inlineOf(cell, walk.links, (node) => node.localName === 'table').text);
  if (!block) return note(walk, `${describe(element)} dropped: a layout table without cells of text`);
  if (block.layout) return walkChildren(walk, element);
  if (block.caption) push(walk, { type: 'paragraph', text: block.caption }, '<caption> of a table');
  push(walk, block.block, '<table>');
}

function isThumb(element: DomElement): boolean {
  return nameTokens(element).some((token) => token === 'thumb' || token === 'thumbinner' || token === 'caption' && element.querySelector('img') !== null) && element.querySelector('img') !== null;
}

function isLinkList(element: DomElement): boolean {
  const links = element.querySelectorAll('a[href]').length;
  if (links < 2 || !isMostlyLinks(element)) return false;
  // A list of sentences that happen to be links is still text.
  return !/[.!؟?。]\s*$/.test(textOf(element)) || textOf(element).length < 200;
}

function hasBlocks(element: DomElement): boolean {
  return element.querySelector('p, div, section, article, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre, figure, dl') !== null;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function textShort(element: DomElement): string {
  return short(textOf(element));
}
