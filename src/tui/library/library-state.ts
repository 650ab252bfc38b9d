// The library list's state as a reducer of commands: the cursor, the scroll, the
// filter. Keys reach it through `withKeys`, which maps each with the state it
// meets, so fast typing never meets stale state.
import { fold } from '../../article/normalize.js';
import type { PendingKey } from '../split-keys.js';
import type { LibraryCommand } from './library-actions.js';

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

export function initialLibraryState(rows: readonly LibraryRow[], selectedId?: string): LibraryState {
  const cursor = Math.max(0, rows.findIndex((row) => row.id === selectedId));
  return { rows, shown: rows.map((_, index) => index), cursor, filter: '', filtering: false, chosen: undefined, quitting: false, unread: [], searchingText: false };
}

/** Carries out one command; keys become commands in library-keymap.ts, folded in by `withKeys`. */
export function reduceLibrary(state: LibraryState, command: LibraryCommand): LibraryState {
  switch (command.type) {
    case 'move':
      return { ...state, cursor: clamp(state.cursor + command.by, state.shown.length) };
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
      return withFilter(state, state.filter + command.text);
    case 'erase':
      return withFilter(state, Array.from(state.filter).slice(0, -1).join(''));
    case 'end-filter':
      return command.keep ? { ...state, filtering: false } : { ...withFilter(state, ''), filtering: false };
    case 'handled':
      return { ...state, chosen: undefined, unread: [] };
    case 'text-search':
      return { ...state, searchingText: command.on };
  }
}

/** An article chosen or q pressed: keys after that are for the next screen. */
export function libraryDone(state: LibraryState): boolean {
  return state.chosen !== undefined || state.quitting;
}

function withFilter(state: LibraryState, filter: string): LibraryState {
  const wanted = fold(filter);
  const shown = state.rows.flatMap((row, index) => (row.search.includes(wanted) ? [index] : []));
  return { ...state, filter, shown, cursor: 0 };
}

function clamp(cursor: number, length: number): number {
  return Math.min(Math.max(0, cursor), Math.max(0, length - 1));
}
