// Models of what real terminals do with the bytes qari writes, so tests can say
// what a reader of each terminal sees. A small screen (cursor moves, erases, the
// bidi modes qari switches) is filled from the bytes; then each terminal's own
// treatment of a screen row is applied:
//   xterm, foot: cells as written.
//   VTE: a row written in explicit mode (CSI 8 l) as written, even after the mode is
//        switched back; otherwise the bidi algorithm per row, each row's direction from
//        its first letter when CSI ? 2501 h is on, else the one declared (SCP) before
//        the row's first character, else LTR.
//   mlterm: as written while its bidi is off (OSC 5379 use_ctl=false, a global switch:
//        switched back on, every row is reordered again); else the bidi algorithm per
//        row, direction from the first letter. Every bidi mark (LRM, RLM, embeddings,
//        overrides, isolates) takes a cell of the row, also in its first cell, where VTE
//        drops it (seen in screenshots, session 3: rows of marks and 78 letters wrap).
//   Konsole: always the bidi algorithm per row, LTR rows (explicit overrides honoured);
//        a zero-width character in a row's first cell is lost.
//   kitty (default settings): each run of right-to-left letters drawn reversed.
// The bidi algorithm is GNU FriBidi's (the `fribidi` command), not qari's own engine.
// Checked once against screenshots of the real terminals (scripts/terminal-shots).
import { execFileSync } from 'node:child_process';
import stringWidth from 'string-width';

export type TerminalName = 'xterm' | 'foot' | 'vte' | 'mlterm' | 'konsole' | 'kitty';

export const TERMINAL_ENV: Record<TerminalName, Record<string, string>> = {
  xterm: { TERM: 'xterm-256color' },
  foot: { TERM: 'foot' },
  vte: { TERM: 'xterm-256color', VTE_VERSION: '7006' },
  mlterm: { TERM: 'mlterm', MLTERM: '3.9.0' },
  konsole: { TERM: 'xterm-256color', KONSOLE_VERSION: '221203' },
  kitty: { TERM: 'xterm-kitty', KITTY_WINDOW_ID: '1' },
};

type Direction = 'ltr' | 'rtl' | 'auto';

interface Modes {
  vteExplicit: boolean;
  vteAutoDirection: boolean;
  mltermBidiOff: boolean;
}

/** A screen of `rows` × `columns` cells filled from a byte stream. */
export class ScreenModel {
  readonly cells: string[][];
  /** VTE keeps the bidi mode a row was written in with the row. */
  readonly rowExplicit: boolean[];
  /** And the paragraph direction declared (SCP) before the row's first character. */
  readonly rowDirection: Direction[];
  private declared: Direction = 'auto';
  private row = 0;
  private column = 0;
  readonly modes: Modes = { vteExplicit: false, vteAutoDirection: false, mltermBidiOff: false };

  constructor(
    readonly columns: number,
    readonly rows: number,
    readonly terminal?: TerminalName,
  ) {
    this.cells = Array.from({ length: rows }, () => Array<string>(columns).fill(' '));
    this.rowExplicit = Array<boolean>(rows).fill(false);
    this.rowDirection = Array<Direction>(rows).fill('auto');
  }

  feed(bytes: string): this {
    const token = /\u001B\[([?]?)([0-9;]*)( ?)([@-~])|\u001B\]([^\u0007\u001B]*)(?:\u0007|\u001B\\)|\u001B[()][0-9A-Za-z]|\u001B[=>78]|\r|\n|[^\u001B\r\n]/gsu;
    for (const match of bytes.matchAll(token)) {
      const [whole, privateMark, params, space, final, osc] = match;
      if (final !== undefined) this.csi(privateMark ?? '', params ?? '', space ?? '', final);
      else if (osc !== undefined) this.osc(osc);
      else if (whole === '\r') this.column = 0;
      else if (whole === '\n') this.lineFeed();
      else if (!whole.startsWith('\u001B')) this.print(whole);
    }
    return this;
  }

  private print(char: string): void {
    const width = stringWidth(char);
    // mlterm counts every bidi mark, and anything of no width in a row's first cell, as a
    // cell of its own (its bidi still sees the mark).
    if (this.terminal === 'mlterm' && ((width === 0 && this.column === 0) || /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(char))) {
      this.print(' ');
      this.cells[this.row]![this.column - 1] = char + ' ';
      return;
    }
    if (width === 0) {
      // Joins the cell before it; in a row's first cell there is none (VTE, Konsole drop it).
      if (this.column > 0) this.cells[this.row]![this.column - 1] += char;
      return;
    }
    if (this.column >= this.columns) {
      this.column = 0;
      this.lineFeed();
    }
    if (this.column === 0) this.rowDirection[this.row] = this.declared;
    this.cells[this.row]![this.column] = char;
    this.rowExplicit[this.row] = this.modes.vteExplicit;
    for (let extra = 1; extra < width && this.column + extra < this.columns; extra++) this.cells[this.row]![this.column + extra] = '';
    this.column += width;
  }

  private lineFeed(): void {
    if (this.row < this.rows - 1) this.row += 1;
    else {
      this.cells.shift();
      this.cells.push(Array<string>(this.columns).fill(' '));
      this.rowExplicit.shift();
      this.rowExplicit.push(false);
      this.rowDirection.shift();
      this.rowDirection.push('auto');

    }
  }

