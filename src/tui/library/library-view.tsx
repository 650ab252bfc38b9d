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
import { initialLibraryState, libraryDone, reduceLibrary, type LibraryRow } from './library-state.js';
import { libraryKeymap } from './library-keymap.js';
import { withKeys } from '../with-keys.js';
import { TextSearchView, type FoundWords } from './text-search-view.js';
import { useUi } from '../ui-context.js';
import type { Ui } from '../../i18n/index.js';
import { translateMessage } from '../../i18n/translate-message.js';
import { displayWidth } from '../../text/index.js';
import { rowLine } from '../row-line.js';
import { isolated, messageLine } from '../message-line.js';

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

/** At least as wide as an ISO date and its gap, so English rows keep their place. */
const MIN_DATE_WIDTH = 12;
const CURSOR_WIDTH = 2;

export function LibraryView({ library, size, rendering, initialId, unread, onOpen, onQuit }: LibraryProps): React.JSX.Element {
  const ui = useUi();
  const rows = useMemo(() => library.entries.map((entry) => new EntryRow(entry)), [library]);
  const dates = useMemo(() => datesOf(library, ui), [library, ui]);
  // Header and footer take two lines; the frame stays below the terminal's height.
  const pageSize = Math.max(1, size.rows - 3);
  const reducer = useMemo(() => withKeys(reduceLibrary, (current, input, key) => libraryKeymap(current.filtering, input, key, pageSize), libraryDone), [pageSize]);
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

  // Quitting: nothing to draw (the app leaves the screen next); a whole frame of titles costs more than the rest of a quit.
  if (state.quitting) return <></>;
  if (state.searchingText) {
    return <TextSearchView library={library} size={size} rendering={rendering} onOpen={onOpen} onClose={() => dispatch({ type: 'text-search', on: false })} />;
  }
  const first = Math.min(Math.max(0, state.cursor - Math.floor(pageSize / 2)), Math.max(0, state.shown.length - pageSize));
  const visible = state.shown.slice(first, first + pageSize);
  const filtering = state.filtering || state.filter !== '';
  const count = ui.t('library.filtered', { shown: state.shown.length, total: rows.length });
  const caret = state.filtering ? '▏' : '';
  const hints = ui.t(state.filtering ? 'library.filter-hints' : 'library.hints');
  // In Arabic the whole screen is mirrored, through the engine; English keeps the layout it always had.
  const mirrored = ui.dir === 'rtl';
  const line = (text: string) => (mirrored ? messageLine(text, size.columns, ui, rendering) : text);
  const quote = (text: string) => (mirrored ? isolated(plainLine(text)) : plainLine(text));
  const header = filtering ? `/${quote(state.filter)}${caret}  ${count}` : ui.t('library.header', { name: ui.t('app.name'), articles: ui.t('library.articles', { n: rows.length }), dir: quote(library.dir) });
  const emptiness = rows.length === 0 ? ui.t('library.empty', { dir: isolated(plainLine(library.dir)), command: 'qari import' }) : state.shown.length === 0 ? ui.t('library.no-match') : undefined;
  return (
    <Box flexDirection="column" width={size.columns} height={pageSize + 2}>
      <Text bold wrap="truncate">
        {line(header)}
      </Text>
      <Box flexDirection="column" height={pageSize}>
        {emptiness !== undefined ? <Text dimColor wrap="truncate">{messageLine(emptiness, size.columns, ui, rendering)}</Text> : null}
        {visible.map((index, offset) => {
          const entry = library.entries[index] as LibraryEntry;
          return <Row key={entry.id} entry={entry} date={(entry.kind === 'article' && entry.date && dates.text.get(entry.date)) || ''} dateWidth={dates.width} selected={first + offset === state.cursor} unread={unread?.has(entry.path) ?? false} width={size.columns} rendering={rendering} />;
        })}
      </Box>
      <Text dimColor wrap="truncate">
        {line(hints)}
      </Text>
    </Box>
  );
}

interface RowProps {
  entry: LibraryEntry;
  date: string;
  dateWidth: number;
  selected: boolean;
  unread: boolean;
  width: number;
  rendering: BidiRendering;
}

/** Memoised: a key that moves the cursor lays out again only the two rows it changes. */
const Row = React.memo(function Row({ entry, date, dateWidth, selected, unread, width, rendering }: RowProps): React.JSX.Element {
  const ui = useUi();
  const cursor = `${selected ? '❯' : ' '}${unread ? '•' : ' '}`;
  const room = width - CURSOR_WIDTH - dateWidth;
  if (entry.kind === 'broken') {
    const problem = plainLine(`${entry.id}: ${translateMessage(entry.error, ui)}`);
    return (
      <Text color="red" wrap="truncate">
        {ui.dir === 'rtl'
          ? rowLine([{ text: cursor, width: CURSOR_WIDTH, dir: 'rtl' }, { text: ui.t('library.broken'), width: dateWidth, dir: 'rtl' }, { text: problem, width: room, dir: 'auto' }], 'rtl', rendering)
          : `${cursor}${ui.t('library.broken').padEnd(dateWidth)}${problem}`}
      </Text>
    );
  }
  // Mirrored, the cursor ❯ is laid out right to left, so the engine turns it to point at the title.
  const text =
    ui.dir === 'rtl'
      ? rowLine([{ text: cursor, width: CURSOR_WIDTH, dir: 'rtl' }, { text: date, width: dateWidth, dir: 'rtl' }, { text: entry.title, width: room, dir: entry.dir }], 'rtl', rendering)
      : `${cursor}${date}${' '.repeat(Math.max(0, dateWidth - displayWidth(date)))}${visualLabel(entry.title, room, entry.dir, rendering)}`;
  return (
    <Text wrap="truncate" color={selected ? 'cyan' : undefined} bold={selected}>
      {text}
    </Text>
  );
});

/** Each date as the interface writes it, and a column wide enough for the longest. */
function datesOf(library: Library, ui: Ui): { text: Map<string, string>; width: number } {
  // Each day is formatted once: 100,000 articles share a few thousand dates, and Intl is slow.
  const text = new Map<string, string>();
  let widest = 0;
  for (const entry of library.entries) {
    if (entry.kind !== 'article' || !entry.date || text.has(entry.date)) continue;
    const date = ui.date(entry.date);
    text.set(entry.date, date);
    widest = Math.max(widest, displayWidth(date));
  }
  return { text, width: Math.max(MIN_DATE_WIDTH, widest + 2) };
}

/** The folded title is made the first time the filter reads it: most starts never filter. A class: 100,000 closures cost megabytes. */
class EntryRow implements LibraryRow {
  #search: string | undefined;

  constructor(private readonly entry: LibraryEntry) {}

  get id(): string {
    return this.entry.id;
  }

  get search(): string {
    return (this.#search ??= fold(`${this.entry.kind === 'article' ? this.entry.title : ''} ${this.entry.id}`));
  }
}
