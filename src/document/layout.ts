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
  if (unit.kind === 'code') return codeLines(unit, base, width, rendering);
  const inner = width === 0 ? 0 : Math.max(1, width - unit.indent);
  const visual = layoutParagraph(unit.text, {
    width: inner,
    dir: unit.dir,
    visual: rendering === 'app',
    pad: true,
    runs: [{ start: 0, end: unit.text.length, style: unit.kind }, ...unit.runs],
  });
  return visual.map((line) => ({ ...base, start: line.start, end: line.end, segments: indented(line.segments, unit, rendering) }));
}

/**
 * A code block or table: one screen line per line, never wrapped (Ink cuts what
 * is wider than the terminal), left to right whatever the article's direction.
 */
function codeLines(unit: DocUnit, base: Omit<DocLine, 'segments' | 'start' | 'end'>, width: number, rendering: BidiRendering): DocLine[] {
  const pad = ' '.repeat(unit.indent);
  // Drawn lines have no offsets in the source text; their index stands in, so positions stay distinct.
  if (unit.drawn) return unit.drawn.map((text, index) => ({ ...base, start: index, end: index + 1, segments: [{ text: pad + text, styles: [] }] }));
  let start = 0;
  return unit.text.split('\n').map((source) => {
    const [line] = layoutParagraph(source === '' ? ' ' : source, { width: 0, dir: 'ltr', visual: rendering === 'app', runs: [{ start: 0, end: source.length, style: 'code' }] });
    const shown = { ...base, start, end: start + source.length, segments: [{ text: pad, styles: [] }, ...(line?.segments ?? [])] };
    start += source.length + 1;
    return shown;
  });
}

/** The indent goes on the side the line starts from: the right for RTL. */
function indented(segments: Segment[], unit: DocUnit, rendering: BidiRendering): Segment[] {
  if (unit.indent === 0) return segments;
  const pad: Segment = { text: ' '.repeat(unit.indent), styles: [] };
  return unit.dir === 'rtl' && rendering === 'app' ? [...segments, pad] : [pad, ...segments];
}
