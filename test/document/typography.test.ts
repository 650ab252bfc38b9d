import { describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../src/text/index.js';
import { typeset } from '../../src/document/typography.js';

/** What the screen shows of an RTL paragraph, laid out as the reader does. */
function shown(text: string, runs: { start: number; end: number; style: string }[] = []): string {
  const ready = typeset(text, runs, 'rtl');
  return layoutParagraph(ready.text, { width: 0, dir: 'rtl', visual: true, runs: ready.runs }).map((line) => line.text).join('\n');
}

describe('Latin tokens inside Arabic read as written', () => {
  it('C++, Node.js and v2.0/ keep their symbols where they were typed', () => {
    expect(shown('لغة C++ مفيدة')).toContain('C++');
    expect(shown('إطار Node.js هنا')).toContain('Node.js');
    expect(shown('الإصدار v2.0/ جديد')).toContain('v2.0/');
  });

  it('a URL ending in a slash keeps the slash at its end; the full stop after it stays with the sentence', () => {
    const line = shown('راجع https://www.unicode.org/reports/tr9/.');
    expect(line).toContain('https://www.unicode.org/reports/tr9/');
    expect(line.startsWith('.')).toBe(true);
  });

  it('paths, e-mail addresses, inline code and Latin links', () => {
    expect(shown('الملف /usr/local/bin/qari هنا')).toContain('/usr/local/bin/qari');
    expect(shown('راسل a.b@example.com الآن')).toContain('a.b@example.com');
    const code = 'نفّذ ls -la ./ ثم';
    const start = code.indexOf('ls');
    expect(shown(code, [{ start, end: start + 'ls -la ./'.length, style: 'code' }])).toContain('ls -la ./');
  });

  it('styles stay on the characters they were on', () => {
    const text = 'كلمة C++ أخرى';
    const start = text.indexOf('C++');
    const ready = typeset(text, [{ start, end: start + 3, style: 'bold' }], 'rtl');
    const bold = ready.runs[0]!;
    expect(ready.text.slice(bold.start, bold.end).replace(/[\u2066-\u2069]/g, '')).toBe('C++');
  });

  it('LTR paragraphs and tokens without symbols are left alone', () => {
    expect(typeset('plain C++ text', [], 'ltr').text).toBe('plain C++ text');
    expect(typeset('كلمة xterm أخرى', [], 'rtl').text).toBe('كلمة xterm أخرى');
  });
});

describe('lam + marks + alef', () => {
  it('forms the lam-alef ligature with the shadda on it', () => {
    const line = shown('ألّا');
    // U+FEFB/FEFC is lam-alef; with hamza above U+FEF7/FEF8: one cell, the shadda after it.
    expect(line).toMatch(/[\uFEF5-\uFEFC]\u0651/);
    expect(line).not.toContain('\uFEDF');
  });
});
