// The reader's state as a reducer of commands (reader-actions.ts). Keys arrive
// faster than renders; `withKeys` maps each to a command with the state it meets,
// so the reducer sees every one in order. Positions are (unit, offset), so a
// resize keeps the same text at the top.
import type { LazyLayout } from '../../document/lazy-layout.js';
import type { PendingKey } from '../split-keys.js';
import type { Leaving, Overlay, ReaderCommand } from './reader-actions.js';
import { compare } from '../../document/lazy-layout.js';
import { DOCUMENT_START, type DocPosition } from '../../document/position.js';
import { findHits, type SearchHit } from '../../document/search.js';
import { wordHits } from '../../search/hits.js';
import { clampHelpTop, helpRowsShown } from './help-keys.js';

export interface SearchState {
  query: string;
  hits: readonly SearchHit[];
  /** Index of the hit last jumped to, or -1 before the first jump. */
  current: number;
}

/** The cursor of the contents or related list; `size` unknown until the list is computed. */
export interface ListCursor {
  selected: number;
  size: number | undefined;
  /** Enter pressed on this entry; the view opens it. */
  chosen: number | undefined;
}

export interface ReaderState {
  top: DocPosition;
  /** Set by a key that leaves the reader; the view acts on it. */
  leaving: Leaving | undefined;
  overlay: Overlay;
  /** What is being typed at the search prompt. */
  draft: string;
  search: SearchState | undefined;
  /** Keys read after one that leaves (`j` in `qj`): for the next screen. */
  unread: readonly PendingKey[];
  list: ListCursor;
  /** The first row the help overlay shows. */
  helpTop: number;
}

/** What the reducer needs to know of the laid-out document. */
export interface ReaderContext {
  layout: LazyLayout;
  pageHeight: number;
}

const NO_LIST: ListCursor = { selected: 0, size: undefined, chosen: undefined };

export function initialReaderState(top: DocPosition = DOCUMENT_START): ReaderState {
  return { top, leaving: undefined, overlay: 'none', draft: '', search: undefined, unread: [], list: NO_LIST, helpTop: 0 };
}

/** The reader has left (or is leaving): keys after that are for the next screen. */
export function readerDone(state: ReaderState): boolean {
  return state.leaving !== undefined;
}

export function readerReducer(context: ReaderContext) {
  const { layout, pageHeight } = context;
  const last = () => layout.lastTop(pageHeight);
  const to = (state: ReaderState, top: DocPosition): ReaderState => {
    const clamped = layout.clamp(top, last());
    return compare(clamped, state.top) === 0 ? state : { ...state, top: clamped };
  };
  const scroll = (state: ReaderState, lines: number) => to(state, layout.step(state.top, lines, last()));

  const reduce = (state: ReaderState, action: ReaderCommand): ReaderState => {
    switch (action.type) {
      case 'leave':
        return { ...state, leaving: action.to };
      case 'left':
        return { ...state, leaving: undefined, unread: [] };
      case 'scroll':
        return scroll(state, action.lines);
      case 'page':
        return scroll(state, action.pages * Math.max(1, pageHeight - 1));
      case 'start':
        return to(state, DOCUMENT_START);
      case 'end':
        return to(state, last());
      case 'section': {
        const unit = layout.sectionUnits[action.index];
        return unit === undefined ? state : to({ ...state, overlay: 'none' }, { unit, offset: 0 });
      }
      case 'next-section': {
        const next = layout.sectionUnits.find((unit) => unit > state.top.unit);
        return next === undefined ? state : to(state, { unit: next, offset: 0 });
      }
      case 'previous-section': {
        const previous = layout.sectionUnits.filter((unit) => unit < state.top.unit || (unit === state.top.unit && state.top.offset > 0)).at(-1);
        return to(state, { unit: previous ?? 0, offset: 0 });
      }
      case 'open-overlay':
        return { ...state, overlay: action.overlay, draft: action.overlay === 'search' ? '' : state.draft, list: listFor(action.overlay, state.top), helpTop: 0 };
      case 'list-move':
        return { ...state, list: { ...state.list, selected: clampTo(state.list.size, state.list.selected + action.by) } };
      case 'list-size':
        return { ...state, list: { ...state.list, size: action.size, selected: clampTo(action.size, state.list.selected) } };
      case 'list-choose':
        if (state.list.size === 0) return state;
        if (state.overlay === 'contents') return reduce(state, { type: 'section', index: state.list.selected });
        // The related list may not be drawn yet (Enter typed with r): the view opens the entry once it is.
        return { ...state, list: { ...state.list, chosen: state.list.selected } };
      case 'list-chosen':
        return { ...state, list: { ...state.list, chosen: undefined } };
      case 'close-overlay':
        return state.overlay === 'none' ? state : { ...state, overlay: 'none' };
      case 'type':
        return { ...state, draft: state.draft + action.text };
      case 'erase':
        return { ...state, draft: Array.from(state.draft).slice(0, -1).join('') };
      case 'submit-search': {
        const hits = findHits(layout.units, state.draft);
        const search: SearchState = { query: state.draft, hits, current: -1 };
        return nextHit({ ...state, overlay: 'none', search }, 1);
      }
      case 'find-words': {
        const stems = new Set(action.stems);
        const hits = layout.units.flatMap((unit, index) => wordHits(unit.text, stems).map(({ start, end }) => ({ unit: index, start, end })));
        return nextHit({ ...state, overlay: 'none', search: { query: action.query, hits, current: -1 } }, 1);
      }
      case 'next-hit':
        return nextHit(state, action.step);
      case 'scroll-help':
        return { ...state, helpTop: clampHelpTop(state.helpTop + action.rows, pageHeight) };
      case 'page-help':
        return { ...state, helpTop: clampHelpTop(state.helpTop + action.pages * helpRowsShown(pageHeight), pageHeight) };
    }
  };
  return reduce;

  /** The contents open on the section being read; the related list on its first entry. */
  function listFor(overlay: Overlay, top: DocPosition): ListCursor {
    if (overlay !== 'contents') return NO_LIST;
    return { selected: Math.max(0, layout.sectionAt(top)), size: layout.sectionUnits.length, chosen: undefined };
  }

  /** Jumps to the next (or previous) hit after the top line, wrapping around. */
  function nextHit(state: ReaderState, step: 1 | -1): ReaderState {
    const search = state.search;
    if (!search || search.hits.length === 0) return state;
    const count = search.hits.length;
    const current = search.current === -1 ? firstHitFrom(search.hits, state.top, step) : (search.current + step + count) % count;
    const hit = search.hits[current] as SearchHit;
    const line = layout.lineIndex({ unit: hit.unit, offset: hit.start });
    return to({ ...state, search: { ...search, current } }, layout.positionOf(hit.unit, line));
  }
}

/** Within [0, size); any value while the size is not known yet. */
function clampTo(size: number | undefined, index: number): number {
  if (size === undefined) return Math.max(0, index);
  return Math.max(0, Math.min(size - 1, index));
}

function firstHitFrom(hits: readonly SearchHit[], top: DocPosition, step: 1 | -1): number {
  const index = hits.findIndex((hit) => compare({ unit: hit.unit, offset: hit.start }, top) >= 0);
  if (step === 1) return index === -1 ? 0 : index;
  return index <= 0 ? hits.length - 1 : index - 1;
}
