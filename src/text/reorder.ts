// Step 7: the visual order of one line's clusters (UAX #9 rules L1, L2),
// from the paragraph's levels and the line's bounds. Clusters move as wholes, so marks stay
// after their base (L3) and a surrogate pair is never split. A cluster's level and class
// are those of its first unit.
import { TRAILING_MASK } from './bidi-class.js';

let lineLevels = new Uint8Array(256);

/**
 * Writes the clusters [from, to) in display order (left to right) into order[0, to - from).
 * starts maps clusters to units, levels and cls are per unit, paragraph is the paragraph level.
 */
export function reorderLine(from: number, to: number, starts: Int32Array, levels: Uint8Array, cls: Uint8Array, paragraph: number, order: Int32Array): void {
  const m = to - from;
  if (lineLevels.length < m) lineLevels = new Uint8Array(m + (m >> 1));
  const lv = lineLevels;
  const trailing = TRAILING_MASK;
  let max = 0;
  let minOdd = 255;
  let reset = true; // L1: whitespace and controls ending the line go to the paragraph level
  for (let k = m - 1; k >= 0; k--) {
    const c = from + k;
    const u = starts[c]!;
    let v = levels[u]!;
    if (reset && (trailing >> cls[u]!) & 1) v = paragraph;
    else reset = false;
    lv[k] = v;
    order[k] = c;
    if (v > max) max = v;
    if ((v | 1) < minOdd) minOdd = v | 1;
  }
  if (max < minOdd) return; // all even, no reversal
  if (max === minOdd) {
    // One odd level everywhere it is not lower: reverse each run at that level once.
    reverseRuns(lv, order, m, max);
    return;
  }
  // L2: from the highest level down to the lowest odd one, reverse every run at or above it.
  for (let l = max; l >= minOdd; l--) reverseRuns(lv, order, m, l);
}

function reverseRuns(lv: Uint8Array, order: Int32Array, m: number, l: number): void {
  let k = 0;
  while (k < m) {
    if (lv[k]! < l) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < m && lv[e]! >= l) e++;
    for (let a = k, b = e - 1; a < b; a++, b--) {
      const t = order[a]!;
      order[a] = order[b]!;
      order[b] = t;
      const u = lv[a]!;
      lv[a] = lv[b]!;
      lv[b] = u;
    }
    k = e;
  }
}
