import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.js';

const counts = [0, 1, 2, 3, 11, 100];

describe('article counts', () => {
  it('take the six Arabic forms', () => {
    const ar = createUi({ language: 'ar' });
    expect(counts.map((n) => ar.t('library.articles', { n }))).toEqual(['لا مقالات', 'مقال واحد', 'مقالان', '3 مقالات', '11 مقالاً', '100 مقال']);
  });

  it('take the Arabic forms in Arabic-Indic digits when asked', () => {
    const ar = createUi({ language: 'ar', digits: 'arab' });
    expect([3, 11, 100, 102].map((n) => ar.t('library.articles', { n }))).toEqual(['٣ مقالات', '١١ مقالاً', '١٠٠ مقال', '١٠٢ مقال']);
  });

  it('have a singular in English', () => {
    const en = createUi({ language: 'en' });
    expect(counts.map((n) => en.t('library.articles', { n }))).toEqual(['0 articles', '1 article', '2 articles', '3 articles', '11 articles', '100 articles']);
  });
});
