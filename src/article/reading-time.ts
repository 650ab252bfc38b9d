// Minutes to read an article, at about 138 words a minute for Arabic and 228
// for English (IReST, Trauzettel-Klosinski and Dietz, 2012).
import type { Article } from './model.js';
import { blockText } from './block-text.js';

const WORDS_PER_MINUTE: Record<string, number> = { ar: 138, en: 228 };
const DEFAULT_WORDS_PER_MINUTE = 200;

/** Past this many characters, words are counted on this much and the rest estimated from it. */
const SAMPLE_CHARACTERS = 200_000;

export function readingMinutes(article: Article): number {
  const texts = [...article.sections.map((section) => section.heading), ...[...article.lead, ...article.sections.flatMap((section) => section.blocks)].map(blockText)];
  const words = estimatedWords(texts);
  const primary = article.lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const rate = WORDS_PER_MINUTE[primary] ?? (article.dir === 'rtl' ? WORDS_PER_MINUTE.ar : DEFAULT_WORDS_PER_MINUTE) ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / rate));
}

/**
 * Words of the texts, counted exactly up to SAMPLE_CHARACTERS and in proportion
 * after: a 5 MB article's reading time is then known in a millisecond, not fifty,
 * and an estimate of minutes loses nothing by it.
 */
function estimatedWords(texts: readonly string[]): number {
  let words = 0;
  let sampled = 0;
  let total = 0;
  for (const text of texts) {
    total += text.length;
    if (sampled >= SAMPLE_CHARACTERS) continue;
    words += countWords(text);
    sampled += text.length;
  }
  return sampled >= total ? words : Math.round((words * total) / Math.max(1, sampled));
}


/**
 * Runs of characters between spaces. A loop over char codes: a regex split of a
 * 5 MB article cost a tenth of its first screen. A lone dash or quote counts as a
 * word; for minutes of reading that is noise.
 */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 160 || (code >= 9 && code <= 13) || code === 0x200b || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
