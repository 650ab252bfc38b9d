// Step 10: every visual line exactly `width` cells, RTL flush right and LTR
// flush left. In logical mode (a terminal that reorders) the spaces go at the logical end
// of every line: a terminal that lays an RTL line out from the right puts them on the left.
import type { Direction } from './types.js';

export interface Padding {
  before: number;
  after: number;
}

/** Spaces to put before and after a line of `cells` cells (width 0: none). */
export function paddingFor(cells: number, width: number, dir: Direction, visual: boolean, into: Padding): Padding {
  const missing = width > cells ? width - cells : 0;
  into.before = dir === 'rtl' && visual ? missing : 0;
  into.after = dir === 'ltr' || !visual ? missing : 0;
  return into;
}
