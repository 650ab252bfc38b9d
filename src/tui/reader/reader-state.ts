// The reader's scroll position as a reducer: keys arrive faster than renders,
// and a reducer sees every one of them in order (DESIGN.md §5).

export interface ReaderState {
  /** Index of the first document line on screen. */
  top: number;
  /** Lines in the document and lines on a page; the reducer clamps with them. */
  lineCount: number;
  pageHeight: number;
  /** First line of each section, for ] [ and 1–9. */
  sectionStarts: readonly number[];
}

export type ReaderAction =
  | { type: 'scroll'; lines: number }
  | { type: 'page'; pages: number }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'section'; index: number }
  | { type: 'next-section' }
  | { type: 'previous-section' }
  | { type: 'layout'; lineCount: number; pageHeight: number; sectionStarts: readonly number[]; top?: number };

export function initialReaderState(): ReaderState {
  return { top: 0, lineCount: 0, pageHeight: 1, sectionStarts: [] };
}

export function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
  switch (action.type) {
    case 'scroll':
      return at(state, state.top + action.lines);
    case 'page':
      return at(state, state.top + action.pages * Math.max(1, state.pageHeight - 1));
    case 'start':
      return at(state, 0);
    case 'end':
      return at(state, Number.MAX_SAFE_INTEGER);
    case 'section': {
      const start = state.sectionStarts[action.index];
      return start === undefined ? state : at(state, start);
    }
    case 'next-section': {
      const next = state.sectionStarts.find((start) => start > state.top);
      return next === undefined ? state : at(state, next);
    }
    case 'previous-section': {
      const previous = state.sectionStarts.filter((start) => start < state.top).at(-1);
      return at(state, previous ?? 0);
    }
    case 'layout':
      return at({ ...state, lineCount: action.lineCount, pageHeight: action.pageHeight, sectionStarts: action.sectionStarts }, action.top ?? state.top);
  }
}

/** The section the top line is in: -1 before the first heading. */
export function currentSection(state: ReaderState): number {
  let current = -1;
  state.sectionStarts.forEach((start, index) => {
    if (start <= state.top) current = index;
  });
  return current;
}

function at(state: ReaderState, top: number): ReaderState {
  const maxTop = Math.max(0, state.lineCount - state.pageHeight);
  const clamped = Math.min(Math.max(0, top), maxTop);
  return clamped === state.top ? state : { ...state, top: clamped };
}
