import { describe, expect, it } from 'vitest';
import { articleOpening } from '../../src/article/opening.js';
import { parseArticle } from '../../src/article/parse.js';

const FRONT = '---\ntitle: طويل\ndate: 2024-02-01\n---\n';
const paragraphs = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `فقرة رقم ${from + index} من نص طويل يملأ السطر.`).join('\n\n');

describe('the opening of a long article', () => {
  it('is its front matter and its first whole paragraphs, and parses as the same article begins', () => {
    const source = `${FRONT}${paragraphs(3000)}\n`;
    const opening = articleOpening(source, 1000);
    expect(opening).toBeDefined();
    expect(opening!.length).toBeLessThan(FRONT.length + 1000 + 1);
    const head = parseArticle(opening!, 'long');
    const whole = parseArticle(source, 'long');
    expect(head.title).toBe(whole.title);
    expect(head.date).toBe(whole.date);
    expect(head.lead.length).toBeGreaterThan(5);
    // Cut between paragraphs: every block of the opening is the whole article's block.
    expect(head.lead).toEqual(whole.lead.slice(0, head.lead.length));
  });

  it('is not cut inside a fenced code block (its blank lines are not block ends)', () => {
    const code = ['```', ...Array.from({ length: 200 }, (_, index) => `line ${index}\n`), '```'].join('\n');
    const source = `${FRONT}${paragraphs(2)}\n\n${code}\n\n${paragraphs(3000, 2)}\n`;
    const opening = articleOpening(source, 1000);
    expect(opening).toBeDefined();
    const head = parseArticle(opening!, 'long');
    expect(head.lead.some((block) => block.type === 'code')).toBe(false);
    expect(head.lead).toEqual(parseArticle(source, 'long').lead.slice(0, head.lead.length));
  });

  it('is nothing for a short article, or front matter that never closes', () => {
    expect(articleOpening(`${FRONT}${paragraphs(10)}\n`, 1000)).toBeUndefined();
    expect(articleOpening(`---\ntitle: x\n${paragraphs(3000)}\n`, 1000)).toBeUndefined();
  });
});
