// The direction a language tag implies; an article without `dir` or `lang` reads
// the way its title's first strong letter says (the text engine's `resolveDirection`).
import type { Direction } from './model.js';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOfLanguage(lang: string): Direction | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === '') return undefined;
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
