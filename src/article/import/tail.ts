// After the article's text: the lead printed again at the end, and the page's footer.
//   - The last lines of the page that repeat an earlier line word for word (a lead or
//     summary the page prints twice) are dropped as repeats; nothing is lost.
//   - After the text, from the first line that is page furniture (a share prompt, a
//     copyright, a related-list marker), short lines and short sentences are the
//     footer; so is any run of three or more short lines after the text.
import type { Extent } from './extent.js';
import { wordsKey } from './fold.js';
import { shortLink } from './header.js';
import { headlineLike } from './title.js';
import type { Layout } from './line-items.js';
import { endsSentence, wordCount } from './shape.js';

export function markTail(layout: Layout, extent: Extent | null, arabic: boolean): void {
  markRepeatsAtEnd(layout, extent);
  if (extent === null) return;
  markTeasers(layout, extent, arabic);
  markFooter(layout, extent.end + 1);
}

/** Fewest title + summary pairs that make a run of teasers. */
const TEASERS = 3;

/**
 * A run of teasers ending the text, with no marker: three or more pairs of a headline
 * and a one-sentence summary, the summaries much shorter than the article's paragraphs.
 * The headlines go to the related list; the summaries are dropped.
 */
function markTeasers(layout: Layout, extent: Extent, arabic: boolean): void {
  const pairs: [number, number][] = [];
  let index = extent.end;
  while (index - 1 > extent.start) {
    const summary = layout.items[index]?.line.text ?? '';
    const title = layout.items[index - 1]?.line.text ?? '';
    if (layout.assigned[index] || layout.assigned[index - 1]) break;
    if (!endsSentence(summary) || wordCount(summary) > 35 || /[.!؟?]\s+\S/.test(summary.replace(/[.!]["'»”)]?$/, ''))) break;
    if (!headlineLike(title, arabic) || wordCount(title) < 4) break;
    pairs.push([index - 1, index]);
    index -= 2;
  }
  if (pairs.length < TEASERS) return;
  const before = layout.items.slice(extent.start, index + 1).map((item) => wordCount(item.line.text)).filter((words) => words >= 20);
  const longest = Math.max(...pairs.map(([, summary]) => wordCount(layout.items[summary]?.line.text ?? '')));
  if (before.length < 2 || longest * 1.5 > median(before)) return;
  for (const [title, summary] of pairs) {
    layout.assigned[title] = { role: 'related-item', reason: `one of ${pairs.length} teasers after the text (a headline and a one-sentence summary)`, value: layout.items[title]?.line.text ?? '' };
    layout.assigned[summary] = { role: 'boilerplate', reason: 'a teaser\'s one-sentence summary after the text', value: '' };
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The lead printed again as the last text of the page (before any footer). */
function markRepeatsAtEnd(layout: Layout, extent: Extent | null): void {
  // The lead: the first three paragraphs of the text, or anything before it.
  const leadEnd = (extent?.start ?? 0) + 2;
  const first = new Map<string, number>();
  layout.items.slice(0, leadEnd + 1).forEach((item, index) => {
    const key = wordsKey(item.line.text);
    if (key !== '' && !first.has(key)) first.set(key, index);
  });
  for (let index = layout.items.length - 1; index > 0; index--) {
    const assignment = layout.assigned[index];
    if (assignment) {
      if (assignment.role === 'boilerplate' || assignment.role === 'related-item' || assignment.role === 'related-marker') continue;
      return;
    }
    const item = layout.items[index];
    if (shortLink(item?.line.text ?? '')) continue; // the footer's links, after the repeat
    const earlier = first.get(wordsKey(item?.line.text ?? '')) ?? index;
    if (earlier >= index || earlier > leadEnd || wordCount(item?.line.text ?? '') < 6) return;
    layout.assigned[index] = { role: 'boilerplate', reason: `repeats line ${layout.items[earlier]?.line.number ?? '?'}, the lead, word for word at the end of the page`, value: '' };
  }
}

function markFooter(layout: Layout, from: number): void {
  let furniture = false;
  let run: number[] = [];
  let length = 0;
  const flush = () => {
    if (length >= 3) {
      for (const index of run) layout.assigned[index] = { role: 'boilerplate', reason: `one of ${length} short lines in a row after the text: the page's footer`, value: '' };
      furniture = true;
    }
    run = [];
    length = 0;
  };
  for (let index = from; index < layout.items.length; index++) {
    const role = layout.assigned[index]?.role;
    if (role === 'boilerplate' || role === 'related-marker') furniture = true;
    if (role === 'boilerplate') length++;
    if (role !== undefined) {
      if (role !== 'boilerplate') flush();
      continue;
    }
    const text = layout.items[index]?.line.text ?? '';
    const short = shortLink(text);
    if (!short) flush();
    if (furniture && (short || (endsSentence(text) && wordCount(text) <= 25))) {
      layout.assigned[index] = { role: 'boilerplate', reason: 'after the text, among the page\'s footer', value: '' };
      continue;
    }
    if (short) {
      run.push(index);
      length++;
    }
  }
  flush();
}
