// The interface's languages: messages, plurals, the language chosen, dates and digits.
export type { DigitSet, Language, MonthNames, Params, Template } from './types.js';
export type { Catalogue, MessageKey } from './catalogues.js';
export { catalogueOf } from './catalogues.js';
export { chooseLanguage, languageOfLocale, LANGUAGES } from './language.js';
export { formatters, type Formatters } from './format.js';
export { pluralCategory, pluralForm } from './plural.js';
export { createUi, ENGLISH, type Ui, type UiOptions } from './ui.js';
