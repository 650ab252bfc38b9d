// Reads what qari wrote to a real terminal (a tmux pipe-pane recording) and says
// which escape sequences it holds, so tests can check that only qari's own reach it:
// Ink's cursor moves, line erases and synchronized output, single SGR colours, and
// the modes of src/terminal/escapes.ts. Anything from an article (OSC 52, title
// changes, DSR, multi-attribute SGR, DCS, C1) is not among them.
import { readFileSync } from 'node:fs';

const SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~])?/g;

/** Modes qari sets and resets (escapes.ts) and what Ink writes. */
const ALLOWED_CSI = new Set([
  '?1049h', '?1049l', // alternate screen
  '?25h', '?25l', // cursor
  '?2026h', '?2026l', // synchronized output (Ink)
  '8l', '8h', // BDSM (VTE)
  '1 k', '0 k', // SCP paragraph direction
  '2J', '3J', 'H', // clear (enter, and Ink when it must redraw everything)
  '2K', 'K', 'G', // erase line, column 1 (Ink)
]);
/** One attribute at a time, as chalk writes them: no blink (5), no strike (9), no 256-colour tricks. */
const ALLOWED_SGR = new Set(['', '0', '1', '2', '3', '4', '7', '22', '23', '24', '27', '39', '49', ...Array.from({ length: 8 }, (_, n) => String(30 + n)), ...Array.from({ length: 8 }, (_, n) => String(90 + n))]);

export interface EscapeReport {
  /** Every sequence found, by its text. */
  counts: Map<string, number>;
  /** Sequences that qari does not send. */
  foreign: string[];
  /** C1 controls (U+0080–009F) written as characters. */
  c1: number;
}

export function readRecording(path: string): string {
  return readFileSync(path).toString('utf8');
}

export function escapesIn(raw: string): EscapeReport {
  const counts = new Map<string, number>();
  const foreign: string[] = [];
  for (const match of raw.matchAll(SEQUENCE)) {
    const sequence = match[0];
    counts.set(sequence, (counts.get(sequence) ?? 0) + 1);
    if (!isOurs(sequence) && !foreign.includes(sequence)) foreign.push(sequence);
  }
  return { counts, foreign: foreign.map((sequence) => JSON.stringify(sequence)), c1: (raw.match(/[\u0080-\u009f]/g) ?? []).length };
}

function isOurs(sequence: string): boolean {
  if (!sequence.startsWith('\u001b[')) return false; // OSC, DCS, ESC c, a lone ESC: never ours (mlterm's OSC only with MLTERM set)
  const body = sequence.slice(2);
  if (body.endsWith('m')) return ALLOWED_SGR.has(body.slice(0, -1));
  if (/^\d*[ABCD]$/.test(body)) return true; // cursor moves (Ink)
  return ALLOWED_CSI.has(body);
}
