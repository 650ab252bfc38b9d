// `cat --visual`: the article laid out by the text engine as the reader lays it
// out, for a terminal without bidi (reordered, shaped, aligned); and logical
// wrapping for `cat --width N`.
import type { Article } from '../article/model.js';
import type { ResolvedRelated } from '../library/resolve-related.js';
import { articleUnits } from '../document/units.js';
import { layoutUnit } from '../document/unit-layout.js';
import { layoutParagraph } from '../text/index.js';
import type { Direction } from '../text/types.js';

export interface VisualOptions {
  width: number;
  /** 1-based section; 0 is the header and lead. */
  section?: number;
}

export function visualArticle(article: Article, related: readonly ResolvedRelated[], options: VisualOptions): string {
  const units = articleUnits(article, options.section === undefined ? related.map((entry) => entry.title ?? entry.ref) : []);
  const lines: string[] = [];
  units.forEach((unit, index) => {
    if (options.section !== undefined && unit.section !== options.section - 1) return;
    for (const line of layoutUnit(unit, index, options.width, 'app')) lines.push(line.segments.map((segment) => segment.text).join('').trimEnd());
  });
  while (lines[0] === '') lines.shift();
  return `${lines.join('\n')}\n`;
}

/** Wraps in logical order at `width` cells, for `cat --width N` without --visual. */
export function logicalWrapper(width: number, dir: Direction): (text: string) => string[] {
  return (text) => layoutParagraph(text, { width, dir, visual: false, pad: false }).map((line) => line.text);
}
