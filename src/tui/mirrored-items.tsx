// ink-select-input draws its marker at the left of each item. In a mirrored
// interface the marker goes at the right, beside the item's first word: each
// item is drawn as one engine line, marker cell first, and the list's own
// marker is left out.
import React from 'react';
import { Text } from 'ink';
import type { BidiRendering } from '../document/types.js';
import { rowLine, type Cell } from './row-line.js';

export const MARKER_WIDTH = 2;

interface ItemProps {
  isSelected?: boolean;
  label: string;
}

export function NoIndicator(): null {
  return null;
}

/** An item component drawing the cells `cellsOf(label)` right to left after the marker. */
export function mirroredItem(cellsOf: (label: string) => readonly Cell[], rendering: BidiRendering): React.FC<ItemProps> {
  return function MirroredItem({ isSelected = false, label }: ItemProps): React.JSX.Element {
    const marker: Cell = { text: isSelected ? '❯' : '', width: MARKER_WIDTH, dir: 'rtl' };
    return (
      <Text color={isSelected ? 'blue' : undefined} wrap="truncate">
        {rowLine([marker, ...cellsOf(label)], 'rtl', rendering)}
      </Text>
    );
  };
}
