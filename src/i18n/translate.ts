// A template filled in: the plural form for `n`, then each {name} replaced.
import { pluralForm } from './plural.js';
import type { Params, Template } from './types.js';

const PLACEHOLDER = /\{(\w+)\}/g;

export function fillTemplate(template: Template, language: string, params: Params, number: (value: number) => string): string {
  const text = typeof template === 'string' ? template : pluralForm(template, language, Number(params.n ?? 0));
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? number(value) : value;
  });
}
