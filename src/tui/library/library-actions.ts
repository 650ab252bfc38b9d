// What the library list can be told to do. The keymap turns keys into these, the
// view sends the rest ('handled', 'text-search'), and the reducer carries them out;
// neither of the two imports the other.

export type LibraryCommand =
  | { type: 'move'; by: number }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'open' }
  | { type: 'quit' }
  | { type: 'start-filter' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'end-filter'; keep: boolean }
  /** The view acted on `chosen`. */
  | { type: 'handled' }
  | { type: 'text-search'; on: boolean };
