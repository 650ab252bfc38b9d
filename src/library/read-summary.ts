// One library file read for the list: its summary (article/summary.ts) and
// warnings, or why it cannot be read. The index and a file named outside the
// library both read a file this way, so both list it the same.
import { summarizeArticle, type ArticleSummary } from '../article/summary.js';
import { describeReadError } from './describe-error.js';
import { readArticleFile } from './read-file.js';

export type SummaryRead =
  | { kind: 'read'; summary: ArticleSummary; warnings: string[]; /** The file's text, for what else the caller takes from it. */ text: string }
  | { kind: 'unreadable'; error: string };

export function readSummary(path: string, id: string): SummaryRead {
  try {
    const { text, warnings } = readArticleFile(path);
    return { kind: 'read', summary: summarizeArticle(text, id), warnings, text };
  } catch (error) {
    return { kind: 'unreadable', error: describeReadError(error) };
  }
}
