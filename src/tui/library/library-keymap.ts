// Library keys → commands, by whether the filter is being typed; pure.
import type { Key } from 'ink';
import type { LibraryCommand } from './library-actions.js';

export function libraryKeymap(filtering: boolean, input: string, key: Key, pageSize: number): LibraryCommand | undefined {
  if (filtering) return filterKey(input, key);
  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (key.pageUp || input === 'b') return { type: 'move', by: -pageSize };
  if (key.pageDown || input === ' ' || input === 'f') return { type: 'move', by: pageSize };
  if (key.home || input === 'g') return { type: 'start' };
  if (key.end || input === 'G') return { type: 'end' };
  if (key.return || key.rightArrow || input === 'l') return { type: 'open' };
  if (input === '/') return { type: 'start-filter' };
  if (input === 's') return { type: 'text-search', on: true };
  if (key.escape) return { type: 'end-filter', keep: false };
  if (input === 'q') return { type: 'quit' };
  return undefined;
}

function filterKey(input: string, key: Key): LibraryCommand | undefined {
  if (key.escape) return { type: 'end-filter', keep: false };
  if (key.return) return { type: 'end-filter', keep: true };
  if (key.backspace || key.delete) return { type: 'erase' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (key.ctrl || key.meta || key.tab || input === '') return undefined;
  return { type: 'type', text: input };
}
