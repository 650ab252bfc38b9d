// Reader keys (DESIGN.md §8) → what they mean. Pure: easy to test, one place to read.
import type { Key } from 'ink';
import type { ReaderAction } from './reader-state.js';

export type ReaderCommand = ReaderAction | { type: 'close' };

export function readerKeymap(input: string, key: Key): ReaderCommand | undefined {
  if (key.upArrow || input === 'k') return { type: 'scroll', lines: -1 };
  if (key.downArrow || input === 'j' || key.return) return { type: 'scroll', lines: 1 };
  if (key.pageDown || input === ' ' || input === 'f') return { type: 'page', pages: 1 };
  if (key.pageUp || input === 'b') return { type: 'page', pages: -1 };
  if (key.home || input === 'g') return { type: 'start' };
  if (key.end || input === 'G') return { type: 'end' };
  if (input === ']' || (key.tab && !key.shift)) return { type: 'next-section' };
  if (input === '[' || (key.tab && key.shift)) return { type: 'previous-section' };
  if (/^[1-9]$/.test(input)) return { type: 'section', index: Number(input) - 1 };
  if (input === 'q') return { type: 'close' };
  return undefined;
}
