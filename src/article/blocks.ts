// Block-level Markdown tokens (from marked's lexer) to the article's blocks and sections.
import type { Token, Tokens } from 'marked';
import type { Block, Section } from './model.js';
import { FenceTracker } from './fences.js';
import { inlineText, type InlineText } from './inline.js';

export interface Body {
  lead: Block[];
  sections: Section[];
}

/** Sections are the `##` headings; everything before the first is the lead. */
export function bodyFromTokens(tokens: readonly Token[]): Body {
  const body: Body = { lead: [], sections: [] };
  let current = body.lead;
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      const section: Section = { heading: inlineText((token as Tokens.Heading).tokens).text.trim(), blocks: [] };
      body.sections.push(section);
      current = section.blocks;
      continue;
    }
    for (const block of blocksOf(token)) current.push(block);
  }
  return body;
}

function blocksOf(token: Token): Block[] {
  switch (token.type) {
    case 'paragraph':
      return paragraphBlocks(token as Tokens.Paragraph);
    case 'blockquote':
      return [quoteBlock(token as Tokens.Blockquote)];
    case 'list': {
      // A list of empty items (`-` alone) has nothing to show or write back.
      const list = listBlock(token as Tokens.List);
      return list.type === 'list' && list.items.length === 0 ? [] : [list];
    }
    case 'code':
      return [{ type: 'code', lang: (token as Tokens.Code).lang ?? '', text: (token as Tokens.Code).text }];
    case 'heading': {
      // `#` and `###`+ headings are not sections; keep their words as a paragraph (if any).
      const inline = inlineText((token as Tokens.Heading).tokens);
      return inline.text.trim() === '' ? [] : [withRuns(inline)];
    }
    case 'text':
      return textBlocks(token as Tokens.Text);
    case 'table':
      return [tableBlock(token as Tokens.Table)];
    default:
      return [];
  }
}

function tableBlock(token: Tokens.Table): Block {
  const cellText = (cell: Tokens.TableCell) => inlineText(cell.tokens, cell.text).text.trim();
  return { type: 'table', head: token.header.map(cellText), rows: token.rows.map((row) => row.map(cellText)) };
}

/** A paragraph holding only images is the captions of those images. */
function paragraphBlocks(token: Tokens.Paragraph): Block[] {
  const meaningful = token.tokens.filter((child) => !(child.type === 'text' && child.raw.trim() === '') && child.type !== 'br');
  if (meaningful.length > 0 && meaningful.every((child) => child.type === 'image')) {
    return meaningful.map((image) => ({ type: 'caption', text: imageText(image as Tokens.Image).trim() }));
  }
  const inline = inlineText(token.tokens);
  return inline.text.trim() === '' ? [] : [withRuns(inline)];
}

/** An image's alt text as plain text: escapes and entities read, like any text. */
function imageText(image: Tokens.Image): string {
  return image.tokens && image.tokens.length > 0 ? inlineText(image.tokens).text : image.text;
}

function textBlocks(token: Tokens.Text): Block[] {
  const inline = inlineText(token.tokens, token.text);
  return inline.text.trim() === '' ? [] : [withRuns(inline)];
}

const ATTRIBUTION = /^\s*(?:—|–|--)\s*/;

/** `> text` … `> — attribution`: the last paragraph starting with a dash is the attribution. */
function quoteBlock(token: Tokens.Blockquote): Block {
  const paragraphs = token.tokens.flatMap(blocksOf).filter((block) => 'text' in block);
  let attribution: string | null = null;
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last && ATTRIBUTION.test(last.text)) {
    attribution = last.text.replace(ATTRIBUTION, '').trim();
    paragraphs.pop();
  }
  const text = paragraphs.map((block) => block.text).join(' ');
  return { type: 'quote', text, attribution };
}

/** A nested list's items follow their parent's, in order: the model's lists are flat. */
function listBlock(token: Tokens.List): Block {
  const items: string[] = [];
  const addItems = (list: Tokens.List) => {
    for (const item of list.items) {
      const text = inlineText(item.tokens.flatMap(itemInline)).text.trim();
      if (text !== '') items.push(text);
      for (const child of item.tokens) if (child.type === 'list') addItems(child as Tokens.List);
    }
  };
  addItems(token);
  return { type: 'list', ordered: token.ordered, items };
}

/** A list item's tokens are blocks (text, paragraphs); their inline tokens carry the words. */
function itemInline(token: Token): Token[] {
  const nested = (token as { tokens?: Token[] }).tokens;
  if (token.type === 'text' || token.type === 'paragraph') return nested ?? [token];
  if (token.type === 'list') return [];
  return nested ?? [];
}

/** `>` and list markers that may open one line; more are dropped (their text stays). */
const MAX_CONTAINERS = 16;
/** Columns of indentation and markers before a line's text; beyond, markers are dropped. */
const MAX_PREFIX_COLUMNS = 64;
const PREFIX_START = /^[ \t>*+\-\d]/;

/**
 * Markdown nests block quotes and lists without limit, and marked lexes each level
 * again: 5,000 `>` overflow its stack, and a list 800 levels deep takes it 5 s (its
 * cost grows with the cube of the depth). Outside fenced code, a line's run of
 * indentation, `>` and list markers is cut after MAX_CONTAINERS markers or
 * MAX_PREFIX_COLUMNS columns; what is cut goes, the line's text stays (joining the
 * deepest container left). Articles never nest that deep; lines within the limits
 * are untouched.
 */
export function limitNesting(body: string): string {
  const fences = new FenceTracker();
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (fences.isCode(line)) continue;
    if (PREFIX_START.test(line)) lines[index] = limitLine(line);
  }
  return lines.join('\n');
}

function limitLine(line: string): string {
  let column = 0;
  let index = 0;
  let markers = 0;
  let kept = 0; // end of the prefix that stays
  let over = false;
  for (;;) {
    // Indentation.
    while (index < line.length && (line[index] === ' ' || line[index] === '\t')) {
      column = line[index] === '\t' ? column + 4 - (column % 4) : column + 1;
      index++;
    }
    const marker = containerMarker(line, index);
    if (marker === 0) break;
    index += marker;
    column += marker;
    markers++;
    if (!over && markers <= MAX_CONTAINERS && column <= MAX_PREFIX_COLUMNS) kept = index;
    else over = true;
  }
  // Within the limits, or only indentation (no container opens here): untouched.
  if (!over) return line;
  const text = line.slice(index).replace(/^[ \t]+/, '');
  return `${line.slice(0, kept)}${kept > 0 ? ' ' : ''}${text}`;
}

/** Length of a `>` or list marker (`-`, `+`, `*`, `1.`, `1)`) at `index`, or 0. */
function containerMarker(line: string, index: number): number {
  const c = line[index];
  if (c === '>') return 1;
  let end = index;
  if (c === '-' || c === '+' || c === '*') end = index + 1;
  else {
    while (end < line.length && end - index < 9 && line[end]! >= '0' && line[end]! <= '9') end++;
    if (end === index || (line[end] !== '.' && line[end] !== ')')) return 0;
    end++;
  }
  const after = line[end];
  return after === undefined || after === ' ' || after === '\t' ? end - index : 0;
}

function withRuns(inline: InlineText): Block {
  const text = inline.text.trim();
  const shift = inline.text.length - inline.text.trimStart().length;
  const runs = inline.runs
    .map((run) => ({ ...run, start: Math.max(0, run.start - shift), end: Math.min(text.length, run.end - shift) }))
    .filter((run) => run.end > run.start);
  return runs.length > 0 ? { type: 'paragraph', text, runs } : { type: 'paragraph', text };
}
