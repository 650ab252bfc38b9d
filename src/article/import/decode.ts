// The bytes of an input file to text, or one clear reason it is not importable:
// empty, UTF-16, binary, or not UTF-8.
import { ImportError } from './errors.js';
import { countNuls, nulsMakeBinary } from '../nul-bytes.js';

export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ImportError(`${name} is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(`${name} is UTF-16 text; qari import reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)`);
  }
  if (isBinary(bytes)) throw new ImportError(`${name} is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new ImportError(
      `${name} is not valid UTF-8 (bad byte at offset ${offset}); convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8`,
    );
  }
  if (text.replace(/[\s\u200B]/g, '') === '') throw new ImportError(`${name} has no text, only blank lines`);
  return text;
}

/**
 * More than a stray NUL, or more than one byte in twenty a control that text does
 * not use (a stray NUL counts as such a control, and is cleaned out later).
 */
function isBinary(bytes: Uint8Array): boolean {
  if (nulsMakeBinary(countNuls(bytes), bytes.length)) return true;
  let controls = 0;
  // Indexed: for…of over 13 MB of bytes takes most of a second.
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    // TAB, LF, VT, FF, CR and ESC (escape sequences are text, cleaned later) are allowed.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) controls++;
  }
  return controls > 0 && controls * 20 > bytes.length;
}

/** Offset of the first byte that breaks UTF-8 (for the error message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    if (length > 1) {
      const second = bytes[index + 1] ?? 0;
      if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return index;
    }
    index += length;
  }
  return bytes.length;
}
