// The search prompt on the status line, while a query is typed.
import React from 'react';
import { Text } from 'ink';
import { plainLine } from '../../output/plain.js';

export function SearchPrompt({ width, draft }: { width: number; draft: string }): React.JSX.Element {
  // The draft is shown in logical order: it is being typed, and short.
  const text = `/${plainLine(draft)}▏  Enter search · Esc cancel`;
  return (
    <Text wrap="truncate">
      {text.padEnd(width)}
    </Text>
  );
}
