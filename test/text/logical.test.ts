// Logical mode (visual: false) for terminals that run their own bidi (Konsole, Apple
// Terminal): text stays in logical order, unshaped and unmirrored, wrapped the same way,
// and each line carries exactly the controls it needs, balanced.
import { describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../src/text/index.js';

describe('logical mode', () => {
  it('keeps logical order, letters unshaped and brackets unmirrored', () => {
    const [line] = layoutParagraph('سلام (عليكم) hello', { width: 0, visual: false });
    expect(line!.text).toBe('سلام (عليكم) hello');
    expect(line!.dir).toBe('rtl');
  });

  it('wraps exactly where visual mode wraps', () => {
    const text = 'تناقش الحكومة العراقية آليات جدولة انسحاب التحالف الدولي بقيادة الولايات المتحدة الأمريكية';
    for (const width of [20, 33, 50]) {
      const visual = layoutParagraph(text, { width, shape: false }).map((l) => [l.start, l.end]);
      const logical = layoutParagraph(text, { width, visual: false }).map((l) => [l.start, l.end]);
      expect(logical).toEqual(visual);
    }
  });

  it('pads every line after its text: a terminal laying an RTL line out from the right puts the spaces on its left', () => {
    const [rtl] = layoutParagraph('عربي', { width: 10, visual: false });
    expect(rtl!.text).toBe('عربي      ');
    expect(rtl!.width).toBe(10);
    const [ltr] = layoutParagraph('latin', { width: 10, visual: false });
    expect(ltr!.text).toBe('latin     ');
    expect(ltr!.width).toBe(10);
  });

  it('keeps ZWJ, ZWNJ and the marks a terminal needs, drops invisible junk', () => {
    const [line] = layoutParagraph('می\u200cخواهم\u200f \ufeffب\u200d\u00ad', { width: 0, visual: false });
    expect(line!.text).toBe('می\u200cخواهم\u200f ب\u200d');
  });

  it('reopens an embedding on each line it spans and closes it at each line end', () => {
    const text = 'قبل \u202aone two three four\u202c بعد';
    const lines = layoutParagraph(text, { width: 12, visual: false }).map((l) => l.text.trimEnd());
    expect(lines).toEqual(['قبل \u202aone two\u202c', '\u202athree four\u202c', 'بعد']);
  });

  it('drops closers that close nothing, and closes what is left open', () => {
    expect(layoutParagraph('a\u2069b\u202cc', { width: 0, visual: false })[0]!.text).toBe('abc');
    expect(layoutParagraph('a\u2067b\u202bc', { width: 0, visual: false })[0]!.text).toBe('a\u2067b\u202bc\u202c\u2069');
    // A PDF cannot close an isolate (X7): it is dropped, the isolate is closed at the end.
    expect(layoutParagraph('\u2066x\u202cy', { width: 0, visual: false })[0]!.text).toBe('\u2066xy\u2069');
  });
});
