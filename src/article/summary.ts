// What the library list needs of an article, read without the Markdown lexer:
// front matter and the `##` section headings. Lexing every file costs about
// 0.7 ms per 12 KB; a 10,000-article list cannot afford it.
// `summarizeArticle` agrees with `parseArticle` on the fields it gives
// (test/article/summary.test.ts).
import type { Article } from './model.js';
import { articleHeader, readFrontMatter, splitFrontMatter } from './front-matter.js';
import { inlineText, inlineTokensOf } from './inline.js';
import { FenceTracker } from './fences.js';

/** The article's header, and its `##` headings as plain text instead of its body. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'date' | 'lang' | 'dir' | 'source' | 'author' | 'url' | 'related'> & {
  sections: string[];
};

export function summarizeArticle(source: string, id: string): ArticleSummary {
  return summarizeWithBody(source, id).summary;
}

/** The summary, and the body it was read from (for what else a caller takes from it, without splitting the text twice). */
export function summarizeWithBody(source: string, id: string): { summary: ArticleSummary; body: string } {
  const { yaml, body } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  return { summary: { id, ...articleHeader(readFrontMatter(yaml)), sections: sectionHeadings(body) }, body };
}

const ATX_H2 = /^ {0,3}##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const NOT_PARAGRAPH = /^(?: {0,3}(?:[#>]|[-*+][ \t]|\d+[.)][ \t]|(?:`{3,}|~{3,}))| {4}|\t|\s*$)/;

/** `## ` lines and setext `---` underlines, outside fenced code. */
export function sectionHeadings(body: string): string[] {
  const headings: string[] = [];
  const fences = new FenceTracker();
  let paragraph: string[] = [];
  for (const line of body.split('\n')) {
    if (fences.isCode(line)) {
      paragraph = [];
      continue;
    }
    const atx = ATX_H2.exec(line);
    if (atx) {
      headings.push(plainHeading(atx[1] ?? ''));
      paragraph = [];
    } else if (paragraph.length > 0 && SETEXT_H2.test(line)) {
      headings.push(plainHeading(paragraph.join(' ')));
      paragraph = [];
    } else if (NOT_PARAGRAPH.test(line)) {
      paragraph = [];
    } else {
      paragraph.push(line.trim());
    }
  }
  return headings;
}

// Inline Markdown can only start at one of these; a heading without them is its own text.
const INLINE_SYNTAX = /[\\`*_[\]<>&!~|@:]|www\./;

function plainHeading(markdown: string): string {
  if (!INLINE_SYNTAX.test(markdown)) return markdown.trim();
  return inlineText(inlineTokensOf(markdown)).text.trim();
}
