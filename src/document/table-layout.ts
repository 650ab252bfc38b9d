// A table row → screen lines. Every cell goes through the text engine (reordered
// and shaped like any paragraph), columns are as wide as their widest cell on
// screen (or share the width when the table is wider than the screen, cells then
// wrap), and in an RTL article the first column is on the right.
import { layoutParagraph } from '../text/index.js';
import type { Segment, VisualLine } from '../text/types.js';
import type { BidiRendering, DocTable } from './types.js';

const SEPARATOR = ' │ ';
const RULE_JOIN = '─┼─';

/** The screen lines of row `row`, each left to right as sent (0 is the header, followed by its rule). */
export function tableRowLines(table: DocTable, row: number, width: number, rendering: BidiRendering): Segment[][] {
  const cells = table.rows[row] ?? [];
  const widths = columnWidths(table, width, rendering);
  const style = row === 0 ? 'table-head' : 'table';
  const laidOut = widths.map((columnWidth, column) => cellLines(cells[column] ?? '', columnWidth, style, table, rendering));
  const height = Math.max(1, ...laidOut.map((lines) => lines.length));
  const lines: Segment[][] = [];
  for (let index = 0; index < height; index++) {
    lines.push(joinCells(laidOut.map((lines, column) => lines[index] ?? [blankCell(widths[column] ?? 0)]), table, rendering));
  }
  if (row === 0) lines.push([{ text: ordered(widths, table, rendering).map((columnWidth) => '─'.repeat(columnWidth)).join(RULE_JOIN), styles: ['table-rule'] }]);
  return lines;
}

/** Cells a table takes at these column widths, separators included. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, columnWidth) => sum + columnWidth, 0) + SEPARATOR.length * Math.max(0, widths.length - 1);
}

const widthCache = new WeakMap<DocTable, Map<string, number[]>>();

/**
 * Each column as wide as its widest cell as shown (shaped by qari, a lam-alef
 * takes one cell), when the table fits in `width`; otherwise narrowed to fit.
 */
export function columnWidths(table: DocTable, width: number, rendering: BidiRendering): number[] {
  let byWidth = widthCache.get(table);
  if (!byWidth) widthCache.set(table, (byWidth = new Map()));
  const key = `${width} ${rendering}`;
  const cached = byWidth.get(key);
  if (cached) return cached;
  const measure = (text: string) => shownWidth(text, rendering === 'app');
  const natural = naturalWidths(table, measure);
  const widths = width > 0 && tableWidth(natural) > width ? narrowed(table, natural, width - SEPARATOR.length * Math.max(0, natural.length - 1), measure) : natural;
  byWidth.set(key, widths);
  return widths;
}

/** Per column, the widest of `measure` over its cells (at least 1). */
function naturalWidths(table: DocTable, measure: (cell: string) => number): number[] {
  const columns = Math.max(0, ...table.rows.map((cells) => cells.length));
  const widths = new Array<number>(columns).fill(1);
  for (const cells of table.rows) cells.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 1, measure(cell))));
  return widths;
}

/** Cells a text takes on screen. */
function shownWidth(text: string, visual: boolean): number {
  return text === '' ? 0 : (layoutParagraph(text, { width: 0, dir: 'auto', visual, pad: false })[0]?.width ?? 0);
}

/**
 * A table wider than the screen: each column keeps room for its longest word
 * when all of them fit, and the rest is shared out; else the width is shared.
 */
function narrowed(table: DocTable, natural: readonly number[], available: number, measure: (text: string) => number): number[] {
  const words = naturalWidths(table, (cell) => Math.max(0, ...cell.split(/\s+/).map(measure)));
  const room = available - words.reduce((sum, columnWidth) => sum + columnWidth, 0);
  if (room < 0) return sharedWidths(natural, available);
  const extra = sharedWidths(natural.map((columnWidth, column) => columnWidth - (words[column] ?? 1)), room);
  return words.map((columnWidth, column) => columnWidth + (extra[column] ?? 0));
}

/** Water-filling: columns narrower than a fair share keep their width; the others share what is left. */
function sharedWidths(natural: readonly number[], available: number): number[] {
  const widths = [...natural];
  let open = natural.map((_, column) => column);
  let left = available;
  while (open.length > 0) {
    const share = Math.floor(left / open.length);
    const narrow = open.filter((column) => (natural[column] ?? 0) <= share);
    if (narrow.length === 0) {
      const extra = left - share * open.length;
      open.forEach((column, index) => (widths[column] = Math.max(1, share + (index < extra ? 1 : 0))));
      break;
    }
    for (const column of narrow) left -= natural[column] ?? 0;
    open = open.filter((column) => !narrow.includes(column));
  }
  return widths;
}

function cellLines(cell: string, width: number, style: string, table: DocTable, rendering: BidiRendering): Segment[][] {
  if (cell === '') return [[blankCell(width)]];
  const visual = rendering === 'app';
  const lines = layoutParagraph(cell, { width, dir: table.dir, visual, pad: visual, runs: [{ start: 0, end: cell.length, style }] });
  return lines.map((line) => (visual ? line.segments : paddedLogical(line, width)));
}

/** In logical order the terminal reorders: a cell's padding goes at its logical end, which it shows on the cell's far side. */
function paddedLogical(line: VisualLine, width: number): Segment[] {
  return line.width >= width ? line.segments : [...line.segments, blankCell(width - line.width)];
}

function blankCell(width: number): Segment {
  return { text: ' '.repeat(width), styles: [] };
}

/**
 * The cells of one screen line, left to right. Laid out by qari (app), an RTL
 * table's first column is the rightmost; sent in logical order (terminal), the
 * terminal's own bidi puts it there.
 */
function joinCells(cells: Segment[][], table: DocTable, rendering: BidiRendering): Segment[] {
  const out: Segment[] = [];
  ordered(cells, table, rendering).forEach((segments, index) => {
    if (index > 0) out.push({ text: SEPARATOR, styles: ['table-rule'] });
    out.push(...segments);
  });
  return out;
}

function ordered<T>(columns: readonly T[], table: DocTable, rendering: BidiRendering): readonly T[] {
  return rendering === 'app' && table.dir === 'rtl' ? [...columns].reverse() : columns;
}
