import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { serializeArticle } from '../../src/article/serialize.js';
import { articleUnits } from '../../src/document/units.js';
import { layoutUnit } from '../../src/document/unit-layout.js';
import { articleText } from '../../src/output/text.js';
import { visualArticle } from '../../src/output/visual.js';
import { displayWidth, layoutParagraph } from '../../src/text/index.js';
import type { BidiRendering } from '../../src/document/types.js';

const TABLE = '| المدينة | السكان |\n| --- | --- |\n| بغداد | 9 ملايين |\n| لا | 3 |\n';
const rtl = parseArticle(`---\ntitle: مدن\nlang: ar\ndir: rtl\n---\nفقرة.\n\n${TABLE}`, 'x');
const ltr = parseArticle(`---\ntitle: Cities\nlang: en\ndir: ltr\n---\n| city | people |\n| --- | --- |\n| Baghdad | 9 |\n`, 'y');

function tableLines(article: typeof rtl, width: number, rendering: BidiRendering = 'app'): string[] {
  return articleUnits(article).flatMap((unit, index) => (unit.kind === 'table' ? layoutUnit(unit, index, width, rendering) : [])).map((line) => line.segments.map((segment) => segment.text).join(''));
}

describe('a table in the model', () => {
  it('is rows of cells, not a code block', () => {
    expect(rtl.lead.at(-1)).toEqual({ type: 'table', head: ['المدينة', 'السكان'], rows: [['بغداد', '9 ملايين'], ['لا', '3']] });
  });

  it('is written back as a table and reads back the same, a | in a cell included', () => {
    const article = parseArticle(`---\ntitle: t\n---\n| a \\| b | x |\n| --- | --- |\n| *c* | d |\n`, 'z');
    expect(article.lead[0]).toEqual({ type: 'table', head: ['a | b', 'x'], rows: [['c', 'd']] });
    expect(parseArticle(serializeArticle(rtl), 'x')).toEqual(rtl);
    expect(parseArticle(serializeArticle(article), 'z')).toEqual(article);
    const withAddress = { ...article, lead: [{ type: 'table' as const, head: ['a', 'http://x.example/a|b'], rows: [['c', 'd']] }] };
    expect(parseArticle(serializeArticle(withAddress), 'z')).toEqual(withAddress);
  });
});

describe('a table in the reader and cat --visual', () => {
  it('puts an RTL article\'s first column on the right, each cell reordered and shaped', () => {
    const [head, rule, first, second] = tableLines(rtl, 40);
    // Shaped and in visual order, as the engine lays out any paragraph: بغداد right of the separator.
    const baghdad = layoutParagraph('بغداد', { width: 0, dir: 'rtl' })[0]?.text ?? '';
    expect(baghdad).toMatch(/^[\uFE70-\uFEFF]+$/);
    expect(first?.trimEnd().endsWith(baghdad)).toBe(true);
    expect(first?.indexOf(baghdad)).toBeGreaterThan(first?.indexOf('│') ?? Infinity);
    expect(head?.indexOf('│')).toBe(first?.indexOf('│'));
    // lam-alef is one cell: the ligature, never the two letters.
    expect(second).toContain('\uFEFB');
    expect(rule).toMatch(/^\s*─+┼─+\s*$/);
  });

  it('sizes columns by display width: every separator at the same column, the rule as wide as the rows', () => {
    const lines = tableLines(rtl, 40);
    const columns = new Set(lines.map((line) => displayWidth(line.slice(0, line.indexOf(line.includes('│') ? '│' : '┼')))));
    expect(columns.size).toBe(1);
    expect(new Set(lines.map((line) => displayWidth(line)))).toEqual(new Set([40]));
  });

  it('keeps an LTR article\'s first column on the left', () => {
    const [head, , row] = tableLines(ltr, 40);
    expect(head?.trim()).toMatch(/^city\s+│ people$/);
    expect(row?.trim()).toMatch(/^Baghdad │ 9/);
  });

  it('sends the cells in logical order when the terminal reorders (its bidi puts the first column right)', () => {
    const [, , first] = tableLines(rtl, 40, 'terminal');
    expect(first?.indexOf('بغداد')).toBeLessThan(first?.indexOf('9 ملايين') ?? -1);
  });

  it('wraps cells within the screen when the table is wider, never cutting a word that fits a column', () => {
    const wide = parseArticle(`---\ntitle: t\nlang: ar\n---\n| ${'كلمة '.repeat(20)} | قصير |\n| --- | --- |\n| نعم | لا |\n`, 'w');
    const lines = tableLines(wide, 30);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join('\n')).not.toMatch(/\uFEE4\uFEDF\s/); // no word broken after its first letters
  });

  it('shows in cat --visual the same way', () => {
    const visual = visualArticle(rtl, [], { width: 40 }).split('\n');
    expect(visual).toEqual(expect.arrayContaining(tableLines(rtl, 40).map((line) => line.trimEnd())));
  });
});

describe('a table in cat text output', () => {
  it('is a row a line, cells padded to their column\'s display width, in logical order', () => {
    const text = articleText(rtl, []);
    expect(text).toContain('المدينة | السكان\n--------|---------\nبغداد   | 9 ملايين\nلا      | 3\n');
  });
});
