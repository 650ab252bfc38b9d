// One document line on screen: its segments, each styled by the names it carries.
import React from 'react';
import { Text } from 'ink';
import type { Segment } from '../text/types.js';
import { RLM } from '../terminal/escapes.js';
import type { BidiRendering, DocLine } from '../document/types.js';

interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  color?: string;
}

const STYLE_OF: Record<string, TextStyle> = {
  title: { bold: true, color: 'cyan' },
  meta: { dimColor: true },
  heading: { bold: true, color: 'yellow' },
  quote: { color: 'green' },
  attribution: { dimColor: true },
  caption: { dimColor: true, italic: true },
  code: { color: 'magenta' },
  'table-head': { bold: true },
  'table-rule': { dimColor: true },
  bold: { bold: true },
  italic: { italic: true },
  link: { underline: true, color: 'blue' },
  hit: { inverse: true },
  current: { inverse: true, color: 'yellow' },
};

export function styleOf(styles: readonly string[]): TextStyle {
  return Object.assign({}, ...styles.map((name) => STYLE_OF[name] ?? {}));
}

export function LineView({ line, rendering }: { line: DocLine; rendering: BidiRendering }): React.JSX.Element {
  // A terminal that reorders takes a line's direction from its first strong letter;
  // an RTL line that starts with a Latin word needs the mark to run from the right.
  const mark = rendering === 'terminal' && line.dir === 'rtl';
  return (
    <Text wrap="truncate">
      {mark ? RLM : ''}
      {line.segments.map((segment, index) => (
        <SegmentView key={index} segment={segment} />
      ))}
      {line.segments.length === 0 ? ' ' : ''}
    </Text>
  );
}

function SegmentView({ segment }: { segment: Segment }): React.JSX.Element {
  return <Text {...styleOf(segment.styles)}>{segment.text}</Text>;
}
