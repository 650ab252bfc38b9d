// Which element holds the article. Pages that mark it (<article>, itemprop=articleBody,
// MediaWiki's parser output, <main>) are read from that element, so the lead image and
// every figure stay; others go through Readability, which scores the page's blocks.
import { Readability } from '@mozilla/readability';
import { elements, textOf, type DomDocument, type DomElement } from './dom.js';
import { describe } from './related.js';

/** Less paragraph text than this in a marked element, and the mark is not trusted. */
const MIN_TEXT = 250;

export function articleRoot(document: DomDocument, explain: string[]): DomElement | null {
  const marked = markedRoot(document);
  if (marked) {
    explain.push(`${describe(marked)} holds the article (it is marked as such)`);
    return marked;
  }
  const scored = readabilityRoot(document);
  if (scored) {
    explain.push('the article was found by Readability (the page does not mark it)');
    return scored;
  }
  explain.push('the whole <body> is the article (neither markup nor Readability found one)');
  return document.body;
}

function markedRoot(document: DomDocument): DomElement | null {
  const candidates = [
    ...elements(document.querySelectorAll('article')).sort((a, b) => paragraphText(b) - paragraphText(a)).slice(0, 1),
    document.querySelector('[itemprop="articleBody"]'),
    document.querySelector('.mw-parser-output'),
    document.querySelector('main, [role="main"]'),
  ];
  return candidates.find((candidate): candidate is DomElement => candidate !== null && candidate !== undefined && paragraphText(candidate) >= MIN_TEXT) ?? null;
}

function paragraphText(element: DomElement): number {
  return elements(element.querySelectorAll('p')).reduce((sum, paragraph) => sum + textOf(paragraph).length, 0);
}

function readabilityRoot(document: DomDocument): DomElement | null {
  try {
    // Readability changes the document it reads; nothing reads the page after it. Classes
    // are kept: the block mapper knows bylines and date lines by them.
    const reader = new Readability<DomElement>(document as never, { serializer: (node) => node as never, charThreshold: 200, disableJSONLD: true, keepClasses: true, maxElemsToParse: 50_000 });
    return reader.parse()?.content ?? null;
  } catch {
    return null;
  }
}
