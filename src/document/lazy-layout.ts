// A document laid out lazily: units are laid out only when a line of theirs is
// needed, and kept per width. Opening a 5 MB article costs what is on screen,
// and holding j costs a unit now and then.
import { layoutUnit } from './unit-layout.js';
import { DOCUMENT_START, type DocPosition } from './position.js';
import type { BidiRendering, DocLine, DocUnit } from './types.js';
import type { StyleRun } from '../text/types.js';

export class LazyLayout {
  private readonly cache = new Map<number, DocLine[]>();
  /** Cumulative text length before each unit, for the percentage read. */
  private readonly offsets: number[];
  readonly sectionUnits: number[];

  constructor(
    readonly units: readonly DocUnit[],
    readonly width: number,
    readonly rendering: BidiRendering,
    /** Extra style runs per unit (search hits). */
    private readonly decorations: ReadonlyMap<number, readonly StyleRun[]> = new Map(),
  ) {
    this.offsets = cumulativeLengths(units);
    this.sectionUnits = [];
    units.forEach((unit, index) => {
      if (unit.kind === 'heading') this.sectionUnits[unit.section] = index;
    });
  }

  get unitCount(): number {
    return this.units.length;
  }

  linesOf(unit: number): DocLine[] {
    let lines = this.cache.get(unit);
    if (!lines) {
      const source = this.units[unit];
      if (!source) return [];
      const extra = this.decorations.get(unit);
      lines = layoutUnit(extra ? { ...source, runs: [...source.runs, ...extra] } : source, unit, this.width, this.rendering);
      this.cache.set(unit, lines);
    }
    return lines;
  }

  /** Index, within its unit, of the line holding `position.offset`. */
  lineIndex(position: DocPosition): number {
    const lines = this.linesOf(position.unit);
    let index = 0;
    while (index + 1 < lines.length && (lines[index + 1]?.start ?? Infinity) <= position.offset) index++;
    return index;
  }

  /** The canonical position of a line: its unit and the offset it starts at. */
  positionOf(unit: number, line: number): DocPosition {
    return { unit, offset: this.linesOf(unit)[line]?.start ?? 0 };
  }

  /** `count` lines from `position` on (fewer at the end of the document). */
  window(position: DocPosition, count: number): DocLine[] {
    const out: DocLine[] = [];
    let unit = position.unit;
    let line = this.lineIndex(position);
    while (out.length < count && unit < this.units.length) {
      const lines = this.linesOf(unit);
      for (; line < lines.length && out.length < count; line++) out.push(lines[line] as DocLine);
      unit++;
      line = 0;
    }
    return out;
  }

  /** Moves `delta` lines, stopping at the document's first line and at `last`. */
  step(position: DocPosition, delta: number, last: DocPosition): DocPosition {
    let unit = position.unit;
    let line = this.lineIndex(position);
    if (delta > 0) {
      for (let moved = 0; moved < delta; moved++) {
        if (unit > last.unit || (unit === last.unit && line >= this.lineIndex(last))) break;
        if (line + 1 < this.linesOf(unit).length) line++;
        else {
          unit++;
          line = 0;
        }
      }
    } else {
      for (let moved = 0; moved > delta; moved--) {
        if (line > 0) line--;
        else if (unit > 0) {
          unit--;
          line = this.linesOf(unit).length - 1;
        } else break;
      }
    }
    return this.clamp(this.positionOf(unit, line), last);
  }

  /** The top position that shows the document's last line on the page's last row. */
  lastTop(pageHeight: number): DocPosition {
    let remaining = pageHeight;
    for (let unit = this.units.length - 1; unit >= 0; unit--) {
      const count = this.linesOf(unit).length;
      if (count >= remaining) return this.positionOf(unit, count - remaining);
      remaining -= count;
    }
    return DOCUMENT_START;
  }

  clamp(position: DocPosition, last: DocPosition): DocPosition {
    return compare(position, last) > 0 ? last : position;
  }

  /** How far through the text `position` is, 0–100. */
  percent(position: DocPosition, last: DocPosition): number {
    if (compare(position, last) >= 0) return 100;
    const total = this.offsets[this.units.length] ?? 0;
    if (total === 0) return 100;
    return Math.min(99, Math.floor((((this.offsets[position.unit] ?? 0) + position.offset) / total) * 100));
  }

  /** The `##` section the position is in, or -1 before the first heading. */
  sectionAt(position: DocPosition): number {
    return this.units[position.unit]?.section ?? -1;
  }
}

export function compare(a: DocPosition, b: DocPosition): number {
  return a.unit - b.unit || a.offset - b.offset;
}

function cumulativeLengths(units: readonly DocUnit[]): number[] {
  const offsets = [0];
  let total = 0;
  for (const unit of units) {
    total += Math.max(1, unit.text.length);
    offsets.push(total);
  }
  return offsets;
}
