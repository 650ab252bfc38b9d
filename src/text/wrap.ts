// Step 6: line breaks, chosen in LOGICAL order over grapheme clusters by
// display width (after shaping), before any reordering, so the first line holds the start
// of the paragraph whatever its direction. Greedy: each line takes as many whole words as
// fit; a word is broken (between clusters) only when it is longer than a line by itself.
// Spaces at a break are dropped from both lines. Leading spaces of the paragraph are kept
// (indentation) unless they would push the first word off the line. A single cluster wider
// than the line (a wide character on a 1-cell line) still takes a line of its own.

export interface Lines {
  count: number;
  /** Per line, the clusters [from, to) shown, and where the next line's clusters begin. */
  from: Int32Array;
  to: Int32Array;
  next: Int32Array;
  /** Cells of the clusters shown. */
  cells: Int32Array;
}

const lines: Lines = { count: 0, from: new Int32Array(16), to: new Int32Array(16), next: new Int32Array(16), cells: new Int32Array(16) };

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function push(from: number, to: number, next: number, cells: number): void {
  if (lines.count === lines.from.length) {
    lines.from = grow(lines.from);
    lines.to = grow(lines.to);
    lines.next = grow(lines.next);
    lines.cells = grow(lines.cells);
  }
  lines.from[lines.count] = from;
  lines.to[lines.count] = to;
  lines.cells[lines.count] = cells;
  lines.next[lines.count++] = next;
}

/**
 * Breaks clusters [0, n), `cells` wide each, into lines of at most `width` cells (0: one
 * line). isSpace marks clusters that are a breaking space. The result is reused by the
 * next call.
 */
export function wrapClusters(n: number, cells: Uint16Array, isSpace: Uint8Array, width: number): Lines {
  lines.count = 0;
  if (width <= 0 || n === 0) {
    let sum = 0;
    for (let c = 0; c < n; c++) sum += cells[c]!;
    push(0, n, n, sum);
    return lines;
  }
  let pos = 0;
  while (pos < n) pos = fillLine(pos, n, cells, isSpace, width);
  return lines;
}

/** Lays out one line from cluster `from`; returns where the next line starts. */
function fillLine(from: number, n: number, cells: Uint16Array, isSpace: Uint8Array, width: number): number {
  let used = 0;
  let to = from;
  let i = from;
  for (;;) {
    const spaceStart = i;
    let spaces = 0;
    while (i < n && isSpace[i]) spaces += cells[i++]!;
    if (i === n) {
      // Spaces ending the paragraph stay as far as they fit.
      let end = spaceStart;
      while (end < n && used + cells[end]! <= width) used += cells[end++]!;
      push(from, end, n, used);
      return n;
    }
    const wordStart = i;
    let word = 0;
    // Measured only until it is known not to fit any line: a 1 MB word is then
    // broken in linear time, not re-measured whole for each of its lines.
    while (i < n && !isSpace[i] && word <= width) word += cells[i++]!;
    if (used + spaces + word <= width) {
      used += spaces + word;
      to = i;
      continue;
    }
    if (to > from) {
      push(from, spaceStart, wordStart, used); // the word opens the next line
      return wordStart;
    }
    if (word <= width) {
      // Leading spaces pushed the first word off: drop them, the line starts at the word.
      from = wordStart;
      used = word;
      to = i;
      continue;
    }
    // A word longer than a line: as many clusters as fit, at least one.
    let end = wordStart;
    let w = cells[end++]!;
    while (end < i && w + cells[end]! <= width) w += cells[end++]!;
    push(wordStart, end, end, w);
    return end;
  }
}
