// Step 3: Arabic presentation forms for terminals that do not shape.
//
// Joining follows GNU FriBidi (fribidi-joining.c, fribidi-arabic.c), whose output is the
// reference: characters join only within one embedding level (explicit controls and BN are
// wildcards); transparent characters (harakat, format characters) are skipped; tatweel and
// ZWJ cause joining, ZWNJ and spaces break it. Which side is "preceding" follows the level,
// so Arabic forced LTR by an override joins mirror-wise, as FriBidi does. Non-joining letters
// (hamza) keep their nominal form, as FriBidi does. Lam + alef at the same odd level become
// one ligature; the lam's unit becomes U+FEFF (FriBidi's filler), which is never printed,
// and `ligated` marks the alef so the ligature is one cluster.
import { JOINING_TYPE_RANGES, LAM_ALEF_LIGATURES, PRESENTATION_FORMS } from './shaping-table.js';
import { CodePointTable } from './code-point-table.js';
import { Cls, classify } from './bidi-class.js';
import { embeddingLevels } from './levels.js';
import { directionOfClasses } from './paragraph-direction.js';
import type { DirectionChoice } from './types.js';

/** FriBidi's lam-alef filler, left where the lam was; never printed. */
export const FILLER = 0xfeff;

const JOINING = new CodePointTable(JOINING_TYPE_RANGES, 0);

// FriBidi's joining property bits. (Constants in hot loops are const enums, which esbuild
// inlines: a module-level `const` read in a loop costs a context load and a TDZ check.)
const enum Bit {
  JOINS_RIGHT = 1,
  JOINS_LEFT = 2,
  SHAPES = 4,
  TRANSPARENT = 8,
  /** The level of explicit controls and BN: matches any level, reads as odd. */
  SENTINEL = 255,
}
/** Props per joining type U, R, L, D, C, T. */
const PROPS = new Uint8Array([
  0,
  Bit.JOINS_RIGHT | Bit.SHAPES,
  Bit.JOINS_LEFT | Bit.SHAPES,
  Bit.JOINS_RIGHT | Bit.JOINS_LEFT | Bit.SHAPES,
  Bit.JOINS_RIGHT | Bit.JOINS_LEFT,
  Bit.TRANSPARENT | Bit.SHAPES,
]);

let formsFirst = 0;
let formsLast = -1;
let forms = new Uint16Array(0); // 4 per base: isolated, final, initial, medial
const ligatureOf = new Map<number, number>(); // lam form × 0x10000 + alef form → ligature

function buildForms(): void {
  const f = PRESENTATION_FORMS;
  formsFirst = f[0]!;
  formsLast = f[f.length - 5]!;
  forms = new Uint16Array((formsLast - formsFirst + 1) * 4);
  for (let c = formsFirst; c <= formsLast; c++) forms.fill(c, (c - formsFirst) * 4, (c - formsFirst) * 4 + 4);
  for (let i = 0; i < f.length; i += 5) {
    for (let k = 0; k < 4; k++) forms[(f[i]! - formsFirst) * 4 + k] = f[i + 1 + k]! || f[i]!;
  }
  const lamInitial = formOf(0x644, 2);
  const lamMedial = formOf(0x644, 3);
  for (let i = 0; i < LAM_ALEF_LIGATURES.length; i += 4) {
    const alefFinal = formOf(LAM_ALEF_LIGATURES[i + 1]!, 1);
    ligatureOf.set(lamInitial * 0x10000 + alefFinal, LAM_ALEF_LIGATURES[i + 2]!);
    ligatureOf.set(lamMedial * 0x10000 + alefFinal, LAM_ALEF_LIGATURES[i + 3]!);
  }
}

function formOf(c: number, shape: number): number {
  return c < formsFirst || c > formsLast ? c : forms[(c - formsFirst) * 4 + shape]!;
}

/**
 * Shapes units[0, n) in place (logical order). cls and levels are the paragraph's bidi
 * classes and embedding levels; ligated[i] is set to 1 where unit i joined the one before,
 * 0 elsewhere. Returns whether anything changed. uniformLevel, when the caller knows every
 * unit has that one level, takes the fast path below.
 *
 * One pass does FriBidi's three (joining, forms, ligatures): a character's joining bits are
 * final once the next non-transparent character has been seen, so that is when it takes its
 * form; an alef taking its final form checks the lam just before it for the ligature.
 */
