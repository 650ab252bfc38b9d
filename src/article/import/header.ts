// The top of the article: its title (the first line that is not boilerplate),
// repeats of the title, the date and an author line, in any order, until the
// first line that is none of these.
import { parseDateLine } from './dates.js';
import { wordsKey } from './fold.js';
import type { Layout } from './layout.js';
import { authorLine } from './patterns.js';

/** Marks the header; returns the item index where the body starts. */
export function markHeader(layout: Layout): number {
  let titleKey: string | null = null;
  let dated = false;
  let index = 0;
  for (; index < layout.items.length; index++) {
    if (layout.assigned[index]) continue; // boilerplate found earlier
    const text = layout.items[index]?.line.text ?? '';
    const date = parseDateLine(text);
    if (date !== null) {
      layout.assigned[index] = dated
        ? { role: 'date', reason: `another date (${date}); the first one is kept`, value: date }
        : { role: 'date', reason: 'a date in the header', value: date };
      dated = true;
      continue;
    }
    const author = authorLine(text);
    if (author !== null && titleKey !== null) {
      layout.assigned[index] = { role: 'author', reason: 'an author line ("بقلم:", "By …") in the header', value: author };
      continue;
    }
    if (titleKey === null) {
      layout.assigned[index] = { role: 'title', reason: 'the first line of text', value: text };
      titleKey = wordsKey(text);
      continue;
    }
    if (wordsKey(text) === titleKey) {
      layout.assigned[index] = { role: 'title-repeat', reason: 'the title again', value: '' };
      continue;
    }
    break;
  }
  return index;
}
