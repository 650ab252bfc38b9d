// The last step before bytes reach a terminal that would otherwise undo qari's visual
// order: Konsole's and mlterm's own bidi (LRO…PDF around each line stops it), and kitty's
// shaper, which lays every run of right-to-left letters out right to left again (so such
// runs are handed to it in logical order). In terminal mode, what VTE and mlterm each need
// to lay the reader's logical lines out right. Escape sequences pass through untouched.
import { isMlterm, type BidiMode } from './detect.js';
import { RTL_LETTER_CLASS } from '../text/rtl-letters.js';

const LRO = '\u202D';
const PDF = '\u202C';
const LRM = '\u200E';
// A lam form written just before an alef form (a visual line: the alef is the lam's
// right-hand neighbour). Konsole's shaper ligates the two in that order, which draws
// alef-lam as lam-alef; a mark of no width between them stops it.
const LAM_THEN_ALEF = /([\uFEDD-\uFEE0]\p{M}*)(?=[\uFE81-\uFE88\uFE8D\uFE8E])/gu;

// CSI, OSC (ended by BEL or ST), and two-character escapes.
const ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[ -/]*[0-~])/g;

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms,
// each letter with the marks that follow it (a mark must stay after its base).
const RTL_RUN = new RegExp(`(?:${RTL_LETTER_CLASS}\\p{M}*)+`, 'gu');
const RTL_CLUSTER = new RegExp(`${RTL_LETTER_CLASS}\\p{M}*`, 'gu');

export type ScreenEncoder = (chunk: string) => string;

export function screenEncoder(mode: BidiMode, env: NodeJS.ProcessEnv = {}): ScreenEncoder {
  if (mode === 'override') return isMlterm(env) ? mltermOverrideLines : overrideLines;
  if (mode === 'kitty') return (chunk) => mapText(chunk, logicalRuns);
  if (mode === 'terminal') return isMlterm(env) ? mltermLogicalLines : paragraphDirections;
  return (chunk) => chunk;
}

/** Every screen line's text between LRO and PDF: shown left to right as written. */
export function overrideLines(chunk: string): string {
  return eachLine(chunk, (pieces, first) => {
    let last = pieces.length - 1;
    while (pieces[last]?.escape) last -= 1;
    return pieces
      .map((piece, index) => {
        if (piece.escape) return piece.text;
        // Konsole drops a zero-width character written in a line's first cell (it has
        // no cell before it to join), so the override starts after the first cell;
        // the LRM keeps an RTL letter in that cell from joining the override's level.
        const unligated = piece.text.replace(LAM_THEN_ALEF, `$1${LRM}`);
        const text = index === first ? afterFirstCell(unligated, LRM + LRO) : unligated;
        return index === last ? text + PDF : text;
      })
      .join('');
  });
}

/**
 * mlterm: LRM and LRO before the line; the override ends with the line. mlterm takes a
 * line's direction from its first strong letter, so the LRM makes it an LTR paragraph,
 * and it keeps marks written into the first cell, but as cells of their own: the lines
 * must be MLTERM_MARK_CELLS narrower than the screen. A mark elsewhere in an overridden
 * line can take a cell too (a PDF at its end wrapped every full line: seen in
 * screenshots), so there are no others.
 */
export function mltermOverrideLines(chunk: string): string {
  return eachLine(chunk, (pieces, first) => pieces.map((piece, index) => (index === first ? LRM + LRO + piece.text : piece.text)).join(''));
}

/** The cells mlterm gives the marks in front of each line of mltermOverrideLines. */
export const MLTERM_MARK_CELLS = 2;

function afterFirstCell(text: string, insert: string): string {
  const first = /^.\p{M}*/su.exec(text)?.[0] ?? '';
  return first + insert + text.slice(first.length);
}

const RLM = '\u200F';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const SCP_RTL = '\u001B[2 k';
const SCP_LTR = '\u001B[1 k';

