// The library's full-text search as a reducer: a prompt to type the query,
// then the hits (ranked, each with its snippet) to move through and open.
// Keys are interpreted here, like the library list's; pure.
import type { Key } from 'ink';
import { splitKeys } from '../split-keys.js';

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
}

export type TextSearchAction<Hit extends TextSearchHit = TextSearchHit> =
  | { type: 'key'; input: string; key: Key }
  | { type: 'results'; query: string; hits: readonly Hit[] }
  | { type: 'handled' };

export function initialTextSearch<Hit extends TextSearchHit>(): TextSearchState<Hit> {
  return { draft: '', typing: true, running: undefined, query: '', hits: [], cursor: 0, chosen: undefined, closing: false };
}

export function textSearchReducer(pageSize: number) {
  return <Hit extends TextSearchHit>(state: TextSearchState<Hit>, action: TextSearchAction<Hit>): TextSearchState<Hit> => {
    switch (action.type) {
      case 'results':
        return action.query === state.running ? { ...state, running: undefined, query: action.query, hits: action.hits, cursor: 0 } : state;
      case 'handled':
        return { ...state, chosen: undefined };
      case 'key':
        return splitKeys(action.input, action.key).reduce((current, { input, key }) => (current.typing ? typingKey(current, input, key) : listKey(current, input, key, pageSize)), state);
    }
  };
}

function typingKey<Hit extends TextSearchHit>(state: TextSearchState<Hit>, input: string, key: Key): TextSearchState<Hit> {
  if (key.escape) return state.query === '' && state.running === undefined ? { ...state, closing: true } : { ...state, typing: false, draft: state.query };
  if (key.return) return state.draft.trim() === '' ? state : { ...state, typing: false, running: state.draft };
  if (key.backspace || key.delete) return { ...state, draft: Array.from(state.draft).slice(0, -1).join('') };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || input === '') return state;
  return { ...state, draft: state.draft + input };
}

function listKey<Hit extends TextSearchHit>(state: TextSearchState<Hit>, input: string, key: Key, pageSize: number): TextSearchState<Hit> {
  const move = (by: number) => ({ ...state, cursor: Math.min(Math.max(0, state.cursor + by), Math.max(0, state.hits.length - 1)) });
  if (key.upArrow || input === 'k') return move(-1);
  if (key.downArrow || input === 'j') return move(1);
  if (key.pageUp || input === 'b') return move(-pageSize);
  if (key.pageDown || input === ' ' || input === 'f') return move(pageSize);
  if (key.return || key.rightArrow || input === 'l') {
    const hit = state.hits[state.cursor];
    return hit && state.running === undefined ? { ...state, chosen: hit.id } : state;
  }
  if (input === 's' || input === '/') return { ...state, typing: true, draft: '' };
  if (key.escape || input === 'q') return { ...state, closing: true };
  return state;
}
