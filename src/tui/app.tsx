// The TUI's top: which screen shows (the library or the reader) and the
// reader's history.
import React, { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Text, useApp } from 'ink';
import { KeyRouter, useKeys } from './key-router.js';
import type { ArticleEntry, Library } from '../library/entry.js';
import type { BidiRendering } from '../document/types.js';
import { DOCUMENT_START, type DocPosition } from '../document/position.js';
import { plainLine } from '../output/plain.js';
import { LibraryView } from './library/library-view.js';
import { ReaderView } from './reader/reader-view.js';
import { useArticle } from './use-article.js';
import { useUnread } from './use-unread.js';
import type { RelatedSource } from './use-related.js';
import { useTerminalSize, type TerminalSize } from './use-terminal-size.js';
import { currentVisit, initialNavigation, navigationReducer, type NavigationAction, type Visit } from './navigation.js';
import { ENGLISH, type MessageKey, type Ui } from '../i18n/index.js';
import { displayWidth } from '../text/index.js';
import { UiProvider, useUi } from './ui-context.js';
import { translateMessage } from '../i18n/translate-message.js';
import { messageLine, isolated } from './message-line.js';

/** Where articles were left; kept by the caller (a file in the XDG state directory). */
export interface PositionMemory {
  get(id: string): DocPosition | undefined;
  set(id: string, top: DocPosition): void;
}

export interface AppProps {
  library: Library;
  rendering: BidiRendering;
  /** Open this article first instead of the library. */
  initialId?: string;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  size?: TerminalSize;
  /** Columns the terminal takes in each row for the marks qari sends (mlterm in terminal mode). */
  reservedColumns?: number;
  positions?: PositionMemory;
  env?: NodeJS.ProcessEnv;
  /** Ctrl-Z: suspend, as the shell's job control would. */
  onSuspend?: () => void;
  /** The interface language (English when not given). */
  ui?: Ui;
}

const MIN_COLUMNS = 20;
const MIN_ROWS = 5;

export function App({ library, rendering, initialId, size: fixedSize, reservedColumns = 0, positions, env = process.env, onSuspend, ui = ENGLISH }: AppProps): React.JSX.Element {
  const { exit } = useApp();
  // Quitting (q, Ctrl-C) draws an empty last frame: the screen is left at once anyway,
  // and a full frame of Arabic costs tens of milliseconds of the 100 a quit may take.
  const [leaving, setLeaving] = useState(false);
  const quit = useCallback(() => setLeaving(true), []);
  useEffect(() => {
    if (leaving) exit();
  }, [leaving, exit]);
  const measured = useTerminalSize(fixedSize);
  const size = reservedColumns > 0 ? { columns: measured.columns - reservedColumns, rows: measured.rows } : measured;
  const [navigation, dispatchNavigation] = useReducer(navigationReducer, undefined, () => initialNavigation(initialId, initialId ? positions?.get(initialId) : undefined));
  const visit = currentVisit(navigation);
  const entry = visit ? library.entries.find((candidate) => candidate.id === visit.id) : undefined;
  const relatedSource = useMemo(() => ({ library }), [library]);
  const unread = useUnread(env, !(visit && entry?.kind === 'article'));
  // Where the open article is, as it moves: the reader remounts after "terminal too small".
  // Leaving it, the history keeps the place instead.
  const lastTop = useRef(new Map<number, DocPosition>());
  const navigate = (action: NavigationAction) => {
    lastTop.current.clear();
    dispatchNavigation(action);
  };

  return (
    <UiProvider ui={ui}>
      <KeyRouter onSuspend={onSuspend} onInterrupt={quit}>
        {leaving ? null : screen()}
      </KeyRouter>
    </UiProvider>
  );

  function screen(): React.JSX.Element {
    if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) return <TooSmall columns={size.columns} rendering={rendering} onQuit={quit} />;
    if (visit && entry?.kind === 'article') {
      return (
        <OpenArticle
          key={`${navigation.index}:${visit.id}`}
          entry={entry}
          visit={{ ...visit, top: lastTop.current.get(navigation.index) ?? visit.top }}
          size={size}
          rendering={rendering}
          relatedSource={relatedSource}
          env={env}
          onMove={(top) => {
            lastTop.current.set(navigation.index, top);
            positions?.set(visit.id, top);
          }}
          onClose={(top) => navigate({ type: 'close', from: top })}
          onBack={(top) => navigate({ type: 'back', from: top })}
          onForward={(top) => navigate({ type: 'forward', from: top })}
          onOpen={(id, top) => navigate({ type: 'open', id, from: top })}
        />
      );
    }
    return (
      <LibraryView
        library={library}
        size={size}
        rendering={rendering}
        initialId={navigation.selected}
        unread={unread}
        onOpen={(id, found) => navigate({ type: 'open-from-library', id, top: found ? undefined : positions?.get(id), found })}
        onQuit={quit}
      />
    );
  }
}

