// Gives every input line a role and the reason for it, from the whole page. Rules run
// in a fixed order, each deciding only lines no earlier rule decided:
//   boilerplate phrases → where the text is (extent.ts) → header before it (title,
//   repeats, date, byline, navigation) → related list → repeats and footer after it
//   → pull quotes → lists, code, source line → paragraphs, headings, captions.
import { cleanLines } from './clean-lines.js';
import { markBody } from './body.js';
import { findExtent, pageIsArabic } from './extent.js';
import { markHeader } from './header.js';
import { layoutOf, type Assignment, type Layout } from './line-items.js';
import { boilerplateReason } from './patterns.js';
import { markQuotes } from './quotes.js';
import { markRelated } from './related.js';
import { markTail } from './tail.js';
import type { ClassifiedLine, CleanLine } from './types.js';

export function classifyText(text: string): ClassifiedLine[] {
  return classifyLines(cleanLines(text));
}

export function classifyLines(lines: readonly CleanLine[]): ClassifiedLine[] {
  return classifyPage(lines).lines;
}

/** The lines with their roles, and where the article's text was found (input line numbers). */
export interface ClassifiedPage {
  lines: ClassifiedLine[];
  extent: { first: number; last: number; paragraphs: number; words: number } | null;
}

export function classifyPage(lines: readonly CleanLine[]): ClassifiedPage {
  const layout = layoutOf(lines);
  markBoilerplate(layout);
  const arabic = pageIsArabic(layout);
  const extent = findExtent(layout);
  const bodyStart = markHeader(layout, extent, arabic);
  markRelated(layout, bodyStart);
  markTail(layout, extent, arabic);
  markQuotes(layout, bodyStart);
  markBody(layout, bodyStart);
  const span = extent && {
    first: layout.items[extent.start]?.line.number ?? 0,
    last: layout.items[extent.end]?.line.number ?? 0,
    paragraphs: extent.paragraphs,
    words: extent.words,
  };
  return { lines: result(layout), extent: span };
}

function markBoilerplate(layout: Layout): void {
  layout.items.forEach((item, index) => {
    const reason = boilerplateReason(item.line.text);
    if (reason) layout.assigned[index] = { role: 'boilerplate', reason: `site boilerplate: ${reason}`, value: '' };
  });
}

function result(layout: Layout): ClassifiedLine[] {
  const out: ClassifiedLine[] = layout.lines.map((line) => classified(line, -1, { role: 'blank', reason: line.spaceOnly ? 'only U+00A0 or other odd spaces' : 'empty', value: '' }));
  layout.items.forEach((item, index) => {
    out[item.at] = classified(item.line, item.chunk, layout.assigned[index] ?? { role: 'paragraph', reason: 'text', value: item.line.text });
  });
  markSeparators(out);
  return out;
}

function classified(line: CleanLine, chunk: number, assignment: Assignment): ClassifiedLine {
  const out: ClassifiedLine = {
    number: line.number,
    text: line.text,
    spaceOnly: line.spaceOnly,
    trailingOddSpace: line.trailingOddSpace,
    leadingSpace: line.leadingSpace,
    chunk,
    role: assignment.role,
    reason: assignment.reason,
    value: assignment.value,
  };
  if (assignment.attribution !== undefined) out.attribution = assignment.attribution;
  if (assignment.ordered !== undefined) out.ordered = assignment.ordered;
  return out;
}

/** A line of only U+00A0 next to a quote (blank lines between allowed) sets the quote off. */
function markSeparators(lines: ClassifiedLine[]): void {
  lines.forEach((line, at) => {
    if (!line.spaceOnly) return;
    const neighbours = [nearest(lines, at, -1), nearest(lines, at, 1)];
    if (neighbours.some((neighbour) => neighbour?.role === 'quote' || neighbour?.role === 'attribution')) {
      line.role = 'quote-separator';
      line.reason = 'only U+00A0: sets a pull quote off';
    }
  });
}

function nearest(lines: readonly ClassifiedLine[], at: number, step: 1 | -1): ClassifiedLine | undefined {
  for (let index = at + step; index >= 0 && index < lines.length; index += step) {
    const line = lines[index];
    if (line && line.text !== '') return line;
  }
  return undefined;
}
