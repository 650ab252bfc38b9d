import { describe, expect, it } from 'vitest';
import { logicalRuns, mltermLogicalLines, overrideLines, screenEncoder } from '../../src/terminal/screen-encoding.js';

const LRO = '\u202D';
const PDF = '\u202C';
const LRM = '\u200E';

describe('what reaches the terminal, per bidi mode', () => {
  it('kitty: each run of Arabic letters back in logical order, marks after their letter, the rest in place', () => {
    // Visual "ﺏﺍ" (ab reversed) then a Latin word, a digit run and a shadda on the beh.
    expect(logicalRuns('\uFE8F\uFE8D x 25 \uFE91\u0651\uFE8E')).toBe('\uFE8D\uFE8F x 25 \uFE8E\uFE91\u0651');
    expect(logicalRuns('plain (ascii) line')).toBe('plain (ascii) line');
  });

  it('kitty: escape sequences are never reordered, even inside a run', () => {
    const encode = screenEncoder('kitty');
    expect(encode('\u001B[1m\uFE8F\uFE8D\u001B[22m')).toBe('\u001B[1m\uFE8D\uFE8F\u001B[22m');
  });

  it('override: each line between LRO and PDF, the override starting after the first cell; for mlterm LRM and LRO in the first cell and no other mark', () => {
    expect(overrideLines('  \uFE8F\uFE8D\n\u001B[2Kab')).toBe(` ${LRM}${LRO} \uFE8F\uFE8D${PDF}\n\u001B[2Ka${LRM}${LRO}b${PDF}`);
    expect(screenEncoder('override', { MLTERM: '3.9.0' })('\u001B[2Kab \uFEDF\uFE8D')).toBe(`\u001B[2K${LRM}${LRO}ab \uFEDF\uFE8D`);
    expect(overrideLines('\u001B[?25l')).toBe('\u001B[?25l');
  });

  it('override: a lam form left of an alef form is kept from becoming a lam-alef ligature', () => {
    // Visual "ﺍﻟ" is the word-initial alef-lam of "ال" seen right to left.
    expect(overrideLines(' \uFEDF\uFE8D')).toBe(` ${LRM}${LRO}\uFEDF${LRM}\uFE8D${PDF}`);
  });

  it('app: bytes unchanged', () => {
    expect(screenEncoder('app')('\uFE8F\uFE8D\n\u001B[1mx')).toBe('\uFE8F\uFE8D\n\u001B[1mx');
  });

  it('terminal: each reader line declares its direction before its first character, RTL where it starts with RLM or RLI', () => {
    const encode = screenEncoder('terminal');
    expect(encode('\u200F\u0628\u0627\n\u001B[2Kabc\n\u2067\u0628\u2069')).toBe('\u001B[2 k\u200F\u0628\u0627\n\u001B[2K\u001B[1 kabc\n\u001B[2 k\u2067\u0628\u2069');
  });

  it('terminal: a row that starts with an LTR isolate keeps its closing neutral with it where VTE drops the LRI', () => {
    const encode = screenEncoder('terminal');
    const url = '\u2066https://x.org/tr9/\u2069 \u0642\u0628\u0644';
    expect(encode(`\u200F\u001B[4m${url}`)).toBe(`\u001B[2 k\u200F\u001B[4m\u2066https://x.org/tr9/\u200E\u2069 \u0642\u0628\u0644`);
    // Further in a row the isolate survives in VTE: nothing added.
    expect(encode(`\u200F\u0642 ${url}`)).toBe(`\u001B[2 k\u200F\u0642 ${url}`);
  });

  it('terminal on mlterm: one RLM in front of an RTL line, no other mark (mlterm gives each a cell)', () => {
    expect(mltermLogicalLines('\u200F\u0628 \u2066C++\u2069 20\n\u001B[2Kab \u2067\u0628\u2069')).toBe('\u200F\u0628 C++ 20\n\u001B[2Kab \u0628');
    expect(mltermLogicalLines('\u2067\u001B[1m\u2068\u0628\u2069\u2069')).toBe('\u200F\u001B[1m\u0628');
    expect(screenEncoder('terminal', { MLTERM: '3.9.0' })('\u200F\u2066C++\u2069')).toBe('\u200FC++');
    expect(screenEncoder('terminal', {})('\u200F\u0628 \u2066C++\u2069')).toMatch(/\u2066/u);
  });
});
