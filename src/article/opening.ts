// The opening of a long article's source: its front matter and its first
// blocks, cut where a block ends (a blank line outside a fenced code block).
// The reader shows it while the whole article is still being parsed, so a
// 5 MB article's first screen costs what a short article's does.
import { FRONT_MATTER_CLOSING, FRONT_MATTER_OPENING } from './front-matter.js';

/** Characters of body to keep: far more than a screen, a small part of a long article. */
export const OPENING_BODY_CHARS = 32 * 1024;

const FENCE = /^ {0,3}(?:```|~~~)/gm;

/**
 * The source cut after its first blocks, or undefined when there is nothing
 * worth cutting: a short article, front matter that does not close (the whole
 * parse reports it), or no block boundary early enough.
 */
export function articleOpening(source: string, bodyChars = OPENING_BODY_CHARS): string | undefined {
  const opening = FRONT_MATTER_OPENING.exec(source);
  if (!opening) return undefined;
  const closing = FRONT_MATTER_CLOSING.exec(source.slice(opening[0].length, opening[0].length + bodyChars * 4));
  if (!closing) return undefined;
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  if (source.length - bodyStart <= bodyChars * 2) return undefined;
  for (let cut = source.lastIndexOf('\n\n', bodyStart + bodyChars); cut > bodyStart; cut = source.lastIndexOf('\n\n', cut - 1)) {
    if (!insideFence(source.slice(bodyStart, cut))) return source.slice(0, cut + 1);
  }
  return undefined;
}

/** An odd number of fence lines before the cut: it would fall inside a code block. */
function insideFence(body: string): boolean {
  return (body.match(FENCE)?.length ?? 0) % 2 === 1;
}
