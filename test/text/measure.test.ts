// Cell widths and paragraph direction, as a terminal and a reader see them.
import { describe, expect, it } from 'vitest';
import { displayWidth, layoutParagraph, resolveDirection } from '../../src/text/index.js';

describe('displayWidth', () => {
  it('counts cells as a terminal does', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('مرحبا')).toBe(5);
    expect(displayWidth('مَرْحَبًا')).toBe(5); // harakat take no cell
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u200d\u200f\u202b\ufeff\u00ad')).toBe(0);
    expect(displayWidth('🇸🇦')).toBe(2);
    expect(displayWidth('')).toBe(0);
  });

  it('measures after shaping: a lam-alef is one cell', () => {
    expect(layoutParagraph('سلام', { width: 0 })[0]!.width).toBe(3);
    expect(layoutParagraph('سلام', { width: 0, shape: false })[0]!.width).toBe(4);
  });
});

describe('resolveDirection', () => {
  it('follows the first strong letter (rules P2, P3)', () => {
    expect(resolveDirection('مرحبا hello')).toBe('rtl');
    expect(resolveDirection('hello مرحبا')).toBe('ltr');
    expect(resolveDirection('123 שלום')).toBe('rtl');
    expect(resolveDirection('"(2024)" عام')).toBe('rtl');
  });

  it('is LTR without any strong letter', () => {
    expect(resolveDirection('')).toBe('ltr');
    expect(resolveDirection('123 (456) ...')).toBe('ltr');
  });

  it('skips what is inside an isolate', () => {
    expect(resolveDirection('\u2067عربي\u2069 english')).toBe('ltr');
    expect(resolveDirection('\u2066english\u2069 عربي')).toBe('rtl');
  });

  it('ignores escape sequences around the text', () => {
    expect(resolveDirection('\x1b[1mعربي')).toBe('rtl');
  });
});
