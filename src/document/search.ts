// Arabic-aware search over a document's units: the query and the text are
// folded alike (no harakat or tatweel; alef, ya and ta marbuta variants as
// one), so a word written with or without harakat finds the same places.
import { foldWithMap, isFoldedAway } from '../article/normalize.js';
import type { DocUnit } from './types.js';

export interface SearchHit {
  unit: number;
  /** UTF-16 range in the unit's original text, harakat on the last letter included. */
  start: number;
  end: number;
}

export function findHits(units: readonly DocUnit[], query: string): SearchHit[] {
  const wanted = foldWithMap(query).text;
  if (wanted === '') return [];
  const hits: SearchHit[] = [];
  units.forEach((unit, index) => {
    if (unit.text === '') return;
    const folded = foldWithMap(unit.text);
    for (let at = folded.text.indexOf(wanted); at !== -1; at = folded.text.indexOf(wanted, at + wanted.length)) {
      const start = folded.origin[at] ?? 0;
      let end = (folded.origin[at + wanted.length - 1] ?? start) + 1;
      while (end < unit.text.length && isFoldedAway(unit.text[end] ?? '')) end++;
      hits.push({ unit: index, start, end });
    }
  });
  return hits;
}
