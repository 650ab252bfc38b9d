import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../src/article/normalize.js';

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

  it('maps each folded character back to where it came from', () => {
    const text = 'قالَ: تَصرّح';
    const { text: folded, origin } = foldWithMap(text);
    const at = folded.indexOf('تصرح');
    expect(text.slice(origin[at], (origin[at + 3] ?? 0) + 1)).toBe('تَصرّح');
  });
});
