// Step 4: grapheme clusters, so a mark stays with its base through reordering
// (rule L3) and a surrogate pair stays whole. Intl.Segmenter is exact but slow, so a table
// fast path handles what prose holds (bases, marks, spacing marks, prepended marks,
// controls) and the segmenter is asked only for a paragraph holding a hard case: regional
// indicator pairs, Hangul jamo, emoji ZWJ sequences, Indic conjunct linkers.
// The same pass measures each cluster (step 9: cells after shaping) and notes the breaking
// spaces, so the layout reads each character once here.
import { GRAPHEME_RANGES } from './grapheme-table.js';
import { CodePointTable, codePointAt } from './code-point-table.js';
import { WIDTHS } from './width.js';

const enum G { Other, CR, LF, Control, Extend, ZWJ, RI, Prepend, SpacingMark, Hangul, ExtPict, Linker }

export const GRAPHEMES = new CodePointTable(GRAPHEME_RANGES, G.Other);

let segmenter: Intl.Segmenter | undefined;

/** Where clusters go: starts (ascending, then n) and, per cluster, cells and breaking-space flag. */
export interface ClusterBuffers {
  starts: Int32Array;
  cells: Uint16Array;
  spaces: Uint8Array;
}

/**
 * Clusters of the n units of a paragraph into out; returns the cluster count. `units` are
 * the units as they will be printed (after shaping: presentation forms have the letters'
 * cluster properties and widths), `s` the text, for the segmenter. ligated[i] = 1 keeps
 * unit i in the cluster before it (the alef of a lam-alef ligature, whose lam is U+FEFF).
 */
export function findClusters(s: string, units: Uint16Array, n: number, ligated: Uint8Array | null, out: ClusterBuffers): number {
  const flat = GRAPHEMES.flat;
  const widths = WIDTHS.flat;
  const starts = out.starts;
  const cells = out.cells;
  const spaces = out.spaces;
  let count = 0;
  let prev = G.Control;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    let g: number;
    let width: number;
    let wide = false;
    if (c < 0xd800 || c > 0xdbff) {
      g = flat[c]!;
      width = widths[c]!;
      if (g === G.Other && prev !== G.Prepend && (ligated === null || ligated[i] === 0)) {
        // The common case: a base character starts a cluster (GB999).
        starts[count] = i;
        cells[count] = width;
        spaces[count++] = c === 0x20 || (c >= 0x1680 && isBreakingSpace(c)) ? 1 : 0;
        prev = g;
        continue;
      }
    } else {
      const cp = i + 1 < n && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff ? ((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000 : c;
      g = GRAPHEMES.get(cp);
      wide = cp > 0xffff;
      width = WIDTHS.get(cp);
    }
    if (g >= G.ZWJ) {
      if (g === G.RI || g === G.Hangul || g === G.Linker) return segmented(s, units, n, ligated, out);
      if (g === G.ZWJ && i + 1 < n && GRAPHEMES.get(codePointAt(s, i + 1)) === G.ExtPict) return segmented(s, units, n, ligated, out);
    }
    let joins: boolean;
    if (ligated !== null && ligated[i] === 1) joins = true;
    else if (prev === G.Control || prev === G.CR || prev === G.LF) joins = false; // GB4
    else if (g === G.Extend || g === G.ZWJ || g === G.SpacingMark || g === G.Linker) joins = true; // GB9, GB9a
    else joins = prev === G.Prepend && g !== G.Control && g !== G.CR && g !== G.LF; // GB9b
    if (joins) {
      cells[count - 1] = cells[count - 1]! + width;
      spaces[count - 1] = 0;
    } else {
      starts[count] = i;
      cells[count] = width;
      spaces[count++] = !wide && isBreakingSpace(c) ? 1 : 0;
    }
    prev = g;
    if (wide) i++;
  }
  starts[count] = n;
  return count;
}

/** Spaces a line may break at (not NBSP, figure space or narrow NBSP); ZWSP breaks invisibly. */
export function isBreakingSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x2000 && (c <= 0x200b ? c !== 0x2007 : c === 0x3000 || c === 0x205f)) || c === 0x1680;
}

/** The exact segmentation, for paragraphs the fast path cannot take. */
function segmented(s: string, shaped: Uint16Array, n: number, ligated: Uint8Array | null, out: ClusterBuffers): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const { index } of segmenter.segment(s.length === n ? s : s.slice(0, n))) {
    if (ligated === null || ligated[index] !== 1) out.starts[count++] = index;
  }
  out.starts[count] = n;
  for (let k = 0; k < count; k++) {
    const a = out.starts[k]!;
    const b = out.starts[k + 1]!;
    let cells = 0;
    for (let u = a; u < b; u++) {
      const c = shaped[u]!;
      if (c >= 0xd800 && c <= 0xdbff && u + 1 < b) {
        cells += WIDTHS.get(codePointAt(s, u));
        u++;
      } else cells += WIDTHS.flat[c]!;
    }
    out.cells[k] = cells;
    out.spaces[k] = b - a === 1 && isBreakingSpace(s.charCodeAt(a)) ? 1 : 0;
  }
  return count;
}
