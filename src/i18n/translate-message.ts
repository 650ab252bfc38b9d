// Messages made where no language is known (a parser's error, a file's
// warning) are written in English. Where they reach the reader (stderr, the
// library list) they are said in the interface's language: the English
// catalogue's templates double as patterns that find the message and its
// values, and the values are translated the same way (a reason inside a message).
import { catalogueOf, type Catalogue, type MessageKey } from './catalogues.js';
import type { Params, Template } from './types.js';
import { ENGLISH, type Ui } from './ui.js';

interface Pattern {
  key: MessageKey;
  regex: RegExp;
  names: string[];
}

/** Only these messages are looked for: errors, warnings, reasons, notes on stderr, and names said in place of a file's. */
const TRANSLATED = /^(error|warning|reason|note|name)\./;

/** Whether the catalogue knows the message: a message it does not know is no message of qari's. */
export function isCatalogued(message: string): boolean {
  return translated(message, ENGLISH, 0) !== undefined;
}

let patterns: Pattern[] | undefined;

/** In English the message comes back as it was (filled in again from the same template). */
export function translateMessage(message: string, ui: Ui): string {
  return translated(message, ui, 0) ?? message;
}

function translated(message: string, ui: Ui, depth: number): string | undefined {
  for (const pattern of patternsOf(catalogueOf('en'))) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const params: Record<string, string | number> = {};
    pattern.names.forEach((name, index) => {
      const value = match[index + 1] ?? '';
      params[name] = name === 'n' && /^\d+$/.test(value) ? Number(value) : depth < 3 ? (translated(value, ui, depth + 1) ?? value) : value;
    });
    return ui.t(pattern.key, params as Params);
  }
  return undefined;
}

function patternsOf(english: Catalogue): Pattern[] {
  if (patterns) return patterns;
  patterns = [];
  for (const key of Object.keys(english) as MessageKey[]) {
    if (!TRANSLATED.test(key)) continue;
    for (const form of formsOf(english[key])) patterns.push(patternOf(key, form));
  }
  // The most specific first: more fixed text wins over a looser pattern.
  patterns.sort((a, b) => fixedLength(b) - fixedLength(a));
  return patterns;
}

function formsOf(template: Template): string[] {
  return typeof template === 'string' ? [template] : [...new Set(Object.values(template))];
}

function patternOf(key: MessageKey, template: string): Pattern {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return name === 'n' ? '(\\d+)' : '(.+?)';
    })
    .join('');
  return { key, regex: new RegExp(`^${source}$`, 's'), names };
}

function fixedLength(pattern: Pattern): number {
  return pattern.regex.source.replace(/\(\.\+\?\)|\(\\d\+\)/g, '').length;
}
