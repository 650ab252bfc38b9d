// Pull quotes, in the shapes pages, mail and qari's own text output use:
//   "Name: quote" on a line set off from the text (by lines of only U+00A0, or by
//   wider gaps than the paragraphs have), the name being the attribution;
//   a quote line followed by "— Name" (qari cat --format text writes quotes so);
//   lines starting with "> ", as mail quotes them.
// Lines of only U+00A0 next to a quote are its separators.
import type { Item, Layout } from './line-items.js';
import { dashAttribution, isQuoted, isReportedSpeech, splitNameColon, wordCount } from './shape.js';

export function markQuotes(layout: Layout, bodyStart: number): void {
  markDashAttributions(layout, bodyStart);
  markMailQuotes(layout, bodyStart);
  // Pages that put a U+00A0 line between all their paragraphs set nothing off with it.
  const separated = layout.items.filter((item) => item.sepBefore).length;
  const separatorsMean = separated <= 4 || separated * 3 <= layout.items.length;
  for (let index = bodyStart; index < layout.items.length; index++) {
    const item = layout.items[index];
    if (!item || layout.assigned[index]) continue;
    const setOff = setOffReason(item, layout.typicalGap, separatorsMean);
    if (!setOff) continue;
    const split = splitNameColon(item.line.text);
    if (split && isReportedSpeech(split.name)) continue;
    if (split) {
      layout.assigned[index] = {
        role: 'quote',
        reason: `"Name: quote" ${setOff}; attributed to the name`,
        value: split.rest,
        attribution: split.name,
      };
    } else if (isQuoted(item.line.text) || (item.sepBefore && item.sepAfter && wordCount(item.line.text) >= 6)) {
      layout.assigned[index] = { role: 'quote', reason: `${isQuoted(item.line.text) ? 'quoted text' : 'a line'} ${setOff}; no attribution`, value: item.line.text };
    }
  }
}

/** Why a line stands apart from the text around it, or '' when it does not. */
function setOffReason(item: Item, typicalGap: number, separatorsMean: boolean): string {
  if (separatorsMean && (item.sepBefore || item.sepAfter)) return 'set off by a line of only U+00A0';
  if (item.gapBefore > typicalGap && item.gapAfter > typicalGap && Number.isFinite(item.gapAfter)) return 'set off by wider gaps than the paragraphs have';
  return '';
}

/** "— Name" after a line: that line (and the lines of its chunk before it) is the quote. */
function markDashAttributions(layout: Layout, bodyStart: number): void {
  for (let index = bodyStart + 1; index < layout.items.length; index++) {
    const item = layout.items[index];
    if (!item || layout.assigned[index]) continue;
    const name = dashAttribution(item.line.text);
    const previous = layout.items[index - 1];
    if (name === null || !previous || layout.assigned[index - 1] || index - 1 < bodyStart) continue;
    if (previous.chunk !== item.chunk && item.gapBefore > Math.max(layout.typicalGap, 1)) continue;
    layout.assigned[index] = { role: 'attribution', reason: 'a "— Name" line after a quote', value: name };
    // A wrapped quote: earlier lines of the same chunk, when blank lines separate blocks.
    let first = index - 1;
    if (layout.typicalGap > 0 && previous.chunk === item.chunk) {
      while (first - 1 >= bodyStart && layout.items[first - 1]?.chunk === item.chunk && !layout.assigned[first - 1]) first--;
    }
    for (let quote = first; quote < index; quote++) {
      const line = layout.items[quote]?.line.text ?? '';
      layout.assigned[quote] = { role: 'quote', reason: quote === index - 1 ? 'the line before "— Name"' : 'a line of the quote before "— Name"', value: mailQuoted(line) ?? line };
    }
  }
}

/** "> text": a quoted line. */
function markMailQuotes(layout: Layout, bodyStart: number): void {
  for (let index = bodyStart; index < layout.items.length; index++) {
    if (layout.assigned[index]) continue;
    const text = mailQuoted(layout.items[index]?.line.text ?? '');
    if (text !== null) layout.assigned[index] = { role: 'quote', reason: 'starts with ">"', value: text };
  }
}

function mailQuoted(line: string): string | null {
  const match = /^>\s*(\S.*)$/.exec(line);
  return match?.[1] ?? null;
}
