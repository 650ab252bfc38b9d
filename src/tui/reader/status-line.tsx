// The bottom line of the reader: where you are, how far you have read, a key hint.
import React from 'react';
import { Text } from 'ink';
import { layoutParagraph } from '../../text/index.js';
import type { Direction } from '../../text/types.js';

export interface StatusProps {
  width: number;
  section: number;
  sectionCount: number;
  heading: string | undefined;
  percent: number;
  dir: Direction;
  hint: string;
}

export function StatusLine(props: StatusProps): React.JSX.Element {
  const right = ` ${props.percent}% · ${props.hint} `;
  const position = props.section < 0 ? '' : ` ${props.section + 1}/${props.sectionCount} `;
  const room = Math.max(0, props.width - right.length - position.length);
  // The heading goes through the engine alone, so its direction never reorders the rest of the line.
  const heading = props.heading && room > 3 ? fitted(props.heading, room, props.dir) : ' '.repeat(room);
  return (
    <Text inverse wrap="truncate">
      {position}
      {heading}
      {right}
    </Text>
  );
}

function fitted(text: string, width: number, dir: Direction): string {
  const [first] = layoutParagraph(text, { width, dir, pad: true });
  return first?.text ?? ' '.repeat(width);
}
