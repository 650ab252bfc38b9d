// One line of text for a list row, laid out by the engine: reordered and shaped
// in app mode, flush right when RTL, cut to the width.
import { layoutParagraph } from '../text/index.js';
import type { Direction } from '../text/types.js';
import type { BidiRendering } from '../document/types.js';

export function visualLabel(text: string, width: number, dir: Direction | 'auto', rendering: BidiRendering): string {
  const [first] = layoutParagraph(text, { width: Math.max(1, width), dir, visual: rendering === 'app', pad: true });
  return first?.text ?? '';
}
