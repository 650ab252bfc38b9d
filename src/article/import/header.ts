// The top of the page, everything before the article's text: the title, its repeats,
// the date and the byline, and the navigation around them.
//   - The title is chosen among the lines before the text (title.ts).
//   - A date anywhere before the text is the date; "بقلم: …"/"By …" is the author.
//   - A short name (2–4 words, no digits or punctuation) right after the title, the
//     date or another header line is the byline, with or without "بقلم".
//   - Lines before the title are the site's navigation; so is a run of three or more
//     short lines between the title and the text (a menu, a navbox).
// Without a run of paragraphs to anchor on (a few lines of text), the header is the
// lines from the top that are the title, repeats of it, a date or an author line.
import { parseDateLine } from './dates.js';
import type { Extent } from './extent.js';
import { wordsKey } from './fold.js';
import type { Assignment, Layout } from './line-items.js';
import { markedCaption } from './patterns.js';
import { parseAuthorLine } from '../labels.js';
import { dashAttribution, endsSentence, finalPunctuation, hasArabic, listItem, looksLikeCode, wordCount } from './shape.js';
import { chooseTitle, stripSiteName } from './title.js';

/** Marks the header; returns the item index where the body starts. */
export function markHeader(layout: Layout, extent: Extent | null, arabic: boolean): number {
  if (extent === null) return markLeadingHeader(layout);
  const title = chooseTitle(layout, extent.start, extent.start, arabic);
  const titleKey = title ? wordsKey(title.value) : null;
  if (title) layout.assigned[title.index] = { role: 'title', reason: title.reason, value: title.value };
  let dated = false;
  for (let index = 0; index < extent.start; index++) {
    if (layout.assigned[index]) continue;
    const text = layout.items[index]?.line.text ?? '';
    const header = headerLine(text, titleKey, dated);
    if (header) {
      dated ||= header.role === 'date';
      layout.assigned[index] = header;
    } else if (title && index < title.index) {
      layout.assigned[index] = { role: 'boilerplate', reason: 'before the title: the site\'s name or navigation', value: '' };
    }
  }
  markNavigationRuns(layout, title ? title.index + 1 : 0, extent.start);
  let authored = layout.assigned.some((assignment) => assignment?.role === 'author');
  for (let index = title ? title.index + 1 : 0; index < extent.start && !authored; index++) {
    const byline = layout.assigned[index] ? null : bylineName(layout.items[index]?.line.text ?? '');
    if (byline !== null && followsHeader(layout, index)) {
      layout.assigned[index] = { role: 'author', reason: 'a short name right after the title or date: the byline', value: byline };
      authored = true;
    }
  }
  return title ? title.index + 1 : 0;
}

/** A date, a repeat of the title or an author line, or null. */
function headerLine(text: string, titleKey: string | null, dated: boolean): Assignment | null {
  const date = parseDateLine(text);
  if (date !== null) {
    return dated
      ? { role: 'date', reason: `another date (${date}); the first one is kept`, value: date }
      : { role: 'date', reason: 'a date before the text', value: date };
  }
  if (titleKey !== null && (wordsKey(text) === titleKey || wordsKey(stripSiteName(text)) === titleKey)) {
    return { role: 'title-repeat', reason: 'the title again', value: '' };
  }
  const author = parseAuthorLine(text);
  if (author !== null) return { role: 'author', reason: 'an author line ("بقلم:", "By …") before the text', value: author };
  return null;
}

/** The line before is the title, a repeat of it, the date or the author. */
function followsHeader(layout: Layout, index: number): boolean {
  const role = layout.assigned[index - 1]?.role;
  return role === 'title' || role === 'title-repeat' || role === 'date' || role === 'author';
}

/** A person's or desk's name as a byline prints it: 2–4 words, letters only; "City - Name" gives the name. */
export function bylineName(text: string): string | null {
  const parts = text.split(/\s+[-–—،,]\s+/);
  if (parts.length === 2) {
    const names = parts.filter((part) => wordCount(part) >= 2);
    const name = names.length === 1 ? names[0] : undefined;
    return name !== undefined && parts.every((part) => nameLike(part)) ? name : null;
  }
  return wordCount(text) >= 2 && nameLike(text) ? text : null;
}

/** Words that start phrases, not names ("من الموسوعة", "في القاهرة"). */
const NOT_A_NAME = /^(?:من|في|على|عن|إلى|الى|مع|هذا|هذه|كل|the|from|in|on|at|of)\s/iu;

function nameLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 1 || words > 4 || NOT_A_NAME.test(text)) return false;
  if (text.length > 50 || /[\d\u0660-\u0669\u06F0-\u06F9]/.test(text) || finalPunctuation(text) !== '' || /[:：|()«»"“”؟?!]/.test(text)) return false;
  return text.split(/\s+/).every((word) => /^[\p{L}\p{M}.'’]+$/u.test(word));
}

/** Three or more short lines in a row between the title and the text: a menu or navbox. */
function markNavigationRuns(layout: Layout, from: number, to: number): void {
  let run: number[] = [];
  let length = 0;
  const flush = () => {
    if (length >= 3) {
      for (const index of run) layout.assigned[index] = { role: 'boilerplate', reason: `one of ${length} short lines in a row before the text: navigation`, value: '' };
    }
    run = [];
    length = 0;
  };
  for (let index = from; index < to; index++) {
    const text = layout.items[index]?.line.text ?? '';
    if (!layout.assigned[index] && shortLink(text)) {
      run.push(index);
      length++;
    } else if (layout.assigned[index]?.role === 'boilerplate' || layout.assigned[index]?.role === 'title-repeat') length++;
    else flush();
  }
  flush();
}

/** A menu entry: a few words, no sentence, not a list item, caption or quote. */
export function shortLink(text: string): boolean {
  return (
    wordCount(text) <= 6 &&
    (!endsSentence(text) || wordCount(text) <= 2) &&
    listItem(text) === null &&
    markedCaption(text) === null &&
    dashAttribution(text) === null &&
    !/^>/.test(text) &&
    !looksLikeCode(text) &&
    (hasArabic(text) || /\p{L}/u.test(text))
  );
}

/** Small texts: the title, its repeats, a date and an author line, from the top. */
function markLeadingHeader(layout: Layout): number {
  let titleKey: string | null = null;
  let dated = false;
  let index = 0;
  for (; index < layout.items.length; index++) {
    if (layout.assigned[index]) continue; // boilerplate found earlier
    const text = layout.items[index]?.line.text ?? '';
    const header = headerLine(text, titleKey, dated);
    if (header && !(header.role === 'author' && titleKey === null)) {
      dated ||= header.role === 'date';
      layout.assigned[index] = header;
      continue;
    }
    if (titleKey !== null) break;
    const value = stripSiteName(text);
    layout.assigned[index] = { role: 'title', reason: 'the first line of text', value };
    titleKey = wordsKey(value);
  }
  return index;
}
