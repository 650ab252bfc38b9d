// An article file (YAML front matter + Markdown) to the model.
// Hostile files meet three guards on the way: controls and escape
// sequences are dropped as the file is split (front-matter.ts), nesting is limited
// before the lexer sees it, and the lexer's inline pass is bounded (inline.ts).
// Plain chunks skip marked altogether (lex-body.ts): a 5 MB article opens fast.
// What fails is an ArticleError; nothing else may escape from here.
import type { Article } from './model.js';
import { ArticleError } from './errors.js';
import { articleHeader, readFrontMatter, splitFrontMatter } from './front-matter.js';
import { bodyFromTokens, limitNesting } from './blocks.js';
import { BoundedLexer } from './inline.js';
import { lexBody } from './lex-body.js';

export function parseArticle(source: string, id: string): Article {
  const { yaml, body } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  const header = articleHeader(readFrontMatter(yaml));
  const { lead, sections } = readBody(body);
  return { id, ...header, lead, sections };
}

function readBody(body: string): ReturnType<typeof bodyFromTokens> {
  try {
    // One budget for the whole document, however many times marked is called.
    const budget = { emphasisWork: 0 };
    return bodyFromTokens(lexBody(limitNesting(body), (markdown) => new BoundedLexer({ gfm: true }, budget).lex(markdown)));
  } catch (error) {
    // Nesting is limited above, so running out of stack (or string length) here is not
    // nesting: the message must not send the reader looking for it.
    if (error instanceof RangeError) throw new ArticleError('the Markdown is too large or complex to read');
    throw error;
  }
}
