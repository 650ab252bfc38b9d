// The article's title: among the lines before its text, the one that reads as its
// headline. Pages put a logo, a "skip links" line or a menu first, and often the
// page's own title ("Headline - Site") before the headline itself, so the first
// line is only one clue among several:
//   first on the page            +3   the page title usually comes first
//   repeated on the page         +3   pages print their headline twice (title bar, h1)
//   right before the date, byline or text   +2
//   shares words with the first paragraphs  +1 each, at most +4
//   length                       1–2 words −2, 4–20 words +2 (a headline says something)
import { parseDateLine } from './dates.js';
import { isTextLine } from './extent.js';
import { wordsKey } from './fold.js';
import type { Layout } from './line-items.js';
import { relatedMarker } from './patterns.js';
import { parseAuthorLine } from '../labels.js';
import { bylineName } from './header.js';
import { endsSentence, hasArabic, isQuoted, listItem, wordCount } from './shape.js';

export interface TitleChoice {
  index: number;
  /** The headline without a site name after it. */
  value: string;
  reason: string;
}

/** Below this a line is not taken as the title (a logo, a lone menu word). */
const ENOUGH = 3;

/** Pages with more lines than this before the text are not looked through further for a title. */
const LOOK_AT = 300;

export function chooseTitle(layout: Layout, before: number, textStart: number, arabic: boolean): TitleChoice | null {
  const firstText = layout.items.findIndex((item, index) => !layout.assigned[index] && parseDateLine(item.line.text) === null);
  const candidates: number[] = [];
  for (let index = 0; index < Math.min(before, LOOK_AT); index++) {
    if (!layout.assigned[index] && headlineLike(layout.items[index]?.line.text ?? '', arabic)) candidates.push(index);
  }
  if (candidates.length === 0) return null;
  // Copies of a candidate are no longer than it; longer lines (the paragraphs) are not folded.
  const longest = Math.max(...candidates.map((index) => layout.items[index]?.line.text.length ?? 0));
  const keys = new Map<string, number>();
  for (const item of layout.items) {
    if (item.line.text.length > longest) continue;
    const key = wordsKey(item.line.text);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  const stripped = new Map(candidates.map((index) => [index, stripSiteName(layout.items[index]?.line.text ?? '', keys)]));
  const leadWords = contentWords(layout.items.slice(textStart, textStart + 3).map((item) => item.line.text).join(' '));
  let best: { index: number; score: number; why: string[] } | null = null;
  for (const index of candidates) {
    const text = layout.items[index]?.line.text ?? '';
    const value = stripped.get(index) ?? text;
    const key = wordsKey(value);
    const votes: [number, string][] = [];
    if (index === firstText) votes.push([3, 'first on the page']);
    const copies = (keys.get(key) ?? 0) - (key === wordsKey(text) ? 1 : 0);
    if (copies > 0 || candidates.some((other) => other !== index && wordsKey(stripped.get(other) ?? '') === key)) votes.push([3, 'repeated on the page']);
    const next = layout.items[index + 1]?.line.text ?? '';
    if (index + 1 === textStart || isTextLine(next, arabic) || parseDateLine(next) !== null || parseAuthorLine(next) !== null || bylineName(next) !== null) votes.push([2, 'right before the date, byline or text']);
    const shared = [...contentWords(value)].filter((word) => leadWords.has(word)).length;
    if (shared > 0) votes.push([Math.min(shared, 4), `shares ${shared} word${shared === 1 ? '' : 's'} with the first paragraphs`]);
    const words = wordCount(value);
    if (words <= 2) votes.push([-2, `${words} word${words === 1 ? '' : 's'}`]);
    else if (words >= 4 && words <= 20) votes.push([2, `${words} words`]);
    const score = votes.reduce((sum, [vote]) => sum + vote, 0);
    if (best === null || score > best.score) best = { index, score, why: votes.map(([vote, why]) => `${why} ${vote > 0 ? '+' : ''}${vote}`) };
  }
  if (best === null || best.score < ENOUGH) return null;
  const text = layout.items[best.index]?.line.text ?? '';
  const value = stripped.get(best.index) ?? text;
  const site = value === text ? '' : "; the site's name after it left out";
  return { index: best.index, value, reason: `the headline: ${best.why.join(', ')} = ${best.score}${site}` };
}

/** Could be a headline: a few words, no full stop, not a date, a list item or a quote. */
export function headlineLike(text: string, arabic: boolean): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 25 || hasArabic(text) !== arabic) return false;
  if (endsSentence(text) && !/(?:\.\.|…)["'»”)]?$/.test(text)) return false;
  return parseDateLine(text) === null && listItem(text) === null && !isQuoted(text) && relatedMarker(text) === null;
}

const SITE_SUFFIX = /^(.*\S)\s+(?:[-–—|:]|\|\|)\s+([^-–—|]+)$/u;
const DOMAIN = /\.(?:com|net|org|info|news|tv|co|me|ae|sa|eg|ma|dz|tn|qa|kw|lb|jo|iq|ps|sy|om|bh|ly|sd|ye)\b/i;

/** "Headline - Site.com" / "Headline | Site" → "Headline", when the tail is a site's name. */
export function stripSiteName(text: string, keys: ReadonlyMap<string, number> = new Map()): string {
  const match = SITE_SUFFIX.exec(text);
  if (!match) return text;
  const head = (match[1] ?? '').trim();
  const tail = (match[2] ?? '').trim();
  if (wordCount(tail) > 4 || wordCount(head) < 2) return text;
  const latinTail = hasArabic(head) && !hasArabic(tail);
  const headElsewhere = keys.has(wordsKey(head));
  return latinTail || DOMAIN.test(tail) || headElsewhere ? head : text;
}

/** Folded words of four letters or more, without the article and prefixed particles: what a text is about. */
function contentWords(text: string): Set<string> {
  return new Set(
    wordsKey(text)
      .split(' ')
      .map((word) => word.replace(/^(?:و|ف)?(?:بال|كال|لل|ال|ب|ل)?/, ''))
      .filter((word) => [...word].length >= 3),
  );
}

/** Most words a title made from a paragraph keeps. */
const MADE_TITLE_WORDS = 12;

/** A title for a page that has none: its first sentence, cut at 12 words with "…". */
export function titleFromParagraph(text: string): string {
  const sentence = /^.+?[.!?؟…](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.split(/\s+/).filter((word) => word !== '');
  if (words.length <= MADE_TITLE_WORDS) return sentence.replace(/[.]$/, '');
  // Cut at a comma when one ends a phrase of six words or more.
  let cut = MADE_TITLE_WORDS;
  for (let index = MADE_TITLE_WORDS - 1; index >= 5; index--) {
    if (/[،,]$/.test(words[index] ?? '')) {
      cut = index + 1;
      break;
    }
  }
  return `${words.slice(0, cut).join(' ').replace(/[،,:;؛.]+$/, '')}…`;
}
