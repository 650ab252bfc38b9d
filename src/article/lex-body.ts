// Markdown body → marked tokens, fast. Most of an article is plain paragraphs
// with no Markdown in them; marked spends about 60 ms a megabyte on them, which
// makes a 5 MB article slow to open. Chunks (runs of lines between blank lines)
// that are plainly a paragraph or a `##` heading become tokens here; every run
// of other chunks goes to marked exactly as written. The result equals marked's
// (test/article/lex-body.test.ts); whatever could tie a chunk to another far
// away (reference links, HTML blocks, an unclosed fence) sends the whole body
// to marked.
import type { Token, Tokens } from 'marked';
import { FenceTracker } from './fences.js';

/** The lexer for what is not plain: marked, with whatever guards the caller puts on it. */
export type MarkdownLexer = (markdown: string) => Token[];

const WHOLE_BODY_TO_MARKED = /^ {0,3}\[[^\]\n]+\]:|^ {0,3}</m;
// A line is plain when nothing in it can be Markdown: no syntax character, no
// URL or e-mail (GFM autolinks), no leading space, no list marker or heading.
const NOT_PLAIN = /[\\`*_[\]<>&|~\t]|!\[|https?:|www\.|ftp:|@|^\s|^[#>=+-]|^\d+[.)](?:\s|$)/;
const PLAIN_HEADING = /^## (?=\S)([^#]*?)\s*$/;
// qari's own captions and pull quotes, written by serializeArticle.
const PLAIN_CAPTION = /^!\[([^\\[\]`*_<>&|~]*)\]\(\)$/;
const QUOTE_LINE = /^>(?: (.*))?$/;

/** Lines [start, end) of the body: a run of non-blank lines, or a whole fenced block. */
interface Chunk {
  start: number;
  end: number;
  fenced: boolean;
}

export function lexBody(body: string, marked: MarkdownLexer): Token[] {
  if (WHOLE_BODY_TO_MARKED.test(body)) return marked(body);
  const lines = body.split('\n');
  const chunks = chunksOf(lines);
  if (!chunks) return marked(body);
  const tokens: Token[] = [];
  let pendingFrom: number | undefined;
  let pendingTo = 0;
  const flush = () => {
    // One at a time: spread into push, 70,000 tokens overflow the call stack.
    if (pendingFrom !== undefined) for (const token of marked(lines.slice(pendingFrom, pendingTo).join('\n'))) tokens.push(token);
    pendingFrom = undefined;
  };
  for (const chunk of chunks) {
    const token = chunk.fenced ? undefined : plainToken(lines.slice(chunk.start, chunk.end));
    if (token) {
      flush();
      tokens.push(token);
    } else {
      pendingFrom ??= chunk.start;
      pendingTo = chunk.end;
    }
  }
  flush();
  return tokens;
}

/** Undefined when a fence is never closed: then it runs to the end of the body. */
function chunksOf(lines: readonly string[]): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let start: number | undefined;
  let fenced = false;
  const fences = new FenceTracker();
  lines.forEach((line, index) => {
    if (fences.isCode(line)) fenced = true;
    const blank = line.trim() === '';
    if (blank && !fences.open) {
      if (start !== undefined) chunks.push({ start, end: index, fenced });
      start = undefined;
      fenced = false;
    } else {
      start ??= index;
    }
  });
  if (fences.open) return undefined;
  if (start !== undefined) chunks.push({ start, end: lines.length, fenced });
  return chunks;
}

function plainToken(lines: readonly string[]): Token | undefined {
  const caption = lines.length === 1 ? PLAIN_CAPTION.exec(lines[0] ?? '') : null;
  if (caption) return captionToken(lines[0] ?? '', caption[1] ?? '');
  if (QUOTE_LINE.test(lines[0] ?? '')) return quoteToken(lines);
  const heading = lines.length === 1 ? PLAIN_HEADING.exec(lines[0] ?? '') : null;
  if (heading) {
    const text = heading[1] ?? '';
    if (NOT_PLAIN.test(text)) return undefined;
    return { type: 'heading', raw: lines[0] ?? '', depth: 2, text, tokens: [textToken(text)] } satisfies Tokens.Heading;
  }
  if (lines.some((line) => NOT_PLAIN.test(line))) return undefined;
  return paragraphToken(lines);
}

function paragraphToken(lines: readonly string[]): Tokens.Paragraph {
  const text = lines.map((line) => line.trimEnd()).join('\n');
  return { type: 'paragraph', raw: text, text, tokens: [textToken(text)] };
}

function captionToken(raw: string, alt: string): Tokens.Paragraph {
  const image: Tokens.Image = { type: 'image', raw, href: '', title: null, text: alt, tokens: [textToken(alt)] };
  return { type: 'paragraph', raw, text: raw, tokens: [image] };
}

/** `> text` lines, paragraphs apart by a lone `>`, each line plain. */
function quoteToken(lines: readonly string[]): Tokens.Blockquote | undefined {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    const match = QUOTE_LINE.exec(line);
    if (!match) return undefined;
    const content = match[1] ?? '';
    if (content.trim() === '') paragraphs.push([]);
    else if (NOT_PLAIN.test(content)) return undefined;
    else paragraphs.at(-1)?.push(content);
  }
  const tokens = paragraphs.filter((paragraph) => paragraph.length > 0).map(paragraphToken);
  const raw = lines.join('\n');
  return { type: 'blockquote', raw, text: raw, tokens };
}

function textToken(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: false };
}
