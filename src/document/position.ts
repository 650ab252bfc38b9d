// A place in a document that survives a change of width: a unit and a logical
// offset in its text. The line shown for it is whichever line holds the offset.
export interface DocPosition {
  unit: number;
  /** UTF-16 offset in the unit's text where the line at this position starts (or holds). */
  offset: number;
}

/** The first line of the document. */
export const DOCUMENT_START: DocPosition = Object.freeze({ unit: 0, offset: 0 });
