// A <table> as rows of cells: the article model's table block (the first row its header).
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
  const cells = rows.map((row) => row.map((cell) => cellText(cell)));
  const width = Math.max(...cells.map((row) => row.length));
  if (width === 0 || cells.every((row) => row.every((cell) => cell === ''))) return null;
  const padded = cells.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const caption = table.querySelector('caption');
  const [head, ...body] = padded;
  return { layout: false, block: { type: 'table', head: head ?? [], rows: body }, caption: caption ? cellText(caption) : '' };
}
