// `s` in the library: search the articles' text. A prompt, then the hits
// ranked (BM25 over the index), each with its snippet, the words found between
// [ and ]. Enter opens the article at its first hit, the hits highlighted and
// n/N moving between them. The library's text is indexed first if it is not
// yet, in slices, so keys still answer meanwhile.
import React, { useCallback, useEffect, useMemo, useReducer } from 'react';
import { Box, Text, type Key } from 'ink';
import { useUi } from '../ui-context.js';
import { isolated, messageLine } from '../message-line.js';
import { rowLine } from '../row-line.js';
import { displayWidth } from '../../text/index.js';
import { useKeys, usePassOn } from '../key-router.js';
import type { Library } from '../../library/entry.js';
import { searchIndex, type SearchHitEntry } from '../../library/index/search-index.js';
import { isEmptyQuery, parseQuery, queryStems } from '../../search/query.js';
import { markedSnippet } from '../../search/snippet.js';
import type { BidiRendering } from '../../document/types.js';
import { plainLine } from '../../output/plain.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';
import { indexInBackground } from '../background-index.js';
import { initialTextSearch, reduceTextSearch, textSearchDone, type TextSearchState } from './text-search-state.js';
import { textSearchKeymap } from './text-search-keymap.js';
import type { TextSearchCommand } from './text-search-actions.js';
import { withKeys } from '../with-keys.js';

/** What the reader needs to find the hits again in the article. */
export interface FoundWords {
  query: string;
  stems: string[];
}

export interface TextSearchProps {
  library: Library;
  size: TerminalSize;
  rendering: BidiRendering;
  onOpen: (id: string, found: FoundWords) => void;
  onClose: () => void;
}

const MAX_HITS = 100;
const DATE_WIDTH = 12;


export function TextSearchView({ library, size, rendering, onOpen, onClose }: TextSearchProps): React.JSX.Element {
  // Header and footer take two lines; each hit takes two.
  const pageSize = Math.max(1, Math.floor((size.rows - 3) / 2));
  const reducer = useMemo(
    () =>
      withKeys<TextSearchState<SearchHitEntry>, TextSearchCommand<SearchHitEntry>>(reduceTextSearch, (current, input, key) => textSearchKeymap(current.typing, input, key, pageSize), textSearchDone),
    [pageSize],
  );
  const [state, dispatch] = useReducer(reducer, undefined, () => initialTextSearch<SearchHitEntry>());
  useKeys(useCallback((input: string, key: Key) => dispatch({ type: 'key', input, key }), []));
  const passOn = usePassOn();

  useEffect(() => {
    const running = state.running;
    if (running === undefined) return;
    let current = true;
    const query = parseQuery(running);
    void indexInBackground(library).then(() => {
      if (!current) return;
      const hits = library.index && !isEmptyQuery(query) ? safely(() => searchIndex(library.index!, library.dir, query, MAX_HITS)) : [];
      dispatch({ type: 'results', query: running, hits });
    });
    return () => {
      current = false;
    };
  }, [state.running]);
  useEffect(() => {
    if (state.chosen === undefined) return;
    passOn(state.unread);
    dispatch({ type: 'handled' });
    onOpen(state.chosen, { query: state.query, stems: [...queryStems(parseQuery(state.query))] });
  }, [state.chosen]);
  useEffect(() => {
    if (!state.closing) return;
    passOn(state.unread);
    onClose();
  }, [state.closing]);

  const ui = useUi();
  // In Arabic the screen's own lines are mirrored through the engine, as in the library.
  const mirrored = ui.dir === 'rtl';
  const line = (text: string) => (mirrored ? messageLine(text, size.columns, ui, rendering) : text);
  const quote = (text: string) => (mirrored ? isolated(plainLine(text)) : plainLine(text));
  const first = Math.min(Math.max(0, state.cursor - Math.floor(pageSize / 2)), Math.max(0, state.hits.length - pageSize));
  const visible = state.hits.slice(first, first + pageSize);
  const count = state.hits.length === MAX_HITS ? `${MAX_HITS}+` : String(state.hits.length);
  const header = state.typing
    ? `${ui.t('textsearch.prompt')}${quote(state.draft)}▏`
    : state.running !== undefined
      ? ui.t('textsearch.indexing')
      : ui.t('textsearch.count', { n: state.hits.length, count, query: quote(state.query) });
  return (
    <Box flexDirection="column" width={size.columns} height={pageSize * 2 + 2}>
      <Text bold wrap="truncate">
        {line(header)}
      </Text>
      <Box flexDirection="column" height={pageSize * 2}>
        {!state.typing && state.running === undefined && state.hits.length === 0 && state.query !== '' ? <Text dimColor>{line(ui.t('textsearch.none'))}</Text> : null}
        {visible.map((hit, offset) => (
          <Hit key={hit.id} hit={hit} selected={first + offset === state.cursor} width={size.columns} rendering={rendering} />
        ))}
      </Box>
      <Text dimColor wrap="truncate">
        {line(ui.t(state.typing ? 'textsearch.typing-hints' : 'textsearch.list-hints'))}
      </Text>
    </Box>
  );
}

function Hit({ hit, selected, width, rendering }: { hit: SearchHitEntry; selected: boolean; width: number; rendering: BidiRendering }): React.JSX.Element {
  const ui = useUi();
  const cursor = selected ? '❯ ' : '  ';
  const date = hit.date ? ui.date(hit.date) : '';
  const dateWidth = Math.max(DATE_WIDTH, displayWidth(date) + 2);
  const room = Math.max(1, width - cursor.length - dateWidth);
  const snippet = markedSnippet(hit.snippet, '[', ']');
  // Mirrored in Arabic, as the library's rows are: cursor and date at the right, through the engine.
  const mirrored = ui.dir === 'rtl';
  const titleLine = mirrored
    ? rowLine([{ text: cursor, width: cursor.length, dir: 'rtl' }, { text: date, width: dateWidth, dir: 'rtl' }, { text: hit.title, width: room, dir: 'auto' }], 'rtl', rendering)
    : `${cursor}${date.padEnd(dateWidth)}${visualLabel(hit.title, room, 'auto', rendering)}`;
  const snippetLine = mirrored
    ? rowLine([{ text: '', width: cursor.length + dateWidth, dir: 'rtl' }, { text: snippet, width: room, dir: 'auto' }], 'rtl', rendering)
    : `${' '.repeat(cursor.length + dateWidth)}${visualLabel(snippet, room, 'auto', rendering)}`;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate" color={selected ? 'cyan' : undefined} bold={selected}>
        {titleLine}
      </Text>
      <Text wrap="truncate" dimColor={!selected}>
        {snippetLine}
      </Text>
    </Box>
  );
}

/** An index that fails mid-search (a disk error) shows no hits rather than ending the reader. */
function safely(search: () => SearchHitEntry[]): SearchHitEntry[] {
  try {
    return search();
  } catch {
    return [];
  }
}
