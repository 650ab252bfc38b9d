// What the full-text search screen can be told to do. The keymap turns keys into
// the first kind, the view sends the rest ('results', 'handled'), and the reducer
// carries them out; neither of the two imports the other.

export type TextSearchKeyCommand =
  | { type: 'type'; text: string }
  | { type: 'erase' }
  /** Enter in the prompt: run the query typed. */
  | { type: 'submit' }
  /** Esc in the prompt: back to the hits (or out, when there are none). */
  | { type: 'leave-prompt' }
  | { type: 'move'; by: number }
  | { type: 'choose' }
  /** s or / over the hits: a new query. */
  | { type: 'new-query' }
  | { type: 'close' };

export type TextSearchCommand<Hit> =
  | TextSearchKeyCommand
  | { type: 'results'; query: string; hits: readonly Hit[] }
  /** The view acted on `chosen`. */
  | { type: 'handled' };
