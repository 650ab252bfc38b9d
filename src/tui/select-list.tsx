// A list with a cursor, drawn from what the screen's reducer holds: the keys
// that move it go through the key router like every other key, so none typed
// right after the list opens is lost (a list that reads its own keys subscribes
// only after it is drawn).
import React from 'react';
import { Box, Text } from 'ink';
import { RLM } from '../terminal/escapes.js';

/**
 * Where the cursor's mark goes: beside the entry it marks, so on the right of a
 * right-aligned (RTL) one; for a terminal that reorders, first in logical order,
 * which it shows rightmost.
 */
export type ListMark = 'left' | 'right' | 'logical-right';

export interface SelectListProps {
  labels: readonly string[];
  selected: number;
  /** Rows to show; the window scrolls to keep the cursor in it. */
  limit: number;
  mark?: ListMark;
}

export function SelectList({ labels, selected, limit, mark = 'left' }: SelectListProps): React.JSX.Element {
  const rows = Math.max(1, limit);
  const first = Math.min(Math.max(0, selected - rows + 1), Math.max(0, labels.length - rows));
  return (
    <Box flexDirection="column">
      {labels.slice(first, first + rows).map((label, index) => {
        const isSelected = first + index === selected;
        return (
          <Text key={first + index} color={isSelected ? 'blue' : undefined} wrap="truncate">
            {markedLabel(label, isSelected, mark)}
          </Text>
        );
      })}
    </Box>
  );
}

function markedLabel(label: string, isSelected: boolean, mark: ListMark): string {
  if (mark === 'right') return `${label}${isSelected ? ' ❮' : '  '}`;
  if (mark === 'logical-right') return `${RLM}${isSelected ? '❮ ' : '  '}${label}`;
  return `${isSelected ? '❯ ' : '  '}${label}`;
}
