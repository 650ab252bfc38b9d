// Inline styles: runs over the ORIGINAL text's indices, resolved to one small
// id per sanitised unit, so the layout carries them through wrapping and reordering like
// any other per-character property. Each id stands for the list of styles active there,
// in the order the runs were given.
import type { StyleRun } from './types.js';

export const NO_STYLES: readonly string[] = Object.freeze([]);

export interface StyleIds {
  /** Per sanitised unit, an index into `sets`. */
  ids: Int32Array;
  sets: (readonly string[])[];
}

/** Style ids for the n units of a sanitised text whose original indices are map (null: the same). */
export function styleIds(runs: readonly StyleRun[], originalLength: number, map: Int32Array | null, n: number): StyleIds {
  const cuts = new Set<number>([0, originalLength]);
  for (const run of runs) {
    cuts.add(clamp(run.start, originalLength));
    cuts.add(clamp(run.end, originalLength));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const sets: (readonly string[])[] = [NO_STYLES];
  const byKey = new Map<string, number>([['', 0]]);
  const intervalId = new Int32Array(bounds.length);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const at = bounds[k]!;
    const active: string[] = [];
    for (const run of runs) if (run.start <= at && at < run.end && !active.includes(run.style)) active.push(run.style);
    const key = active.join('\u0000');
    let id = byKey.get(key);
    if (id === undefined) {
      id = sets.length;
      sets.push(Object.freeze(active));
      byKey.set(key, id);
    }
    intervalId[k] = id;
  }
  const ids = new Int32Array(n);
  let k = 0;
  for (let u = 0; u < n; u++) {
    const at = map ? map[u]! : u;
    while (k + 2 < bounds.length && at >= bounds[k + 1]!) k++;
    ids[u] = intervalId[k]!;
  }
  return { ids, sets };
}

function clamp(i: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(i)));
}
