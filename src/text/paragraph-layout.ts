// The whole text engine for one paragraph, one step per file:
// sanitize → direction → levels → shaping → clusters and widths → wrap (logical order)
// → reorder per line → mirror → drop format characters → align.
// Levels are computed before shaping only because FriBidi's joining, the shaping
// reference, looks at them; both work on the logical text.
// Buffers are module-level typed arrays reused from call to call: the CLI runs this over
// megabytes of paragraphs, and the engine is synchronous, so nothing can interleave. Hot
// loops copy them into locals first (a module binding read in a loop costs a context load
// and a TDZ check each time).
import type { Direction, LayoutOptions, Segment, VisualLine } from './types.js';
import { sanitizeWithMap, fromUnits } from './sanitize.js';
import { Cls, classify } from './bidi-class.js';
import { directionOfClasses } from './paragraph-direction.js';
import { embeddingLevels } from './levels.js';
import { shapeUnits } from './shaping.js';
import { findClusters, type ClusterBuffers } from './clusters.js';
import { wrapClusters, type Lines } from './wrap.js';
import { reorderLine } from './reorder.js';
import { mirrorTable } from './mirror.js';
import { Keep, keepTable, keepOfCodePoint, isPictograph } from './format-chars.js';
import { paddingFor, type Padding } from './align.js';
import { NO_STYLES, styleIds, type StyleIds } from './styles.js';
import { ControlBalance } from './logical.js';

// Per unit.
let cls = new Uint8Array(0);
let levels = new Uint8Array(0);
let units = new Uint16Array(0);
let ligated = new Uint8Array(0);
// Per cluster.
const clusters: ClusterBuffers = { starts: new Int32Array(0), cells: new Uint16Array(0), spaces: new Uint8Array(0) };
let order = new Int32Array(0);
// Output units (a line, or all lines of a paragraph for layoutText).
let out = new Uint16Array(1024);
const padding: Padding = { before: 0, after: 0 };

function reserve(n: number): void {
  if (cls.length >= n + 1) return;
  const size = n + 1 + (n >> 1);
  cls = new Uint8Array(size);
  levels = new Uint8Array(size);
  units = new Uint16Array(size);
  ligated = new Uint8Array(size);
  clusters.starts = new Int32Array(size + 1);
  clusters.cells = new Uint16Array(size);
  clusters.spaces = new Uint8Array(size);
  order = new Int32Array(size);
}

/** Makes room for `more` output units after `length`. */
function reserveOut(length: number, more: number): void {
  if (length + more <= out.length) return;
  const bigger = new Uint16Array(Math.max(out.length * 2, length + more + 1024));
  bigger.set(out.subarray(0, length));
  out = bigger;
}

const R_CLASSES = (1 << Cls.R) | (1 << Cls.AL) | (1 << Cls.AN);
const L_CLASSES = (1 << Cls.L) | (1 << Cls.EN) | (1 << Cls.AN);
const CONTROL_CLASSES = (1 << Cls.LRE) | (1 << Cls.LRO) | (1 << Cls.RLE) | (1 << Cls.RLO) | (1 << Cls.PDF) | (1 << Cls.LRI) | (1 << Cls.RLI) | (1 << Cls.FSI) | (1 << Cls.PDI);

/** A paragraph taken through steps 1–6, ready for its lines to be written. */
interface Prepared {
  /** Units of the sanitised text. */
  n: number;
  map: Int32Array | null;
  dir: Direction;
  paragraph: number;
  visual: boolean;
  mirror: boolean;
  width: number;
  pad: boolean;
  /** Every unit is at the paragraph level (levels are then not filled in). */
  uniform: boolean;
  lines: Lines;
}

const prepared: Prepared = { n: 0, map: null, dir: 'ltr', paragraph: 0, visual: true, mirror: true, width: 0, pad: false, uniform: false, lines: undefined as unknown as Lines };

function prepare(text: string, options: LayoutOptions): Prepared {
  const width = options.width > 0 ? Math.floor(options.width) : 0;
  const visual = options.visual ?? true;
  const shape = visual && (options.shape ?? true);

  // 1. Sanitise; `map` leads back to the caller's indices.
  const { text: s, map } = sanitizeWithMap(text);
  const n = s.length;
  reserve(n);
  const seen = classify(s, n, cls, units);

  // 2. Direction.
  const dir: Direction = options.dir === 'ltr' || options.dir === 'rtl' ? options.dir : directionOfClasses(cls, 0, n);
  const paragraph = dir === 'rtl' ? 1 : 0;

  let joined: Uint8Array | null = null;
  let uniform = false;
  if (visual) {
    // 5. Levels (trivial when nothing can leave the paragraph direction).
    uniform = seen & CONTROL_CLASSES ? false : paragraph === 0 ? !(seen & R_CLASSES) : !(seen & L_CLASSES);
    if (!uniform) embeddingLevels(s, cls, n, dir, levels);
    // 3. Shaping, on the logical text.
    if (shape && seen & (1 << Cls.AL) && shapeUnits(units, n, cls, levels, ligated, uniform ? paragraph : -1)) joined = ligated;
  }

  // 4. Clusters, with their cells (9: measured after shaping) and breaking spaces.
  const count = findClusters(s, units, n, joined, clusters);

  // 6. Wrap in logical order.
  const p = prepared;
  p.lines = wrapClusters(count, clusters.cells, clusters.spaces, width);
  p.n = n;
  p.map = map;
  p.dir = dir;
  p.paragraph = paragraph;
  p.visual = visual;
  p.mirror = visual && (options.mirror ?? true);
  p.width = width;
  p.pad = (options.pad ?? true) && width > 0;
  // Every unit at the paragraph level: `levels` is left unfilled and reads as that.
  p.uniform = uniform;
  return p;
}

