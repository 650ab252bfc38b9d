// After the article's text: the lead printed again at the end, and the page's footer.
//   - The last lines of the page that repeat an earlier line word for word (a lead or
//     summary the page prints twice) are dropped as repeats; nothing is lost.
//   - After the text, from the first line that is page furniture (a share prompt, a
//     copyright, a related-list marker), short lines and short sentences are the
//     footer; so is any run of three or more short lines after the text.
import type { Extent } from './extent.js';
import { wordsKey } from './fold.js';
import { shortLink } from './header.js';
import type { Layout } from './layout.js';
import { endsSentence, wordCount } from './shape.js';

export function markTail(layout: Layout, extent: Extent | null): void {
  markRepeatsAtEnd(layout, extent);
  if (extent !== null) markFooter(layout, extent.end + 1);
}

/** The lead printed again as the last text of the page (before any footer). */
function markRepeatsAtEnd(layout: Layout, extent: Extent | null): void {
  // The lead: the first three paragraphs of the text, or anything before it.
  const leadEnd = (extent?.start ?? 0) + 2;
  const first = new Map<string, number>();
  layout.items.forEach((item, index) => {
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
    const earlier = first.get(wordsKey(item?.line.text ?? '')) ?? index;
    if (earlier >= index || earlier > leadEnd || wordCount(item?.line.text ?? '') < 6) return;
    layout.assigned[index] = { role: 'boilerplate', reason: `repeats line ${layout.items[earlier]?.line.number ?? '?'}, the lead, word for word at the end of the page`, value: '' };
  }
}

function markFooter(layout: Layout, from: number): void {
  let furniture = false;
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const index of run) layout.assigned[index] = { role: 'boilerplate', reason: `one of ${run.length} short lines in a row after the text: the page's footer`, value: '' };
    run = [];
  };
  for (let index = from; index < layout.items.length; index++) {
    const role = layout.assigned[index]?.role;
    if (role === 'boilerplate' || role === 'related-marker') furniture = true;
    if (role !== undefined) {
      if (role !== 'boilerplate') flush();
      continue;
    }
    const text = layout.items[index]?.line.text ?? '';
    if (furniture && (shortLink(text) || (endsSentence(text) && wordCount(text) <= 25))) {
      layout.assigned[index] = { role: 'boilerplate', reason: 'after the text, among the page\'s footer', value: '' };
      continue;
    }
    if (shortLink(text)) run.push(index);
    else flush();
  }
  flush();
}