export function shapeUnits(units: Uint16Array, n: number, cls: Uint8Array, levels: Uint8Array, ligated: Uint8Array, uniformLevel = -1): boolean {
  if (formsLast < 0) buildForms();
  if (uniformLevel >= 0) return shapeUniform(units, n, cls, uniformLevel, ligated);
  const flat = JOINING.flat;
  const props = PROPS;
  const fm = forms;
  const first = formsFirst;
  const last = formsLast;
  ligated.fill(0, 0, n);
  let changed = false;
  let saved = -1;
  let savedProps = 0;
  let savedLevel = Bit.SENTINEL;
  let savedFollowing = 0;
  let joins = false;
  for (let i = 0; i <= n; i++) {
    let p: number;
    let level: number;
    if (i < n) {
      const k = cls[i]!;
      if (k === Cls.CONT) continue;
      const c = units[i]!;
      p = c >= 0xd800 && c <= 0xdbff && cls[i + 1] === Cls.CONT
        ? props[JOINING.get(((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000)]!
        : props[flat[c]!]!;
      if (p === 0 && !joins) {
        // Non-joining and nothing pending (spaces, digits, Latin): the common fast case.
        if (saved >= 0) {
          changed = finish(units, levels, ligated, saved, savedProps, fm, first, last) || changed;
          saved = -1;
        }
        continue;
      }
      level = k === Cls.BN || (k >= Cls.LRE && k <= Cls.PDF) ? Bit.SENTINEL : levels[i]!;
    } else {
      // Past the end: nothing follows the last joining character.
      p = 0;
      level = Bit.SENTINEL;
      if (joins) savedProps &= ~savedFollowing;
      if (saved >= 0) changed = finish(units, levels, ligated, saved, savedProps, fm, first, last) || changed;
      break;
    }
    // FriBidi's joining step (fribidi_join_arabic) for character i.
    let disjoin = false;
    if (joins && savedLevel !== level && savedLevel !== Bit.SENTINEL && level !== Bit.SENTINEL) {
      disjoin = true;
      joins = false;
    }
    const skipped = (p & Bit.TRANSPARENT) !== 0;
    if (!skipped) {
      const preceding = level & 1 ? Bit.JOINS_RIGHT : Bit.JOINS_LEFT;
      if (!joins) {
        if (p & Bit.SHAPES) p &= ~preceding;
      } else if (!(p & preceding)) disjoin = true;
    }
    if (disjoin && savedProps & Bit.SHAPES) savedProps &= ~savedFollowing;
    if (!skipped) {
      if (saved >= 0) changed = finish(units, levels, ligated, saved, savedProps, fm, first, last) || changed;
      saved = i;
      savedProps = p;
      savedLevel = level;
      savedFollowing = level & 1 ? Bit.JOINS_LEFT : Bit.JOINS_RIGHT;
      joins = (p & savedFollowing) !== 0;
    }
  }
  return changed;
}

/**
 * shapeUnits for a paragraph whose units all have one level (most prose): no level can
 * differ, so FriBidi's level checks and BN wildcards drop out; the rest is the same walk.
 */
function shapeUniform(units: Uint16Array, n: number, cls: Uint8Array, level: number, ligated: Uint8Array): boolean {
  const flat = JOINING.flat;
  const props = PROPS;
  const fm = forms;
  const first = formsFirst;
  const last = formsLast;
  const preceding = level & 1 ? Bit.JOINS_RIGHT : Bit.JOINS_LEFT;
  const following = level & 1 ? Bit.JOINS_LEFT : Bit.JOINS_RIGHT;
  const ligatures = (level & 1) === 1;
  ligated.fill(0, 0, n);
  let changed = false;
  let saved = -1;
  let savedProps = 0;
  let joins = false;
  for (let i = 0; i <= n; i++) {
    let p = 0;
    if (i < n) {
      const c = units[i]!;
      if (c >= 0xd800 && c <= 0xdbff && cls[i + 1] === Cls.CONT) {
        p = props[JOINING.get(((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000)]!;
        i++;
      } else p = props[flat[c]!]!;
      if (p & Bit.TRANSPARENT) continue;
      if (p === 0 && !joins && saved < 0) continue;
      if (!joins) {
        if (p & Bit.SHAPES) p &= ~preceding;
      } else if (!(p & preceding)) savedProps &= ~following;
    } else if (joins) savedProps &= ~following;
    // `saved` has its final joining bits: its form, and the lam-alef ligature before it.
    if (saved >= 0 && (savedProps & Bit.SHAPES) !== 0) {
      const c = units[saved]!;
      if (c >= first && c <= last) {
        const form = fm[((c - first) << 2) | (savedProps & 3)]!;
        units[saved] = form;
        changed = true;
        if (ligatures && saved > 0) {
          const before = units[saved - 1]!;
          if (before >= 0xfedf && before <= 0xfee0) {
            const ligature = ligatureOf.get(before * 0x10000 + form);
            if (ligature !== undefined) {
              units[saved - 1] = 0xfeff; // FILLER
              units[saved] = ligature;
              ligated[saved] = 1;
            }
          }
        }
      }
    }
    saved = i;
    savedProps = p;
    joins = (p & following) !== 0;
  }
  return changed;
}

/** Gives unit i its form for joining bits p, and forms a lam-alef ligature with i - 1. */
function finish(units: Uint16Array, levels: Uint8Array, ligated: Uint8Array, i: number, p: number, fm: Uint16Array, first: number, last: number): boolean {
  const c = units[i]!;
  if ((p & (Bit.SHAPES | Bit.TRANSPARENT)) !== Bit.SHAPES || c < first || c > last) return false;
  const form = fm[((c - first) << 2) | (p & 3)]!;
  units[i] = form;
  if (i > 0) {
    const before = units[i - 1]!;
    if (before >= 0xfedf && before <= 0xfee0) {
      const level = levels[i]!;
      if (level & 1 && level === levels[i - 1]) {
        const ligature = ligatureOf.get(before * 0x10000 + form);
        if (ligature !== undefined) {
          units[i - 1] = 0xfeff; // FILLER
          units[i] = ligature;
          ligated[i] = 1;
        }
      }
    }
  }
  return true;
}

/**
 * Arabic text in presentation forms, still in logical order: joining decided as for display
 * (levels from the paragraph direction, P2/P3 for 'auto'), lam-alef as one character.
 */
export function shapeArabic(text: string, dir: DirectionChoice = 'auto'): string {
  const n = text.length;
  const cls = new Uint8Array(n);
  classify(text, n, cls);
  const levels = new Uint8Array(n);
  embeddingLevels(text, cls, n, dir === 'auto' ? directionOfClasses(cls, 0, n) : dir, levels);
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  shapeUnits(units, n, cls, levels, new Uint8Array(n));
  let out = '';
  for (let i = 0; i < n; i++) if (units[i] !== FILLER || text.charCodeAt(i) === FILLER) out += String.fromCharCode(units[i]!);
  return out;
}
