// An article as the reader shows it: units (one paragraph each, with a kind),
// laid out into visual lines by the text engine. Pure data.
import type { Direction, Segment, StyleRun } from '../text/types.js';

export type UnitKind = 'title' | 'meta' | 'heading' | 'paragraph' | 'quote' | 'attribution' | 'caption' | 'list-item' | 'code' | 'blank';

export interface DocUnit {
  kind: UnitKind;
  text: string;
  runs: StyleRun[];
  dir: Direction;
  /** -1 for the header and lead, else the index of the `##` section it belongs to. */
  section: number;
  /** Cells kept empty on the side the text starts from (quotes, list items). */
  indent: number;
  /**
   * For a code block or table: its lines as marked-terminal drew them (with its
   * colours), shown as they are, left to right. Without it, a code unit's lines
   * are its text's lines.
   */
  drawn?: readonly string[];
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

/** How text reaches the terminal (DESIGN.md §4): reordered by us, or by the terminal. */
export type BidiRendering = 'app' | 'terminal';
