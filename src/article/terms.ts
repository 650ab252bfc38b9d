// The words an article is about, for "more like this": folded (no harakat,
// unified alef/ya/ta marbuta), with light Arabic prefix stripping (و ف ب ل ك ال),
// without stop words, keeping the most frequent ones.
import { fold } from './normalize.js';

export interface TermProfile {
  /** Term → count, for the article's most frequent terms. */
  terms: Record<string, number>;
  /** Number of words in the article (for BM25's length normalisation). */
  length: number;
}

const KEEP = 60;
const MIN_LENGTH = 3;

// Frequent function words; after folding, so أن and ان are one entry.
const STOP_WORDS = new Set(
  ('في من علي الي عن مع ان او ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون ' +
    'بين حيث كل بعد قبل عند منذ حتي اذا الا انه انها لها له ثم كما ايضا غير بعض اي وقد وكان وهو وهي ' +
    'the and for are but not you all any can had her was one our out has him his how its may new now old see two way who did get let put say she too use that with have this will your from they been were what when which there their than then them into more some such only also over most very just')
    .split(' '),
);

const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Strips one prefix, keeping a stem of at least three letters. */
export function stem(word: string): string {
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_LENGTH) return word.slice(prefix.length);
  }
  return word;
}

export function termProfile(text: string): TermProfile {
  const counts = new Map<string, number>();
  let length = 0;
  for (const word of fold(text).split(' ')) {
    if (word.length < MIN_LENGTH || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    length++;
    const term = stem(word);
    if (STOP_WORDS.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP);
  return { terms: Object.fromEntries(top), length };
}
