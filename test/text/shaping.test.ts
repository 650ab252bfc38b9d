// Arabic shaping against GNU FriBidi: `qari bidi --width 0` must print what
// `fribidi --nobreak --nopad --clean` prints, once FriBidi's U+FEFF lam-alef fillers are
// removed, on the seed article and on a corpus of the hard cases (harakat, tatweel, the
// four lam-alef ligatures, ZWJ/ZWNJ, Persian and Urdu letters, numbers, brackets, Latin,
// explicit embeddings and isolates). Not in the corpus, on purpose: ALM (U+061C), which
// FriBidi prints and qari drops; letters newer than FriBidi 1.0.8's Unicode 10.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { shapeUnits } from '../../src/text/shaping.js';
import { classify } from '../../src/text/bidi-class.js';
import { layoutParagraph, shapeArabic } from '../../src/text/index.js';
import { runBidi } from './support/run-bidi.js';
import { fribidi, outputLines } from './support/fribidi.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');
const SEED = fixture('seed-000_d206cd8af255dd83.txt');
const CORPUS = fixture('shaping-corpus.txt');

function codes(text: string): string {
  return [...text].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');
}

async function compareWithFribidi(text: string, dir: 'rtl' | 'ltr' | 'auto'): Promise<void> {
  const expected = outputLines(fribidi(text, dir === 'auto' ? null : `--${dir}`));
  const run = await runBidi(['--width', '0', '--dir', dir], text);
  expect(run.code).toBe(0);
  const got = outputLines(run.stdout);
  const input = outputLines(text);
  expect(got.length).toBe(expected.length);
  got.forEach((line, k) => {
    expect(codes(line), `line ${k + 1}: ${input[k]}`).toBe(codes(expected[k]!));
  });
}

describe('shaping and reordering against fribidi', () => {
  for (const dir of ['rtl', 'ltr', 'auto'] as const) {
    it(`matches fribidi on the seed article (--dir ${dir})`, async () => {
      await compareWithFribidi(SEED, dir);
    });
    it(`matches fribidi on the shaping corpus (--dir ${dir})`, async () => {
      await compareWithFribidi(CORPUS, dir);
    });
  }
});

describe('shapeArabic', () => {
  it('gives each letter its joined form', () => {
    // بيت: beh initial, yeh medial, teh final.
    expect(codes(shapeArabic('بيت'))).toBe('FE91 FEF4 FE96');
    expect(codes(shapeArabic('ب'))).toBe('FE8F');
  });

  it('makes the four lam-alef ligatures one character, with no U+FEFF filler', () => {
    expect(codes(shapeArabic('لا لأ لإ لآ'))).toBe('FEFB 0020 FEF7 0020 FEF9 0020 FEF5');
    expect(codes(shapeArabic('سلا سلأ سلإ سلآ'))).toBe('FEB3 FEFC 0020 FEB3 FEF8 0020 FEB3 FEFA 0020 FEB3 FEF6');
    expect(shapeArabic('الأمم إلا')).not.toContain('\ufeff');
  });

  it('lets harakat through without breaking the joining', () => {
    // بَيْت: the marks sit between letters that still join.
    expect(codes(shapeArabic('بَيْت'))).toBe('FE91 064E FEF4 0652 FE96');
    // A mark between lam and alef: joined, but no ligature (as FriBidi).
    expect(codes(shapeArabic('لَا'))).toBe('FEDF 064E FE8E');
  });

  it('joins through tatweel and ZWJ, and breaks at ZWNJ', () => {
    expect(codes(shapeArabic('بـب'))).toBe('FE91 0640 FE90');
    expect(codes(shapeArabic('ب\u200d'))).toBe('FE91 200D');
    expect(codes(shapeArabic('ب\u200cب'))).toBe('FE8F 200C FE8F');
  });

  it('shapes Persian and Urdu letters that have presentation forms', () => {
    expect(codes(shapeArabic('پپپ'))).toBe('FB58 FB59 FB57');
    expect(codes(shapeArabic('گچک'))).toBe('FB94 FB7D FB8F');
    expect(codes(shapeArabic('یی'))).toBe('FBFE FBFD');
    expect(codes(shapeArabic('ےہ'))).toBe('FBAE FBA6');
  });

  it('prints a lam-alef ligature as one cell', () => {
    const [line] = layoutParagraph('لا', { width: 0 });
    expect(line!.text).toBe('\ufefb');
    expect(line!.width).toBe(1);
  });
});

describe('shaping fast path', () => {
  it('gives the same forms as the general FriBidi walk when every level is the same', () => {
    const letters = ['ل', 'ا', 'أ', 'آ', 'ب', 'ه', 'ء', 'ـ', '\u064e', '\u0651', '\u200d', '\u200c', '\u200f', '\u00ad', ' ', 'پ', 'ی', 'ۀ', '😀', '1', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const n = text.length;
        const cls = new Uint8Array(n + 1);
        classify(text, n, cls);
        const levels = new Uint8Array(n).fill(1);
        const general = Uint16Array.from(text, (_, i) => text.charCodeAt(i));
        const fast = Uint16Array.from(general);
        const ligatedGeneral = new Uint8Array(n);
        const ligatedFast = new Uint8Array(n);
        shapeUnits(general, n, cls, levels, ligatedGeneral);
        shapeUnits(fast, n, cls, levels, ligatedFast, 1);
        expect([...fast]).toEqual([...general]);
        expect([...ligatedFast]).toEqual([...ligatedGeneral]);
      }),
      { numRuns: 2000 },
    );
  });
});
