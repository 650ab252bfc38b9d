// Text from an article, made safe for a pipe or a terminal: no controls, no
// escape sequences, no bidi controls, tabs and newlines as spaces.
import { sanitize } from '../text/sanitize.js';

export function plainLine(text: string): string {
  return plainText(text).replace(/\n/g, ' ');
}

/** Keeps newlines (for code blocks); everything else as plainLine. */
export function plainText(text: string): string {
  return sanitize(text).replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');
}
