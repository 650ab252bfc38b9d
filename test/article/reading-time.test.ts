import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/article/reading-time.js';
import { parseArticle } from '../../src/article/parse.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';

const article = (lang: string, words: number) => parseArticle(`---\ntitle: t\nlang: ${lang}\n---\n${Array(words).fill(lang === 'ar' ? 'كلمة' : 'word').join(' ')}\n`, 'x');

describe('reading time', () => {
  it('reads Arabic at 138 words a minute and English at 228', () => {
    expect(readingMinutes(article('ar', 1380))).toBe(10);
    expect(readingMinutes(article('en', 1380))).toBe(6);
  });

  it('is at least a minute', () => {
    expect(readingMinutes(article('en', 3))).toBe(1);
  });

  it('for the seed (about 1,100 words) is about 8 minutes', () => {
    expect(readingMinutes(bundledArticle(SEED_ID))).toBeGreaterThanOrEqual(7);
    expect(readingMinutes(bundledArticle(SEED_ID))).toBeLessThanOrEqual(9);
  });
});

describe('reading time of a long article', () => {
  it('is estimated from its first 200,000 characters to within a minute in a hundred', () => {
    // 4,000 paragraphs of 50 words: 200,000 words, about 1,449 minutes at 138 a minute.
    const paragraph = Array(50).fill('كلمة').join(' ');
    const long = parseArticle(`---\ntitle: t\nlang: ar\n---\n${Array(4000).fill(paragraph).join('\n\n')}\n`, 'x');
    expect(Math.abs(readingMinutes(long) - 200_000 / 138)).toBeLessThan(200_000 / 138 / 100);
  });
});
