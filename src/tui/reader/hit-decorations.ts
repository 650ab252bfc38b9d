// Search hits as style runs per unit: every hit highlighted, the current one more.
import type { StyleRun } from '../../text/types.js';
import type { SearchState } from './reader-state.js';

export function hitDecorations(search: SearchState): Map<number, StyleRun[]> {
  const byUnit = new Map<number, StyleRun[]>();
  search.hits.forEach((hit, index) => {
    const runs = byUnit.get(hit.unit) ?? [];
    runs.push({ start: hit.start, end: hit.end, style: index === search.current ? 'current' : 'hit' });
    byUnit.set(hit.unit, runs);
  });
  return byUnit;
}
