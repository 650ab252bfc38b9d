import { describe, expect, it } from 'vitest';
import { cleanLines, cleanText } from '../../../src/article/import/clean-lines.js';

describe('cleanLines', () => {
  it('splits on LF, CRLF and lone CR, and a final line break adds no line', () => {
    expect(cleanLines('a\r\nb\rc\nd\n').map((line) => line.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a BOM at the start and zero-width no-break spaces inside', () => {
    expect(cleanLines('\uFEFFعنوان\nنص\uFEFF هنا').map((line) => line.text)).toEqual(['عنوان', 'نص هنا']);
  });

  it('turns U+00A0 and other odd spaces into one plain space and trims the ends', () => {
    const odd = ['\u00A0', '\u2002', '\u2007', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t'];
    for (const space of odd) expect(cleanText(`${space}كلمة${space}${space} أخرى${space}`)).toBe('كلمة أخرى');
  });

  it('trims trailing spaces and tabs', () => {
    expect(cleanLines('فقرة.   \t\nأخرى.\u00A0 ').map((line) => line.text)).toEqual(['فقرة.', 'أخرى.']);
  });

  it('marks lines of only U+00A0 (separators) apart from empty and space-only lines', () => {
    const lines = cleanLines('\u00A0\n\n   \n \u00A0 \n\u200B');
    expect(lines.map((line) => line.spaceOnly)).toEqual([true, false, false, true, true]);
    expect(lines.every((line) => line.text === '')).toBe(true);
  });

  it('remembers a trailing U+00A0 and a leading space (heading and caption cues)', () => {
    const [heading, caption, plain] = cleanLines('تحذيرات الفصائل\u00A0\n الناطق الرسمي\nنص');
    expect(heading).toMatchObject({ trailingOddSpace: true, leadingSpace: false });
    expect(caption).toMatchObject({ trailingOddSpace: false, leadingSpace: true });
    expect(plain).toMatchObject({ trailingOddSpace: false, leadingSpace: false });
  });

  it('drops escape sequences and control characters but keeps harakat and bidi controls', () => {
    const [line] = cleanLines('\u001B[31mأحمر\u001B[0m \u001B]0;title\u0007نص\u0007 \u009B2J\u0001مُحَمَّد \u202Bembedded\u202C');
    expect(line?.text).toBe('أحمر نص مُحَمَّد \u202Bembedded\u202C');
  });

  it('numbers lines from 1 as in the input', () => {
    expect(cleanLines('a\n\nb').map((line) => line.number)).toEqual([1, 2, 3]);
  });
});

describe('a line of invisible characters only', () => {
  it('is a blank line, not a title with nothing to show', async () => {
    const { cleanLine } = await import('../../../src/article/import/clean-lines.js');
    expect(cleanLine('\u200B\u200F\u2067\u2069', 1).text).toBe('');
    expect(cleanLine('\u200Fكلمة', 1).text).toBe('\u200Fكلمة');
  });
});
