// One message catalogue per interface language, with the same keys.
import { en } from './messages/en.js';
import { ar } from './messages/ar.js';
import type { Language, Template } from './types.js';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, Template>>;

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, ar };

export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}
