// The full-screen reader: the visible lines of the laid-out article and a status line.
import React, { useEffect, useMemo, useReducer } from 'react';
import { Box, useInput } from 'ink';
import type { Article } from '../../article/model.js';
import { articleUnits } from '../../document/units.js';
import { layoutDocument } from '../../document/layout.js';
import type { BidiRendering } from '../../document/types.js';
import { LineView } from '../line-view.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { currentSection, initialReaderState, readerReducer } from './reader-state.js';
import { readerKeymap } from './reader-keymap.js';
import { StatusLine } from './status-line.js';

export interface ReaderProps {
  article: Article;
  size: TerminalSize;
  rendering: BidiRendering;
  onClose: () => void;
}

export function ReaderView({ article, size, rendering, onClose }: ReaderProps): React.JSX.Element {
  const units = useMemo(() => articleUnits(article), [article]);
  const layout = useMemo(() => layoutDocument(units, size.columns, rendering), [units, size.columns, rendering]);
  // The frame stays below the terminal's height, or Ink clears the screen on every frame.
  const pageHeight = Math.max(1, size.rows - 2);
  const [state, dispatch] = useReducer(readerReducer, undefined, initialReaderState);
  const synced = state.lineCount === layout.lines.length && state.pageHeight === pageHeight && state.sectionStarts === layout.sectionStarts;
  const view = synced ? state : readerReducer(state, { type: 'layout', lineCount: layout.lines.length, pageHeight, sectionStarts: layout.sectionStarts });

  useEffect(() => {
    if (!synced) dispatch({ type: 'layout', lineCount: layout.lines.length, pageHeight, sectionStarts: layout.sectionStarts });
  }, [synced, layout, pageHeight]);

  useInput((input, key) => {
    const command = readerKeymap(input, key);
    if (!command) return;
    if (command.type === 'close') onClose();
    else dispatch(command);
  });

  const visible = layout.lines.slice(view.top, view.top + pageHeight);
  const section = currentSection(view);
  const maxTop = Math.max(0, layout.lines.length - pageHeight);
  return (
    <Box flexDirection="column" width={size.columns} height={pageHeight + 1}>
      {visible.map((line, index) => (
        <LineView key={view.top + index} line={line} rendering={rendering} />
      ))}
      {Array.from({ length: pageHeight - visible.length }, (_, index) => (
        <LineView key={`empty-${index}`} line={{ segments: [], kind: 'blank', dir: 'ltr', section: -1, unit: -1, start: 0, end: 0 }} rendering={rendering} />
      ))}
      <StatusLine
        width={size.columns}
        section={section}
        sectionCount={article.sections.length}
        heading={article.sections[section]?.heading}
        percent={maxTop === 0 ? 100 : Math.round((view.top / maxTop) * 100)}
        dir={article.dir}
        hint="q library · ? help"
      />
    </Box>
  );
}
