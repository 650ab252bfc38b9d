// `t`: the table of contents; Enter jumps to a section, Esc closes. The reader's
// reducer moves the cursor (keys go through the router).
import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import { SelectList } from '../select-list.js';
import type { Article } from '../../article/model.js';
import type { BidiRendering } from '../../document/types.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';
import { useUi } from '../ui-context.js';
import { messageLine } from '../message-line.js';
import { rowLine } from '../row-line.js';

export interface ContentsProps {
  article: Article;
  size: TerminalSize;
  height: number;
  rendering: BidiRendering;
  /** The section under the cursor. */
  selected: number;
}

export function ContentsOverlay({ article, size, height, rendering, selected }: ContentsProps): React.JSX.Element {
  const ui = useUi();
  const mirrored = ui.dir === 'rtl';
  const labels = useMemo(
    () =>
      article.sections.map((section, index) => {
        const heading = `${ui.number(index + 1)}. ${section.heading}`;
        // Mirrored, every entry keeps to the right, whatever the article's direction.
        return mirrored ? rowLine([{ text: heading, width: size.columns - 3, dir: article.dir }], 'rtl', rendering) : visualLabel(heading, size.columns - 3, article.dir, rendering);
      }),
    [article, size.columns, rendering, ui, mirrored],
  );
  const title = `${ui.t('contents.title')} · ${ui.t('contents.hints')}`;
  const rightAligned = mirrored || article.dir === 'rtl';
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">
        {mirrored ? messageLine(title, size.columns, ui, rendering) : title}
      </Text>
      {labels.length === 0 ? (
        <Text dimColor wrap="truncate">
          {messageLine(ui.t('contents.empty'), size.columns, ui, rendering)}
        </Text>
      ) : (
        <SelectList labels={labels} limit={height - 1} selected={selected} mark={!rightAligned ? 'left' : rendering === 'terminal' ? 'logical-right' : 'right'} />
      )}
    </Box>
  );
}
