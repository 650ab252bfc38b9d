// Wrapping in logical order (the engine's wrap step, before each line is reordered) at every width from 20 to 200, on the
// seed article plus paragraphs with harakat, long words and mixed directions: what a reader
// sees when the terminal is resized.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { displayWidth, layoutParagraph, type VisualLine } from '../../src/text/index.js';

const SEED = readFileSync(new URL('../fixtures/text/seed-000_d206cd8af255dd83.txt', import.meta.url), 'utf8');
const EXTRA = [
  'وَيُحَذِّرُ مُرَاقِبُونَ مِنْ مَخَاطِرِ أَمْنِيَّةٍ قَدْ تُوَاجِهُ العِرَاقَ مَعَ عَمَلِيَّةِ انْسِحَابِ القُوَّاتِ الأَمْرِيكِيَّةِ.',
  'كلمة_طويلة_جدا_لا_تتسع_في_سطر_واحد_مهما_كان_عرض_الشاشة_لأنها_أطول_من_مئتي_خلية_بكثير_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا_جدا قصيرة',
  'قال المتحدث (John Smith) إن الاجتماع سيعقد في 2024/01/31 الساعة 10:30 في مبنى "الأمم المتحدة" [UN] بحضور 150 مندوبا.',
  'An English paragraph with an Arabic phrase (قاعدة بيانات) inside it, long enough to wrap several times at narrow widths.',
  'ـــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــ tatweel',
];
const PARAGRAPHS = [...SEED.split('\n').filter((p) => p.trim() !== ''), ...EXTRA];
const MARK = /\p{M}/u;
const BREAK = ' ';

/** Display width of a piece of the original text, shaped as the engine shapes it. */
function cells(text: string): number {
  return text === '' ? 0 : layoutParagraph(text, { width: 0, pad: false })[0]!.width;
}

function multiset(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) if (c !== ' ' && c !== '\u200f' && c !== '\u200e') counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

function check(paragraph: string, width: number, lines: VisualLine[]): void {
  const where = `width ${width}: ${paragraph.slice(0, 40)}…`;
  expect(lines[0]!.start, where).toBe(0);
  expect(lines[lines.length - 1]!.end, where).toBe(paragraph.length);
  lines.forEach((line, k) => {
    const at = `${where} line ${k}`;
    // Exactly the width, and never wider: padding fills what the words leave.
    expect(displayWidth(line.text), at).toBe(width);
    expect(line.width, at).toBe(width);
    // RTL flush right, LTR flush left (a paragraph's own leading spaces are its indentation).
    const indented = k === 0 && paragraph.startsWith(' ');
    if (line.dir === 'rtl') expect(line.text.endsWith(' ') && !indented, at).toBe(false);
    else expect(line.text.startsWith(' ') && !indented, at).toBe(false);
    // A combining mark always follows its base, never a space or the line start.
    [...line.text].forEach((c, i, all) => {
      if (MARK.test(c)) expect(i > 0 && all[i - 1] !== ' ', `${at}: mark ${c} at ${i}`).toBe(true);
    });
    if (k > 0) expect(line.start, at).toBe(lines[k - 1]!.end);
  });
}

describe('wrapping', () => {
  it('fills every line to the width, flush to the paragraph side, marks with their base (widths 20–200)', () => {
    for (let width = 20; width <= 200; width++) {
      for (const paragraph of PARAGRAPHS) check(paragraph, width, layoutParagraph(paragraph, { width }));
    }
  });

  it('puts the start of the paragraph on the first line, and each line shows its own logical slice', () => {
    for (let width = 20; width <= 200; width += 7) {
      for (const paragraph of PARAGRAPHS) {
        const lines = layoutParagraph(paragraph, { width, shape: false, mirror: false, pad: false });
        for (const line of lines) {
          const slice = paragraph.slice(line.start, line.end);
          expect(multiset(line.text), `width ${width}: ${slice}`).toEqual(multiset(slice));
        }
        const firstWord = paragraph.trim().split(BREAK)[0]!;
        if (cells(firstWord) <= width) expect(paragraph.slice(0, lines[0]!.end)).toContain(firstWord);
      }
    }
  });

  it('takes as many whole words as fit, and splits a word only when it is longer than a line', () => {
    for (let width = 20; width <= 200; width += 3) {
      for (const paragraph of PARAGRAPHS) {
        const lines = layoutParagraph(paragraph, { width, pad: false });
        for (let k = 0; k + 1 < lines.length; k++) {
          const line = lines[k]!;
          const next = lines[k + 1]!;
          const at = `width ${width} line ${k}: ${paragraph.slice(line.start, line.end)}`;
          const brokenAtSpace = paragraph[next.start - 1] === BREAK;
          // The word the next line starts with (whole, even when it was split).
          const wordStart = paragraph.lastIndexOf(BREAK, next.start - 1) + 1;
          const wordEnd = paragraph.indexOf(BREAK, next.start) === -1 ? paragraph.length : paragraph.indexOf(BREAK, next.start);
          const word = paragraph.slice(wordStart, wordEnd);
          if (brokenAtSpace) {
            // It did not fit after this line's words and a space.
            expect(line.width + 1 + cells(word), at).toBeGreaterThan(width);
          } else {
            // Split inside a word: only a word longer than a whole line.
            expect(cells(word), `${at} | split word ${word}`).toBeGreaterThan(width);
          }
        }
      }
    }
  });

  it('breaks at spaces only: no-break spaces hold their neighbours together', () => {
    const text = 'كلمة\u00a0ملتصقة '.repeat(12).trim();
    for (const line of layoutParagraph(text, { width: 30, pad: false, shape: false })) {
      const slice = text.slice(line.start, line.end).trim();
      expect(slice.startsWith('\u00a0')).toBe(false);
      expect(slice.split(' ').every((w) => w === 'كلمة\u00a0ملتصقة')).toBe(true);
    }
  });

  it('keeps one line per paragraph, unpadded, at width 0', () => {
    for (const paragraph of PARAGRAPHS) {
      const lines = layoutParagraph(paragraph, { width: 0 });
      expect(lines.length).toBe(1);
      expect(lines[0]!.width).toBe(displayWidth(lines[0]!.text));
    }
  });

  it('lays out an empty paragraph as one blank line', () => {
    expect(layoutParagraph('', { width: 10 }).map((l) => l.text)).toEqual(['          ']);
    expect(layoutParagraph('', { width: 0 }).map((l) => l.text)).toEqual(['']);
  });
});