/** Lays out one paragraph (any '\n' in it reads as a space) into lines for the terminal. */
export function layoutParagraph(text: string, options: LayoutOptions): VisualLine[] {
  const p = prepare(text, options);
  const { lines, map, dir, visual, width, pad } = p;
  const starts = clusters.starts;
  const styles = options.runs && options.runs.length > 0 ? styleIds(options.runs, text.length, map, p.n) : null;
  const balance = visual ? undefined : new ControlBalance();
  const result: VisualLine[] = [];
  let start = 0;
  for (let k = 0; k < lines.count; k++) {
    const end = k === lines.count - 1 ? text.length : originalIndex(map, starts[lines.next[k]!]!);
    const m = orderLine(p, k);
    const cells = lines.cells[k]!;
    paddingFor(cells, pad ? width : 0, dir, visual, padding);
    const prefix = balance ? balance.reopen() : '';
    let segments: Segment[];
    if (styles === null) {
      let length = writeSpaces(0, padding.before);
      length = writeText(length, prefix);
      length = writeClusters(m, spanOf(k), p.mirror, balance, length, null, null);
      if (balance) length = writeText(length, balance.close());
      length = writeSpaces(length, padding.after);
      segments = [{ text: fromUnits(out, 0, length), styles: NO_STYLES }];
    } else {
      segments = styledSegments(m, spanOf(k), p.mirror, balance, styles, prefix);
      if (padding.before > 0) addPadding(segments, padding.before, true);
      if (padding.after > 0) addPadding(segments, padding.after, false);
    }
    const lineText = segments.length === 1 ? segments[0]!.text : segments.map((segment) => segment.text).join('');
    result.push({ text: lineText, width: cells + padding.before + padding.after, segments, dir, start, end });
    start = end;
  }
  return result;
}

/**
 * The paragraph's visual lines as one string, each line ended by '\n': what a filter such as
 * `qari bidi` prints. Same lines as layoutParagraph, without building them one by one.
 */
export function layoutText(text: string, options: Omit<LayoutOptions, 'runs'>): string {
  const p = prepare(text, options);
  const { lines, dir, visual, pad } = p;
  const width = pad ? p.width : 0;
  const balance = visual ? undefined : new ControlBalance();
  let length = 0;
  for (let k = 0; k < lines.count; k++) {
    const m = orderLine(p, k);
    const cells = lines.cells[k]!;
    paddingFor(cells, width, dir, visual, padding);
    length = writeSpaces(length, padding.before);
    if (balance) length = writeText(length, balance.reopen());
    length = writeClusters(m, spanOf(k), p.mirror, balance, length, null, null);
    if (balance) length = writeText(length, balance.close());
    length = writeSpaces(length, padding.after);
    reserveOut(length, 1);
    out[length++] = 0x0a;
  }
  return fromUnits(out, 0, length);
}

/** 7. The clusters of line k in display order, into `order`; returns how many. */
function orderLine(p: Prepared, k: number): number {
  const from = p.lines.from[k]!;
  const to = p.lines.to[k]!;
  const o = order;
  if (!p.visual || (p.uniform && p.paragraph === 0)) for (let c = from; c < to; c++) o[c - from] = c;
  else if (p.uniform) for (let c = from, k2 = to - from - 1; c < to; c++, k2--) o[k2] = c; // one RTL run: reversed
  else reorderLine(from, to, clusters.starts, levels, cls, p.paragraph, o);
  return to - from;
}

function originalIndex(map: Int32Array | null, unit: number): number {
  return map ? map[unit]! : unit;
}

function writeSpaces(length: number, count: number): number {
  if (count <= 0) return length;
  reserveOut(length, count);
  out.fill(0x20, length, length + count);
  return length + count;
}

function writeText(length: number, text: string): number {
  if (text === '') return length;
  reserveOut(length, text.length);
  for (let i = 0; i < text.length; i++) out[length++] = text.charCodeAt(i);
  return length;
}

// What a BMP unit prints as, at an even and at an odd level (mirrored, rule L4): the unit
// itself or its mirror, 0 where it needs a second look (format characters, surrogates).
let printEven: Uint16Array | undefined;
let printOdd: Uint16Array | undefined;

