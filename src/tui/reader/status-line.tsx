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
import { useUi } from '../ui-context.js';
import type { Ui } from '../../i18n/index.js';
import { displayWidth } from '../../text/index.js';
import { rowLine } from '../row-line.js';

export interface StatusProps {
  width: number;
  section: number;
  sectionCount: number;
  heading: string | undefined;
  /** Undefined while the article is still loading: "…" stands in. */
  percent: number | undefined;
  dir: Direction;
  rendering: BidiRendering;
  search: SearchState | undefined;
}

export function StatusLine(props: StatusProps): React.JSX.Element {
  const ui = useUi();
  if (ui.dir === 'rtl') return <MirroredStatusLine {...props} ui={ui} />;
  const hits = props.search ? ` ${hitsLabel(props.search, ui)} ·` : '';
  // The separator keeps the heading from running into the percentage.
  const right = ` ·${hits} ${percentOf(props, ui)} · ${ui.t('status.help')} `;
  const position = props.section < 0 ? ' ' : ` ${ui.t('status.section', { n: props.section + 1, count: props.sectionCount })} `;
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

/** Right to left: the section and its heading at the right, the key hint, hits and percentage at the left. */
function MirroredStatusLine(props: StatusProps & { ui: Ui }): React.JSX.Element {
  const { ui } = props;
  const position = props.section < 0 ? '' : ui.t('status.section', { n: props.section + 1, count: props.sectionCount });
  const left = [ui.t('status.help'), ...(props.search ? [hitsLabel(props.search, ui)] : []), percentOf(props, ui)].join(' · ');
  const positionWidth = displayWidth(position) + 2;
  const leftWidth = Math.min(props.width - positionWidth, displayWidth(left) + 2);
  const room = Math.max(0, props.width - positionWidth - leftWidth);
  const text = rowLine(
    [
      { text: ` ${position}`, width: positionWidth, dir: 'rtl' },
      { text: room > 3 ? (props.heading ?? '') : '', width: room, dir: props.dir },
      { text: `${left} `, width: leftWidth, dir: 'rtl', align: 'ltr' },
    ],
    'rtl',
    props.rendering,
  );
  return (
    <Text inverse wrap="truncate">
      {text}
    </Text>
  );
}

function percentOf(props: StatusProps, ui: Ui): string {
  return props.percent === undefined ? '…' : ui.percent(props.percent);
}

function hitsLabel(search: SearchState, ui: Ui): string {
  return search.hits.length === 0 ? ui.t('status.no-hits') : ui.t('status.hit', { n: search.current + 1, count: search.hits.length });
}
