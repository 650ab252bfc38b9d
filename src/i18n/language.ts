// The interface language: --lang, then QARI_LANG, then the POSIX locale
// (LC_ALL over LC_MESSAGES over LANG); English when none of them names Arabic or English.
import type { Language } from './types.js';

export const LANGUAGES: readonly Language[] = ['ar', 'en'];

/** `ar`, `ar_EG.UTF-8`, `en-GB`… → the language, or undefined for any other locale (C, POSIX, fr_FR). */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = (locale ?? '').toLowerCase().split(/[-_.@]/)[0];
  return LANGUAGES.find((language) => language === primary);
}

/**
 * `flag` is --lang as given; an unknown value there is the caller's usage error,
 * checked with `languageOfLocale` first. The first locale variable that is set
 * decides, as in POSIX: LC_ALL=C with LANG=ar_EG.UTF-8 is English.
 */
export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const fromFlag = languageOfLocale(flag);
  if (fromFlag) return fromFlag;
  const fromQari = languageOfLocale(env.QARI_LANG);
  if (fromQari) return fromQari;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(locale) ?? 'en';
}
