// `cat --format json`: the model for scripts (DESIGN.md §7). Fields may be added, never renamed.
import type { Article, Block } from '../article/model.js';
import type { ResolvedRelated } from '../library/resolve-related.js';

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
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Blocks as DESIGN.md §7 lists them: inline Markdown (style runs) removed. */
function plainBlock(block: Block): Block {
  if (block.type === 'paragraph') return { type: 'paragraph', text: block.text };
  if (block.type === 'quote') return { type: 'quote', text: block.text, attribution: block.attribution };
  return block;
}
