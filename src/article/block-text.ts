// A block's words as plain text, for whatever reads them rather than shows them
// (reading time, language detection, tests): one home for "what does a block say".
import type { Block } from './model.js';

export function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [block.head, ...block.rows].map((cells) => cells.join(' ')).join('\n');
    case 'quote':
      return block.attribution ? `${block.text}\n${block.attribution}` : block.text;
    default:
      return block.text;
  }
}
