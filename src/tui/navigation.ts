// Which screen shows and the reader's history, like a browser's: opening a
// related article pushes it; back and forward move through the visits, each
// coming back at the place it was left.
import type { DocPosition } from '../document/position.js';
import type { FoundWords } from './library/text-search-view.js';

export interface Visit {
  id: string;
  top?: DocPosition;
  /** Opened from the full-text search: the words to find, highlight and move between. */
  found?: FoundWords;
}

export interface Navigation {
  screen: 'library' | 'reader';
  history: readonly Visit[];
  index: number;
  /** The article to select when the library shows. */
  selected?: string;
}

export type NavigationAction =
  | { type: 'open-from-library'; id: string; top?: DocPosition; found?: FoundWords }
  | { type: 'open'; id: string; from: DocPosition }
  | { type: 'back'; from: DocPosition }
  | { type: 'forward'; from: DocPosition }
  | { type: 'close'; from: DocPosition };

export function initialNavigation(id?: string, top?: DocPosition): Navigation {
  return id ? { screen: 'reader', history: [{ id, top }], index: 0 } : { screen: 'library', history: [], index: -1 };
}

export function currentVisit(navigation: Navigation): Visit | undefined {
  return navigation.screen === 'reader' ? navigation.history[navigation.index] : undefined;
}

export function navigationReducer(navigation: Navigation, action: NavigationAction): Navigation {
  switch (action.type) {
    case 'open-from-library':
      return { screen: 'reader', history: [action.found ? { id: action.id, found: action.found } : { id: action.id, top: action.top }], index: 0 };
    case 'open': {
      const history = [...remember(navigation, action.from).slice(0, navigation.index + 1), { id: action.id }];
      return { screen: 'reader', history, index: history.length - 1 };
    }
    case 'back':
      if (navigation.index <= 0) return close(navigation, action.from);
      return { ...navigation, history: remember(navigation, action.from), index: navigation.index - 1 };
    case 'forward':
      if (navigation.index >= navigation.history.length - 1) return navigation;
      return { ...navigation, history: remember(navigation, action.from), index: navigation.index + 1 };
    case 'close':
      return close(navigation, action.from);
  }
}

function close(navigation: Navigation, from: DocPosition): Navigation {
  return { ...navigation, screen: 'library', history: remember(navigation, from), selected: currentVisit(navigation)?.id };
}

/** The history with the current visit's place updated. */
function remember(navigation: Navigation, top: DocPosition): Visit[] {
  return navigation.history.map((visit, index) => (index === navigation.index ? { ...visit, top } : visit));
}
