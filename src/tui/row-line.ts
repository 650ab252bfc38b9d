// One screen line of several cells side by side (a cursor, a date, a title;
// a section, a heading, a percentage), in the interface's reading order: in an
// Arabic interface the first cell is at the right. Every cell goes through the
// text engine. In app mode each cell is laid out on its own and the cells are
// put side by side; in terminal mode the terminal orders the line, so it gets
// the cells in logical order, each isolated, the whole line isolated in the
// interface's direction.
import { displayWidth, resolveDirection } from '../text/index.js';
import type { Direction } from '../text/types.js';
import { cutToFit, visualLabel } from './visual-label.js';
import type { BidiRendering } from '../document/types.js';
import { FSI, PDI, RLI } from '../terminal/escapes.js';

const LRI = '\u2066';

export interface Cell {
  text: string;
  /** Cells the cell takes; its text is cut to fit. */
  width: number;
  /** The text's own direction ('auto': from its first strong letter). */
  dir?: Direction | 'auto';
  /** Which side of the cell the text keeps to; the interface's start by default. */
  align?: Direction;
}

export function rowLine(cells: readonly Cell[], lineDir: Direction, rendering: BidiRendering): string {
  if (rendering === 'app') {
    const drawn = cells.map((cell) => visualCell(cell, lineDir));
    return (lineDir === 'rtl' ? drawn.reverse() : drawn).join('');
  }
  const open = lineDir === 'rtl' ? RLI : LRI;
  return `${open}${cells.map((cell) => logicalCell(cell, lineDir, open)).join('')}${PDI}`;
}

/** Laid out as a list label is (Latin tokens kept whole, an ellipsis where it is cut), then aligned. */
function visualCell(cell: Cell, lineDir: Direction): string {
  if (cell.width <= 0) return '';
  const text = visualLabel(cell.text, cell.width, cell.dir ?? 'auto', 'app').replace(/^ +| +$/g, '');
  const room = ' '.repeat(Math.max(0, cell.width - displayWidth(text)));
  return (cell.align ?? lineDir) === 'rtl' ? room + text : text + room;
}

/** The cell in logical order; padding after the text keeps it to the side the line starts from. */
function logicalCell(cell: Cell, lineDir: Direction, open: string): string {
  if (cell.width <= 0) return '';
  const dir = cell.dir === undefined || cell.dir === 'auto' ? resolveDirection(cell.text) : cell.dir;
  // Cut as in app mode, with an ellipsis where the text ends early.
  const text = cutToFit(cell.text, cell.width, dir, 'terminal').trimEnd();
  const room = ' '.repeat(Math.max(0, cell.width - displayWidth(text)));
  const alignedToStart = (cell.align ?? lineDir) === lineDir;
  return alignedToStart ? `${open}${FSI}${text}${PDI}${room}${PDI}` : `${open}${room}${FSI}${text}${PDI}${PDI}`;
}
