// Raw text to lines: CRLF/CR, a BOM, controls and escape sequences, U+00A0 and other
// odd spaces, trailing spaces. Nothing else changes: letters, harakat, punctuation and
// bidi controls (which real text relies on) stay as they are.
import type { CleanLine } from './types.js';
import { BIDI_CONTROL_CHARS } from '../../text/bidi-controls.js';
import { sanitize } from '../../text/sanitize.js';

const LINE_BREAK = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/;
/** Spaces other than U+0020 that scraped text is full of (NBSP, thin, figure, ideographic…). */
export const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const ANY_SPACE = /[\t \u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/;
const SPACE_RUN = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const EDGE_SPACE = /^[\s\u200B]+|[\s\u200B]+$/g;

export function cleanLines(input: string): CleanLine[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const raws = text.split(LINE_BREAK);
  // A final line break ends the last line; it does not start an empty one.
  if (raws.length > 1 && raws.at(-1) === '') raws.pop();
  return raws.map((raw, index) => cleanLine(raw, index + 1));
}

// Format characters with nothing to show: a line of only these is a blank line.
const INVISIBLE_ONLY = new RegExp(`^[\\u034F\\u180E\\u200B-\\u200D\\u2060-\\u2064${BIDI_CONTROL_CHARS}]+$`);

export function cleanLine(raw: string, number: number): CleanLine {
  const visible = stripControls(raw);
  const cleaned = cleanText(visible);
  const text = INVISIBLE_ONLY.test(cleaned) ? '' : cleaned;
  const spaceOnly = text === '' && [...visible].some((char) => ODD_SPACE.test(char) || char === '\u200B');
  const last = visible.replace(/[\t ]+$/, '').at(-1) ?? '';
  return {
    number,
    text,
    spaceOnly,
    trailingOddSpace: text !== '' && ODD_SPACE.test(last),
    leadingSpace: text !== '' && ANY_SPACE.test(visible[0] ?? ''),
  };
}

/** Escape sequences, controls and BOMs out, tabs as spaces: the text engine's sanitiser. */
function stripControls(text: string): string {
  return sanitize(text).replace(/\uFEFF/g, '');
}

/** Odd spaces become U+0020, runs of spaces one space, and the ends are trimmed. */
export function cleanText(text: string): string {
  return text.replace(SPACE_RUN, ' ').replace(EDGE_SPACE, '');
}
