// Full-text search keys → commands, by whether the prompt is open; pure.
import type { Key } from 'ink';
import type { TextSearchKeyCommand } from './text-search-actions.js';

export function textSearchKeymap(typing: boolean, input: string, key: Key, pageSize: number): TextSearchKeyCommand | undefined {
  return typing ? promptKey(input, key) : hitsKey(input, key, pageSize);
}

function promptKey(input: string, key: Key): TextSearchKeyCommand | undefined {
  if (key.escape) return { type: 'leave-prompt' };
  if (key.return) return { type: 'submit' };
  if (key.backspace || key.delete) return { type: 'erase' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || input === '') return undefined;
  return { type: 'type', text: input };
}

function hitsKey(input: string, key: Key, pageSize: number): TextSearchKeyCommand | undefined {
  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (key.pageUp || input === 'b') return { type: 'move', by: -pageSize };
  if (key.pageDown || input === ' ' || input === 'f') return { type: 'move', by: pageSize };
  if (key.return || key.rightArrow || input === 'l') return { type: 'choose' };
  if (input === 's' || input === '/') return { type: 'new-query' };
  if (key.escape || input === 'q') return { type: 'close' };
  return undefined;
}
