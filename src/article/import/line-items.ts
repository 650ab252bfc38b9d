// The layout of the input: its non-empty lines ("items"), the blank lines around
// each, which lines run together without a blank line ("chunks"), and the usual
// gap between paragraphs. Rules read this instead of raw line numbers.
import type { CleanLine, Role } from './types.js';

export interface Item {
  line: CleanLine;
  /** Position in the input's line array. */
  at: number;
  /** Empty lines right before / after this one (before the first: from the start; after the last: Infinity). */
  gapBefore: number;
  gapAfter: number;
  /** A line of only U+00A0 (or other odd spaces) sits in the gap before / after. */
  sepBefore: boolean;
  sepAfter: boolean;
  chunk: number;
}

export interface Assignment {
  role: Role;
  reason: string;
  value: string;
  attribution?: string;
  ordered?: boolean;
}

export interface Layout {
  lines: readonly CleanLine[];
  items: Item[];
  /** The commonest gap between two items: 1 in scraped text, 0 when every line is a paragraph. */
  typicalGap: number;
  /** What each item was found to be, by item index; undefined until a rule decides. */
  assigned: (Assignment | undefined)[];
}

export function layoutOf(lines: readonly CleanLine[]): Layout {
  const items: Item[] = [];
  let gap = 0;
  let separator = false;
  let chunk = 0;
  lines.forEach((line, at) => {
    if (line.text === '') {
      gap++;
      separator ||= line.spaceOnly;
      return;
    }
    const previous = items.at(-1);
    if (previous) {
      previous.gapAfter = gap;
      previous.sepAfter = separator;
      if (gap > 0) chunk++;
    }
    items.push({ line, at, gapBefore: gap, gapAfter: Infinity, sepBefore: separator, sepAfter: false, chunk });
    gap = 0;
    separator = false;
  });
  const last = items.at(-1);
  if (last && separator) last.sepAfter = true;
  return { lines, items, typicalGap: typicalGap(items), assigned: items.map(() => undefined) };
}

function typicalGap(items: readonly Item[]): number {
  const counts = new Map<number, number>();
  for (const item of items.slice(1)) counts.set(item.gapBefore, (counts.get(item.gapBefore) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [gap, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > bestCount) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}
