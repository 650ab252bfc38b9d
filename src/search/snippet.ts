// A snippet per search hit: a stretch of the article's text around its first
// hits, cut at word boundaries, with where the hits are in it.
import { wordHits, type TextRange } from './hits.js';

export interface Snippet {
  text: string;
  /** Hits in `text`, UTF-16 ranges. */
  hits: TextRange[];
}

const BEFORE = 60;
const LENGTH = 200;

/** Markdown reduced to its words: links to their text, markup characters and front matter gone. */
export function plainBody(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/^ {0,3}(?:#{1,6}|>+|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/^ {0,3}(?:`{3,}|~{3,}|-{3,}|\*{3,}|={3,}).*$/gm, '')
    .replace(/[*_`<>|\\]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The snippet of the first text that has a hit (title, headings, body, in that order of trying); else the body's start. */
export function makeSnippet(texts: readonly string[], stems: ReadonlySet<string>): Snippet {
  for (const text of texts) {
    const hits = wordHits(text, stems);
    const first = hits[0];
    if (!first) continue;
    const start = wordStart(text, Math.max(0, first.start - BEFORE));
    const end = wordEnd(text, Math.min(text.length, start + LENGTH));
    const shown = text.slice(start, end);
    const inside = hits.filter((hit) => hit.end <= end).map((hit) => ({ start: hit.start - start, end: hit.end - start }));
    return { text: `${start > 0 ? '…' : ''}${shown}${end < text.length ? '…' : ''}`, hits: start > 0 ? inside.map((hit) => ({ start: hit.start + 1, end: hit.end + 1 })) : inside };
  }
  const body = texts.at(-1) ?? '';
  const end = wordEnd(body, Math.min(body.length, LENGTH));
  return { text: `${body.slice(0, end)}${end < body.length ? '…' : ''}`, hits: [] };
}

/** The snippet with its hits between two markers. */
export function markedSnippet(snippet: Snippet, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const hit of snippet.hits) {
    out += snippet.text.slice(at, hit.start) + open + snippet.text.slice(hit.start, hit.end) + close;
    at = hit.end;
  }
  return out + snippet.text.slice(at);
}

function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(' ', at);
  return space === -1 || space > at + 20 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space === -1 || space < at - 20 ? at : space;
}
