// Reader keys → what they mean, by what is open. Pure: easy to
// test, one place to read.
import type { Key } from 'ink';
import type { Overlay, ReaderCommand } from './reader-actions.js';

export function readerKeymap(overlay: Overlay, input: string, key: Key): ReaderCommand | undefined {
  switch (overlay) {
    case 'none':
      return pagerKey(input, key);
    case 'search':
      return searchPromptKey(input, key);
    case 'help':
      return key.escape || input === '?' || input === 'q' ? { type: 'close-overlay' } : helpKey(input, key);
    case 'contents':
    case 'related':
      if (key.escape || input === 'q' || (overlay === 'contents' && input === 't') || (overlay === 'related' && input === 'r')) return { type: 'close-overlay' };
      return listKey(input, key);
  }
}

/** The contents and related lists: a cursor moved by the pager's own keys, Enter to choose. */
function listKey(input: string, key: Key): ReaderCommand | undefined {
  if (key.return) return { type: 'list-choose' };
  if (key.upArrow || input === 'k') return { type: 'list-move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'list-move', by: 1 };
  if (key.pageUp || input === 'b') return { type: 'list-move', by: -LIST_PAGE };
  if (key.pageDown || input === ' ' || input === 'f') return { type: 'list-move', by: LIST_PAGE };
  if (key.home || input === 'g') return { type: 'list-move', by: -Infinity };
  if (key.end || input === 'G') return { type: 'list-move', by: Infinity };
  return undefined;
}

const LIST_PAGE = 10;

function pagerKey(input: string, key: Key): ReaderCommand | undefined {
  if (key.upArrow || input === 'k') return { type: 'scroll', lines: -1 };
  if (key.downArrow || input === 'j' || key.return) return { type: 'scroll', lines: 1 };
  if (key.pageDown || input === ' ' || input === 'f') return { type: 'page', pages: 1 };
  if (key.pageUp || input === 'b') return { type: 'page', pages: -1 };
  if (key.home || input === 'g') return { type: 'start' };
  if (key.end || input === 'G') return { type: 'end' };
  if (key.tab) return key.shift ? { type: 'previous-section' } : { type: 'next-section' };
  if (input === ']') return { type: 'next-section' };
  if (input === '[') return { type: 'previous-section' };
  if (/^[1-9]$/.test(input)) return { type: 'section', index: Number(input) - 1 };
  if (input === 't') return { type: 'open-overlay', overlay: 'contents' };
  if (input === 'r') return { type: 'open-overlay', overlay: 'related' };
  if (input === '?') return { type: 'open-overlay', overlay: 'help' };
  if (input === '/') return { type: 'open-overlay', overlay: 'search' };
  if (input === 'n') return { type: 'next-hit', step: 1 };
  if (input === 'N') return { type: 'next-hit', step: -1 };
  // Ink 6 reports Backspace as `delete`.
  if (key.backspace || key.delete || key.leftArrow || input === 'h') return { type: 'leave', to: 'back' };
  if (key.rightArrow || input === 'l') return { type: 'leave', to: 'forward' };
  if (input === 'q') return { type: 'leave', to: 'close' };
  return undefined;
}

/** The help overlay scrolls when its rows do not fit. */
function helpKey(input: string, key: Key): ReaderCommand | undefined {
  if (key.upArrow || input === 'k') return { type: 'scroll-help', rows: -1 };
  if (key.downArrow || input === 'j') return { type: 'scroll-help', rows: 1 };
  if (key.pageDown || input === ' ' || input === 'f') return { type: 'page-help', pages: 1 };
  if (key.pageUp || input === 'b') return { type: 'page-help', pages: -1 };
  if (key.end || input === 'G') return { type: 'scroll-help', rows: Number.MAX_SAFE_INTEGER };
  if (key.home || input === 'g') return { type: 'scroll-help', rows: -Number.MAX_SAFE_INTEGER };
  return undefined;
}

function searchPromptKey(input: string, key: Key): ReaderCommand | undefined {
  if (key.escape) return { type: 'close-overlay' };
  if (key.return) return { type: 'submit-search' };
  if (key.backspace || key.delete) return { type: 'erase' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return undefined;
  return input === '' ? undefined : { type: 'type', text: input };
}
