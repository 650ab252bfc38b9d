// Arabic-aware folding for matching titles and searching:
// no harakat or tatweel; أ إ آ ٱ → ا; ى → ي; ة → ه; case, punctuation and
// spaces folded. `foldWithMap` also says where each folded char came from, so a
// search hit in folded text can be shown on the original.
import { BIDI_CONTROL_CHARS } from '../text/bidi-controls.js';

const DROPPED_CHARS = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06ED\\u0640\\u200B-\\u200D\\u00AD\\uFEFF' + BIDI_CONTROL_CHARS;
const DROPPED = new RegExp(`[${DROPPED_CHARS}]`);
const DROPPED_ALL = new RegExp(`[${DROPPED_CHARS}]`, 'g');
const SEPARATOR = /[\s\p{P}\p{S}]/u;
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;
const LETTER_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه',
  // Persian kaf and ya, as Arabic text typed on Persian keyboards has them.
  'ک': 'ك', 'ی': 'ي',
};
const MAPPED_LETTERS = /[أإآٱىةکی]/g;

/** Harakat, tatweel and invisible marks: folding drops them. */
export function isFoldedAway(char: string): boolean {
  return DROPPED.test(char);
}

/** Marks dropped, letter variants unified, lower case, spaces folded; punctuation kept. */
export function foldLetters(text: string): string {
  return text
    .replace(DROPPED_ALL, '')
    .replace(MAPPED_LETTERS, (char) => LETTER_MAP[char] ?? char)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** For matching: foldLetters, and every run of spaces and punctuation one space. */
export function fold(text: string): string {
  return (LITTLE_ENDIAN ? foldByTable(text) : undefined) ?? foldByRules(text);
}

/** `fold` as its rules say it, one regular expression after another. */
export function foldByRules(text: string): string {
  return foldLetters(text).replace(SEPARATORS, ' ').trim();
}

// The same fold in one pass over a table, for text whose every character the table
// knows: five passes of regular expressions cost 3 µs a title and most of the time
// of indexing a body. The table is made from the rules themselves, for the blocks
// where a character folds the same alone as in context (no case rules that look
// at neighbours, as Greek final sigma does): ASCII and Latin-1 punctuation, Arabic
// and its presentation forms, general punctuation. Any other character: the rules.
const TABLE_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x00bf],
  [0x0600, 0x077f],
  [0x2000, 0x206f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
const UNKNOWN = 0xffff;
const DROP = 0xfffe;
const SPACE = 0xfffd;
let foldTable: Uint16Array | undefined;

function makeFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000).fill(UNKNOWN);
  for (const [from, to] of TABLE_BLOCKS) {
    for (let code = from; code <= to; code++) {
      // What foldLetters does to one character, then whether it separates words.
      const char = String.fromCharCode(code);
      const folded = (LETTER_MAP[char] ?? char).toLowerCase();
      if (DROPPED.test(char)) table[code] = DROP;
      else if (SEPARATOR.test(folded)) table[code] = SPACE;
      else if (folded.length === 1) table[code] = folded.charCodeAt(0);
    }
  }
  return table;
}

/** The table costs 4 ms to make: a few short folds (a query, a title filter) are done by the rules alone. */
const TABLE_AFTER_UNITS = 20_000;
let unitsByRules = 0;

function foldByTable(text: string): string | undefined {
  if (!foldTable) {
    unitsByRules += text.length;
    if (unitsByRules < TABLE_AFTER_UNITS) return undefined;
    foldTable = makeFoldTable();
  }
  const table = foldTable;
  if (foldBuffer.length < text.length) foldBuffer = new Uint16Array(text.length * 2);
  const buffer = foldBuffer;
  let length = 0;
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const code = table[text.charCodeAt(index)] ?? UNKNOWN;
    if (code === DROP) continue;
    if (code === SPACE) {
      space = length > 0;
      continue;
    }
    if (code === UNKNOWN) return undefined;
    if (space) buffer[length++] = 0x20;
    space = false;
    buffer[length++] = code;
  }
  return stringOf(buffer, length);
}

// The folded text is made at once from its code units: built a character at a
// time it would be a rope of as many pieces, and 20,000 kept title keys made of
// ropes tripled the garbage collector's work of a first index.
// Read back as UTF-16LE: the table is used only where the machine's own order is little-endian.
let foldBuffer = new Uint16Array(256);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function stringOf(units: Uint16Array, length: number): string {
  return UTF16.decode(units.subarray(0, length));
}
export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index of the original unit it came from. */
  origin: number[];
}

/** `fold`, with where each folded unit came from. */
export function foldWithMap(text: string): FoldedText {
  let out = '';
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (DROPPED.test(char)) continue;
    if (SEPARATOR.test(char)) {
      if (!lastWasSpace) {
        out += ' ';
        origin.push(index);
      }
      lastWasSpace = true;
      continue;
    }
    const folded = (LETTER_MAP[char] ?? char).toLowerCase();
    for (const unit of folded) {
      out += unit;
      origin.push(index);
    }
    lastWasSpace = false;
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    origin.pop();
  }
  return { text: out, origin };
}
