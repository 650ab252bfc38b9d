// The related list: a marker line ("مواضيع ذات صلة:", "اقرأ أيضاً", "Related", "Read more")
// and the short title lines after it; or a marker with a title on the same line.
import { parseDateLine } from './dates.js';
import type { Layout } from './line-items.js';
import { relatedMarker } from './patterns.js';
import { endsSentence, listItem, wordCount } from './shape.js';

export function markRelated(layout: Layout, bodyStart: number): void {
  let open = false;
  let marker = '';
  for (let index = bodyStart; index < layout.items.length; index++) {
    const item = layout.items[index];
    if (!item) continue;
    if (layout.assigned[index]) {
      open = false; // boilerplate ends a list
      continue;
    }
    const text = item.line.text;
    const found = relatedMarker(text);
    if (found) {
      marker = text;
      if (found.rest !== '') {
        layout.assigned[index] = { role: 'related-item', reason: `a title on the "${marker.split(/[:：]/)[0]?.trim()}" line`, value: stripBullet(found.rest) };
        open = false;
      } else {
        layout.assigned[index] = { role: 'related-marker', reason: 'starts the related list', value: '' };
        open = true;
      }
      continue;
    }
    if (!open) continue;
    const why = notATitle(text, item.gapBefore, layout.typicalGap);
    if (why && teaserSummary(layout, index)) {
      layout.assigned[index] = { role: 'boilerplate', reason: SUMMARY, value: '' };
      continue;
    }
    if (why) {
      open = false;
      continue;
    }
    layout.assigned[index] = { role: 'related-item', reason: `a short line in the list after "${marker}"`, value: stripBullet(text) };
  }
}

/** Why a line after the marker ends the list, or '' when it is one more title. */
function notATitle(text: string, gapBefore: number, typicalGap: number): string {
  if (gapBefore > Math.max(typicalGap, 1) * 2) return 'a wide gap';
  if (wordCount(text) > 25) return 'too long for a title';
  if (endsSentence(text) && !/(?:\.\.\.|…)["'»”)]?$/.test(text)) return 'ends a sentence';
  if (parseDateLine(text) !== null) return 'a date';
  return '';
}

/** A sentence of at most 40 words right after a related title, with another title after it or a summary before that title. */
function teaserSummary(layout: Layout, index: number): boolean {
  const text = layout.items[index]?.line.text ?? '';
  if (layout.assigned[index - 1]?.role !== 'related-item' || wordCount(text) > 40 || !endsSentence(text)) return false;
  const next = layout.items[index + 1]?.line.text;
  if (next !== undefined && wordCount(next) <= 25 && !endsSentence(next) && relatedMarker(next) === null) return true;
  return layout.assigned[index - 2]?.reason === SUMMARY;
}

const SUMMARY = 'a one-line summary under a title in the related list';

function stripBullet(text: string): string {
  return listItem(text)?.item ?? text;
}
