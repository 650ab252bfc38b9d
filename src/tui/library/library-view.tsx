// The library: every article, newest first, • before those not opened yet; Enter opens one, / filters.
import React, { useCallback, useEffect, useMemo, useReducer } from 'react';
import { Box, Text, type Key } from 'ink';
import { useKeys, usePassOn } from '../key-router.js';
import { fold } from '../../article/normalize.js';
import type { Library, LibraryEntry } from '../../library/entry.js';
import type { BidiRendering } from '../../document/types.js';
import { plainLine } from '../../output/plain.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';
import { initialLibraryState, libraryReducer, type LibraryRow } from './library-state.js';
import { TextSearchView, type FoundWords } from './text-search-view.js';

export interface LibraryProps {
  library: Library;
  size: TerminalSize;
  rendering: BidiRendering;
  initialId?: string;
  /** Absolute paths of the articles not opened yet. */
  unread?: ReadonlySet<string>;
  /** `found`: opened from the full-text search, at the first hit. */
  onOpen: (id: string, found?: FoundWords) => void;
  onQuit: () => void;
}

const DATE_WIDTH = 12;
const CURSOR_WIDTH = 2;

export function LibraryView({ library, size, rendering, initialId, unread, onOpen, onQuit }: LibraryProps): React.JSX.Element {
  const rows = useMemo(() => library.entries.map(rowOf), [library]);
  // Header and footer take two lines; the frame stays below the terminal's height.
  const pageSize = Math.max(1, size.rows - 3);
  const reducer = useMemo(() => libraryReducer(pageSize), [pageSize]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialLibraryState(rows, initialId));
  const onKey = useCallback((input: string, key: Key) => dispatch({ type: 'key', input, key }), []);
  // While the full-text search shows, it takes the keys.
  useKeys(state.searchingText ? undefined : onKey);
  const passOn = usePassOn();
  useEffect(() => {
    if (state.chosen === undefined) return;
    const entry = library.entries.find((candidate) => candidate.id === state.chosen);
    passOn(state.unread);
    dispatch({ type: 'handled' });
    if (entry?.kind === 'article') onOpen(entry.id);
  }, [state.chosen]);
  useEffect(() => {
    if (state.quitting) onQuit();
  }, [state.quitting]);

  if (state.searchingText) {
    return <TextSearchView library={library} size={size} rendering={rendering} onOpen={onOpen} onClose={() => dispatch({ type: 'text-search', on: false })} />;
  }
  const first = Math.min(Math.max(0, state.cursor - Math.floor(pageSize / 2)), Math.max(0, state.shown.length - pageSize));
  const visible = state.shown.slice(first, first + pageSize);
  const header = state.filtering || state.filter ? `/${plainLine(state.filter)}${state.filtering ? '▏' : ''}  ${state.shown.length} of ${rows.length}` : `qari · ${rows.length} articles · ${plainLine(library.dir)}`;
  return (
    <Box flexDirection="column" width={size.columns} height={pageSize + 2}>
      <Text bold wrap="truncate">
        {header}
      </Text>
      <Box flexDirection="column" height={pageSize}>
        {visible.map((index, offset) => {
          const entry = library.entries[index] as LibraryEntry;
          return <Row key={entry.id} entry={entry} selected={first + offset === state.cursor} unread={unread?.has(entry.path) ?? false} width={size.columns} rendering={rendering} />;
        })}
      </Box>
      <Text dimColor wrap="truncate">
        {state.filtering ? 'type to filter · Enter keep · Esc clear' : '↑↓ move · Enter open · / filter titles · s search text · q quit'}
      </Text>
    </Box>
  );
}

function Row({ entry, selected, unread, width, rendering }: { entry: LibraryEntry; selected: boolean; unread: boolean; width: number; rendering: BidiRendering }): React.JSX.Element {
  const cursor = `${selected ? '❯' : ' '}${unread ? '•' : ' '}`;
  const room = width - CURSOR_WIDTH - DATE_WIDTH;
  if (entry.kind === 'broken') {
    return (
      <Text color="red" wrap="truncate">
        {`${cursor}${'(broken)'.padEnd(DATE_WIDTH)}${plainLine(`${entry.id}: ${entry.error}`)}`}
      </Text>
    );
  }
  const title = visualLabel(entry.summary.title, room, entry.summary.dir, rendering);
  return (
    <Text wrap="truncate" color={selected ? 'cyan' : undefined} bold={selected}>
      {`${cursor}${(entry.summary.date ?? '').padEnd(DATE_WIDTH)}${title}`}
    </Text>
  );
}

function rowOf(entry: LibraryEntry): LibraryRow {
  const title = entry.kind === 'article' ? entry.summary.title : '';
  return { id: entry.id, search: fold(`${title} ${entry.id}`) };
}
