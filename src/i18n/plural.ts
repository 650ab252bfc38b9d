// Which plural form a count takes, by the language's CLDR rules (Arabic has six).
import type { PluralForms } from './types.js';

const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count);
}

/** The form for `count`; a catalogue may leave out categories it writes like `other`. */
export function pluralForm(forms: PluralForms, language: string, count: number): string {
  return forms[pluralCategory(language, count)] ?? forms.other;
}
