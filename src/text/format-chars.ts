// Step 9: which zero-width format characters are never written out.
// Bidi controls, LRM/RLM/ALM, ZWJ/ZWNJ, U+FEFF, soft hyphen, ZWSP, word joiner and the
// other Cf characters have done their work (levels, joining, breaking) by then; printed,
// some terminals draw them as a cell or a box, and stray bidi controls would leak into the
// terminal's own bidi (CVE-2021-42574). Two exceptions keep emoji whole: ZWJ between
// pictographs and the tag characters after a pictograph (flags of Scotland, Wales…).
// In logical mode (the terminal does bidi and shaping) ZWJ, ZWNJ and the marks stay, and
// the bidi controls are balanced per line instead (see logical.ts).
import { GRAPHEMES } from './clusters.js';
import { GRAPHEME_RANGES } from './grapheme-table.js';
import { isExplicitControl } from './bidi-controls.js';

/** What the output steps do with a unit. */
export const enum Keep {
  /** An ordinary character: printed. */
  Print = 0,
  /** A Cf character with no job left: dropped in both modes. */
  Drop = 1,
  /** LRM, RLM, ALM, ZWJ, ZWNJ: dropped in visual mode, kept for a terminal that does bidi. */
  Logical = 2,
  /** An explicit embedding, override or isolate: dropped, or balanced per line in logical mode. */
  Control = 3,
  /** A tag character: kept only after an emoji. */
  Tag = 4,
}

const enum Grapheme {
  Control = 3,
  ExtPict = 10,
}

let kinds: Uint8Array | undefined;

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // Grapheme_Cluster_Break=Control, from the ranges (a loop over every unit would run
  // unoptimised once, at start-up).
  const r = GRAPHEME_RANGES;
  for (let i = 0; i < r.length && r[i]! < 0x10000; i += 3) {
    if (r[i + 2] === Grapheme.Control) table.fill(Keep.Drop, r[i]!, Math.min(r[i + 1]!, 0xffff) + 1);
  }
  for (const c of [0x200c, 0x200d, 0x200e, 0x200f, 0x061c]) table[c] = Keep.Logical;
  for (let c = 0x2000; c < 0x2070; c++) if (isExplicitControl(c)) table[c] = Keep.Control;
  return table;
}

/** The flat BMP table of Keep values (astral: see keepOfCodePoint). */
export function keepTable(): Uint8Array {
  return (kinds ??= build());
}

export function keepOfCodePoint(cp: number): Keep {
  if (cp < 0x10000) return keepTable()[cp]! as Keep;
  if (cp >= 0xe0000 && cp <= 0xe007f) return Keep.Tag;
  return GRAPHEMES.get(cp) === Grapheme.Control ? Keep.Drop : Keep.Print;
}

/** Whether a code point is a pictograph that ZWJ or tags may follow. */
export function isPictograph(cp: number): boolean {
  return GRAPHEMES.get(cp) === Grapheme.ExtPict;
}
