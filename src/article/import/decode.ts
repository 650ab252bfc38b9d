// The bytes of an input (a text file, a saved page, a download) to text, or one
// clear reason it is not importable: empty, UTF-16, binary, or in no encoding
// qari can tell. Older Arabic sites still serve windows-1256 and ISO-8859-6,
// often without saying so: when the bytes are not UTF-8 and nothing declares an
// encoding, the one that reads as Arabic wins.
import { ImportError } from './errors.js';
import { countNuls, nulsMakeBinary } from '../nul-bytes.js';

/** Where the encoding came from (for --explain). */
export type EncodingSource = 'bom' | 'declared' | 'utf-8' | 'detected';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1256". */
  encoding: string;
  source: EncodingSource;
}

/** Text files: BOM, else UTF-8, else a single-byte Arabic encoding when the bytes read as Arabic. */
export function decodeInput(bytes: Uint8Array, name: string): string {
  return decodeBytes(bytes, name).text;
}

/**
 * `declared` is what the input says of itself (an HTTP charset, a `<meta charset>`);
 * a byte order mark overrides it, as in browsers. A declared name the platform does
 * not know is ignored.
 */
export function decodeBytes(bytes: Uint8Array, name: string, declared?: string | null): DecodedText {
  if (bytes.length === 0) throw new ImportError(`${name} is empty`);
  const bom = bomEncoding(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    throw new ImportError(`${name} is UTF-16 text; qari import reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)`);
  }
  if (isBinary(bytes)) throw new ImportError(`${name} is a binary file, not text`);
  const decoded = bom ? { text: decodeWith('utf-8', bytes), encoding: 'utf-8', source: 'bom' as const } : decodeUnmarked(bytes, name, declared);
  if (decoded.text.replace(/[\s\u200B\uFEFF]/g, '') === '') throw new ImportError(`${name} has no text, only blank lines`);
  return decoded;
}

function decodeUnmarked(bytes: Uint8Array, name: string, declared: string | null | undefined): DecodedText {
  const known = declared ? knownEncoding(declared) : null;
  // A page that says UTF-8 but is not is common enough that the bytes decide then.
  if (known && known !== 'utf-8') return { text: decodeWith(known, bytes), encoding: known, source: 'declared' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: known ? 'declared' : 'utf-8' };
  const arabic = detectArabicEncoding(bytes);
  if (arabic) return { ...arabic, source: 'detected' };
  throw new ImportError(
    `${name} is not valid UTF-8 (bad byte at offset ${firstInvalidUtf8(bytes)}) and does not read as Arabic in windows-1256 or ISO-8859-6 either; convert it to UTF-8 first (iconv -f ITS-ENCODING -t UTF-8)`,
  );
}

/** The platform's name for a charset label ("CP1256", "arabic", "ISO_8859-6:1987"…), or null. */
export function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes without the BOM (TextDecoder drops a UTF-8 one itself). */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const SINGLE_BYTE_ARABIC = ['windows-1256', 'iso-8859-6'] as const;

/**
 * The single-byte encoding under which the bytes read most like Arabic: Arabic
 * letters count for it, replacement characters (bytes the encoding leaves
 * unassigned) and accented Latin letters (what the other encoding's letters become)
 * against it, and "ال" for it most of all. Accepted when Arabic words outweigh those signs four to one.
 */
export function detectArabicEncoding(bytes: Uint8Array): { text: string; encoding: string } | null {
  let best: { text: string; encoding: string; score: number; arabic: number; other: number } | null = null;
  for (const encoding of SINGLE_BYTE_ARABIC) {
    const text = decodeWith(encoding, bytes);
    const arabic = arabicWordLetters(text);
    // Arabic letters glued to Latin ones ("cafى") are Latin text read in the wrong encoding.
    const other = count(text, /[\uFFFD\u00C0-\u00FF\u0152\u0153\u0192]|[A-Za-z][\u0600-\u06FF]|[\u0600-\u06FF][A-Za-z]/g);
    // Both encodings put Arabic letters at most bytes, in different places: the article
    // "ال", the commonest pair in Arabic text, tells which one the text was written in.
    const score = arabic + 5 * count(text, /ال/g) - 3 * other;
    if (!best || score > best.score) best = { text, encoding, score, arabic, other };
  }
  if (!best || best.arabic === 0 || best.arabic < 4 * best.other) return null;
  return { text: best.text, encoding: best.encoding };
}

/** Letters in words of two or more Arabic letters (marks between them allowed). */
function arabicWordLetters(text: string): number {
  let letters = 0;
  for (const word of text.match(/[\u0621-\u0652]{2,}/g) ?? []) letters += count(word, /[\u0621-\u064A]/g);
  return letters;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
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
