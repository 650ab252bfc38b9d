// `t`: the table of contents; Enter jumps to a section, Esc closes.
import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { Article } from '../../article/model.js';
import type { BidiRendering } from '../../document/types.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';
import { RLM } from '../../terminal/escapes.js';

export interface ContentsProps {
  article: Article;
  size: TerminalSize;
  height: number;
  rendering: BidiRendering;
  current: number;
  onChoose: (section: number) => void;
}

export function ContentsOverlay({ article, size, height, rendering, current, onChoose }: ContentsProps): React.JSX.Element {
  const items = useMemo(
    () =>
      article.sections.map((section, index) => ({
        key: String(index),
        label: visualLabel(`${index + 1}. ${section.heading}`, size.columns - 3, article.dir, rendering),
        value: index,
      })),
    [article, size.columns, rendering],
  );
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>{visualLabel(article.dir === 'rtl' ? 'المحتويات' : 'Contents', size.columns - 2, article.dir, rendering)}</Text>
      {items.length === 0 ? <Text dimColor>(no sections)</Text> : <SelectInput items={items} limit={Math.max(1, height - 1)} initialIndex={Math.max(0, current)} indicatorComponent={NoIndicator} itemComponent={article.dir !== 'rtl' ? LeftMarkedItem : rendering === 'terminal' ? LogicalRightMarkedItem : RightMarkedItem} onSelect={(item) => onChoose(item.value)} />}
    </Box>
  );
}

// The marker sits beside the entry it marks: on the right of a right-aligned one.
function NoIndicator(): React.JSX.Element | null {
  return null;
}

function RightMarkedItem({ isSelected = false, label }: { isSelected?: boolean; label: string }): React.JSX.Element {
  return <Text color={isSelected ? 'blue' : undefined}>{`${label}${isSelected ? ' ❮' : '  '}`}</Text>;
}

/** For a terminal that reorders: the mark first in logical order is the rightmost of an RTL line. */
function LogicalRightMarkedItem({ isSelected = false, label }: { isSelected?: boolean; label: string }): React.JSX.Element {
  return <Text color={isSelected ? 'blue' : undefined}>{`${RLM}${isSelected ? '❮ ' : '  '}${label}`}</Text>;
}

function LeftMarkedItem({ isSelected = false, label }: { isSelected?: boolean; label: string }): React.JSX.Element {
  return <Text color={isSelected ? 'blue' : undefined}>{`${isSelected ? '❯ ' : '  '}${label}`}</Text>;
}
