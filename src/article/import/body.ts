// The rest of the text: list items, code, a closing "المصدر:" line, and the
// three kinds that carry most of an article: paragraphs, section headings and
// image captions.
//
// Paragraphs end a sentence or are long. A short line without final punctuation
// is a heading or a caption; cues vote (negative: heading, positive: caption):
//   length         headings are a few words, captions describe (Arabic ≤3 −2, 4–5 −1,
//                  6–7 +1, ≥8 +2; Latin text needs about a third more words)
//   a question     headings ask ("ماذا بعد؟"), captions do not          −3
//   photo words    "صورة", "أرشيفية", "رويترز", "Getty"…                 +5
//   a quoted name  it names someone a pull quote is attributed to       +4
//   nothing after  a heading must head some text                        +3
//   after heading  a short line right after a heading is its image      +3
//   first in body  before any paragraph, a lead image more than a heading +1
//   U+00A0 at end  as scraped <h2>s end                                 −1
//   space at start as scraped <figcaption>s start                       +1
import type { Assignment, Layout } from './line-items.js';
import type { Role } from './types.js';
import { hasPhotoWords, markedCaption } from './patterns.js';
import { parseSourceLine } from '../labels.js';
import { wordsKey } from './fold.js';
import { endsQuestion, endsSentence, finalPunctuation, hasArabic, isQuoted, isReportedSpeech, listItem, looksLikeCode, splitNameColon, wordCount } from './shape.js';

export function markBody(layout: Layout, bodyStart: number): void {
  markLists(layout, bodyStart);
  markCode(layout, bodyStart);
  markSource(layout, bodyStart);
  const names = quotedNames(layout);
  let seenText = false;
  for (let index = bodyStart; index < layout.items.length; index++) {
    if (!layout.assigned[index]) layout.assigned[index] = decide(layout, index, bodyStart, names, seenText);
    seenText ||= BODY.has(layout.assigned[index]?.role ?? 'blank');
  }
}

function decide(layout: Layout, index: number, bodyStart: number, names: readonly string[], seenText: boolean): Assignment {
  const text = layout.items[index]?.line.text ?? '';
  const caption = markedCaption(text);
  if (caption !== null) return { role: 'caption', reason: 'marked as a picture ("[صورة]", "Image:"…)', value: caption };
  const apart = setApartCaption(layout, index);
  if (apart) return { role: 'caption', reason: apart, value: text };
  const paragraph = paragraphReason(text);
  if (paragraph) return { role: 'paragraph', reason: paragraph, value: text };
  if (isQuoted(text) && wordCount(text) >= 5) return { role: 'quote', reason: 'a sentence in quotation marks on a line of its own: a pull quote', value: text };
  return headingOrCaption(layout, index, bodyStart, names, seenText);
}

/**
 * A short sentence set apart before a paragraph, where blank lines mark blocks and not
 * paragraphs (paragraphs of a section run together): a picture's caption, as an
 * encyclopedia's scraped figures are. A caption right after such a caption is one too.
 * An agency or photo credit in brackets at the end ("(رويترز)") makes a short sentence a caption anywhere.
 */
function setApartCaption(layout: Layout, index: number): string {
  const item = layout.items[index];
  const text = item?.line.text ?? '';
  const words = wordCount(text);
  if (!item || words > 30 || !shortSentence(text)) return '';
  if (creditAtEnd(text) && words <= 25 && layout.items[index + 1]) return `a short sentence ending in a credit "${creditAtEnd(text)}"`;
  if (layout.typicalGap !== 0) return '';
  // The paragraph it stands before: past at most one more short sentence, in the same block.
  let after = index + 1;
  while (after <= index + 2 && layout.items[after]?.gapBefore === 0 && shortSentence(layout.items[after]?.line.text ?? '') && wordCount(layout.items[after]?.line.text ?? '') < 20) after++;
  const paragraph = layout.items[after];
  if (!paragraph || paragraph.gapBefore !== 0 || after > index + 2) return '';
  if (wordCount(paragraph.line.text) < Math.max(words * 1.5, 20) || !endsSentence(paragraph.line.text)) return '';
  if (item.gapBefore > 0) return 'a short sentence set apart by a blank line before a longer paragraph: a caption';
  if (layout.assigned[index - 1]?.role === 'caption') return 'a short sentence right after a caption, before a longer paragraph';
  if (layout.assigned[index - 1]?.role === 'heading' && words <= 15) return 'a short sentence between a heading and a longer paragraph: a caption';
  return '';
}