/**
 * The reader's logical lines for a terminal that reorders: each line's direction is
 * declared to VTE (SCP, before the line's first character, the only place VTE takes
 * it), RTL where the line starts with RLM or RLI, qari's marks for an RTL line. VTE would
 * lose the RLM itself (a zero-width mark in a line's first cell) and take a Latin first
 * word for an LTR line.
 */
export function paragraphDirections(chunk: string): string {
  return eachLine(chunk, (pieces, first) => {
    const direction = startsRtl(pieces[first]) ? SCP_RTL : SCP_LTR;
    return closeLeadingIsolate(pieces.map((piece, index) => (index === first ? direction + piece.text : piece.text)).join(''));
  });
}

/**
 * A line that starts with an LTR isolate (a URL, `C++` at the start of a row) loses the
 * LRI: VTE drops a zero-width character written into a line's first cell. Without it a
 * neutral at the isolate's end (a URL's closing `/`) would take the RTL line's direction
 * and jump to the token's other side; an LRM before the PDI keeps it with the token, and
 * changes nothing where the LRI survives (inside the isolate all is LTR already).
 */
function closeLeadingIsolate(line: string): string {
  const pieces = split(line);
  const plain = pieces.filter((piece) => !piece.escape).map((piece) => piece.text).join('');
  if (!/^\u200F?\u2066/u.test(plain)) return line;
  let depth = 0;
  let closed = false;
  return pieces
    .map((piece) => {
      if (piece.escape || closed) return piece.text;
      let text = '';
      for (const char of piece.text) {
        if (!closed && (char === LRI || char === RLI || char === FSI)) depth += 1;
        if (!closed && char === PDI && --depth === 0) {
          closed = true;
          text += LRM;
        }
        text += char;
      }
      return text;
    })
    .join('');
}

/**
 * mlterm counts every bidi mark (LRM, RLM, embeddings, overrides, isolates) as a cell of
 * the row, drawn or not, so marks push a row past the edge and it wraps (seen in
 * screenshots). It has no per-row direction but the first strong letter, so an RTL line
 * keeps one RLM in front (the reader is laid out MLTERM_TERMINAL_MARK_CELLS narrower for
 * it) and loses every other mark: Latin tokens are then ordered by mlterm's bidi alone.
 */
export function mltermLogicalLines(chunk: string): string {
  return eachLine(chunk, (pieces, first) => {
    const rtl = startsRtl(pieces[first]);
    return pieces.map((piece, index) => (piece.escape ? piece.text : (index === first && rtl ? RLM : '') + piece.text.replace(BIDI_MARKS, ''))).join('');
  });
}

/** The cells mlterm gives the RLM in front of an RTL line in terminal mode. */
export const MLTERM_TERMINAL_MARK_CELLS = 1;

const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Each run of right-to-left letters in a visual line, turned back to logical order. */
export function logicalRuns(text: string): string {
  return text.replace(RTL_RUN, (run) => (run.match(RTL_CLUSTER) ?? []).reverse().join(''));
}

function mapText(chunk: string, change: (text: string) => string): string {
  return split(chunk)
    .map((piece) => (piece.escape ? piece.text : change(piece.text)))
    .join('');
}

/** Each line of `chunk` in escape and text pieces; `edit` rewrites a line that has text, given its first text piece. */
function eachLine(chunk: string, edit: (pieces: Piece[], first: number) => string): string {
  return chunk
    .split('\n')
    .map((line) => {
      const pieces = split(line);
      const first = pieces.findIndex((piece) => !piece.escape);
      return first < 0 ? line : edit(pieces, first);
    })
    .join('\n');
}

/** The reader marks an RTL line with RLM, an RTL list label with RLI. */
function startsRtl(piece: Piece | undefined): boolean {
  return piece !== undefined && (piece.text.startsWith(RLM) || piece.text.startsWith(RLI));
}

interface Piece {
  text: string;
  escape: boolean;
}

function split(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(ESCAPE)) {
    const index = match.index ?? 0;
    if (index > at) pieces.push({ text: text.slice(at, index), escape: false });
    pieces.push({ text: match[0], escape: true });
    at = index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), escape: false });
  return pieces;
}
