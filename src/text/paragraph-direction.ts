// Step 2: the paragraph direction, given or found by rules P2/P3 of UAX #9:
// the first strong letter decides, skipping what lies inside isolates (LRI/RLI/FSI…PDI);
// with no strong letter the paragraph is LTR.
import type { Direction } from './types.js';
import { Cls, classify } from './bidi-class.js';
import { sanitizeWithMap } from './sanitize.js';

export function resolveDirection(text: string): Direction {
  const s = sanitizeWithMap(text).text;
  const cls = new Uint8Array(s.length);
  classify(s, s.length, cls);
  return directionOfClasses(cls, 0, s.length);
}

/** P2/P3 over classes [start, end). */
export function directionOfClasses(cls: Uint8Array, start: number, end: number): Direction {
  let isolates = 0;
  for (let i = start; i < end; i++) {
    const k = cls[i]!;
    if (k === Cls.LRI || k === Cls.RLI || k === Cls.FSI) isolates++;
    else if (k === Cls.PDI) {
      if (isolates > 0) isolates--;
    } else if (isolates === 0) {
      if (k === Cls.L) return 'ltr';
      if (k === Cls.R || k === Cls.AL) return 'rtl';
    }
  }
  return 'ltr';
}
