// One line of text for a list row, laid out by the engine: reordered and shaped
// in app mode, flush right when RTL, cut to the width with an ellipsis at its end.
import { layoutParagraph, resolveDirection } from '../text/index.js';
import { typeset } from '../document/typography.js';
import type { Direction } from '../text/types.js';
import type { BidiRendering } from '../document/types.js';
import { PDI, RLI } from '../terminal/escapes.js';

const ELLIPSIS = '…';

export function visualLabel(text: string, width: number, dir: Direction | 'auto', rendering: BidiRendering): string {
  // The direction comes from the text as written: isolates would hide a leading Latin token.
  const resolved = dir === 'auto' ? resolveDirection(text) : dir;
  const label = cutToFit(text, width, resolved, rendering);
  if (rendering !== 'terminal' || resolved !== 'rtl') return label;
  // A terminal that reorders keeps an RTL label whole and right to left, wherever it sits in
  // a row. Its padding goes before the isolate: inside, the terminal would put the spaces at
  // the label's end (whitespace before a PDI takes the row's direction), left of an LTR row's
  // label instead of flush right.
  const shown = label.trimEnd();
  return ' '.repeat(label.length - shown.length) + RLI + shown + PDI;
}

/** The text cut to `width` with an ellipsis, as one line in the rendering's order (padded). */
export function cutToFit(text: string, width: number, resolved: Direction, rendering: BidiRendering): string {
  const room = Math.max(1, width);
  const lineOf = (shown: string) => layoutParagraph(typeset(shown, [], resolved).text, { width: room, dir: resolved, visual: rendering === 'app', pad: true });
  const lines = lineOf(text);
  if (lines.length <= 1) return lines[0]?.text ?? '';
  // Cut in logical order, so the ellipsis is where the reader's eye ends: the left of an RTL title.
  // (A line of `room` cells holds at most a few code units per cell: marks, surrogates.)
  let end = Math.min(text.length, lines[0]?.end ?? text.length, room * 4);
  while (end > 0) {
    const cut = lineOf(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`);
    if (cut.length === 1) return cut[0]?.text ?? '';
    end -= 1;
  }
  return lines[0]?.text ?? '';
}
