// Visual order on examples a reader of Arabic would check by eye (shaping off, so the
// expected strings can be read here): numbers, Latin, brackets, marks, line ends.
import { describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../src/text/index.js';

const visual = (text: string, width = 0, dir: 'auto' | 'rtl' | 'ltr' = 'auto') =>
  layoutParagraph(text, { width, dir, shape: false, pad: false }).map((line) => line.text);

describe('visual order', () => {
  it('reads Arabic right to left, numbers inside it left to right', () => {
    expect(visual('عام 2024 مضى')).toEqual(['ىضم 2024 ماع']);
    expect(visual('العدد ١٢٣ كبير')).toEqual(['ريبك ١٢٣ ددعلا']);
    expect(visual('السعر 3.14 دولار')).toEqual(['رالود 3.14 رعسلا']);
  });

  it('keeps a Latin phrase left to right inside an RTL paragraph', () => {
    expect(visual('مكتبة GNU FriBidi ممتازة')).toEqual(['ةزاتمم GNU FriBidi ةبتكم']);
  });

  it('mirrors brackets at odd levels, and a mark on a bracket stays on it', () => {
    expect(visual('قال (نعم) ثم')).toEqual(['مث (معن) لاق']);
    expect(visual('نص (\u0301مهم) هنا')).toEqual(['انه (مهم)\u0301 صن']);
    expect(visual('a (b) c', 0, 'ltr')).toEqual(['a (b) c']);
  });

  it('keeps harakat after their letter', () => {
    expect(visual('كَتَبَ')).toEqual(['بَتَكَ']);
  });

  it('sends spaces at the end of a line to the paragraph side (rule L1)', () => {
    // The trailing spaces of the logical line end up at the far left of an RTL line, not inside it.
    expect(visual('abc عربي   ', 0, 'rtl')).toEqual(['   يبرع abc']);
    expect(visual('abc عربي   ', 0, 'ltr')).toEqual(['abc يبرع   ']);
  });

  it('orders each wrapped line on its own, the first line holding the start', () => {
    expect(visual('الأول الثاني الثالث الرابع', 13)).toEqual(['يناثلا لوألا', 'عبارلا ثلاثلا']);
  });

  it('honours embeddings and isolates inside the paragraph', () => {
    // RLE…PDF puts Arabic then Latin in a right-to-left run, so the Latin comes first on screen.
    expect(visual('x \u202bعربي abc\u202c y', 0, 'ltr')).toEqual(['x abc يبرع y']);
    expect(visual('x عربي abc y', 0, 'ltr')).toEqual(['x يبرع abc y']);
    // RLO…PDF forces its letters right to left.
    expect(visual('x \u202eabc def\u202c y', 0, 'ltr')).toEqual(['x fed cba y']);
    // An RLI isolates its content from the numbers around it.
    expect(visual('1 \u2067عربي\u2069 2', 0, 'ltr')).toEqual(['1 يبرع 2']);
  });
});
