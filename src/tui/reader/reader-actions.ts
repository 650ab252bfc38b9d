// What the reader can be told to do. The keymap turns keys into these, the view
// sends the rest (what it computed or acted on), and the reducer carries them out;
// neither of the two imports the other.

export type Overlay = 'none' | 'contents' | 'help' | 'related' | 'search';

/** Keys that leave the reader: to the library, or through history. */
export type Leaving = 'close' | 'back' | 'forward';

export type ReaderCommand =
  | { type: 'scroll'; lines: number }
  | { type: 'page'; pages: number }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'section'; index: number }
  | { type: 'next-section' }
  | { type: 'previous-section' }
  | { type: 'open-overlay'; overlay: Exclude<Overlay, 'none'> }
  | { type: 'close-overlay' }
  /** Moves the list's cursor by `by` entries (±Infinity: to the first or last). */
  | { type: 'list-move'; by: number }
  | { type: 'list-choose' }
  /** The view computed the list: this many entries. */
  | { type: 'list-size'; size: number }
  /** The view acted on `list.chosen`. */
  | { type: 'list-chosen' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'submit-search' }
  /** The words of a full-text search, in any of their forms (stems). */
  | { type: 'find-words'; query: string; stems: readonly string[] }
  | { type: 'next-hit'; step: 1 | -1 }
  | { type: 'scroll-help'; rows: number }
  | { type: 'page-help'; pages: number }
  | { type: 'leave'; to: Leaving }
  /** The view acted on `leaving` (the reader may stay, e.g. no forward history). */
  | { type: 'left' };
