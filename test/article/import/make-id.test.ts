import { describe, expect, it } from 'vitest';
import { hash, makeId, slugOf } from '../../../src/article/import/make-id.js';

const TYPEABLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('makeId', () => {
  it('is the date and a transliteration of the title: ASCII, lowercase, hyphens, ≤ 60', () => {
    const id = makeId('بعد مناقشة جدولة الانسحاب الأمريكي... هل تصمد القوات العراقية أمام تحديات داعش؟', '2024-01-31');
    expect(id).toBe('2024-01-31-bad-mnaqsha-jdwla-alanshab-alamryky-hl-tsmd');
    expect(id).toMatch(TYPEABLE);
    expect(id.length).toBeLessThanOrEqual(60);
  });

  it('drops harakat and tatweel instead of breaking words at them', () => {
    expect(slugOf('فَنُّ القِرَاءَةِ المُتَأَنِّيَةِ')).toBe('fn-alqraa-almtanya');
    expect(slugOf('تغيّرت الأسـعار')).toBe('tghyrt-alasaar');
  });

  it('keeps Latin words (accents removed) and digits, Arabic-Indic ones as ASCII', () => {
    expect(makeId('Café in Zürich: 2024 Review', null)).toBe('cafe-in-zurich-2024-review');
    expect(makeId('العراق في ٢٠٢٣', '2024-01-01')).toBe('2024-01-01-alaraq-fy-2023');
  });

  it('cuts long titles at a word boundary, staying ≤ 60 characters', () => {
    const id = makeId('word '.repeat(40), '2024-01-31');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(TYPEABLE);
    expect(id.endsWith('-word')).toBe(true);
  });

  it('falls back to a short stable hash when nothing typeable is left', () => {
    expect(makeId('北京的秋天', '2024-01-31')).toBe(`2024-01-31-${hash('北京的秋天')}`);
    expect(makeId('北京的秋天', null)).toBe(`article-${hash('北京的秋天')}`);
    expect(makeId('北京的秋天', null)).toMatch(TYPEABLE);
    expect(hash('x')).toBe(hash('x'));
    expect(hash('x')).not.toBe(hash('y'));
  });

  it('is typeable for any title', () => {
    for (const title of ['؟؟؟', '—', 'پژوهش گسترده', 'שלום עולם', '🙂🙂', 'a'.repeat(500)]) {
      const id = makeId(title, '2020-02-29');
      expect(id).toMatch(TYPEABLE);
      expect(id.length).toBeLessThanOrEqual(60);
    }
  });
});
