// An element's inline content to plain text with style runs: <a href> links (absolute,
// or the id of a library article with that address), <b>/<strong>, <i>/<em>, <code>.
// Whitespace folds as a browser shows it; controls and escape sequences go.
import type { InlineRun } from '../../model.js';
import { sanitize } from '../../../text/sanitize.js';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

export interface LinkContext {
  /** The page's address, for relative links; null for a file without one. */
  base: string | null;
  /** Absolute URL (without #fragment) → library article id. */
  libraryIds: ReadonlyMap<string, string>;
}

export interface InlineText {
  text: string;
  runs: InlineRun[];
}

const STYLES: Record<string, InlineRun['style']> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', cite: 'italic', code: 'code', kbd: 'code', tt: 'code', samp: 'code' };
/** Inline elements whose text is not the sentence's: reference marks, hidden words. */
const SKIPPED = new Set(['sup', 'script', 'style', 'noscript', 'template', 'button', 'svg']);

export function inlineOf(element: DomNode, links: LinkContext, skip: (element: DomElement) => boolean = () => false): InlineText {
  const builder = { text: '', runs: [] as InlineRun[] };
  append(builder, element, links, skip, true);
  return trimmed(builder);
}

function append(out: InlineText, node: DomNode, links: LinkContext, skip: (element: DomElement) => boolean, root: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    addText(out, node.textContent ?? '');
    return;
  }
  if (!isElement(node)) {
    // A fragment: loose nodes gathered into one paragraph.
    if (root) for (const child of Array.from(node.childNodes)) append(out, child, links, skip, false);
    return;
  }
  if (!root && (skip(node) || (SKIPPED.has(node.localName) && !isFootnoteFree(node)))) return;
  if (node.localName === 'br') {
    addText(out, ' ');
    return;
  }
  if (node.localName === 'img') {
    return;
  }
  const start = out.text.length;
  for (const child of Array.from(node.childNodes)) append(out, child, links, skip, false);
  if (root) return;
  const href = node.localName === 'a' ? linkTarget(node, links) : null;
  const style = node.localName === 'a' ? undefined : STYLES[node.localName];
  if (href === null && style === undefined) return;
  const from = start + (out.text.slice(start).match(/^ */)?.[0].length ?? 0);
  const end = out.text.replace(/ +$/, '').length;
  if (end <= from) return;
  if (href !== null) out.runs.push({ start: from, end, style: 'link', href });
  else if (style !== undefined) out.runs.push({ start: from, end, style });
}

/** <sup> that is not a footnote mark (a power, an ordinal) keeps its text. */
function isFootnoteFree(element: DomElement): boolean {
  return element.localName === 'sup' && !element.querySelector('a') && !/\[\d+\]/.test(element.textContent ?? '');
}

/** The link's target: an article id, an absolute http(s) URL; null for other schemes and in-page anchors. */
function linkTarget(anchor: DomElement, links: LinkContext): string | null {
  const href = anchor.getAttribute('href')?.trim();
  if (!href || href.startsWith('#')) return null;
  const absolute = absoluteUrl(href, links.base);
  if (absolute === null) return null;
  return links.libraryIds.get(withoutFragment(absolute)) ?? absolute;
}

export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

/** Text of an attribute (an alt text) as one clean line. */
export function plainText(raw: string): string {
  return sanitize(raw).replace(SPACES, ' ').trim();
}

const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

function addText(out: InlineText, raw: string): void {
  let text = sanitize(raw).replace(SPACES, ' ');
  if (text === '') return;
  if (text.startsWith(' ') && (out.text === '' || out.text.endsWith(' '))) text = text.slice(1);
  out.text += text;
}

function trimmed(out: InlineText): InlineText {
  const lead = out.text.length - out.text.trimStart().length;
  const text = out.text.trim();
  const runs = out.runs
    .map((run) => ({ ...run, start: Math.max(0, run.start - lead), end: Math.min(text.length, run.end - lead) }))
    .filter((run) => run.end > run.start);
  return { text, runs };
}
