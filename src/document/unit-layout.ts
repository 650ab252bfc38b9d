// Units → visual lines at a width, through the text engine.
import { layoutParagraph } from '../text/index.js';
import type { Segment } from '../text/types.js';
import type { BidiRendering, DocLine, DocUnit } from './types.js';
import { columnWidths, tableRowLines, tableWidth } from './table-layout.js';

type LineBase = Omit<DocLine, 'segments' | 'start' | 'end'>;

export function layoutUnit(unit: DocUnit, index: number, width: number, rendering: BidiRendering): DocLine[] {
  const base = { kind: unit.kind, dir: unit.dir, section: unit.section, unit: index };
  if (unit.table) return tableLines(unit, unit.table, base, width, rendering);
  if (unit.kind === 'code') return [codeLine(unit, base, rendering)];
  if (unit.kind === 'blank' || unit.text === '') return [{ ...base, segments: [], start: 0, end: 0 }];
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

/** A line of a code block: never wrapped (Ink cuts what is wider than the terminal), left to right whatever the article's direction. */
function codeLine(unit: DocUnit, base: LineBase, rendering: BidiRendering): DocLine {
  const [line] = layoutParagraph(unit.text === '' ? ' ' : unit.text, { width: 0, dir: 'ltr', visual: rendering === 'app', runs: [{ start: 0, end: unit.text.length, style: 'code' }] });
  return { ...base, start: 0, end: unit.text.length, segments: [{ text: ' '.repeat(unit.indent), styles: [] }, ...(line?.segments ?? [])] };
}

/**
 * A table row's lines. They have no offsets in a text of their own: their index
 * stands in, so each line's position stays distinct. Laid out by qari, an RTL
 * table is set flush right.
 */
function tableLines(unit: DocUnit, { shape, row }: NonNullable<DocUnit['table']>, base: LineBase, width: number, rendering: BidiRendering): DocLine[] {
  const inner = width === 0 ? 0 : Math.max(1, width - unit.indent);
  const filler = inner === 0 ? 0 : Math.max(0, inner - tableWidth(columnWidths(shape, inner, rendering)));
  return tableRowLines(shape, row, inner, rendering).map((segments, index) => {
    const flushRight = unit.dir === 'rtl' && rendering === 'app' && filler > 0 ? [{ text: ' '.repeat(filler), styles: [] }, ...segments] : segments;
    return { ...base, start: index, end: index + 1, segments: indented(flushRight, unit, rendering) };
  });
}

/** The indent goes on the side the line starts from: the right for RTL. */
function indented(segments: Segment[], unit: DocUnit, rendering: BidiRendering): Segment[] {
  if (unit.indent === 0) return segments;
  const pad: Segment = { text: ' '.repeat(unit.indent), styles: [] };
  return unit.dir === 'rtl' && rendering === 'app' ? [...segments, pad] : [pad, ...segments];
}
