// `cat --format json`: the model for scripts. Fields may be added, never renamed.
import type { Article, Block } from '../article/model.js';
import type { ResolvedRelated } from '../library/resolve-related.js';
import { BIDI_CONTROL_CHARS } from '../text/bidi-controls.js';

export function articleJson(article: Article, related: readonly ResolvedRelated[]): string {
  const model = {
    id: article.id,
    title: article.title,
    date: article.date,
    lang: article.lang,
    dir: article.dir,
    source: article.source,
    author: article.author,
    lead: article.lead.map(plainBlock),
    sections: article.sections.map((section) => ({ heading: section.heading, blocks: section.blocks.map(plainBlock) })),
    related: related.map(({ ref, id, title }) => ({ ref, id, title })),
  };
  return `${safeJson(model)}\n`;
}

// JSON.stringify escapes C0 but writes C1, U+2028/2029 and bidi controls as they are.
const UNSAFE_IN_JSON = new RegExp(`[\\x7f-\\x9f\\u2028\\u2029${BIDI_CONTROL_CHARS}]`, 'g');

/**
 * JSON for scripts that is also safe in a terminal: the characters a terminal would
 * act on (C1 controls, line separators, bidi controls, which could reorder the rest
 * of a line: Trojan Source) are written as \uXXXX escapes. The parsed strings are
 * the same; only the bytes differ.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Blocks for scripts: inline Markdown (style runs) removed. */
function plainBlock(block: Block): Block {
  if (block.type === 'paragraph') return { type: 'paragraph', text: block.text };
  if (block.type === 'quote') return { type: 'quote', text: block.text, attribution: block.attribution };
  return block;
}
