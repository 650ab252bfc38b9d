// A <table> as rows of cells. Until the article model has a table block of its own,
// the rows are kept as a GFM pipe table in a code block of language "table", which
// is what an article file's own Markdown tables read as.
import type { Block } from '../../model.js';
import { elements, type DomElement } from './dom.js';

export type TableResult = { layout: false; block: Block; caption: string } | { layout: true };

/** Null when the table holds no text; `layout` when it only lays out other blocks. */
export function tableBlock(table: DomElement, cellText: (cell: DomElement) => string): TableResult | null {
  const rows = elements(table.querySelectorAll('tr'))
    .filter((row) => row.closest('table') === table)
    .map((row) => elements(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th'));
  if (rows.length === 0) return null;
  // Tables used for page layout hold paragraphs or other tables: read their contents instead.
  if (table.querySelector('p, table, div > div, h1, h2, h3, blockquote, ul, ol')) return { layout: true };
  const cells = rows.map((row) => row.map((cell) => cellText(cell).replace(/\|/g, '\\|')));
  const width = Math.max(...cells.map((row) => row.length));
  if (width === 0 || cells.every((row) => row.every((cell) => cell === ''))) return null;
  const padded = cells.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const caption = table.querySelector('caption');
  const [head, ...body] = padded;
  const line = (row: readonly string[]) => `| ${row.join(' | ')} |`;
  const text = [line(head ?? []), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
  return { layout: false, block: { type: 'code', lang: 'table', text }, caption: caption ? cellText(caption) : '' };
}
