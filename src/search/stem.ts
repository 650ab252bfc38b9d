// Light stemming of folded Arabic words, in the manner of the Light10 stemmer
// (Larkey, Ballesteros and Connell): a leading conjunction, then the article
// or a clinging preposition, then common suffixes, so والمفاوضات, المفاوضات
// and مفاوضات meet at one stem. Words are folded first (src/article/normalize.ts):
// ة is ه and ى is ي by then. Latin words and numbers are left as they are.
import { fold } from '../article/normalize.js';

const ARABIC_LETTERS = /^[\u0621-\u064a\u066e-\u06d3]+$/;
const ARTICLES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
// Light10's suffixes, folded (ة → ه, so ية is يه), longest first within each ending.
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** The stem of one folded word. */
export function stemWord(word: string): string {
  if (!ARABIC_LETTERS.test(word)) return word;
  let stem = word;
  const article = ARTICLES.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 2);
  if (article) stem = stem.slice(article.length);
  else {
    const conjunction = CONJUNCTIONS.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 3);
    if (conjunction) stem = stem.slice(1);
    const withArticle = ARTICLES.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 2);
    if (withArticle) stem = stem.slice(withArticle.length);
    else {
      const preposition = PREPOSITIONS.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 5);
      if (preposition) stem = stem.slice(1);
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Folded words of a text, as searching sees them (letters and digits; everything else separates). */
export function foldedWords(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * A text as the index stores it: each word folded and stemmed, in order (so
 * phrases still match), one space between. Stems repeat: a cache saves most of the work.
 */
export function stemmedText(text: string, cache: Map<string, string> = new Map()): string {
  return stemmedWords(text, cache).join(' ');
}

/** The stems of a text's words, in order. */
export function stemmedWords(text: string, cache: Map<string, string> = new Map()): string[] {
  const words = foldedWords(text);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    let stem = cache.get(word);
    if (stem === undefined) {
      stem = stemWord(word);
      if (cache.size < 200_000) cache.set(word, stem);
    }
    words[index] = stem;
  }
  return words;
}