  private csi(privateMark: string, params: string, space: string, final: string): void {
    const numbers = params.split(';').map((part) => (part === '' ? undefined : Number(part)));
    const n = numbers[0] ?? 1;
    if (privateMark === '?') {
      if (numbers[0] === 2501) this.modes.vteAutoDirection = final === 'h';
      if (numbers[0] === 1049 || numbers[0] === 47) this.erase(2);
      return;
    }
    if (space) {
      // SCP: 1 LTR, 2 RTL, 0 back to the default (found from the text, or LTR).
      if (final === 'k') this.declared = numbers[0] === 1 ? 'ltr' : numbers[0] === 2 ? 'rtl' : 'auto';
      return;
    }
    switch (final) {
      case 'h':
      case 'l':
        if (numbers[0] === 8) this.modes.vteExplicit = final === 'l';
        break;
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.row = Math.min(this.rows - 1, this.row + n);
        break;
      case 'C':
        this.column = Math.min(this.columns - 1, this.column + n);
        break;
      case 'D':
        this.column = Math.max(0, this.column - n);
        break;
      case 'G':
        this.column = Math.min(this.columns - 1, n - 1);
        break;
      case 'H':
        this.row = Math.min(this.rows - 1, (numbers[0] ?? 1) - 1);
        this.column = Math.min(this.columns - 1, (numbers[1] ?? 1) - 1);
        break;
      case 'J':
        this.erase(numbers[0] ?? 0);
        break;
      case 'K':
        this.eraseInLine(numbers[0] ?? 0);
        break;
      default:
        break;
    }
  }

  private osc(body: string): void {
    if (body === '5379;use_ctl=false') this.modes.mltermBidiOff = true;
    if (body === '5379;use_ctl=true') this.modes.mltermBidiOff = false;
  }

  private erase(how: number): void {
    const from = how === 2 ? 0 : how === 1 ? 0 : this.row;
    const to = how === 1 ? this.row : this.rows - 1;
    for (let row = from; row <= to; row++) this.cells[row] = Array<string>(this.columns).fill(' ');
  }

  private eraseInLine(how: number): void {
    const line = this.cells[this.row]!;
    const [from, to] = how === 0 ? [this.column, this.columns] : how === 1 ? [0, this.column + 1] : [0, this.columns];
    for (let column = from; column < to; column++) line[column] = ' ';
  }

  /** The rows as written, cell by cell, zero-width characters kept. */
  writtenRows(): string[] {
    return this.cells.map((cells) => cells.join(''));
  }
}

/** What a reader of `terminal` sees on each row, trailing blanks and invisible marks dropped. */
export function seenRows(terminal: TerminalName, screen: ScreenModel): string[] {
  let rows = screen.writtenRows();
  if (terminal === 'konsole') rows = rows.map(dropLeadingZeroWidth);
  const shown = (() => {
    switch (terminal) {
      case 'xterm':
      case 'foot':
        return rows;
      case 'vte':
        return vteRows(rows, screen);
      case 'mlterm':
        return screen.modes.mltermBidiOff ? rows : fribidiRows(rows, 'auto');
      case 'konsole':
        return fribidiRows(rows, 'ltr');
      case 'kitty':
        return rows.map(reverseRtlRuns);
    }
  })();
  // FriBidi leaves U+FEFF where a lam-alef ligature took two letters' place.
  return shown.map((row) => row.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').trimEnd());
}

function vteRows(rows: string[], screen: ScreenModel): string[] {
  // A declared direction counts only while VTE is not finding directions itself.
  const found = screen.modes.vteAutoDirection ? 'auto' : 'ltr';
  const directionOf = (index: number): Direction => (screen.modes.vteAutoDirection ? 'auto' : screen.rowDirection[index] === 'auto' ? found : screen.rowDirection[index]!);
  const byDirection = new Map<Direction, string[]>();
  for (const direction of ['ltr', 'rtl', 'auto'] as const) byDirection.set(direction, fribidiRows(rows, direction));
  return rows.map((row, index) => (screen.rowExplicit[index] ? row : byDirection.get(directionOf(index))![index]!));
}

function dropLeadingZeroWidth(row: string): string {
  return row.replace(/^[\u200E\u200F\u202A-\u202E\u2066-\u2069]+/, '');
}

const RTL_RUN = /(?:[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]\p{M}*)+/gu;
const RTL_CLUSTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]\p{M}*/gu;

function reverseRtlRuns(row: string): string {
  return row.replace(RTL_RUN, (run) => (run.match(RTL_CLUSTER) ?? []).reverse().join(''));
}

/** Each row through FriBidi as a paragraph of its own, not wrapped, not padded. */
function fribidiRows(rows: string[], direction: Direction): string[] {
  const flags = ['--nopad', '--nobreak', '--clean', direction === 'ltr' ? '--ltr' : direction === 'rtl' ? '--rtl' : '--wltr'];
  // Whole rows: a row's trailing blanks are where an RTL row's left margin comes from.
  const input = rows.join('\n') + '\n';
  const output = execFileSync('fribidi', flags, { input, encoding: 'utf8' });
  return output.split('\n').slice(0, rows.length);
}
