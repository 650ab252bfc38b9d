// `qari import --explain`: every input line, its role and why, one line each:
//   "  18 heading         short, no final punctuation: 3 words -2 … = -2 | فحوى المفاوضات الجارية"
// The line's text comes last so right-to-left text does not push the columns around.
// Bidi controls are left out of the shown text (they would reorder the columns).
// After the lines, when the page is given: where the article's text was found, how
// the title was decided when no line is it, and every dropped line with its reason.
import type { ClassifiedPage } from './classify.js';
import { DROPPED_ROLES, type ClassifiedLine } from './types.js';
import { wordCount } from './shape.js';
import { dropBidiControls } from '../../text/bidi-controls.js';

export interface ExplainContext {
  extent: ClassifiedPage['extent'];
  /** The article's title, to say where it came from when no line is the title. */
  title: string;
  keepAll?: boolean;
}


export function explainLines(lines: readonly ClassifiedLine[], context?: ExplainContext): string {
  const width = String(lines.length).length;
  const out = lines.map((line) => {
    const number = String(line.number).padStart(width, ' ');
    const shown = dropBidiControls(line.text);
    const detail = line.value !== '' && line.value !== line.text ? ` → ${dropBidiControls(line.value)}` : '';
    return `${number}  ${line.role.padEnd(15)} ${line.reason}${detail}${shown === '' ? '' : ` | ${shown}`}`.trimEnd();
  });
  if (context) out.push('', ...summary(lines, context));
  return `${out.join('\n')}\n`;
}

function summary(lines: readonly ClassifiedLine[], context: ExplainContext): string[] {
  const out: string[] = [];
  const { extent } = context;
  out.push(
    extent
      ? `article text: lines ${extent.first}–${extent.last}, the densest run of long paragraphs (${extent.paragraphs} paragraphs, ${extent.words} words); lines before it are read as the header and navigation, lines after it as related links and footer`
      : 'article text: no run of long paragraphs; the header is read from the top',
  );
  if (!lines.some((line) => line.role === 'title')) out.push(`title: no line reads as a headline; made from the first paragraph → ${dropBidiControls(context.title)}`);
  const dropped = lines.filter((line) => line.text !== '' && DROPPED_ROLES.has(line.role));
  const words = dropped.reduce((total, line) => total + wordCount(line.text), 0);
  if (dropped.length === 0) {
    out.push('dropped: nothing');
    return out;
  }
  out.push(`dropped: ${dropped.length} line${dropped.length === 1 ? '' : 's'}, ${words} word${words === 1 ? '' : 's'}${context.keepAll ? ' (kept as paragraphs: --keep-all)' : ' (--keep-all keeps them)'}`);
  for (const group of runs(dropped)) out.push(`  ${group.numbers}  ${group.line.role}: ${group.line.reason}`);
  return out;
}

/** Dropped lines in a row with the same reason, as one entry: "2–11". */
function runs(dropped: readonly ClassifiedLine[]): { numbers: string; line: ClassifiedLine }[] {
  const out: { first: number; last: number; line: ClassifiedLine }[] = [];
  for (const line of dropped) {
    const last = out.at(-1);
    if (last && last.line.role === line.role && last.line.reason === line.reason && line.number - last.last <= 2) last.last = line.number;
    else out.push({ first: line.number, last: line.number, line });
  }
  return out.map(({ first, last, line }) => ({ numbers: first === last ? String(first) : `${first}–${last}`, line }));
}
