// The search prompt on the status line, while a query is typed.
import React from 'react';
import { Text } from 'ink';
import type { BidiRendering } from '../../document/types.js';
import { plainLine } from '../../output/plain.js';
import { useUi } from '../ui-context.js';
import { isolated, messageLine } from '../message-line.js';

export function SearchPrompt({ width, draft, rendering }: { width: number; draft: string; rendering: BidiRendering }): React.JSX.Element {
  const ui = useUi();
  // In English the draft is shown in logical order: it is being typed, and short.
  // Mirrored, the prompt is one line of the engine's, the draft isolated in it.
  const text = ui.dir === 'rtl' ? messageLine(`/${isolated(plainLine(draft))}▏  ${ui.t('search.hints')}`, width, ui, rendering) : `/${plainLine(draft)}▏  ${ui.t('search.hints')}`.padEnd(width);
  return <Text wrap="truncate">{text}</Text>;
}
