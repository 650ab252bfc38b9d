// The library list's state as a reducer: the cursor, the scroll, the filter.
// Keys are interpreted inside the reducer, so fast typing never meets stale state
// (ink-select-input, used at first, lost or misreported keys typed quickly).
import type { Key } from 'ink';
import { fold } from '../../article/normalize.js';
import { libraryKeymap } from './library-keymap.js';
import { splitKeys, type PendingKey } from '../split-keys.js';

export interface LibraryRow {
  id: string;
  /** Folded title and id, for the filter (may be made only when first read). */
  readonly search: string;
}

export interface LibraryState {
  rows: readonly LibraryRow[];
  /** Indices into `rows` that pass the filter. */
  shown: readonly number[];
  cursor: number;
  filter: string;
  filtering: boolean;
  /** Set when a row was chosen or q pressed; the view acts on it. */
  chosen: string | undefined;
  quitting: boolean;
  /** Keys read after the one that opened an article (`j` in Enter-j): for the reader. */
  unread: readonly PendingKey[];
  /** The full-text search shows instead of the list. */
  searchingText: boolean;
}

export type LibraryAction =
  | { type: 'move'; by: number }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'open' }
  | { type: 'quit' }
  | { type: 'start-filter' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'end-filter'; keep: boolean }
  | { type: 'handled' }
  | { type: 'text-search'; on: boolean }
  | { type: 'key'; input: string; key: Key };

export function initialLibraryState(rows: readonly LibraryRow[], selectedId?: string): LibraryState {
  const cursor = Math.max(0, rows.findIndex((row) => row.id === selectedId));
  return { rows, shown: rows.map((_, index) => index), cursor, filter: '', filtering: false, chosen: undefined, quitting: false, unread: [], searchingText: false };
}

export function libraryReducer(pageSize: number) {
  const reduce = (state: LibraryState, action: LibraryAction): LibraryState => {
    switch (action.type) {
      case 'key':
        return splitKeys(action.input, action.key).reduce((current, pending) => {
          if (current.chosen !== undefined || current.quitting) return { ...current, unread: [...current.unread, pending] };
          const next = libraryKeymap(current.filtering, pending.input, pending.key, pageSize);
          return next ? reduce(current, next) : current;
        }, state);
      case 'move':
        return { ...state, cursor: clamp(state.cursor + action.by, state.shown.length) };
      case 'start':
        return { ...state, cursor: 0 };
      case 'end':
        return { ...state, cursor: Math.max(0, state.shown.length - 1) };
      case 'open': {
        const row = state.rows[state.shown[state.cursor] ?? -1];
        return row ? { ...state, chosen: row.id, filtering: false } : state;
      }
      case 'quit':
        return { ...state, quitting: true };
      case 'start-filter':
        return { ...state, filtering: true };
      case 'type':
        return withFilter(state, state.filter + action.text);
      case 'erase':
        return withFilter(state, Array.from(state.filter).slice(0, -1).join(''));
      case 'end-filter':
        return action.keep ? { ...state, filtering: false } : { ...withFilter(state, ''), filtering: false };
      case 'handled':
        return { ...state, chosen: undefined, unread: [] };
      case 'text-search':
        return { ...state, searchingText: action.on };
    }
  };
  return reduce;
}

function withFilter(state: LibraryState, filter: string): LibraryState {
  const wanted = fold(filter);
  const shown = state.rows.flatMap((row, index) => (row.search.includes(wanted) ? [index] : []));
  return { ...state, filter, shown, cursor: 0 };
}

function clamp(cursor: number, length: number): number {
  return Math.min(Math.max(0, cursor), Math.max(0, length - 1));
}
