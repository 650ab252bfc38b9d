// Properties over random paragraphs mixing Arabic, Hebrew, Latin, digits, brackets, marks,
// emoji and every kind of control: the layout loses and invents nothing (the clusters that
// come out are the sanitised input's, up to shaping and mirroring), keeps clusters whole,
// and lets no control character, escape or bidi control reach the terminal.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import bidiModule from 'bidi-js';
import { displayWidth, layoutParagraph, layoutText, sanitize, type DirectionChoice } from '../../src/text/index.js';

type Factory = typeof bidiModule.default;
const bidi = (typeof bidiModule === 'function' ? (bidiModule as unknown as Factory) : bidiModule.default)();

const TOKENS = [
  // Arabic letters (lam and alef often, for ligatures), harakat, tatweel, Arabic digits and punctuation
  'ل', 'ا', 'أ', 'إ', 'آ', 'ب', 'ت', 'ه', 'ي', 'ة', 'ء', 'و', 'پ', 'گ', 'ی', 'ـ', '\u064e', '\u0651', '\u0650\u0651', '٣', '٤', '،', '؟',
  // Hebrew with points, Latin with combining marks, digits
  'א', 'ב', 'ש\u05bc', 'a', 'b', 'Z', 'e\u0301', '1', '2', '0', '.', ',', '+', '-', '%', '$', '/', ':',
  // brackets and quotes
  '(', ')', '[', ']', '{', '}', '<', '>', '«', '»', '"',
  // spaces
  ' ', ' ', ' ', '\u00a0', '\u3000',
  // emoji: presentation, ZWJ sequence, flag (a pair of regional indicators), skin tone, keycap
  '😀', '👨\u200d👩\u200d👧', '🇸🇦', '👍🏽', '1\ufe0f\u20e3', '中',
  // format characters
  '\u200d', '\u200c', '\u200e', '\u200f', '\u061c', '\ufeff', '\u00ad', '\u200b', '\u2060',
  // explicit embeddings, overrides and isolates, balanced or not
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  // C0, DEL, C1 and escape sequences, whole and broken
  '\t', '\n', '\r', '\0', '\x07', '\x7f', '\x85', '\x9b', '\x9b31m', '\x1b[31m', '\x1b[0m', '\x1b]8;;https://x.example\x07', '\x1b]0;title\x1b\\', '\x1b(B', '\x1b', '\x1bP1;2|data\x1b\\',
];

const paragraph = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));
const settings = fc.record({
  width: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
  dir: fc.constantFrom<DirectionChoice>('auto', 'ltr', 'rtl'),
  shape: fc.boolean(),
  mirror: fc.boolean(),
});

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** What the engine drops on purpose: zero-width format characters and bidi controls. */
const DROPPED = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const DROPPED_BUT_ZWJ = /[\u00ad\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** Nothing of this may reach a terminal in visual mode. */
const FORBIDDEN = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Undoes shaping (presentation forms back to letters) and folds mirrored pairs together. */
function normalise(text: string): string {
  let s = text.replace(/[\ufb50-\ufdff\ufe70-\ufefe]/gu, (c) => c.normalize('NFKC'));
  s = [...s].map((c) => {
    const m = bidi.getMirroredCharacter(c);
    return m !== null && m < c ? m : c;
  }).join('');
  return s;
}

/** Code points of a text as a multiset, breaking spaces left out (breaks drop them, padding adds them). */
function codePoints(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) if (c !== ' ' && c !== '\u3000') counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** What of the input the engine should print: sanitised, dropped characters removed (emoji ZWJ sequences keep theirs). */
function printable(input: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(sanitize(input))) {
    // ZWJ stays inside an emoji sequence only: in a pictograph's cluster, before a pictograph.
    const emoji = /^\p{Extended_Pictographic}/u.test(segment);
    const kept = emoji ? segment.replace(DROPPED_BUT_ZWJ, '').replace(/\u200d(?!\p{Extended_Pictographic})/gu, '') : segment.replace(DROPPED, '');
    if (kept !== '') out.push(normalise(kept));
  }
  return out;
}

describe('layout properties', () => {
  it('prints exactly the sanitised input’s characters, clusters whole (after shaping and mirroring)', () => {
    fc.assert(
      fc.property(paragraph, settings, (input, options) => {
        const lines = layoutParagraph(input, options).map((line) => normalise(line.text));
        const expected = printable(input);
        expect(codePoints(lines.join(''))).toEqual(codePoints(expected.join('')));
        // A cluster of several characters (base and marks, emoji sequence) comes out in one piece.
        for (const cluster of expected) {
          if ([...cluster].length > 1 && cluster.trim() === cluster) {
            expect(lines.some((line) => line.includes(cluster)), `cluster ${cluster} in ${JSON.stringify(lines)}`).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never lets a control character, an escape or a bidi control through', () => {
    fc.assert(
      fc.property(paragraph, settings, (input, options) => {
        for (const line of layoutParagraph(input, options)) {
          expect(line.text).not.toMatch(FORBIDDEN);
          for (const segment of line.segments) expect(segment.text).not.toMatch(FORBIDDEN);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps every line within the width, padded to exactly the width', () => {
    fc.assert(
      fc.property(paragraph, settings, (input, options) => {
        for (const line of layoutParagraph(input, options)) {
          expect(line.width).toBe(displayWidth(line.text));
          if (options.width === 0) continue;
          // The only excess: one cluster wider than the whole line (a 2-cell emoji at width 1).
          if (line.width > options.width) expect([...segmenter.segment(line.text)].length).toBe(1);
          else expect(line.width).toBe(options.width);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('in logical mode, keeps the text in order and every line’s bidi controls balanced', () => {
    fc.assert(
      fc.property(paragraph, settings, (input, options) => {
        const lines = layoutParagraph(input, { ...options, visual: false });
        for (const line of lines) {
          expect(line.text).not.toMatch(/[\0-\x1f\x7f-\x9f]/u);
          const stack: string[] = [];
          for (const c of line.text) {
            if ('\u202a\u202b\u202d\u202e\u2066\u2067\u2068'.includes(c)) stack.push(c);
            else if (c === '\u202c') expect('\u202a\u202b\u202d\u202e'.includes(stack.pop() ?? '')).toBe(true);
            else if (c === '\u2069') {
              while (stack.length > 0 && !'\u2066\u2067\u2068'.includes(stack[stack.length - 1]!)) stack.pop();
              expect(stack.pop()).toBeDefined();
            }
          }
          expect(stack).toEqual([]);
        }
        // Logical order: the visible characters come out in input order.
        const visible = (s: string) => sanitize(s).replace(/[\s\u00a0\u3000]|[\u202a-\u202e\u2066-\u2069\u00ad\u200b\u2060\ufeff]/gu, '');
        expect(visible(lines.map((l) => l.text).join(''))).toBe(visible(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a filter (layoutText) the same lines as layoutParagraph', () => {
    fc.assert(
      fc.property(paragraph, settings, fc.boolean(), fc.boolean(), (input, options, visual, pad) => {
        const all = { ...options, visual, pad };
        expect(layoutText(input, all)).toBe(layoutParagraph(input, all).map((line) => `${line.text}\n`).join(''));
      }),
      { numRuns: 1000 },
    );
  });
});
