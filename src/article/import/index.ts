// The importer (issue 5): raw scraped article text to an Article, with the role of
// every line. Pure: no files, no process; `qari import` does the reading and writing.
import { buildArticle, type BuildOptions } from './build.js';
import { classifyText } from './classify.js';
import type { Article } from '../model.js';
import type { ClassifiedLine } from './types.js';

export { decodeInput } from './decode.js';
export { ImportError } from './errors.js';
export { explainLines } from './explain.js';
export { makeId } from './make-id.js';
export { parseDateLine } from './dates.js';
export { classifyText } from './classify.js';
export type { ClassifiedLine, Role } from './types.js';

export interface ImportResult {
  article: Article;
  lines: ClassifiedLine[];
}

export function importText(text: string, options: BuildOptions = {}): ImportResult {
  const lines = classifyText(text);
  return { article: buildArticle(lines, options), lines };
}
