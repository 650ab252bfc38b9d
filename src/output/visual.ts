// `cat --visual`: the article laid out by the text engine, as a terminal
// without bidi needs it (reordered, shaped, aligned); and logical wrapping for `--width`.
import type { Article } from '../article/model.js';
import type { ResolvedRelated } from '../library/resolve-related.js';
import { layoutParagraph } from '../text/index.js';
import type { Direction } from '../text/types.js';
import { articleText } from './text.js';

export interface VisualOptions {
  width: number;
  section?: number;
}

export function visualArticle(article: Article, related: readonly ResolvedRelated[], options: VisualOptions): string {
  const text = articleText(article, related, { section: options.section });
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((paragraph) => visualLines(paragraph, options.width, article.dir))
    .join('\n')
    .concat('\n');
}

function visualLines(paragraph: string, width: number, dir: Direction): string {
  if (paragraph === '') return '';
  return layoutParagraph(paragraph, { width, dir: 'auto', visual: true, pad: width > 0 && dir === 'rtl' })
    .map((line) => line.text.trimEnd())
    .join('\n');
}

/** Wraps in logical order at `width` cells, for `cat --width N` without --visual. */
export function logicalWrapper(width: number, dir: Direction): (text: string) => string[] {
  return (text) => layoutParagraph(text, { width, dir, visual: false, pad: false }).map((line) => line.text);
}
