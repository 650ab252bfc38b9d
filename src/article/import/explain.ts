// `qari import --explain`: every input line, its role and why, one line each:
//   "  18 heading         short, no final punctuation: 3 words -2 … = -2 | فحوى المفاوضات الجارية"
// The line's text comes last so right-to-left text does not push the columns around.
// Bidi controls are left out of the shown text (they would reorder the columns).
import type { ClassifiedLine } from './types.js';

export function explainLines(lines: readonly ClassifiedLine[]): string {
  const width = String(lines.length).length;
  return lines
    .map((line) => {
      const number = String(line.number).padStart(width, ' ');
      const shown = line.text.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
      const detail = line.value !== '' && line.value !== line.text ? ` → ${line.value.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')}` : '';
      return `${number}  ${line.role.padEnd(15)} ${line.reason}${detail}${shown === '' ? '' : ` | ${shown}`}`.trimEnd();
    })
    .join('\n')
    .concat('\n');
}
