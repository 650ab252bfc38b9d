// How many words a piece of text has, as the importer's rules and the article's
// own labels count them.

/** Words: runs of non-spaces holding at least one letter or digit. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (WORDLIKE.test(token)) count++;
  return count;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
