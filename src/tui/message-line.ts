// A line of the interface's own words (which may quote a title or a path),
// laid out by the engine in the interface's direction.
import type { Ui } from '../i18n/index.js';
import type { BidiRendering } from '../document/types.js';
import { FSI, PDI } from '../terminal/escapes.js';
import { rowLine } from './row-line.js';

export function messageLine(text: string, width: number, ui: Ui, rendering: BidiRendering): string {
  return rowLine([{ text, width, dir: ui.dir }], ui.dir, rendering);
}

/** Text quoted inside a message keeps its own direction and does not reorder the message around it. */
export function isolated(text: string): string {
  return `${FSI}${text}${PDI}`;
}
