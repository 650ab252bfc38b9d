// Inline styles (bold, links, search hits) are runs over the caller's original indices;
// they must follow their characters through sanitising, wrapping and reordering.
import { describe, expect, it } from 'vitest';
import { layoutParagraph, type VisualLine } from '../../src/text/index.js';

function styled(line: VisualLine, style: string): string[] {
  return line.segments.filter((s) => s.styles.includes(style)).map((s) => s.text);
}

describe('styles', () => {
  it('keeps a bold Latin word in an Arabic paragraph bold and whole', () => {
    const text = 'يستخدم المشروع TypeScript للتطوير';
    const start = text.indexOf('TypeScript');
    const [line] = layoutParagraph(text, { width: 0, runs: [{ start, end: start + 'TypeScript'.length, style: 'bold' }] });
    expect(styled(line!, 'bold')).toEqual(['TypeScript']);
    expect(line!.segments.map((s) => s.text).join('')).toBe(line!.text);
  });

  it('keeps a styled Arabic word in an English paragraph together (reordered inside)', () => {
    const text = 'the word قاعدة here';
    const start = text.indexOf('قاعدة');
    const [line] = layoutParagraph(text, { width: 0, shape: false, runs: [{ start, end: start + 5, style: 'hit' }] });
    expect(styled(line!, 'hit')).toEqual(['ةدعاق']);
    expect(line!.text).toBe('the word ةدعاق here');
  });

  it('styles the reordered run where it lands: a bold Arabic word moves with its letters', () => {
    const text = 'أول ثاني ثالث';
    const start = text.indexOf('ثاني');
    const [line] = layoutParagraph(text, { width: 0, shape: false, runs: [{ start, end: start + 4, style: 'bold' }] });
    expect(line!.text).toBe('ثلاث يناث لوأ');
    expect(line!.segments).toEqual([
      { text: 'ثلاث ', styles: [] },
      { text: 'يناث', styles: ['bold'] },
      { text: ' لوأ', styles: [] },
    ]);
  });

  it('carries overlapping styles and keeps their order', () => {
    const text = 'abc def ghi';
    const [line] = layoutParagraph(text, {
      width: 0,
      runs: [
        { start: 0, end: 7, style: 'link' },
        { start: 4, end: 11, style: 'hit' },
      ],
    });
    expect(line!.segments).toEqual([
      { text: 'abc ', styles: ['link'] },
      { text: 'def', styles: ['link', 'hit'] },
      { text: ' ghi', styles: ['hit'] },
    ]);
  });

  it('follows the original indices when sanitising removed escape sequences before the run', () => {
    const text = '\x1b[1m\x1b[31mمرحبا\x1b[0m بكم في qari اليوم';
    const start = text.indexOf('qari');
    const [line] = layoutParagraph(text, { width: 0, runs: [{ start, end: start + 4, style: 'bold' }] });
    expect(styled(line!, 'bold')).toEqual(['qari']);
    expect(line!.text).not.toContain('\x1b');
  });

  it('splits a style across the lines a wrap puts it on, and keeps padding unstyled', () => {
    const text = 'one two three four five six seven eight';
    const start = text.indexOf('three');
    const end = text.indexOf('six') + 3;
    const lines = layoutParagraph(text, { width: 12, runs: [{ start, end, style: 'hit' }] });
    const hits = lines.flatMap((line) => styled(line, 'hit'));
    expect(hits.join('|')).toBe('three four|five six');
    for (const line of lines) {
      expect(line.segments.map((s) => s.text).join('')).toBe(line.text);
      const last = line.segments[line.segments.length - 1]!;
      if (line.text.endsWith(' ')) expect(last.styles).toEqual([]);
    }
  });

  it('puts a mirrored bracket in the style of the bracket it was', () => {
    const text = 'نص (مهم) هنا';
    const open = text.indexOf('(');
    const [line] = layoutParagraph(text, { width: 0, shape: false, runs: [{ start: open, end: open + 1, style: 'open' }] });
    // The logical "(" is drawn as ")" on the right-hand side of the RTL parenthesis.
    expect(styled(line!, 'open')).toEqual([')']);
    expect(line!.text).toBe('انه (مهم) صن');
    expect(line!.text.indexOf(')')).toBeGreaterThan(line!.text.indexOf('('));
  });
});
