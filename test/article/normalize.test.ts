import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldByRules, foldWithMap } from '../../src/article/normalize.js';

describe('Arabic folding', () => {
  it('drops harakat and tatweel and unifies alef, ya and ta marbuta', () => {
    expect(fold('فَنُّ القِرَاءَةِ المُتَأَنِّيَةِ')).toBe(fold('فن القراءه المتانيه'));
    expect(fold('إلى آخر ٱلأمر مستشفى')).toBe('الي اخر الامر مستشفي');
    expect(fold('خُلَاصَـــةٌ')).toBe('خلاصه');
  });

  it('folds case, punctuation and spaces', () => {
    expect(fold('  Why   Terminals... Get (Arabic) Wrong?! ')).toBe('why terminals get arabic wrong');
  });

  it('gives the same text with or without the map', () => {
    const unit = fc.constantFrom(...'اأإآىةکی ـَُِّْ،.?!()AbC 12\u200f\u202b'.split(''));
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
      expect(foldWithMap(text).text).toBe(fold(text));
    }));
  });

  it('folds in one pass exactly as its rules do, whatever the characters', () => {
    // Characters of every block the one-pass table knows, at its edges, and others it leaves to the rules.
    const known = fc.oneof(
      fc.integer({ min: 0x0000, max: 0x00bf }),
      fc.integer({ min: 0x0600, max: 0x077f }),
      fc.integer({ min: 0x2000, max: 0x206f }),
      fc.integer({ min: 0xfb50, max: 0xfdff }),
      fc.integer({ min: 0xfe70, max: 0xfeff }),
    );
    fold('ا'.repeat(20_000)); // past the first folds, which the rules do alone while the table is not worth making
    const unit = fc.oneof({ weight: 20, arbitrary: known.map((code) => String.fromCharCode(code)) }, { weight: 1, arbitrary: fc.constantFrom('Σ', 'İ', 'É', 'ß', '😀', 'ﬁ', '\ud800') });
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(fold(text)).toBe(foldByRules(text));
    }), { numRuns: 2000 });
    expect(fold(' «الأخبارُ» — Bonjour,\u00a0World… ')).toBe('الاخبار bonjour world');
  });

  it('maps each folded character back to where it came from', () => {
    const text = 'قالَ: تَصرّح';
    const { text: folded, origin } = foldWithMap(text);
    const at = folded.indexOf('تصرح');
    expect(text.slice(origin[at], (origin[at + 3] ?? 0) + 1)).toBe('تَصرّح');
  });
});
