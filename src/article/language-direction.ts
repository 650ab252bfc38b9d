// Which way an article reads, from its front matter or, failing that, its title.
import type { Direction } from './model.js';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

// First strong letter decides (UAX #9 P2), coarsely: Hebrew, Arabic, Syriac,
// Thaana, NKo… and their presentation forms are RTL; Latin and most others LTR.
const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export function directionOfLanguage(lang: string): Direction | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === '') return undefined;
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

export function directionOfText(text: string): Direction {
  const match = FIRST_STRONG.exec(text);
  return match && RTL_LETTER.test(match[0]) ? 'rtl' : 'ltr';
}
