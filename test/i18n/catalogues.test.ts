import { describe, expect, it } from 'vitest';
import { catalogueOf, type Template } from '../../src/i18n/index.js';

const en = catalogueOf('en');
const ar = catalogueOf('ar');
const forms = (template: Template) => (typeof template === 'string' ? [template] : Object.values(template));
const placeholders = (template: Template) => new Set(forms(template).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])));

describe('the catalogues', () => {
  it('have the same messages in Arabic and English', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('fill the same placeholders in both languages', () => {
    const differing = Object.keys(en).filter((key) => {
      const name = key as keyof typeof en;
      // A plural form may leave the count out ("مقال واحد"), and Arabic leaves out the English a
      // server or a library adds ({text}, {detail}); every other placeholder is filled in both.
      const strip = (set: Set<string | undefined>) => [...set].filter((item) => item !== 'n' && item !== 'text' && item !== 'detail').sort();
      return strip(placeholders(en[name])).join() !== strip(placeholders(ar[name])).join();
    });
    expect(differing).toEqual([]);
  });

  it('write no English word in Arabic, apart from what is typed as it is: letter keys, commands, options and their values', () => {
    const typed = (text: string) =>
      text
        .replace(/\{\w+\}/g, '')
        .replace(/qari(?: [a-z]+)?/g, '')
        .replace(/--?[a-z][\w-]*(?: [a-z]+(?:\|[a-z]+)+)?/g, '')
        .replace(/\b[A-Z_]{2,}[\w-]*\b/g, '')
        .replace(/\b(?:auto|app|terminal|text|markdown|json|rtl|ltr|list|cat|bidi|import|related|search|feed|add|update|http|https|Atom|Feed|Location|iconv|windows|dev|tty|articles|md|title|date|dir)\b/g, '');
    const english = Object.entries(ar).filter(([, template]) => forms(template).some((text) => /[A-Za-z]{2,}/.test(typed(text))));
    expect(english).toEqual([]);
  });
});
