// The bottom line of the reader: section n/m and its heading, percentage read,
// search hits, a key hint. The heading is laid out alone, so its direction never
// reorders the rest of the line.
import React from 'react';
import { Text } from 'ink';
import type { Direction } from '../../text/types.js';
import type { BidiRendering } from '../../document/types.js';
import { FSI, PDI } from '../../terminal/escapes.js';
import { visualLabel } from '../visual-label.js';
import type { SearchState } from './reader-state.js';

export interface StatusProps {
  width: number;
  section: number;
  sectionCount: number;
  heading: string | undefined;
  percent: number;
  dir: Direction;
  rendering: BidiRendering;
  search: SearchState | undefined;
}

export function StatusLine(props: StatusProps): React.JSX.Element {
  const hits = props.search ? ` ${props.search.hits.length === 0 ? 'no hits' : `hit ${props.search.current + 1}/${props.search.hits.length}`} ·` : '';
  // The separator keeps the heading from running into the percentage.
  const right = ` ·${hits} ${props.percent}% · ? help `;
  const position = props.section < 0 ? ' ' : ` ${props.section + 1}/${props.sectionCount} `;
  const room = Math.max(0, props.width - right.length - position.length);
  const label = props.heading && room > 3 ? visualLabel(props.heading, room, props.dir, props.rendering) : ' '.repeat(room);
  // A terminal that reorders by itself must not reorder the status line around the heading.
  const heading = props.rendering === 'terminal' ? `${FSI}${label}${PDI}` : label;
  return (
    <Text inverse wrap="truncate">
      {position}
      {heading}
      {right}
    </Text>
  );
}
