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
  return foldLetters(text).replace(SEPARATORS, ' ').trim();
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
