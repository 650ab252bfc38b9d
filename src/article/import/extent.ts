// Where the article's own text lies on the page: the densest run of long paragraphs.
// A scraped page is navigation, a header, the text, then related links and a footer;
// only the text is made of long sentences in the page's script. Each line scores its
// words when it is such a paragraph and a small penalty otherwise (menus, links,
// headings, boilerplate), and the run of lines with the highest total is the text
// (the maximum-sum run: headings and captions between paragraphs cost less than the
// paragraphs around them bring, a menu of twenty links costs more than a stray
// sentence beyond it brings).
import type { Layout } from './line-items.js';
import { relatedMarker } from './patterns.js';
import { endsSentence, hasArabic, wordCount } from './shape.js';

export interface Extent {
  /** First and last item (index into layout.items) of the text. */
  start: number;
  end: number;
  /** Paragraphs in the run and their words, for --explain. */
  paragraphs: number;
  words: number;
}

export function findExtent(layout: Layout): Extent | null {
  const arabic = pageIsArabic(layout);
  const words = layout.items.map((item, index) => (layout.assigned[index]?.role !== 'boilerplate' && isTextLine(item.line.text, arabic) ? wordCount(item.line.text) : 0));
  const penalty = penaltyFor(words.filter((count) => count > 0));
  const scores = words.map((count) => (count > 0 ? count : -penalty));
  let best: { start: number; end: number; sum: number } | null = null;
  let start = 0;
  let sum = 0;
  scores.forEach((score, index) => {
    if (sum <= 0) {
      start = index;
      sum = 0;
    }
    sum += score;
    if (score > 0 && (best === null || sum > best.sum)) best = { start, end: index, sum };
  });
  if (best === null) return null;
  const { start: first, end: last } = best as { start: number; end: number };
  // The run starts and ends on a paragraph (the loop may have begun it on a penalty).
  let from = first;
  while (from < last && (scores[from] ?? 0) <= 0) from++;
  let to = last;
  for (let next = islandAfter(layout, scores, to); next !== null; next = islandAfter(layout, scores, to)) to = next;
  for (let previous = islandBefore(layout, scores, from); previous !== null; previous = islandBefore(layout, scores, from)) from = previous;
  const inside = scores.slice(from, to + 1).filter((score) => score > 0);
  return { start: from, end: to, paragraphs: inside.length, words: inside.reduce((total, score) => total + score, 0) };
}

/** Most lines between the text and a paragraph still counted as part of it. */
const ISLAND_GAP = 4;

/**
 * A paragraph a few lines past the end of the run (a last section after a heading and
 * a list), with no boilerplate or related-list marker in between: the text goes on.
 */
function islandAfter(layout: Layout, scores: readonly number[], end: number): number | null {
  for (let index = end + 1; index <= end + ISLAND_GAP + 1 && index < scores.length; index++) {
    if ((scores[index] ?? 0) > 0) return index;
    if (layout.assigned[index]?.role === 'boilerplate' || relatedMarker(layout.items[index]?.line.text ?? '') !== null) return null;
  }
  return null;
}

/** The same before the run: a short first paragraph, then a heading or a caption, then the run. */
function islandBefore(layout: Layout, scores: readonly number[], start: number): number | null {
  for (let index = start - 1; index >= start - ISLAND_GAP - 1 && index >= 0; index--) {
    if ((scores[index] ?? 0) > 0) return index;
    if (layout.assigned[index]?.role === 'boilerplate' || relatedMarker(layout.items[index]?.line.text ?? '') !== null) return null;
  }
  return null;
}

/**
 * What a line that is not text costs: a fifth of a typical paragraph (2 to 10 words'
 * worth), so a few headings between paragraphs cost less than a paragraph brings,
 * whether the page's paragraphs are one sentence or ten.
 */
function penaltyFor(paragraphWords: readonly number[]): number {
  if (paragraphWords.length === 0) return 2;
  const sorted = [...paragraphWords].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return Math.min(10, Math.max(2, Math.round(median / 5)));
}

/** A paragraph of the article's kind: a sentence of some length, or a long line, in the page's script. */
export function isTextLine(text: string, arabicPage: boolean): boolean {
  if (arabicPage !== hasArabic(text)) return false;
  const words = wordCount(text);
  return words >= 20 || (words >= 8 && endsSentence(text));
}

/** Most letters on the page are Arabic (the first 200,000 characters tell). */
export function pageIsArabic(layout: Layout): boolean {
  let arabic = 0;
  let latin = 0;
  let seen = 0;
  for (const item of layout.items) {
    const text = item.line.text;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff)) arabic++;
      else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    }
    seen += text.length;
    if (seen > 200_000) break;
  }
  return arabic >= latin;
}
