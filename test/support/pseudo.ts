// A pseudo-language for finding words left outside the catalogues: every
// English message with its Latin letters swapped for look-alikes (ȧƀċ…). A
// screen drawn in it should hold no plain Latin word that its articles do not.
import { catalogueOf, createUi, type Catalogue, type Template, type Ui } from '../../src/i18n/index.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOOKALIKE = 'ȧƀċđḗƒġħīĵķŀḿńőƥɋřşŧūṽẇẋẏẑȦƁĊĐḖƑĠĦĪĴĶĿḾŃŐƤɊŘŞŦŪṼẆẊẎẐ';

function pseudoText(text: string): string {
  // Placeholders stay as they are: they are filled with the screen's own values.
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : Array.from(part, (char) => { const at = PLAIN.indexOf(char); return at === -1 ? char : Array.from(LOOKALIKE)[at] ?? char; }).join('')))
    .join('');
}

function pseudoTemplate(template: Template): Template {
  if (typeof template === 'string') return pseudoText(template);
  return Object.fromEntries(Object.entries(template).map(([category, text]) => [category, pseudoText(text)])) as Template;
}

export function pseudoUi(): Ui {
  const english = catalogueOf('en');
  const catalogue = Object.fromEntries(Object.entries(english).map(([key, template]) => [key, pseudoTemplate(template)])) as unknown as Catalogue;
  return createUi({ language: 'en', catalogue });
}

/** Latin words of two letters or more, escape sequences left out. */
export function latinWords(text: string): string[] {
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
}
