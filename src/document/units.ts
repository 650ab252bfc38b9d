// Article → units: the header, the lead, each section's heading and blocks,
// with blank units between blocks.
import type { Article, Block, InlineRun } from '../article/model.js';
import type { StyleRun } from '../text/types.js';
import { readingMinutes } from '../article/reading-time.js';
import { articleDateLabel, captionMark, readingTimeLabel, relatedLabel, type LabelFormat } from '../article/labels.js';
import type { DocTable, DocUnit, UnitKind } from './types.js';
import { typeset } from './typography.js';

const QUOTE_INDENT = 4;
const LIST_INDENT = 2;

export interface UnitOptions {
  /** False for an article's opening alone: its reading time would be the opening's. */
  readingTime?: boolean;
}

/**
 * `related`: titles to list at the end, under the article's related label.
 * `format`: the digits and month names the reader chose, for the date and reading time.
 */
export function articleUnits(article: Article, related: readonly string[] = [], format?: LabelFormat, { readingTime: withReadingTime = true }: UnitOptions = {}): DocUnit[] {
  const units: DocUnit[] = [];
  const add = (kind: UnitKind, text: string, section: number, runs: StyleRun[] = [], indent = 0): void => {
    const shown = typeset(text, runs, article.dir);
    units.push({ kind, text: shown.text, runs: shown.runs, dir: article.dir, section, indent });
  };
  const blank = (section: number) => add('blank', '', section);

  add('title', article.title, -1);
  // The article's own labels are in its language, whatever the interface's.
  const readingTime = withReadingTime ? readingTimeLabel(readingMinutes(article), article.lang, format) : null;
  const date = article.date ? articleDateLabel(article.date, article.lang, format) : null;
  add('meta', [date, article.source, article.author, readingTime].filter(Boolean).join(' · '), -1);
  for (const block of article.lead) {
    blank(-1);
    addBlock(block, -1);
  }
  article.sections.forEach((section, index) => {
    blank(index);
    add('heading', section.heading, index);
    for (const block of section.blocks) {
      blank(index);
      addBlock(block, index);
    }
  });
  if (related.length > 0) {
    const section = article.sections.length - 1;
    blank(section);
    add('meta', relatedLabel(article.lang), section);
    for (const title of related) add('list-item', `• ${title}`, section, [], LIST_INDENT);
  }
  return units;

  function addBlock(block: Block, section: number): void {
    switch (block.type) {
      case 'paragraph':
        return add('paragraph', block.text, section, styleRuns(block.runs));
      case 'quote':
        add('quote', block.text, section, styleRuns(block.runs), QUOTE_INDENT);
        if (block.attribution) add('attribution', `— ${block.attribution}`, section, [], QUOTE_INDENT);
        return;
      case 'caption':
        return add('caption', `${captionMark(article.lang)} ${block.text}`, section);
      case 'list':
        block.items.forEach((item, index) => add('list-item', `${block.ordered ? `${index + 1}.` : '•'} ${item}`, section, [], LIST_INDENT));
        return;
      case 'code':
        // A unit a line: a long block is laid out as far as it is on screen, like paragraphs.
        for (const line of block.text.split('\n')) units.push({ kind: 'code', text: line, runs: [], dir: 'ltr', section, indent: LIST_INDENT });
        return;
      case 'table': {
        // Each cell typeset like a paragraph: Latin tokens isolated, lam-alef joined.
        const shape: DocTable = { rows: [block.head, ...block.rows].map((cells) => cells.map((cell) => typeset(cell, [], article.dir).text)), dir: article.dir };
        shape.rows.forEach((cells, row) => units.push({ kind: 'table', text: cells.join(' '), runs: [], dir: article.dir, section, indent: LIST_INDENT, table: { shape, row } }));
        return;
      }
    }
  }
}

function styleRuns(runs: readonly InlineRun[] | undefined): StyleRun[] {
  return (runs ?? []).map((run) => ({ start: run.start, end: run.end, style: run.style }));
}
