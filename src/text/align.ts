// Step 10 (DESIGN.md §3): every visual line exactly `width` cells, RTL flush right and LTR
// flush left. In logical mode (a terminal that reorders, text wrapped in RLI…PDI by the
// caller) spaces before an RTL line would be moved by the terminal's own bidi, so RTL lines
// stay unpadded there and only LTR lines get trailing spaces; the caller places RTL lines
// from the returned width.
import type { Direction } from './types.js';

export interface Padding {
  before: number;
  after: number;
}

/** Spaces to put before and after a line of `cells` cells (width 0: none). */
export function paddingFor(cells: number, width: number, dir: Direction, visual: boolean, into: Padding): Padding {
  const missing = width > cells ? width - cells : 0;
  into.before = dir === 'rtl' && visual ? missing : 0;
  into.after = dir === 'ltr' ? missing : 0;
  return into;
}
