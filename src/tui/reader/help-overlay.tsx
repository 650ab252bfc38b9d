// `?`: the reader's keys.
import React from 'react';
import { Box, Text } from 'ink';

const KEYS: ReadonlyArray<[string, string]> = [
  ['↑ ↓  j k', 'a line'],
  ['Space PgDn f  ·  PgUp b', 'a page'],
  ['g G  Home End', 'start, end'],
  ['] Tab  ·  [ Shift-Tab', 'next, previous section'],
  ['1–9', 'section N'],
  ['t', 'contents'],
  ['/  n N', 'search, next and previous hit'],
  ['r', 'related articles'],
  ['Backspace h ←  ·  → l', 'back, forward'],
  ['q', 'the library'],
  ['s (in the library)', 'search the articles’ text'],
  ['Esc', 'close this'],
  ['Ctrl-C', 'quit'],
];

export function HelpOverlay({ width, height }: { width: number; height: number }): React.JSX.Element {
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold>Keys</Text>
      {KEYS.slice(0, Math.max(0, height - 1)).map(([keys, meaning]) => (
        <Text key={keys} wrap="truncate">
          {`  ${keys.padEnd(26)}${meaning}`}
        </Text>
      ))}
    </Box>
  );
}
