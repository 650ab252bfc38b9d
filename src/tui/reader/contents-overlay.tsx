// `t`: the table of contents; Enter jumps to a section, Esc closes. The reader's
// reducer moves the cursor (keys go through the router).
import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import { SelectList } from '../select-list.js';
import type { Article } from '../../article/model.js';
import type { BidiRendering } from '../../document/types.js';
import type { TerminalSize } from '../use-terminal-size.js';
import { visualLabel } from '../visual-label.js';

export interface ContentsProps {
  article: Article;
  size: TerminalSize;
  height: number;
  rendering: BidiRendering;
  /** The section under the cursor. */
  selected: number;
}

export function ContentsOverlay({ article, size, height, rendering, selected }: ContentsProps): React.JSX.Element {
  const labels = useMemo(
    () => article.sections.map((section, index) => visualLabel(`${index + 1}. ${section.heading}`, size.columns - 3, article.dir, rendering)),
    [article, size.columns, rendering],
  );
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>{visualLabel(article.dir === 'rtl' ? 'المحتويات' : 'Contents', size.columns - 2, article.dir, rendering)}</Text>
      {labels.length === 0 ? <Text dimColor>(no sections)</Text> : <SelectList labels={labels} limit={height - 1} selected={selected} mark={article.dir !== 'rtl' ? 'left' : rendering === 'terminal' ? 'logical-right' : 'right'} />}
    </Box>
  );
}
