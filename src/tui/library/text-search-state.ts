// The library's full-text search as a reducer of commands: a prompt to type the
// query, then the hits (ranked, each with its snippet) to move through and open.
// Keys reach it through `withKeys` (text-search-keymap.ts); pure.
import type { PendingKey } from '../split-keys.js';
import type { TextSearchCommand } from './text-search-actions.js';

export interface TextSearchHit {
  id: string;
}

export interface TextSearchState<Hit extends TextSearchHit = TextSearchHit> {
  draft: string;
  /** The prompt is open (typing a query). */
  typing: boolean;
  /** The query being run, until its hits arrive. */
  running: string | undefined;
  /** The query whose hits are shown. */
  query: string;
  hits: readonly Hit[];
  cursor: number;
  /** Set when a hit is chosen, or Esc/q leaves the search; the view acts on it. */
  chosen: string | undefined;
  closing: boolean;
  /** Keys read after the one that opened a hit or left: for the next screen. */
  unread: readonly PendingKey[];
}

export function initialTextSearch<Hit extends TextSearchHit>(): TextSearchState<Hit> {
  return { draft: '', typing: true, running: undefined, query: '', hits: [], cursor: 0, chosen: undefined, closing: false, unread: [] };
}

/** Carries out one command. */
export function reduceTextSearch<Hit extends TextSearchHit>(state: TextSearchState<Hit>, command: TextSearchCommand<Hit>): TextSearchState<Hit> {
  switch (command.type) {
    case 'results':
      return command.query === state.running ? { ...state, running: undefined, query: command.query, hits: command.hits, cursor: 0 } : state;
    case 'handled':
      return { ...state, chosen: undefined, unread: [] };
    case 'type':
      return { ...state, draft: state.draft + command.text };
    case 'erase':
      return { ...state, draft: Array.from(state.draft).slice(0, -1).join('') };
    case 'submit':
      return state.draft.trim() === '' ? state : { ...state, typing: false, running: state.draft };
    case 'leave-prompt':
      return state.query === '' && state.running === undefined ? { ...state, closing: true } : { ...state, typing: false, draft: state.query };
    case 'move':
      return { ...state, cursor: Math.min(Math.max(0, state.cursor + command.by), Math.max(0, state.hits.length - 1)) };
    case 'choose': {
      const hit = state.hits[state.cursor];
      return hit && state.running === undefined ? { ...state, chosen: hit.id } : state;
    }
    case 'new-query':
      return { ...state, typing: true, draft: '' };
    case 'close':
      return { ...state, closing: true };
  }
}

/** Keys after a hit is opened, or after the search is left, belong to the next screen. */
export function textSearchDone(state: TextSearchState): boolean {
  return state.chosen !== undefined || state.closing;
}
