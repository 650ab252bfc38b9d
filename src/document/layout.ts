// Units → visual lines at a width, through the text engine.
import { layoutParagraph } from '../text/index.js';
import type { Segment } from '../text/types.js';
import type { BidiRendering, DocLine, DocUnit } from './types.js';

export interface DocLayout {
  lines: DocLine[];
  /** For each section, the index of its heading's first line. */
  sectionStarts: number[];
}

export function layoutDocument(units: readonly DocUnit[], width: number, rendering: BidiRendering): DocLayout {
  const lines: DocLine[] = [];
  const sectionStarts: number[] = [];
  units.forEach((unit, index) => {
    if (unit.kind === 'heading') sectionStarts[unit.section] = lines.length;
    for (const line of layoutUnit(unit, index, width, rendering)) lines.push(line);
  });
  return { lines, sectionStarts };
}

export function layoutUnit(unit: DocUnit, index: number, width: number, rendering: BidiRendering): DocLine[] {
  const base = { kind: unit.kind, dir: unit.dir, section: unit.section, unit: index };
  if (unit.kind === 'blank' || unit.text === '') return [{ ...base, segments: [], start: 0, end: 0 }];
  const inner = width === 0 ? 0 : Math.max(1, width - unit.indent);
  const visual = layoutParagraph(unit.text, {
    width: inner,
    dir: unit.dir,
    visual: rendering === 'app',
    pad: rendering === 'app',
    runs: [{ start: 0, end: unit.text.length, style: unit.kind }, ...unit.runs],
  });
  return visual.map((line) => ({ ...base, start: line.start, end: line.end, segments: indented(line.segments, unit, rendering) }));
}

/** The indent goes on the side the line starts from: the right for RTL. */
function indented(segments: Segment[], unit: DocUnit, rendering: BidiRendering): Segment[] {
  if (unit.indent === 0) return segments;
  const pad: Segment = { text: ' '.repeat(unit.indent), styles: [] };
  return unit.dir === 'rtl' && rendering === 'app' ? [...segments, pad] : [pad, ...segments];
}
