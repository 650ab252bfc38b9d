import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfLocale } from '../../src/i18n/index.js';

describe('the interface language', () => {
  it('is --lang first, then QARI_LANG, then the locale', () => {
    const env = { QARI_LANG: 'en', LANG: 'ar_EG.UTF-8' };
    expect(chooseLanguage('ar', env)).toBe('ar');
    expect(chooseLanguage(undefined, env)).toBe('en');
    expect(chooseLanguage(undefined, { LANG: 'ar_EG.UTF-8' })).toBe('ar');
  });

  it('takes the first locale variable that is set, as POSIX does', () => {
    expect(chooseLanguage(undefined, { LC_ALL: 'C', LANG: 'ar_EG.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'ar_SA.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ar');
    expect(chooseLanguage(undefined, { LC_ALL: 'ar_MA.UTF-8@latin', LANG: 'en_US.UTF-8' })).toBe('ar');
  });

  it('is English for any other language or none', () => {
    expect(chooseLanguage(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, { QARI_LANG: 'fa', LANG: 'C.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, {})).toBe('en');
  });

  it('reads a locale name however it is written', () => {
    expect(['ar', 'AR', 'ar-EG', 'ar_EG.UTF-8', 'en-GB', 'arz', 'english', ''].map(languageOfLocale)).toEqual(['ar', 'ar', 'ar', 'ar', 'en', undefined, undefined, undefined]);
  });
});
