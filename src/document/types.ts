// An article as the reader shows it: units (one paragraph each, with a kind),
// laid out into visual lines by the text engine. Pure data.
import type { Direction, Segment, StyleRun } from '../text/types.js';

export type UnitKind = 'title' | 'meta' | 'heading' | 'paragraph' | 'quote' | 'attribution' | 'caption' | 'list-item' | 'code' | 'table' | 'blank';

/** A table as the reader shows it: its rows (the header first) and the article's direction. */
export interface DocTable {
  rows: readonly (readonly string[])[];
  dir: Direction;
}

export interface DocUnit {
  kind: UnitKind;
  text: string;
  runs: StyleRun[];
  dir: Direction;
  /** -1 for the header and lead, else the index of the `##` section it belongs to. */
  section: number;
  /** Cells kept empty on the side the text starts from (quotes, list items). */
  indent: number;
  /** For a table row: the table (shared by its rows, which share column widths) and which row. */
  table?: { shape: DocTable; row: number };
}

export interface DocLine {
  segments: Segment[];
  kind: UnitKind;
  dir: Direction;
  section: number;
  /** Index of the unit this line shows, and the logical range of the unit's text. */
  unit: number;
  start: number;
  end: number;
}

/** How text reaches the terminal: reordered by us, or by the terminal. */
export type BidiRendering = 'app' | 'terminal';
