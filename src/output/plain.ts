// Text from an article, made safe for a pipe or a terminal: no controls, no
// escape sequences, no bidi controls, tabs and newlines as spaces.
import { sanitize } from '../text/sanitize.js';
import { ControlBalance } from '../text/logical.js';
import { dropBidiControls, EXPLICIT_CONTROL, isExplicitControl } from '../text/bidi-controls.js';

export function plainLine(text: string): string {
  return plainText(text).replace(/\n/g, ' ');
}

/** Keeps newlines (for code blocks); everything else as plainLine. */
export function plainText(text: string): string {
  return dropBidiControls(sanitize(text));
}


/**
 * Text for a pipe whose lines may hold explicit embeddings, overrides and isolates
 * (real text uses them): each line closes what it opened and drops closers that
 * close nothing, so none reorders the next line or what a program puts around it
 * (Trojan Source, CVE-2021-42574).
 */
export function balancedLines(text: string): string {
  if (!EXPLICIT_CONTROL.test(text)) return text;
  return text.split('\n').map(balancedLine).join('\n');
}

function balancedLine(line: string): string {
  if (!EXPLICIT_CONTROL.test(line)) return line;
  const balance = new ControlBalance();
  let out = '';
  for (let index = 0; index < line.length; index++) {
    const unit = line.charCodeAt(index);
    if (!isExplicitControl(unit) || balance.accept(unit)) out += line[index];
  }
  return out + balance.close();
}