/** The longest that fits first: cut at the edge, the message said only "terminal …". */
const TOO_SMALL: readonly MessageKey[] = ['app.too-small', 'app.too-small-short', 'app.too-small-shorter', 'app.too-small-shortest', 'app.too-small-word'];

/** Below the smallest size the reader draws in: a message that fits, and q still quits. */
function TooSmall({ columns, rendering, onQuit }: { columns: number; rendering: BidiRendering; onQuit: () => void }): React.JSX.Element {
  const ui = useUi();
  useKeys(useCallback((input: string) => input.includes('q') && onQuit(), [onQuit]));
  const message = TOO_SMALL.map((key) => ui.t(key, { columns: MIN_COLUMNS, rows: MIN_ROWS })).find((text) => displayWidth(text) <= columns) ?? '…';
  return <Text>{ui.dir === 'rtl' ? messageLine(message, Math.max(1, columns), ui, rendering).trimStart() : message}</Text>;
}

interface OpenArticleProps {
  entry: ArticleEntry;
  visit: Visit;
  size: TerminalSize;
  rendering: BidiRendering;
  relatedSource: RelatedSource;
  /** Where the unread marks live (XDG_DATA_HOME). */
  env: NodeJS.ProcessEnv;
  onMove: (top: DocPosition) => void;
  onClose: (top: DocPosition) => void;
  onBack: (top: DocPosition) => void;
  onForward: (top: DocPosition) => void;
  onOpen: (id: string, top: DocPosition) => void;
}

function OpenArticle({ entry, visit, env, ...reader }: OpenArticleProps): React.JSX.Element {
  const ui = useUi();
  const load = useArticle(entry, env);
  const start = visit.top ?? DOCUMENT_START;
  // While the article loads, keys wait for the reader; if it cannot be read, q goes back.
  const onClose = reader.onClose;
  useKeys(useMemo(() => (load.state === 'failed' ? (input: string) => input === 'q' && onClose(start) : undefined), [load.state, onClose, start]));
  if (load.state === 'ready') return <ReaderView article={load.article} initialTop={visit.top} found={visit.top ? undefined : visit.found} {...reader} />;
  // A large article's opening is shown at once, unless the reader is to start further in.
  const atStart = start.unit === 0 && start.offset === 0;
  if (load.state === 'opening' && atStart && !visit.found) return <ReaderView article={load.article} initialTop={visit.top} complete={false} {...reader} />;
  // The hint first: a long path is cut at the terminal's edge.
  if (load.state === 'failed') return <Text wrap="truncate">{messageLine(ui.t('app.failed', { path: isolated(plainLine(entry.path)), error: isolated(plainLine(translateMessage(load.error, ui))) }), reader.size.columns, ui, reader.rendering)}</Text>;
  return <Text dimColor>{messageLine(ui.t('app.loading', { title: isolated(entry.title) }), reader.size.columns, ui, reader.rendering)}</Text>;
}
