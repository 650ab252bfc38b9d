// One line of text for a list row, laid out by the engine: reordered and shaped
// in app mode, flush right when RTL, cut to the width.
import { layoutParagraph, resolveDirection } from '../text/index.js';
import { typeset } from '../document/typography.js';
import type { Direction } from '../text/types.js';
import type { BidiRendering } from '../document/types.js';

export function visualLabel(text: string, width: number, dir: Direction | 'auto', rendering: BidiRendering): string {
  // The direction comes from the text as written: isolates would hide a leading Latin token.
  const resolved = dir === 'auto' ? resolveDirection(text) : dir;
  const shown = typeset(text, [], resolved).text;
  const [first] = layoutParagraph(shown, { width: Math.max(1, width), dir: resolved, visual: rendering === 'app', pad: true });
  return first?.text ?? '';
}
