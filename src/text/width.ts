// Display width in terminal cells, per code point as terminals count
// it (wcwidth): 0 for combining marks, format characters and conjoining jamo; 2 for East
// Asian Wide/Fullwidth and emoji presentation; 1 otherwise. A cluster is the sum of its
// code points, which is what xterm, VTE and Alacritty put on screen (a ZWJ emoji sequence
// may then take fewer cells on terminals that join it: shorter, never overflowing).
// Regional indicators count 1 each, so a flag pair takes 2 cells.
import { WIDTH_RANGES } from './width-table.js';
import { CodePointTable, codePointAt } from './code-point-table.js';

export const WIDTHS = new CodePointTable(WIDTH_RANGES, 1);

/** Cells the text takes on a terminal (control characters count 0: sanitise first). */
export function displayWidth(text: string): number {
  const flat = WIDTHS.flat;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) width += flat[c]!;
    else {
      const cp = codePointAt(text, i);
      width += WIDTHS.get(cp);
      if (cp > 0xffff) i++;
    }
  }
  return width;
}
