// Typography the bidi algorithm alone gets wrong and a reader notices, fixed in the
// text before the engine sees it (the engine itself stays a conformant UAX #9):
// - Latin tokens read as written inside Arabic: `C++`, `Node.js`, `v2.0/`, URLs,
//   e-mail addresses, file paths, inline code and Latin links become LTR isolates
//   (LRI…PDI), so their symbols stay on the side they were typed on.
// - Lam, its marks, then alef: the marks move after the alef, so the two letters
//   form the lam-alef ligature and the marks sit on it.
import type { StyleRun } from '../text/types.js';
import { RTL_LETTER_CLASS } from '../text/rtl-letters.js';

const LRI = '\u2066';
const PDI = '\u2069';

const RTL_LETTER = new RegExp(RTL_LETTER_CLASS, 'u');
const SPACE = /\s/;
const LEADING = /^[(["'«“‘]+/u;
const TRAILING = /[)\]"'»”’.,;:!?،؛؟…]+$/u;
/** Starts with a Latin letter or digit (or is a path) and carries a symbol. */
const LATIN_WITH_SYMBOL = /^(?:[A-Za-z0-9][A-Za-z0-9]*[^A-Za-z0-9\s]|[~.]?\/[A-Za-z0-9._~-])/u;

const LAM_MARKS_ALEF = /\u0644([\u064B-\u065F\u0670]+)([\u0622\u0623\u0625\u0627])/gu;

export interface Typeset {
  text: string;
  runs: StyleRun[];
}

/** For RTL paragraphs; LTR ones need no isolates (only the ligature rule applies). */
export function typeset(text: string, runs: readonly StyleRun[], dir: 'ltr' | 'rtl'): Typeset {
  const joined = joinLamAlef(text);
  if (dir !== 'rtl' || !RTL_LETTER.test(joined)) return { text: joined, runs: [...runs] };
  const spans = isolatedSpans(joined, runs);
  return spans.length === 0 ? { text: joined, runs: [...runs] } : insertIsolates(joined, runs, spans);
}

/** Lam + marks + alef → lam + alef + marks (same length, so offsets stay valid). */
export function joinLamAlef(text: string): string {
  return text.replace(LAM_MARKS_ALEF, (_all, marks: string, alef: string) => `\u0644${alef}${marks}`);
}

interface Span {
  start: number;
  end: number;
}

/** The logical ranges to lay out left to right, sorted, not overlapping. */
export function isolatedSpans(text: string, runs: readonly StyleRun[]): Span[] {
  const spans: Span[] = [];
  for (const run of runs) {
    const inner = text.slice(run.start, run.end);
    if (run.end <= run.start || RTL_LETTER.test(inner)) continue;
    if (run.style === 'code' || (run.style === 'link' && /[A-Za-z0-9]/.test(inner))) spans.push({ start: run.start, end: run.end });
  }
  for (const token of latinTokens(text)) {
    const lead = LEADING.exec(token.text)?.[0].length ?? 0;
    // Closing punctuation belongs to the sentence; a URL's or path's own slash stays.
    const core = token.text.slice(lead).replace(TRAILING, '');
    if (core === '' || RTL_LETTER.test(core) || !LATIN_WITH_SYMBOL.test(core)) continue;
    const start = token.start + lead;
    spans.push({ start, end: start + core.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The whitespace-delimited tokens holding a Latin letter, a digit or a slash:
 * the only ones that can be Latin tokens. Found from those characters, so the
 * Arabic words of a long article are passed over by the regex engine, not one by one.
 */
function* latinTokens(text: string): Generator<{ text: string; start: number }> {
  // What a token needs to be a Latin token: a Latin letter, a digit or a slash.
  const marks = /[A-Za-z0-9/]/g;
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    let start = match.index;
    while (start > 0 && !SPACE.test(text[start - 1] ?? '')) start--;
    let end = match.index + 1;
    while (end < text.length && !SPACE.test(text[end] ?? '')) end++;
    yield { text: text.slice(start, end), start };
    marks.lastIndex = end;
  }
}

function insertIsolates(text: string, runs: readonly StyleRun[], spans: readonly Span[]): Typeset {
  const inserts: { at: number; mark: string }[] = [];
  for (const span of spans) inserts.push({ at: span.start, mark: LRI }, { at: span.end, mark: PDI });
  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const insert of inserts) {
    out += text.slice(from, insert.at) + insert.mark;
    from = insert.at;
  }
  out += text.slice(from);
  // An index moves right by every mark inserted at or before it.
  const shift = (index: number) => index + inserts.filter((insert) => insert.at <= index).length;
  // A run starting where a token starts begins at its LRI, so the whole token keeps its style.
  const shiftStart = (index: number) => index + inserts.filter((insert) => insert.at < index).length;
  return { text: out, runs: runs.map((run) => ({ ...run, start: shiftStart(run.start), end: shift(run.end) })) };
}
