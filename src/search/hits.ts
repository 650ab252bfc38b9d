// Where a search's words are in a text as written: each word of the text is
// folded and stemmed like the index's, and kept when its stem is wanted. The
// ranges are on the original text, so a reader or a snippet can mark them.
import { foldLetters } from '../article/normalize.js';
import { stemWord } from './stem.js';

export interface TextRange {
  start: number;
  end: number;
}

// Letters, digits, marks and tatweel: a word as folding sees it, harakat included.
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

export function wordHits(text: string, stems: ReadonlySet<string>): TextRange[] {
  if (stems.size === 0) return [];
  const hits: TextRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldLetters(match[0]);
    if (folded !== '' && stems.has(stemWord(folded))) hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}
