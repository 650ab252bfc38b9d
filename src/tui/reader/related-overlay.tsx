// `r`: related articles (resolved first, with dates), the ones linking here,
// and similar ones. Enter opens one; entries not in the library are shown, not opened.
// The reader's reducer moves the cursor (keys go through the router); this view
// tells it how long the list is and opens the entry chosen.
import React, { useEffect, useMemo } from 'react';
import { Box, Text } from 'ink';
import { SelectList } from '../select-list.js';
import type { Article } from '../../article/model.js';
import type { RelatedKind } from '../../library/related-list.js';
import { useRelated, type RelatedSource } from '../use-related.js';
import type { BidiRendering } from '../../document/types.js';
import type { ListCursor } from './reader-state.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';

export interface RelatedProps {
  article: Article;
  source: RelatedSource;
  size: TerminalSize;
  height: number;
  rendering: BidiRendering;
  cursor: ListCursor;
  onSize: (size: number) => void;
  /** Enter on an entry: its id, or undefined for one not in the library. */
  onChosen: (id: string | undefined) => void;
}

const KIND_LABEL: Record<RelatedKind, string> = { link: 'link', related: 'related', 'links-here': 'links here', similar: 'similar' };
const PREFIX_WIDTH = 31;

export function RelatedOverlay({ article, source, size, height, rendering, cursor, onSize, onChosen }: RelatedProps): React.JSX.Element {
  const { items, complete } = useRelated(article, source);
  const rows = useMemo(
    () =>
      items.map(
        (item) =>
          `${`${KIND_LABEL[item.kind]} ${item.id ? (item.date ?? '') : '(not in the library)'}`.padEnd(PREFIX_WIDTH).slice(0, PREFIX_WIDTH)}${visualLabel(item.title, size.columns - PREFIX_WIDTH - 4, 'auto', rendering)}`,
      ),
    [items, size.columns, rendering],
  );
  useEffect(() => onSize(items.length), [items.length]);
  useEffect(() => {
    if (cursor.chosen !== undefined) onChosen(items[Math.min(cursor.chosen, items.length - 1)]?.id ?? undefined);
  }, [cursor.chosen]);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Related · Enter open · Esc close</Text>
      {rows.length === 0 ? <Text dimColor>{complete ? '(nothing related)' : '(looking for similar articles…)'}</Text> : <SelectList labels={rows} limit={height - (complete ? 1 : 2)} selected={Math.min(cursor.selected, rows.length - 1)} />}
      {rows.length > 0 && !complete ? <Text dimColor>(looking for similar articles…)</Text> : null}
    </Box>
  );
}
