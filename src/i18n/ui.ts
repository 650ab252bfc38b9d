// The interface language as one object: its messages, its direction, and how it
// writes dates and numbers. Built once per run (from --lang and the locale) and
// handed to the CLI and the TUI.
import { formatters, type Formatters } from './format.js';
import { fillTemplate } from './translate.js';
import { catalogueOf, type Catalogue, type MessageKey } from './catalogues.js';
import type { DigitSet, Language, MonthNames, Params } from './types.js';

export interface Ui extends Formatters {
  readonly language: Language;
  readonly dir: 'rtl' | 'ltr';
  readonly digits: DigitSet;
  readonly months: MonthNames;
  t(key: MessageKey, params?: Params): string;
}

export interface UiOptions {
  language: Language;
  digits?: DigitSet;
  months?: MonthNames;
  /** Another catalogue for the language's rules (tests render with a pseudo-language). */
  catalogue?: Catalogue;
}

export function createUi({ language, digits = 'latn', months = 'standard', catalogue = catalogueOf(language) }: UiOptions): Ui {
  const format = formatters({ language, digits, months });
  return {
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    digits,
    months,
    ...format,
    t: (key, params = {}) => fillTemplate(catalogue[key], language, params, format.number),
  };
}

/** English with Latin digits: what tests and library code get when nobody chose. */
export const ENGLISH: Ui = createUi({ language: 'en' });
