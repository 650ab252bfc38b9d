// The importer: raw scraped article text to an Article, with the role of
// every line. Pure: no files, no process; `qari import` does the reading and writing.
import { buildArticle, type BuildOptions } from './build.js';
import { classifyPage, type ClassifiedPage } from './classify.js';
import { cleanLines } from './clean-lines.js';
import type { Article } from '../model.js';
import type { ClassifiedLine } from './types.js';

export { decodeInput } from './decode.js';
export { ImportError } from './errors.js';
export { explainLines } from './explain.js';
export { makeId } from './make-id.js';
export { parseDateLine } from './dates.js';
export { classifyText } from './classify.js';
export type { ClassifiedLine, Role } from './types.js';

export type { BuildOptions } from './build.js';
export type { ClassifiedPage } from './classify.js';

export interface ImportResult {
  article: Article;
  lines: ClassifiedLine[];
  /** Where the article's text was found (input line numbers), or null on a page too small to tell. */
  extent: ClassifiedPage['extent'];
}

export function importText(text: string, options: BuildOptions = {}): ImportResult {
  const { lines, extent } = classifyPage(cleanLines(text));
  return { article: buildArticle(lines, options), lines, extent };
}
