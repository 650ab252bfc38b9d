// The shapes of the interface's messages: a template is a string with {name}
// placeholders, or one such string per plural category of the language.

export type Language = 'ar' | 'en';

export type PluralForms = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

export type Template = string | PluralForms;

/** Values for a template's placeholders; numbers are written in the interface's digits. A plural template counts `n`. */
export type Params = Readonly<Record<string, string | number>>;

/** Latin digits (31), or the language's own (٣١ in Arabic). */
export type DigitSet = 'latn' | 'arab';

/** Month names in Arabic: the Egyptian/Gulf ones (يناير) or the Levantine/Iraqi ones (كانون الثاني). */
export type MonthNames = 'standard' | 'levant';
