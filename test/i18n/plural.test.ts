import { describe, expect, it } from 'vitest';
import { catalogueOf, createUi, type MessageKey } from '../../src/i18n/index.js';

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

describe('every counted message in Arabic', () => {
  const ar = createUi({ language: 'ar' });
  const en = catalogueOf('en');
  const counted = (Object.keys(en) as MessageKey[]).filter((key) => typeof en[key] !== 'string');
  // Every value a template names, so only the count changes between the forms.
  const values = { n: 0, count: 'N', query: 'Q', section: 'S', url: 'U', title: 'T', name: 'M', added: 'A', ids: 'I' };

  it('are some, and each has its own words for 2, 3–10, 11–99 and 100', () => {
    expect(counted.length).toBeGreaterThan(5);
    const alike = counted.filter((key) => new Set([2, 3, 11, 100].map((n) => ar.t(key, { ...values, n }).replace(/\d+/g, '#'))).size !== 4);
    expect(alike).toEqual([]);
  });
});
