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
import { useUi } from '../ui-context.js';
import type { MessageKey } from '../../i18n/index.js';
import { messageLine } from '../message-line.js';
import { rowLine } from '../row-line.js';
import { displayWidth } from '../../text/index.js';

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

const KIND_LABEL: Record<RelatedKind, MessageKey> = { link: 'related.kind.link', related: 'related.kind.related', 'links-here': 'related.kind.links-here', similar: 'related.kind.similar' };
const PREFIX_WIDTH = 31;

export function RelatedOverlay({ article, source, size, height, rendering, cursor, onSize, onChosen }: RelatedProps): React.JSX.Element {
  const ui = useUi();
  const mirrored = ui.dir === 'rtl';
  const { items, complete } = useRelated(article, source);
  // The kinds differ in length ("رابط", "يشير إليه"): a column of their own keeps the dates in one.
  const kindWidth = useMemo(() => Math.max(...Object.values(KIND_LABEL).map((key) => displayWidth(ui.t(key)))) + 1, [ui]);
  const rows = useMemo(
    () =>
      items.map((item) => {
        const kind = ui.t(KIND_LABEL[item.kind]);
        const when = item.id ? (item.date ? ui.date(item.date) : '') : ui.t('related.missing');
        const prefix = `${kind} ${when}`;
        // Mirrored: the kind and date at the right, the title to their left, each cell through the engine.
        return mirrored
          ? rowLine(
              [
                { text: kind, width: kindWidth, dir: 'rtl' },
                { text: when, width: PREFIX_WIDTH - kindWidth, dir: 'rtl' },
                { text: item.title, width: size.columns - PREFIX_WIDTH - 3, dir: 'auto' },
              ],
              'rtl',
              rendering,
            )
          : `${prefix.padEnd(PREFIX_WIDTH).slice(0, PREFIX_WIDTH)}${visualLabel(item.title, size.columns - PREFIX_WIDTH - 4, 'auto', rendering)}`;
      }),
    [items, size.columns, rendering, ui, mirrored, kindWidth],
  );
  useEffect(() => onSize(items.length), [items.length]);
  useEffect(() => {
    if (cursor.chosen !== undefined) onChosen(items[Math.min(cursor.chosen, items.length - 1)]?.id ?? undefined);
  }, [cursor.chosen]);
  const title = `${ui.t('related.title')} · ${ui.t('related.hints')}`;
  const line = (text: string) => messageLine(text, size.columns, ui, rendering);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">
        {mirrored ? line(title) : title}
      </Text>
      {rows.length === 0 ? (
        <Text dimColor wrap="truncate">
          {line(ui.t(complete ? 'related.empty' : 'related.looking'))}
        </Text>
      ) : (
        <SelectList labels={rows} limit={height - (complete ? 1 : 2)} selected={Math.min(cursor.selected, rows.length - 1)} mark={!mirrored ? 'left' : rendering === 'terminal' ? 'logical-right' : 'right'} />
      )}
      {rows.length > 0 && !complete ? (
        <Text dimColor wrap="truncate">
          {line(ui.t('related.looking'))}
        </Text>
      ) : null}
    </Box>
  );
}
