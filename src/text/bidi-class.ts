// Bidi_Class of a code point (UAX #9 table 4), from the generated Unicode 15 table.
// Numbers follow BIDI_CLASS_NAMES; `Cls.CONT` marks the second unit of a surrogate pair.
import { BIDI_CLASS_RANGES } from './bidi-class-table.js';
import { CodePointTable, codePointAt } from './code-point-table.js';

export const enum Cls {
  L = 0, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
  LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
  /** Not a class: the low surrogate of a pair, which shares its high surrogate's class. */
  CONT = 31,
}

export const BIDI_CLASSES = new CodePointTable(BIDI_CLASS_RANGES, Cls.L);

/**
 * Classes of every UTF-16 unit of s[0, n) into out; a pair's low surrogate gets CONT.
 * Copies the units into `units` when given (the layout needs both, in one pass).
 * Returns a summary bit set (1 << class) so callers can skip steps the text cannot need.
 */
export function classify(s: string, n: number, out: Uint8Array, units?: Uint16Array): number {
  const flat = BIDI_CLASSES.flat;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (units) units[i] = c;
    if (c < 0xd800 || c > 0xdbff) {
      const k = flat[c]!;
      out[i] = k;
      seen |= 1 << k;
      continue;
    }
    const cp = codePointAt(s, i);
    const k = BIDI_CLASSES.get(cp);
    out[i] = k;
    seen |= 1 << k;
    if (cp > 0xffff) {
      out[++i] = Cls.CONT;
      if (units) units[i] = s.charCodeAt(i);
    }
  }
  return seen;
}

const EXPLICIT_MASK = (1 << Cls.LRE) | (1 << Cls.LRO) | (1 << Cls.RLE) | (1 << Cls.RLO) | (1 << Cls.PDF);
const ISOLATE_MASK = (1 << Cls.LRI) | (1 << Cls.RLI) | (1 << Cls.FSI) | (1 << Cls.PDI);
/** Classes rule L1 sends back to the paragraph level at the end of a line (with X9's removed ones). */
export const TRAILING_MASK = (1 << Cls.WS) | ISOLATE_MASK | EXPLICIT_MASK | (1 << Cls.BN) | (1 << Cls.S) | (1 << Cls.B);
