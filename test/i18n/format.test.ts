import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.js';

// Intl may put direction marks around digits and signs; a reader does not see them.
const visible = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, '');

describe('dates', () => {
  it('are day, month and year in the interface language', () => {
    expect(createUi({ language: 'en' }).date('2024-01-31')).toBe('31 Jan 2024');
    expect(visible(createUi({ language: 'ar' }).date('2024-01-31'))).toBe('31 يناير 2024');
  });

  it('use Levantine month names with --months levant', () => {
    expect(visible(createUi({ language: 'ar', months: 'levant' }).date('2024-01-31'))).toBe('31 كانون الثاني 2024');
    expect(createUi({ language: 'en', months: 'levant' }).date('2024-01-31')).toBe('31 Jan 2024');
  });

  it('use Arabic-Indic digits with --digits arab, in Arabic only', () => {
    expect(visible(createUi({ language: 'ar', digits: 'arab' }).date('2024-05-07'))).toBe('٧ مايو ٢٠٢٤');
    expect(createUi({ language: 'en', digits: 'arab' }).date('2024-05-07')).toBe('7 May 2024');
  });

  it('are left as written when they are not ISO dates', () => {
    expect(createUi({ language: 'ar' }).date('last spring')).toBe('last spring');
  });
});

describe('numbers and percentages', () => {
  it('follow the digit set', () => {
    expect(createUi({ language: 'ar', digits: 'arab' }).number(2024)).toBe('٢٠٢٤');
    expect(createUi({ language: 'ar' }).number(2024)).toBe('2024');
    expect(visible(createUi({ language: 'ar', digits: 'arab' }).percent(37))).toBe('٣٧٪');
    expect(createUi({ language: 'en' }).percent(100)).toBe('100%');
  });

  it('fill a message in the digit set', () => {
    expect(createUi({ language: 'ar', digits: 'arab' }).t('status.section', { n: 2, count: 4 })).toBe('٢ من ٤');
    expect(createUi({ language: 'en' }).t('status.section', { n: 2, count: 4 })).toBe('2/4');
  });
});
