// Text from an article, made safe for a pipe or a terminal: no controls, no
// escape sequences, no bidi controls, tabs and newlines as spaces.
import { sanitize } from '../text/sanitize.js';
import { ControlBalance } from '../text/logical.js';

export function plainLine(text: string): string {
  return plainText(text).replace(/\n/g, ' ');
}

/** Keeps newlines (for code blocks); everything else as plainLine. */
export function plainText(text: string): string {
  return sanitize(text).replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');
}

const EMBEDDING = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text for a pipe whose lines may hold explicit embeddings, overrides and isolates
 * (real text uses them): each line closes what it opened and drops closers that
 * close nothing, so none reorders the next line or what a program puts around it
 * (Trojan Source, CVE-2021-42574).
 */
export function balancedLines(text: string): string {
  if (!EMBEDDING.test(text)) return text;
  return text.split('\n').map(balancedLine).join('\n');
}

function balancedLine(line: string): string {
  if (!EMBEDDING.test(line)) return line;
  const balance = new ControlBalance();
  let out = '';
  for (let index = 0; index < line.length; index++) {
    const unit = line.charCodeAt(index);
    const control = (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
    if (!control || balance.accept(unit)) out += line[index];
  }
  return out + balance.close();
}
