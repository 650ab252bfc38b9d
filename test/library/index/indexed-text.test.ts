// The stems that stand for an article in "more like this": the most counted,
// ties in code point order, the same as sorting every count would give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topStems } from '../../../src/library/index/indexed-text.js';

const bySort = (counts: Map<string, number>, limit: number) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([stem]) => stem);

describe("an article's telling stems", () => {
  it('are the most counted, ties in code point order, as a whole sort gives them', () => {
    const counts = fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'a', 'b'), minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 6 })), { maxLength: 80 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 30 }), (pairs, limit) => {
        const map = new Map(pairs);
        expect(topStems(map, limit)).toEqual(bySort(map, limit));
      }),
      { numRuns: 1_000 },
    );
    expect(topStems(new Map([['سلام', 2], ['حرب', 5], ['اتفاق', 2], ['هدنة', 1]]), 3)).toEqual(['حرب', 'اتفاق', 'سلام']);
  });
});
