// The public shapes of the text engine. Pure data, no Ink, no fs.

export type Direction = 'ltr' | 'rtl';
export type DirectionChoice = Direction | 'auto';

/**
 * A style over a paragraph's ORIGINAL (unsanitised) text, by UTF-16 indices
 * [start, end). Styles are names the caller gives meaning to (bold, link,
 * search hit…); the engine only carries them through wrapping and reordering.
 */
export interface StyleRun {
  start: number;
  end: number;
  style: string;
}

export interface LayoutOptions {
  /** Width in terminal cells. 0 means: no wrapping and no padding. */
  width: number;
  /** Paragraph direction; 'auto' applies rules P2/P3 (LTR without a strong letter). */
  dir?: DirectionChoice;
  /** Visual order (reordered, mirrored) for terminals without bidi. Default true. */
  visual?: boolean;
  /** Arabic presentation forms for terminals that do not shape. Default true (only when visual). */
  shape?: boolean;
  /** Mirror brackets at odd levels (rule L4). Default true (only when visual). */
  mirror?: boolean;
  /** Pad every line to exactly `width` (RTL flush right, LTR flush left). Default true. */
  pad?: boolean;
  runs?: readonly StyleRun[];
}

/** A piece of a visual line that carries one set of styles. */
export interface Segment {
  text: string;
  styles: readonly string[];
}

export interface VisualLine {
  /** What the terminal is sent for this line (padding included when padded). */
  text: string;
  /** Display width of `text` in cells. */
  width: number;
  /** `text` cut where styles change, in display order. */
  segments: Segment[];
  /** The paragraph's resolved direction. */
  dir: Direction;
  /** Logical range of the ORIGINAL text this line shows, UTF-16 [start, end). */
  start: number;
  end: number;
}
