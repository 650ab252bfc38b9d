// `?`: the reader's keys, every one of them; when they do not fit, the list
// scrolls (↑↓, PgUp PgDn) and says which rows show.
import React from 'react';
import { Box, Text } from 'ink';
import type { BidiRendering } from '../../document/types.js';
import { displayWidth } from '../../text/index.js';
import { useUi } from '../ui-context.js';
import { messageLine } from '../message-line.js';
import { rowLine } from '../row-line.js';
import { clampHelpTop, HELP_ROWS, helpRowsShown } from './help-keys.js';

export interface HelpProps {
  width: number;
  height: number;
  /** The first row shown. */
  top: number;
  rendering: BidiRendering;
}

export function HelpOverlay({ width, height, top, rendering }: HelpProps): React.JSX.Element {
  const ui = useUi();
  const shown = helpRowsShown(height);
  const first = clampHelpTop(top, height);
  const rows = HELP_ROWS.slice(first, first + shown).map(([keys, does]) => [ui.t(keys), ui.t(does)] as const);
  const scrolls = shown < HELP_ROWS.length;
  const title = scrolls ? `${ui.t('help.title')} · ${ui.t('help.more', { first: first + 1, last: first + rows.length, count: HELP_ROWS.length })} · ${ui.t('help.scroll')}` : ui.t('help.title');
  const mirrored = ui.dir === 'rtl';
  const keysWidth = Math.max(...HELP_ROWS.map(([keys]) => displayWidth(ui.t(keys)))) + 2;
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate">
        {mirrored ? messageLine(title, width, ui, rendering) : title}
      </Text>
      {rows.map(([keys, meaning]) => (
        <Text key={keys} wrap="truncate">
          {mirrored
            ? rowLine(
                [
                  { text: '', width: 2 },
                  { text: keysLeftToRight(keys), width: keysWidth, dir: 'rtl' },
                  { text: meaning, width: Math.max(0, width - keysWidth - 2), dir: 'rtl' },
                ],
                'rtl',
                rendering,
              )
            : `  ${keys.padEnd(26)}${meaning}`}
        </Text>
      ))}
    </Box>
  );
}

const LRI = '\u2066';
const PDI = '\u2069';

/**
 * In a right-to-left line a key such as `]` would be mirrored to `[`, and `1–9`
 * read as `9–1`: each run of key characters keeps left-to-right order, isolated.
 * A `+` that joins an Arabic modifier to its key (تحكم+C) stays outside the run,
 * between the two, or it would be drawn on the key's far side (`+C`).
 */
function keysLeftToRight(keys: string): string {
  return keys.replace(/[!-*,-~–][!-~–]*/g, (run) => `${LRI}${run}${PDI}`);
}
