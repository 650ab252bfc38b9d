// A search as typed (`مفاوضات القاهرة`, `"وقف إطلاق النار" lebanon`) turned
// into an FTS5 match over the stemmed index: every word must be there, a
// quoted phrase word after word. Each stem is quoted, so nothing typed is FTS
// syntax.
import { foldedWords, stemWord } from './stem.js';

export interface SearchQuery {
  /** Stems of the loose words, and the phrases as lists of stems. */
  words: string[];
  phrases: string[][];
}

export function parseQuery(text: string): SearchQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  // An unclosed quote runs to the end: the phrase is what follows it.
  const parts = text.split('"');
  parts.forEach((part, index) => {
    const stems = foldedWords(part).map(stemWord);
    if (index % 2 === 1 && stems.length > 1) phrases.push(stems);
    else words.push(...stems);
  });
  return { words: unique(words), phrases };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}

/** The FTS5 MATCH expression of a query (stems hold letters and digits only, but are quoted all the same). */
export function matchExpression(query: SearchQuery): string {
  const quote = (stems: string[]) => `"${stems.join(' ').replace(/"/g, '""')}"`;
  return [...query.words.map((word) => quote([word])), ...query.phrases.map(quote)].join(' AND ');
}

/** Every stem the query looks for, to mark hits in a text. */
export function queryStems(query: SearchQuery): Set<string> {
  return new Set([...query.words, ...query.phrases.flat()]);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