function buildPrintTables(): void {
  const keeps = keepTable();
  const mirrors = mirrorTable();
  const even = new Uint16Array(0x10000);
  const odd = new Uint16Array(0x10000);
  for (let c = 1; c < 0x10000; c++) {
    if (keeps[c] !== Keep.Print || (c >= 0xd800 && c <= 0xdfff)) continue;
    even[c] = c;
    odd[c] = mirrors[c] || c;
  }
  printEven = even;
  printOdd = odd;
}

/**
 * Writes the units of clusters order[0, m), which hold `span` units, at `length`; returns
 * the new length. Visual mode mirrors units of odd-level clusters (8, rule L4) and drops
 * format characters (9); logical mode keeps ZWJ, ZWNJ and the marks and balances the bidi
 * controls through `balance`. With `cuts`, records [output position, style id] where the
 * styles change.
 */
function writeClusters(m: number, span: number, mirror: boolean, balance: ControlBalance | undefined, length: number, styles: StyleIds | null, cuts: number[] | null): number {
  if (printEven === undefined) buildPrintTables();
  // With uniform levels `levels` was not filled: every cluster is at the paragraph level.
  const uniformLevel = prepared.uniform ? prepared.paragraph : -1;
  const st = clusters.starts;
  const seq = order;
  const un = units;
  const lv = levels;
  const even = printEven!;
  const odd = mirror ? printOdd! : even;
  const visual = balance === undefined;
  reserveOut(length, span);
  const o = out;
  let current = -1;
  for (let i = 0; i < m; i++) {
    const c = seq[i]!;
    const a = st[c]!;
    const b = st[c + 1]!;
    if (styles && styles.ids[a] !== current) {
      current = styles.ids[a]!;
      cuts!.push(length, current);
    }
    const table = ((uniformLevel >= 0 ? uniformLevel : lv[a]!) & 1) === 1 ? odd : even;
    for (let u = a; u < b; u++) {
      const unit = un[u]!;
      const printed = table[unit]!;
      if (printed !== 0) {
        o[length++] = printed;
        continue;
      }
      if (unit >= 0xd800 && unit <= 0xdbff && u + 1 < b) {
        // An astral character: its own rules (tags are kept only after an emoji).
        const cp = ((unit - 0xd800) << 10) + (un[u + 1]! - 0xdc00) + 0x10000;
        const keep = keepOfCodePoint(cp);
        if (keep === Keep.Print || (keep === Keep.Tag && pictographAt(a))) {
          o[length++] = unit;
          o[length++] = un[u + 1]!;
        }
        u++;
        continue;
      }
      const keep = keepTable()[unit]!;
      if (keep === Keep.Drop || keep === Keep.Print) continue; // (Print here: a lone surrogate, which sanitize never leaves)
      if (visual) {
        // ZWJ survives only inside an emoji sequence: after a pictograph, before one.
        if (unit === 0x200d && u + 1 < b && pictographAt(u + 1) && pictographAt(a)) o[length++] = unit;
      } else if (keep === Keep.Logical || balance.accept(unit)) o[length++] = unit;
    }
  }
  return length;
}

/** Units held by the clusters of line k (an upper bound of what they print). */
function spanOf(k: number): number {
  const lines = prepared.lines;
  return clusters.starts[lines.to[k]!]! - clusters.starts[lines.from[k]!]!;
}

/** Whether the code point at unit u is a pictograph (what an emoji ZWJ joins). */
function pictographAt(u: number): boolean {
  const unit = units[u]!;
  const cp = unit >= 0xd800 && unit <= 0xdbff ? ((unit - 0xd800) << 10) + (units[u + 1]! - 0xdc00) + 0x10000 : unit;
  return isPictograph(cp);
}

/** A line cut into segments where the styles change (the styled, slower path). */
function styledSegments(m: number, span: number, mirror: boolean, balance: ControlBalance | undefined, styles: StyleIds, prefix: string): Segment[] {
  const cuts: number[] = [];
  const length = writeClusters(m, span, mirror, balance, 0, styles, cuts);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    const from = cuts[i]!;
    const to = i + 2 < cuts.length ? cuts[i + 2]! : length;
    if (to > from) segments.push({ text: fromUnits(out, from, to), styles: styles.sets[cuts[i + 1]!]! });
  }
  if (segments.length === 0) segments.push({ text: '', styles: NO_STYLES });
  if (prefix) segments[0] = { text: prefix + segments[0]!.text, styles: segments[0]!.styles };
  if (balance) {
    const suffix = balance.close();
    const last = segments[segments.length - 1]!;
    if (suffix) segments[segments.length - 1] = { text: last.text + suffix, styles: last.styles };
  }
  return segments;
}

/** Padding is never styled: it joins an unstyled edge segment or becomes one. */
function addPadding(segments: Segment[], count: number, before: boolean): void {
  const pad = ' '.repeat(count);
  const edge = before ? segments[0]! : segments[segments.length - 1]!;
  if (edge.styles.length === 0) {
    const merged = { text: before ? pad + edge.text : edge.text + pad, styles: NO_STYLES };
    if (before) segments[0] = merged;
    else segments[segments.length - 1] = merged;
  } else if (before) segments.unshift({ text: pad, styles: NO_STYLES });
  else segments.push({ text: pad, styles: NO_STYLES });
}
