// Step 8: rule L4, characters with a mirrored glyph take it at odd levels.
// The table is generated from BidiMirroring.txt (Unicode 15), so the engine does not depend
// on bidi-js's getMirroredCharactersMap (which, given the levels result object instead of
// its `levels` array, silently mirrors nothing).
import { MIRROR_PAIRS } from './mirror-table.js';

let mirrors: Uint16Array | undefined;

/** The flat table: 0 where a unit has no mirrored glyph. */
export function mirrorTable(): Uint16Array {
  return (mirrors ??= build());
}

function build(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i < MIRROR_PAIRS.length; i += 2) table[MIRROR_PAIRS[i]!] = MIRROR_PAIRS[i + 1]!;
  return table;
}
