// Nothing lost: an import keeps everything a reader came for. The article's headings, paragraphs, quotes (with
// their attributions) and captions, in document order, are the input's kept lines;
// only boilerplate, blank lines, separators and repeats of the title are dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importText, type ClassifiedLine } from '../../../src/article/import/index.js';
import { wordsKey } from '../../../src/article/import/fold.js';
import { parseArticle } from '../../../src/article/parse.js';
import { serializeArticle } from '../../../src/article/serialize.js';
import { articleLines, fixture, keptLines, SEED, structure } from './helpers.js';

function checkDropped(lines: readonly ClassifiedLine[], title: string): void {
  for (const line of lines) {
    if (line.role === 'title-repeat') expect(wordsKey(line.text)).toBe(wordsKey(title));
    if (line.role === 'blank' || line.role === 'quote-separator') expect(line.text).toBe('');
  }
}

describe.each([
  ['the seed', SEED],
  ['the English fixture', fixture('english.txt')],
  ['the Levantine fixture', fixture('levant.txt')],
])('nothing lost from %s', (_, text) => {
  const { article, lines } = importText(text);

  it('the body blocks, in order, are the kept input lines', () => {
    expect(articleLines(article)).toEqual(keptLines(lines).map((line) => line.replace(/^(?:- |• )/, '')));
  });

  it('the title, date and related titles are the header and list lines', () => {
    expect(article.title).toBe(lines.find((line) => line.role === 'title')?.text);
    expect(article.related).toEqual([...new Set(lines.filter((line) => line.role === 'related-item').map((line) => line.value))]);
    for (const line of lines.filter((line) => line.role === 'related-item')) expect(line.text.endsWith(line.value)).toBe(true);
  });

  it('drops only repeats of the title, blank lines, separators, markers and boilerplate', () => {
    checkDropped(lines, article.title);
    const dropped = lines.filter((line) => ['boilerplate', 'related-marker'].includes(line.role)).map((line) => line.text);
    expect(dropped.every((line) => line.split(/\s+/).length <= 20)).toBe(true);
  });

  it('is written and read back unchanged', () => {
    expect(structure(parseArticle(serializeArticle(article), article.id))).toEqual(structure(article));
  });
});

// Random documents from pieces scraped pages are made of.
const WORDS = ['الحكومة', 'العراقية', 'تناقش', 'آليات', 'جدولة', 'انسحاب', 'التحالف', 'الدولي', 'وقال', 'إنّ', 'المحادثات', 'بين', 'بغداد', 'وواشنطن', 'مُحَمَّد', 'الـ', '(2500)', '"داعش"', 'قبل', 'أعوام', 'river', 'valley', 'C++', 'Node.js', '2024', '٣١'];
const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(words(8, 30), fc.constantFrom('.', '.', '؟', '!', '', '".', '…')).map(([text, end]) => `${text}${end}`) },
  { weight: 3, arbitrary: words(1, 12) },
  { weight: 1, arbitrary: fc.tuple(words(1, 3), words(5, 15)).map(([name, text]) => `\u00A0\n${name}: ${text}\n\u00A0`) },
  { weight: 1, arbitrary: words(1, 8).map((text) => `- ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom('31/01/2024', '٣١ كانون الثاني ٢٠٢٤', 'مواضيع ذات صلة:', 'اقرأ أيضاً', 'Read more', 'انشر مقالك', 'الصفحة الرئيسية', 'شارك', 'Share this article', '\u00A0', '', '\t ', '\r') },
);
const documents = fc.array(fc.tuple(piece, fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n', '\u00A0 \n')), { minLength: 0, maxLength: 40 }).map((parts) => parts.map(([text, gap]) => `${text}${gap}`).join(''));

const letters = (text: string) => text.replace(/[^\p{L}\p{M}]/gu, '');

describe('nothing lost from random documents', () => {
  it('never throws but an ImportError, and keeps every letter of the kept lines in order', () => {
    fc.assert(
      fc.property(documents, (text) => {
        let result;
        try {
          result = importText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          return;
        }
        const { article, lines } = result;
        expect(letters(articleLines(article).join(''))).toBe(letters(keptLines(lines).join('')));
        checkDropped(lines, article.title);
        for (const line of lines) if (line.value !== '' && !['date', 'list-item'].includes(line.role)) expect(line.text).toContain(line.value);
      }),
      { numRuns: 300 },
    );
  });

  it('what it writes reads back as the same article', () => {
    fc.assert(
      fc.property(documents, (text) => {
        let article;
        try {
          article = importText(text).article;
        } catch {
          return;
        }
        expect(structure(parseArticle(serializeArticle(article), article.id))).toEqual(structure(article));
      }),
      { numRuns: 300 },
    );
  });
});
