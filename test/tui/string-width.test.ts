import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import stringWidth from '../../src/tui/string-width.js';
import { visualLabel } from '../../src/tui/visual-label.js';

describe("the width Ink measures with in the bundle", () => {
  it.each([
    ['ASCII', 'Why Terminals Get Arabic Wrong'],
    ['Arabic as laid out (presentation forms, harakat)', visualLabel('فَنُّ القِرَاءَةِ المُتَأَنِّيَةِ (2024)', 60, 'rtl', 'app')],
    ['logical Arabic with lam-alef', 'لا إله إلا الله'],
    ['CJK', '中文字'],
    ['colours', '\u001B[1m\u001B[36mbold cyan\u001B[39m\u001B[22m'],
    ['an OSC hyperlink', '\u001B]8;;https://example.org\u0007link\u001B]8;;\u0007'],
  ])('agrees with string-width on %s', (_, text) => {
    expect(stringWidth(text)).toBe(realStringWidth(text));
  });

  it('is 0 for nothing', () => {
    expect(stringWidth('')).toBe(0);
  });
});
