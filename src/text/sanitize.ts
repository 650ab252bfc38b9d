// Step 1: make scraped text safe to print. Drops C0 controls (LF and the
// paragraph separators become spaces, TAB becomes spaces to the next tab stop), DEL, C1
// controls and whole escape sequences (CSI, OSC/DCS/SOS/PM/APC strings, ESC + final), so no
// escape ever reaches the terminal. Bidi controls are kept here: the levels step honours them
// and the output steps drop or balance them. Lone surrogates become U+FFFD.
import { codePointAt } from './code-point-table.js';
import { WIDTHS } from './width.js';

export interface Sanitized {
  text: string;
  /** Original index of each UTF-16 unit of `text`, plus the original length at the end; null when unchanged. */
  map: Int32Array | null;
}

const TAB_SIZE = 8;
const NEEDS_WORK = /[\0-\x1f\x7f-\x9f\u2028\u2029]/;

export function sanitizeWithMap(text: string): Sanitized {
  if (!NEEDS_WORK.test(text) && isWellFormed(text)) return { text, map: null };
  const n = text.length;
  const out: number[] = [];
  const map: number[] = [];
  let column = 0; // cells since the paragraph start, counted up to `counted`
  let counted = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      out.push(c);
      map.push(i++);
    } else if (c === 0x0a || c === 0x2028 || c === 0x2029) {
      out.push(0x20);
      map.push(i++);
    } else if (c === 0x09) {
      for (; counted < out.length; counted++) column += WIDTHS.get(out[counted]!);
      const spaces = TAB_SIZE - (column % TAB_SIZE);
      for (let k = 0; k < spaces; k++) {
        out.push(0x20);
        map.push(i);
      }
      i++;
    } else if (c === 0x1b) {
      i = skipEscape(text, i + 1);
    } else if (c === 0x9b) {
      i = skipControlSequence(text, i + 1);
    } else if (c === 0x90 || c === 0x98 || c === 0x9d || c === 0x9e || c === 0x9f) {
      i = skipString(text, i + 1);
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const cp = codePointAt(text, i);
      if (cp > 0xffff) {
        out.push(c, text.charCodeAt(i + 1));
        map.push(i, i + 1);
        i += 2;
      } else {
        out.push(0xfffd);
        map.push(i++);
      }
    } else {
      out.push(c);
      map.push(i++);
    }
  }
  map.push(n);
  return { text: fromUnits(out), map: Int32Array.from(map) };
}

// String.prototype.isWellFormed is in Node 20 but not in the ES2023 lib the project compiles against.
function isWellFormed(s: string): boolean {
  return (s as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** The sanitised text alone (see sanitizeWithMap). */
export function sanitize(text: string): string {
  return sanitizeWithMap(text).text;
}

/** After ESC: the index just past the whole sequence (ECMA-48 / ISO 2022 shapes). */
function skipEscape(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x5b) return skipControlSequence(s, i + 1); // ESC [  CSI
  if (c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f) return skipString(s, i + 1); // OSC DCS SOS PM APC
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++; // intermediates
  const f = s.charCodeAt(j);
  if (f >= 0x30 && f <= 0x7e) return j + 1; // ESC ( B, ESC 7, ESC c …
  return i; // a lone ESC: drop it alone, keep what follows
}

/** After CSI: parameters and intermediates, then one final byte. Stops at anything else. */
function skipControlSequence(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 0x20 && c <= 0x3f) j++;
    else if (c >= 0x40 && c <= 0x7e) return j + 1;
    else return j;
  }
  return j;
}

/**
 * After OSC, DCS, SOS, PM or APC: everything up to BEL or ST (ESC \ or U+009C).
 * An unterminated string runs to the end of the paragraph, as a terminal would take it.
 */
function skipString(s: string, i: number): number {
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x07 || c === 0x9c) return j + 1;
    if (c === 0x1b && s.charCodeAt(j + 1) === 0x5c) return j + 2;
  }
  return s.length;
}

// Native UTF-16 decoding is two to three times faster than String.fromCharCode.apply for a
// line's worth of units; it reads the units' bytes, so only where they are little-endian.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** A string from UTF-16 units[start, end). */
export function fromUnits(units: Uint16Array | number[], start = 0, end = units.length): string {
  const length = end - start;
  if (utf16 && length > 24 && !Array.isArray(units)) {
    return utf16.decode(new Uint8Array(units.buffer, units.byteOffset + start * 2, length * 2));
  }
  const CHUNK = 8192;
  let s = '';
  for (let i = start; i < end; i += CHUNK) {
    const stop = Math.min(end, i + CHUNK);
    const part = Array.isArray(units) ? units.slice(i, stop) : (units.subarray(i, stop) as unknown as number[]);
    s += String.fromCharCode.apply(null, part);
  }
  return s;
}
