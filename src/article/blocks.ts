// Block-level Markdown tokens (from marked's lexer) to the article's blocks and sections.
import type { Token, Tokens } from 'marked';
import type { Block, Section } from './model.js';
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
    current.push(...blocksOf(token));
  }
  return body;
}

function blocksOf(token: Token): Block[] {
  switch (token.type) {
    case 'paragraph':
      return paragraphBlocks(token as Tokens.Paragraph);
    case 'blockquote':
      return [quoteBlock(token as Tokens.Blockquote)];
    case 'list':
      return [listBlock(token as Tokens.List)];
    case 'code':
      return [{ type: 'code', lang: (token as Tokens.Code).lang ?? '', text: (token as Tokens.Code).text }];
    case 'heading':
      // `#` and `###`+ headings are not sections; keep their words as a paragraph.
      return [withRuns(inlineText((token as Tokens.Heading).tokens))];
    case 'text':
      return textBlocks(token as Tokens.Text);
    case 'table':
      return [{ type: 'code', lang: 'table', text: token.raw.trimEnd() }];
    default:
      return [];
  }
}

/** A paragraph holding only images is the captions of those images. */
function paragraphBlocks(token: Tokens.Paragraph): Block[] {
  const meaningful = token.tokens.filter((child) => !(child.type === 'text' && child.raw.trim() === '') && child.type !== 'br');
  if (meaningful.length > 0 && meaningful.every((child) => child.type === 'image')) {
    return meaningful.map((image) => ({ type: 'caption', text: (image as Tokens.Image).text.trim() }));
  }
  const inline = inlineText(token.tokens);
  return inline.text.trim() === '' ? [] : [withRuns(inline)];
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

function listBlock(token: Tokens.List): Block {
  const items = token.items.map((item) => inlineText(item.tokens.flatMap(itemInline)).text.trim());
  return { type: 'list', ordered: token.ordered, items };
}

/** A list item's tokens are blocks (text, paragraphs); their inline tokens carry the words. */
function itemInline(token: Token): Token[] {
  const nested = (token as { tokens?: Token[] }).tokens;
  if (token.type === 'text' || token.type === 'paragraph') return nested ?? [token];
  if (token.type === 'list') return [];
  return nested ?? [];
}

function withRuns(inline: InlineText): Block {
  const text = inline.text.trim();
  const shift = inline.text.length - inline.text.trimStart().length;
  const runs = inline.runs.map((run) => ({ ...run, start: run.start - shift, end: run.end - shift }));
  return runs.length > 0 ? { type: 'paragraph', text, runs } : { type: 'paragraph', text };
}
