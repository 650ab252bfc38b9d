// One library file read for the list: its summary (article/summary.ts) and
// warnings, or why it cannot be read. The index and a file named outside the
// library both read a file this way, so both list it the same.
import { summarizeWithBody, type ArticleSummary } from '../article/summary.js';
import { describeReadError } from './describe-error.js';
import { readArticleFile } from './read-file.js';

export type SummaryRead =
  | { kind: 'read'; summary: ArticleSummary; warnings: string[]; /** The article's body (front matter off, line ends LF), for what else the caller takes from it. */ body: string }
  | { kind: 'unreadable'; error: string };

export function readSummary(path: string, id: string): SummaryRead {
  try {
    const { text, warnings } = readArticleFile(path);
    return { kind: 'read', ...summarizeWithBody(text, id), warnings };
  } catch (error) {
    return { kind: 'unreadable', error: describeReadError(error) };
  }
}
