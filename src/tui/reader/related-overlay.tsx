// `r`: related articles (resolved first, with dates), the ones linking here,
// and similar ones. Enter opens one; entries not in the library are shown, not opened.
import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { Article } from '../../article/model.js';
import type { RelatedKind } from '../../library/related-list.js';
import { useRelated, type RelatedSource } from '../use-related.js';
import type { BidiRendering } from '../../document/types.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';

export interface RelatedProps {
  article: Article;
  source: RelatedSource;
  size: TerminalSize;
  height: number;
  rendering: BidiRendering;
  onChoose: (id: string) => void;
}

const KIND_LABEL: Record<RelatedKind, string> = { link: 'link', related: 'related', 'links-here': 'links here', similar: 'similar' };
const PREFIX_WIDTH = 31;

export function RelatedOverlay({ article, source, size, height, rendering, onChoose }: RelatedProps): React.JSX.Element {
  const { items, complete } = useRelated(article, source);
  const rows = useMemo(
    () =>
      items.map((item, index) => ({
        key: String(index),
        label: `${`${KIND_LABEL[item.kind]} ${item.id ? (item.date ?? '') : '(not in the library)'}`.padEnd(PREFIX_WIDTH).slice(0, PREFIX_WIDTH)}${visualLabel(item.title, size.columns - PREFIX_WIDTH - 4, 'auto', rendering)}`,
        value: item.id ?? '',
      })),
    [items, size.columns, rendering],
  );
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Related · Enter open · Esc close</Text>
      {rows.length === 0 ? <Text dimColor>{complete ? '(nothing related)' : '(looking for similar articles…)'}</Text> : <SelectInput items={rows} limit={Math.max(1, height - (complete ? 1 : 2))} onSelect={(row) => row.value !== '' && onChoose(row.value)} />}
      {rows.length > 0 && !complete ? <Text dimColor>(looking for similar articles…)</Text> : null}
    </Box>
  );
}
