// `cat --format text`: the article as plain text in logical order, for pipes.
// The shape mirrors scraped article text (title, date, blocks set apart by blank
// lines, a related list at the end) so `qari import` reads it back.
import type { Article, Block } from '../article/model.js';
import type { ResolvedRelated } from '../library/resolve-related.js';
import { captionMark, formatAuthorLine, formatSourceLine, relatedLabel } from '../article/labels.js';
import { balancedLines, plainLine } from './plain.js';
import { displayWidth } from '../text/index.js';

export interface TextOptions {
  /** 1-based section; 0 is the lead. Undefined: the whole article. */
  section?: number;
  /** Splits a paragraph into lines (logical order), e.g. at `--width` columns. Undefined: one paragraph a line. */
  wrap?: (text: string) => string[];
}

export function articleText(article: Article, related: readonly ResolvedRelated[], options: TextOptions = {}): string {
  const wrap = options.wrap ?? ((text: string) => [text]);
  const chunks: string[] = [];
  const add = (text: string) => chunks.push(wrap(text).join('\n'));
  if (options.section === undefined) {
    add(article.title);
    if (article.date) chunks.push(article.date);
    if (article.author) add(formatAuthorLine(article.author, article.lang));
  }
  if (options.section === undefined || options.section === 0) {
    for (const block of article.lead) chunks.push(blockText(block, article.lang, wrap));
  }
  article.sections.forEach((section, index) => {
    if (options.section !== undefined && options.section !== index + 1) return;
    add(section.heading);
    for (const block of section.blocks) chunks.push(blockText(block, article.lang, wrap));
  });
  if (options.section === undefined && article.source) add(formatSourceLine(article.source, article.lang));
  if (options.section === undefined && related.length > 0) {
    chunks.push([relatedLabel(article.lang), ...related.map((entry) => entry.title ?? entry.ref)].join('\n\n'));
  }
  // The model holds no controls (dropped on parse); bidi controls stay, each line closed on itself.
  return balancedLines(`${chunks.join('\n\n')}\n`);
}

export function blockText(block: Block, lang: string, wrap: (text: string) => string[] = (text) => [text]): string {
  switch (block.type) {
    case 'paragraph':
      return wrap(block.text).join('\n');
    case 'caption':
      return wrap(`${captionMark(lang)} ${block.text}`).join('\n');
    case 'quote':
      // Attributed: the text, then "— name"; unattributed: "> text", so it reads back as a quote.
      return block.attribution ? [...wrap(block.text), ...wrap(`— ${block.attribution}`)].join('\n') : wrap(`> ${block.text}`).join('\n');
    case 'list':
      return block.items.map((item, index) => wrap(`${block.ordered ? `${index + 1}.` : '-'} ${item}`).join('\n')).join('\n');
    case 'code':
      return block.text;
    case 'table':
      return tableText(block);
  }
}

/**
 * A table in logical order: a row a line, cells apart by ` | ` and padded to their
 * column's display width, a rule under the header. A terminal (or editor) that does
 * bidi shows an RTL article's first column on the right.
 */
function tableText(block: Extract<Block, { type: 'table' }>): string {
  const rows = [block.head, ...block.rows].map((cells) => cells.map(plainLine));
  const widths = block.head.map((_, column) => Math.max(1, ...rows.map((cells) => displayWidth(cells[column] ?? ''))));
  const line = (cells: readonly string[]) => widths.map((width, column) => padEnd(cells[column] ?? '', width)).join(' | ').trimEnd();
  const [head = [], ...body] = rows;
  return [line(head), widths.map((width) => '-'.repeat(width)).join('-|-'), ...body.map(line)].join('\n');
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