/** One sentence of at most 30 words, ending in a full stop. */
function shortSentence(text: string): boolean {
  return wordCount(text) <= 30 && endsSentence(text) && !/[.!؟?]\s+\S/.test(text.replace(/[.!]["'»”)]?$/, ''));
}

/** "(رويترز)", "(AFP)", "(الأناضول)": a credit in brackets at the end of a line, without digits. */
export function creditAtEnd(text: string): string {
  const match = /\(([^()\d\u0660-\u0669]{2,30})\)[.،,]?$/u.exec(text);
  const credit = match?.[1]?.trim() ?? '';
  return credit !== '' && wordCount(credit) <= 3 ? `(${credit})` : '';
}

function markLists(layout: Layout, bodyStart: number): void {
  for (let index = bodyStart; index < layout.items.length; index++) {
    if (layout.assigned[index]) continue;
    const item = listItem(layout.items[index]?.line.text ?? '');
    if (item) layout.assigned[index] = { role: 'list-item', reason: item.ordered ? 'starts with a number and "." or ")"' : 'starts with a bullet', value: item.item, ordered: item.ordered };
  }
}

/** Blank-line-separated text: a chunk of several lines, none Arabic, some code-like, is code. */
function markCode(layout: Layout, bodyStart: number): void {
  if (layout.typicalGap === 0) return;
  let start = bodyStart;
  while (start < layout.items.length) {
    let end = start;
    while (end + 1 < layout.items.length && layout.items[end + 1]?.chunk === layout.items[start]?.chunk) end++;
    const indexes = range(start, end);
    const texts = indexes.map((index) => layout.items[index]?.line.text ?? '');
    if (
      indexes.length >= 2 &&
      indexes.every((index) => !layout.assigned[index]) &&
      texts.every((text) => !hasArabic(text) && !endsSentence(text)) &&
      texts.some(looksLikeCode)
    ) {
      for (const index of indexes) layout.assigned[index] = { role: 'code', reason: 'lines run together, no Arabic, code punctuation', value: layout.items[index]?.line.text ?? '' };
    }
    start = end + 1;
  }
}

/** "المصدر: X" / "Source: X" on a line of its own, at the end of the text or within it. */
function markSource(layout: Layout, bodyStart: number): void {
  for (let index = bodyStart; index < layout.items.length; index++) {
    if (layout.assigned[index]) continue;
    const source = parseSourceLine(layout.items[index]?.line.text ?? '');
    if (source !== null) layout.assigned[index] = { role: 'source', reason: 'an "المصدر:"/"Source:" line naming where the text comes from', value: source };
  }
}

function quotedNames(layout: Layout): string[] {
  const names = new Set<string>();
  for (const assignment of layout.assigned) {
    const name = assignment?.role === 'attribution' ? assignment.value : assignment?.attribution;
    if (name) names.add(wordsKey(name));
  }
  return [...names].filter((name) => name !== '');
}

function paragraphReason(text: string): string {
  if (endsSentence(text)) return `ends with "${finalPunctuation(text)}"`;
  const split = splitNameColon(text);
  if (split && isReportedSpeech(split.name)) return 'reported speech ("وقال …: …")';
  if (text.length > 140) return `long (${text.length} characters) though it has no final punctuation`;
  const words = wordCount(text);
  if (endsQuestion(text)) return words > 12 ? `a long question (${words} words)` : '';
  if (words > (hasArabic(text) ? 15 : 20)) return `long (${words} words) though it has no final punctuation`;
  return '';
}

function headingOrCaption(layout: Layout, index: number, bodyStart: number, names: readonly string[], seenText: boolean): Assignment {
  const item = layout.items[index];
  const text = item?.line.text ?? '';
  const words = wordCount(text);
  const votes: [number, string][] = [];
  votes.push(lengthVote(words, hasArabic(text)));
  if (endsQuestion(text)) votes.push([-3, 'asks a question']);
  if (hasPhotoWords(text)) votes.push([5, 'names a photo or photo agency']);
  else if (creditAtEnd(text)) votes.push([4, `ends in a credit "${creditAtEnd(text)}"`]);
  if (NUMBERED.test(text)) votes.push([-3, 'numbered like a section']);
  if (SPAN.test(text)) votes.push([-3, 'ends with a span in brackets ("(1950–1975)"), as sections do']);
  const key = wordsKey(text);
  const named = names.find((name) => (name.includes(' ') && ` ${key} `.includes(` ${name} `)) || name === key);
  if (named) votes.push([4, `names ${named}, who is quoted`]);
  const next = layout.items[index + 1] ? roleAfter(layout, index) : 'end';
  if (next !== 'text') votes.push([3, next === 'end' ? 'nothing follows it' : `only ${next} follows it`]);
  const previous = index > bodyStart ? layout.assigned[index - 1]?.role : undefined;
  if (previous === 'heading') votes.push([3, 'right after a heading']);
  if (!seenText) votes.push([1, 'before any paragraph']);
  if (item?.line.trailingOddSpace) votes.push([-1, 'ends in U+00A0']);
  if (item?.line.leadingSpace) votes.push([1, 'starts with a space']);
  const score = votes.reduce((sum, [vote]) => sum + vote, 0);
  const why = votes.map(([vote, reason]) => `${reason} ${vote > 0 ? '+' : ''}${vote}`).join(', ');
  const role = score > 0 ? ('caption' as const) : ('heading' as const);
  return { role, reason: `short, no final punctuation: ${why} = ${score > 0 ? '+' : ''}${score}`, value: text };
}

/** "1- …", "٢. …", "3) …": a numbered line. */
const NUMBERED = /^[0-9\u0660-\u0669]{1,2}\s*[-–.)]\s*\S/;
/** "(1907–1916)", "(2021–الآن)", "(0–120 كم)": the span a section covers. */
const SPAN = /\(\s*[0-9\u0660-\u0669]{1,4}\s*[-–—]\s*(?:[0-9\u0660-\u0669]{1,4}|الآن|الان|اليوم|present|today)?[^()\d]{0,12}\)$/u;

const BODY: ReadonlySet<Role> = new Set<Role>(['paragraph', 'quote', 'list-item', 'code']);

function lengthVote(words: number, arabic: boolean): [number, string] {
  const [short, medium, long] = arabic ? [3, 5, 7] : [5, 8, 11];
  const label = `${words} word${words === 1 ? '' : 's'}`;
  if (words <= short) return [-2, label];
  if (words <= medium) return [-1, label];
  if (words <= long) return [1, label];
  return [2, label];
}

/** What follows an undecided line: more text, or only the related list / boilerplate / the end. */
function roleAfter(layout: Layout, index: number): string {
  let related = false;
  for (let next = index + 1; next < layout.items.length; next++) {
    const role = layout.assigned[next]?.role;
    if (role === undefined || BODY.has(role) || role === 'caption' || role === 'heading' || role === 'attribution') return 'text';
    related ||= role === 'related-marker' || role === 'related-item';
  }
  return related ? 'the related list' : 'end';
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
}
