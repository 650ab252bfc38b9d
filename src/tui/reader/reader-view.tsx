// The full-screen reader: the visible lines of the article, a status line, and
// the overlays (contents, help, related, search prompt).
import React, { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import { Box, type Key } from 'ink';
import { useKeys, usePassOn } from '../key-router.js';
import type { Article } from '../../article/model.js';
import { articleUnits } from '../../document/units.js';
import { LazyLayout } from '../../document/lazy-layout.js';
import type { DocPosition } from '../../document/position.js';
import type { BidiRendering } from '../../document/types.js';
import type { RelatedSource } from '../use-related.js';
import { LineView } from '../line-view.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { initialReaderState, readerDone, readerReducer } from './reader-state.js';
import type { ReaderCommand } from './reader-actions.js';
import { readerKeymap } from './reader-keymap.js';
import { splitKeys, type PendingKey } from '../split-keys.js';
import { withKeys, type KeyInput } from '../with-keys.js';
import { StatusLine } from './status-line.js';
import { SearchPrompt } from './search-prompt.js';
import { ContentsOverlay } from './contents-overlay.js';
import { HelpOverlay } from './help-overlay.js';
import { RelatedOverlay } from './related-overlay.js';
import { hitDecorations } from './hit-decorations.js';
import type { FoundWords } from '../library/text-search-view.js';
import { useUi } from '../ui-context.js';

export interface ReaderProps {
  article: Article;
  /** False while only the article's opening is parsed: the percentage is not known, and keys that need the rest wait for it. */
  complete?: boolean;
  size: TerminalSize;
  rendering: BidiRendering;
  initialTop?: DocPosition;
  /** Words found by the library's full-text search: the reader starts at the first, highlighted. */
  found?: FoundWords;
  /** Where the `r` list finds related articles. */
  relatedSource: RelatedSource;
  /** Leaving the reader; each gets the position to come back to. */
  onClose: (top: DocPosition) => void;
  onBack: (top: DocPosition) => void;
  onForward: (top: DocPosition) => void;
  onOpen: (id: string, top: DocPosition) => void;
  /** Where the reader is, whenever it moves (to remember it). */
  onMove?: (top: DocPosition) => void;
}

export function ReaderView(props: ReaderProps): React.JSX.Element {
  const { article, size, rendering, complete = true } = props;
  const ui = useUi();
  const units = useMemo(() => articleUnits(article, [], { digits: ui.digits, months: ui.months }, { readingTime: complete }), [article, ui, complete]);
  const layout = useMemo(() => new LazyLayout(units, size.columns, rendering), [units, size.columns, rendering]);
  // The frame stays below the terminal's height, or Ink clears the screen on every frame.
  const pageHeight = Math.max(1, size.rows - 2);
  const reducer = useMemo(() => withKeys(readerReducer({ layout, pageHeight }), (current, input, key) => readerKeymap(current.overlay, input, key), readerDone), [layout, pageHeight]);
  const [state, dispatch] = useReducer(reducer, props.initialTop, initialReaderState);
  const top = layout.clamp(state.top, layout.lastTop(pageHeight));
  const shown = useMemo(
    () => (state.search ? new LazyLayout(units, size.columns, rendering, hitDecorations(state.search)) : layout),
    [state.search, layout, units, size.columns, rendering],
  );

  useEffect(() => props.onMove?.(top), [top.unit, top.offset]);

  // Before the keys: a key typed with the Enter that opened a search hit (n) finds the hits set.
  useLayoutEffect(() => {
    if (props.found) dispatch({ type: 'find-words', query: props.found.query, stems: props.found.stems });
  }, []);
  useKeys(useOpeningKeys(complete, dispatch));
  const passOn = usePassOn();
  useEffect(() => {
    if (state.leaving) passOn(state.unread);
    if (state.leaving === 'close') props.onClose(top);
    else if (state.leaving === 'back') props.onBack(top);
    else if (state.leaving === 'forward') props.onForward(top);
    if (state.leaving) dispatch({ type: 'left' });
  }, [state.leaving]);

  const lines = shown.window(top, pageHeight);
  const percent = layout.percent(top, layout.lastTop(pageHeight));
  // At the end of the article the top line may still be in an earlier section
  // than the last heading on screen: the one the reader jumped to is that heading.
  // An article that fits one screen shows its top: the section is the top's.
  const lastTop = layout.lastTop(pageHeight);
  const fitsOneScreen = lastTop.unit === 0 && lastTop.offset === 0;
  const section = percent === 100 && !fitsOneScreen ? Math.max(layout.sectionAt(top), ...lines.filter((line) => line.kind === 'heading').map((line) => line.section)) : layout.sectionAt(top);
  const body = (() => {
    switch (state.overlay) {
      case 'contents':
        return <ContentsOverlay article={article} size={size} height={pageHeight} rendering={rendering} selected={state.list.selected} />;
      case 'help':
        return <HelpOverlay width={size.columns} height={pageHeight} top={state.helpTop} rendering={rendering} />;
      case 'related':
        return (
          <RelatedOverlay
            article={article}
            source={props.relatedSource}
            size={size}
            height={pageHeight}
            rendering={rendering}
            cursor={state.list}
            onSize={(count) => dispatch({ type: 'list-size', size: count })}
            onChosen={(id) => {
              dispatch({ type: 'list-chosen' });
              if (id) props.onOpen(id, top);
            }}
          />
        );
      default:
        return <Page lines={lines} height={pageHeight} rendering={rendering} />;
    }
  })();

  return (
    <Box flexDirection="column" width={size.columns} height={pageHeight + 1}>
      {body}
      {state.overlay === 'search' ? (
        <SearchPrompt width={size.columns} draft={state.draft} rendering={rendering} />
      ) : (
        <StatusLine
          width={size.columns}
          section={section}
          sectionCount={article.sections.length}
          heading={article.sections[section]?.heading}
          percent={complete ? percent : undefined}
          dir={article.dir}
          rendering={rendering}
          search={state.search}
        />
      )}
    </Box>
  );
}

/**
 * The reader's key handler. While only the article's opening is parsed, keys that
 * move within it (lines, pages, the start) and q act at once; from the first key
 * that needs the whole article (G, a section, t, r, /…) every key waits for it,
 * so keys still act in the order they were typed.
 */
function useOpeningKeys(complete: boolean, dispatch: (action: ReaderCommand | KeyInput) => void): (input: string, key: Key) => void {
  const held = useRef<PendingKey[] | undefined>(complete ? undefined : []);
  useEffect(() => {
    if (!complete || !held.current) return;
    const waiting = held.current;
    held.current = undefined;
    for (const { input, key } of waiting) dispatch({ type: 'key', input, key });
  }, [complete]);
  return useCallback(
    (input: string, key: Key) => {
      const waiting = held.current;
      if (!waiting) return dispatch({ type: 'key', input, key });
      for (const pending of splitKeys(input, key)) {
        if (waiting.length === 0 && worksOnOpening(pending)) dispatch({ type: 'key', ...pending });
        else waiting.push(pending);
      }
    },
    [dispatch],
  );
}

function worksOnOpening({ input, key }: PendingKey): boolean {
  const command = readerKeymap('none', input, key);
  return command?.type === 'scroll' || command?.type === 'page' || command?.type === 'start' || command?.type === 'leave';
}

function Page({ lines, height, rendering }: { lines: ReturnType<LazyLayout['window']>; height: number; rendering: BidiRendering }): React.JSX.Element {
  return (
    <Box flexDirection="column" height={height}>
      {lines.map((line) => (
        <LineView key={`${line.unit}:${line.start}`} line={line} rendering={rendering} />
      ))}
    </Box>
  );
}
