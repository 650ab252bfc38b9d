// Step 5: embedding levels of a whole paragraph with bidi-js.
//
// bidi-js reads one UTF-16 unit at a time (a surrogate is class L to it), knows Unicode 13,
// and spends several Map look-ups per unit. So it is not given the text itself but a
// stand-in string with the same resolution: every character is replaced by a BMP
// representative of its Unicode 15 class (brackets and the explicit controls stay
// themselves, since rule N0 pairs brackets by identity), and each run of one strong class X
// that holds only X, NSM, BN and spaces between Xs becomes a single X. Inside such a run
// every character resolves to X's direction (W1 turns the marks into X, N1 the spaces
// bounded by X on both sides, BNs take their neighbour's level), no rule looks at its
// length, and the run never ends on a space, so the paragraph-end rule L1 sees the same
// tail. Arabic prose shrinks to about one unit per punctuation mark.
import bidiModule from 'bidi-js';
import type { Direction } from './types.js';
import { Cls } from './bidi-class.js';

// bidi-js is CommonJS typed as `export default`: under NodeNext TypeScript takes the default
// import for the module object, while Node (and esbuild, through bidi-js's ESM build) give
// the factory itself. Accept both.
type Factory = typeof bidiModule.default;
const bidiFactory: Factory = typeof bidiModule === 'function' ? (bidiModule as unknown as Factory) : bidiModule.default;
const bidi = bidiFactory();

/** A BMP character bidi-js gives each class (indexed by Cls). */
const REPRESENTATIVE = new Uint16Array([
  0x61, 0x5d0, 0x627, 0x30, 0x2b, 0x23, 0x660, 0x2c, 0x300, 0xad, 0x20 /* B: sanitised away */, 0x09, 0x20, 0x21,
  0x202a, 0x202d, 0x202b, 0x202e, 0x202c, 0x2066, 0x2067, 0x2068, 0x2069,
]);

// Which ON characters bidi-js pairs as brackets, asked once per character and remembered.
const bracketMemo = new Uint8Array(0x10000); // 0 unknown, 1 bracket, 2 not
function isBracket(c: number): boolean {
  let known = bracketMemo[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = bidi.openingToClosingBracket(ch) !== null || bidi.closingToOpeningBracket(ch) !== null ? 1 : 2;
    bracketMemo[c] = known;
  }
  return known === 1;
}

let stand = new Uint16Array(256);
let standStart = new Int32Array(257);

/**
 * Resolved levels (UAX #9 up to I2, plus L1 at the paragraph end) of the n units of s, whose
 * classes are cls, into out[0, n).
 */
export function embeddingLevels(s: string, cls: Uint8Array, n: number, dir: Direction, out: Uint8Array): void {
  if (stand.length < n) {
    stand = new Uint16Array(n + (n >> 1));
    standStart = new Int32Array(stand.length + 1);
  }
  // Module buffers as locals: this loop sees every character of the input.
  const st = stand;
  const starts = standStart;
  const rep = REPRESENTATIVE;
  let m = 0;
  let i = 0;
  while (i < n) {
    const k = cls[i]!;
    starts[m] = i;
    if (k === Cls.L || k === Cls.R || k === Cls.AL) {
      let j = i + 1;
      let end = j;
      let afterSpace = false;
      while (j < n) {
        const kk = cls[j]!;
        if (kk === k) {
          afterSpace = false;
          end = ++j;
        } else if (kk === Cls.CONT || kk === Cls.NSM || kk === Cls.BN) {
          j++;
          if (!afterSpace) end = j;
        } else if (kk === Cls.WS) {
          afterSpace = true;
          j++;
        } else break;
      }
      st[m++] = rep[k]!;
      i = end;
    } else {
      const c = s.charCodeAt(i);
      st[m++] = k === Cls.ON && c < 0xd800 && isBracket(c) ? c : rep[k === Cls.CONT ? Cls.ON : k]!;
      i += i + 1 < n && cls[i + 1] === Cls.CONT ? 2 : 1;
    }
  }
  starts[m] = n;
  const levels = bidi.getEmbeddingLevels(standString(m), dir).levels;
  for (let k = 0; k < m; k++) {
    const level = levels[k]!;
    for (let u = starts[k]!, end = starts[k + 1]!; u < end; u++) out[u] = level;
  }
}

function standString(m: number): string {
  const CHUNK = 8192;
  let s = '';
  for (let i = 0; i < m; i += CHUNK) {
    s += String.fromCharCode.apply(null, stand.subarray(i, Math.min(m, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
