// An article file (YAML front matter + Markdown, DESIGN.md §6) to the model.
import { Lexer } from 'marked';
import type { Article } from './model.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import { bodyFromTokens } from './blocks.js';
import { directionOfLanguage, directionOfText } from './direction.js';

export function parseArticle(source: string, id: string): Article {
  const { yaml, body } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  const meta = readFrontMatter(yaml);
  const { lead, sections } = bodyFromTokens(new Lexer({ gfm: true }).lex(body));
  const dir = meta.dir ?? (meta.lang ? directionOfLanguage(meta.lang) : undefined) ?? directionOfText(meta.title);
  return {
    id,
    title: meta.title,
    date: meta.date,
    lang: meta.lang ?? (dir === 'rtl' ? 'ar' : 'en'),
    dir,
    source: meta.source,
    author: meta.author,
    lead,
    sections,
    related: meta.related,
  };
}
