// The library: every article, newest first; Enter opens one.
import React, { useMemo } from 'react';
import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { Library } from '../../library/entry.js';
import { layoutParagraph } from '../../text/index.js';
import type { BidiRendering } from '../../document/types.js';
import type { TerminalSize } from '../use-terminal-size.js';

export interface LibraryProps {
  library: Library;
  size: TerminalSize;
  rendering: BidiRendering;
  initialId?: string;
  onOpen: (id: string) => void;
  onQuit: () => void;
}

const DATE_WIDTH = 11;
const INDICATOR_WIDTH = 2;

export function LibraryView({ library, size, rendering, initialId, onOpen, onQuit }: LibraryProps): React.JSX.Element {
  const items = useMemo(() => libraryItems(library, size.columns - INDICATOR_WIDTH - DATE_WIDTH, rendering), [library, size.columns, rendering]);
  const initialIndex = Math.max(0, items.findIndex((item) => item.value === initialId));
  useInput((input) => {
    if (input === 'q') onQuit();
  });
  const limit = Math.max(1, size.rows - 3);
  return (
    <Box flexDirection="column" width={size.columns} height={Math.min(size.rows - 1, limit + 2)}>
      <Text bold wrap="truncate">
        {`qari · ${items.length} articles · ${library.dir}`}
      </Text>
      <SelectInput items={items} limit={limit} initialIndex={initialIndex} onSelect={(item) => item.value !== '' && onOpen(item.value)} />
      <Text dimColor wrap="truncate">
        ↑↓ move · Enter open · q quit
      </Text>
    </Box>
  );
}

interface LibraryItem {
  key: string;
  label: string;
  value: string;
}

function libraryItems(library: Library, titleWidth: number, rendering: BidiRendering): LibraryItem[] {
  return library.entries.map((entry) => {
    if (entry.kind === 'broken') return { key: entry.id, label: `${'!'.padEnd(DATE_WIDTH)}${entry.id}: ${entry.error}`, value: '' };
    const title = layoutParagraph(entry.summary.title, { width: Math.max(10, titleWidth), dir: entry.summary.dir, visual: rendering === 'app', pad: true })[0]?.text ?? '';
    return { key: entry.id, label: `${(entry.summary.date ?? '').padEnd(DATE_WIDTH)}${title}`, value: entry.id };
  });
}
