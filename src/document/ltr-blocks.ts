// Code blocks and tables drawn by marked-terminal (highlighted code, boxed
// tables). They are LTR blocks: they go to the terminal as drawn, never through
// bidi. marked-terminal (and the highlighter under it) load only for an article
// that has such a block, since they cost more to load than the rest of the reader.
import type { Article, Block } from '../article/model.js';
import { sanitize } from '../text/index.js';

export type DrawnBlocks = ReadonlyMap<Block, readonly string[]>;

export function ltrBlocksOf(article: Article): Array<Extract<Block, { type: 'code' }>> {
  return [...article.lead, ...article.sections.flatMap((section) => section.blocks)].filter((block): block is Extract<Block, { type: 'code' }> => block.type === 'code');
}

export async function drawLtrBlocks(article: Article, width: number): Promise<DrawnBlocks> {
  const blocks = ltrBlocksOf(article);
  if (blocks.length === 0) return new Map();
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const marked = new Marked(markedTerminal({ width, reflowText: false, tab: 2, showSectionPrefix: false }));
  const drawn = new Map<Block, string[]>();
  for (const block of blocks) {
    // The article's text is sanitised first: the only escapes in the result are marked-terminal's colours.
    const text = block.text.split('\n').map(sanitize).join('\n');
    const markdown = block.lang === 'table' ? text : `~~~~${block.lang.replace(/[^\w+-]/g, '')}\n${text}\n~~~~`;
    const output = String(marked.parse(markdown)).replace(/\n+$/, '');
    drawn.set(block, output.split('\n'));
  }
  return drawn;
}
