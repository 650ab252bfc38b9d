// The seed and variants of it: line endings, BOM, spaces, date forms, missing parts.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/article/import/index.js';
import type { Article } from '../../../src/article/model.js';
import { bundledArticle, SEED_ID } from '../../support/articles.js';
import { fixture, replaceLine, SEED, SEED_LINES, SEED_STRUCTURE, withoutLines } from './helpers.js';

const seed = importText(SEED);

function line(number: number): string {
  return (SEED_LINES[number - 1] ?? '').replace(/[\s\u00A0]+/g, ' ').trim();
}

function rolesAt(result: ReturnType<typeof importText>, numbers: number[]): string[] {
  return numbers.map((number) => result.lines[number - 1]?.role ?? 'missing');
}

/** Everything of the article but its id, for comparing variants. */
function body(article: Article) {
  const { id: _id, ...rest } = article;
  return rest;
}

describe('the seed', () => {
  const { article } = seed;

  it('title, date, source, language', () => {
    expect(article.title).toBe(SEED_STRUCTURE.title);
    expect(article.date).toBe(SEED_STRUCTURE.date);
    expect(article.source).toBe(SEED_STRUCTURE.source);
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
    expect(article.id).toBe('2024-01-31-bad-mnaqsha-jdwla-alanshab-alamryky-hl-tsmd');
  });

  it('the lead is the 4 paragraphs at lines 10, 12, 14, 16', () => {
    expect(article.lead).toEqual(SEED_STRUCTURE.leadLines.map((number) => ({ type: 'paragraph', text: line(number) })));
  });

  it('has the 4 sections, from lines 18, 34, 60, 74', () => {
    expect(article.sections.map((section) => section.heading)).toEqual(SEED_STRUCTURE.headings);
    expect(rolesAt(seed, SEED_STRUCTURE.headingLines)).toEqual(['heading', 'heading', 'heading', 'heading']);
  });

  it('has the 2 pull quotes of lines 44 and 66 with their attributions', () => {
    const quotes = [...article.lead, ...article.sections.flatMap((section) => section.blocks)].filter((block) => block.type === 'quote');
    expect(quotes.map((quote) => quote.attribution)).toEqual(SEED_STRUCTURE.attributions);
    expect(quotes.map((quote) => `${quote.attribution}: ${quote.text}`)).toEqual(SEED_STRUCTURE.quoteLines.map(line));
    expect(rolesAt(seed, [42, 46, 64, 68])).toEqual(['quote-separator', 'quote-separator', 'quote-separator', 'quote-separator']);
  });

  it('has the 3 captions of lines 22, 56, 78', () => {
    const captions = article.sections.flatMap((section) => section.blocks).filter((block) => block.type === 'caption');
    expect(captions.map((caption) => caption.text)).toEqual(SEED_STRUCTURE.captions);
    expect(rolesAt(seed, SEED_STRUCTURE.captionLines)).toEqual(['caption', 'caption', 'caption']);
  });

  it('has the 3 related titles of lines 88, 90, 92 and none of the boilerplate', () => {
    expect(article.related).toEqual(SEED_STRUCTURE.relatedLines.map(line));
    expect(rolesAt(seed, [1, 3, 5, 8, 86])).toEqual(['title', 'title-repeat', 'title-repeat', 'date', 'related-marker']);
    expect(rolesAt(seed, SEED_STRUCTURE.boilerplateLines)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
    const text = JSON.stringify(article);
    for (const phrase of ['انشر مقالك', 'اضغط هنا', 'الصفحة الرئيسية', 'مواضيع ذات صلة']) expect(text).not.toContain(phrase);
  });

  it('every other line is a paragraph of its section', () => {
    const special = new Set([1, 3, 5, 8, 42, 44, 46, 64, 66, 68, 86, 88, 90, 92, 97, 99, 100, ...SEED_STRUCTURE.leadLines, ...SEED_STRUCTURE.headingLines, ...SEED_STRUCTURE.captionLines]);
    seed.lines.forEach((classified) => {
      if (special.has(classified.number)) return;
      expect([classified.number, classified.role]).toEqual([classified.number, classified.text === '' ? 'blank' : 'paragraph']);
    });
  });

  it('is the hand-checked seed article of the library, but for the id', () => {
    expect(body(article)).toEqual(body(bundledArticle(SEED_ID)));
  });
});

describe('variants of the seed give the same article', () => {
  const expected = body(seed.article);

  it.each([
    ['CRLF line endings', SEED.replace(/\n/g, '\r\n')],
    ['CR line endings', SEED.replace(/\n/g, '\r')],
    ['a BOM', `\uFEFF${SEED}`],
    ['a BOM and CRLF', `\uFEFF${SEED.replace(/\n/g, '\r\n')}`],
    ['trailing spaces and tabs', SEED.split('\n').map((text) => `${text}  \t `).join('\n')],
    ['odd spaces between words', SEED.replace(/ /g, (_, offset: number) => ['\u00A0', '\u2009', '\u202F', ' ', '\u3000'][offset % 5] ?? ' ')],
    ['U+00A0 separators as U+2007 figure spaces', SEED.replace(/^\u00A0$/gm, '\u2007')],
    ['a trailing newline', `${SEED}\n`],
  ])('%s', (_, text) => {
    expect(body(importText(text).article)).toEqual(expected);
  });

  it('separators as plain blank lines: the quotes are set off by wider gaps', () => {
    const text = SEED.replace(/^\u00A0$/gm, '');
    expect(body(importText(text).article)).toEqual(expected);
  });

  it('no blank lines at all (one line a paragraph), separators kept', () => {
    const text = SEED.split('\n')
      .filter((text) => text !== '')
      .join('\n');
    expect(body(importText(text).article)).toEqual(expected);
  });

  it('without the repeated title', () => {
    expect(body(importText(withoutLines(SEED, 2, 5)).article)).toEqual(expected);
  });

  it('without the date', () => {
    expect(body(importText(withoutLines(SEED, 8, 9)).article)).toEqual({ ...expected, date: null });
  });

  it('without the related list', () => {
    expect(body(importText(withoutLines(SEED, 86, 92)).article)).toEqual({ ...expected, related: [] });
  });

  it('without the boilerplate', () => {
    expect(body(importText(withoutLines(SEED, 93, 100)).article)).toEqual({ ...expected, source: null });
  });

  it('with none of these', () => {
    const text = withoutLines(withoutLines(withoutLines(SEED, 86, 100), 8, 9), 2, 5);
    expect(body(importText(text).article)).toEqual({ ...expected, date: null, related: [], source: null });
  });

  it.each([
    '31/01/2024',
    '2024-01-31',
    '31.01.2024',
    '31-01-2024',
    '31 يناير 2024',
    '31 كانون الثاني 2024',
    'الأربعاء 31 كانون الثاني/يناير 2024',
    '٣١/٠١/٢٠٢٤',
    '٣١ يناير ٢٠٢٤',
    '۳۱/۰۱/۲۰۲۴',
    'January 31, 2024',
  ])('with the date written %s', (date) => {
    expect(body(importText(replaceLine(SEED, 8, date)).article)).toEqual(expected);
  });
});

describe('other fixtures', () => {
  it('an English page: author, Reuters caption, quote, question heading, related, © source', () => {
    const { article } = importText(fixture('english.txt'));
    expect(article).toMatchObject({
      title: 'Rivers Run Dry as the Long Summer Ends',
      date: '2024-03-05',
      lang: 'en',
      dir: 'ltr',
      author: 'Jane Marlow',
      source: 'Valley Chronicle',
      related: ['Drought returns to the southern plains', 'Why wells are getting deeper'],
    });
    expect(article.lead.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'caption']);
    expect(article.sections.map((section) => section.heading)).toEqual(['What the farmers say', 'Can the valley adapt?']);
    expect(article.sections[0]?.blocks[1]).toEqual({
      type: 'quote',
      text: 'We used to plan for one bad year in ten. Now we plan for one good year in five',
      attribution: 'Tom Reyes',
    });
  });

  it('a Levantine page: navigation first, Arabic-Indic date, inline "اقرأ أيضاً", share lines, bulleted related list', () => {
    const { article } = importText(fixture('levant.txt'));
    expect(article).toMatchObject({
      title: 'كيف تغيّرت أسواق دمشق القديمة في عشر سنوات؟',
      date: '2024-02-14',
      source: 'مجلة المدينة',
      related: ['الحرف اليدوية في حلب تقاوم النسيان', 'رمضان في الأسواق الشعبية'],
    });
    expect(article.lead.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'caption']);
    expect(article.sections.map((section) => [section.heading, section.blocks.map((block) => block.type)])).toEqual([
      ['ماذا تغيّر؟', ['paragraph', 'paragraph', 'quote']],
      ['الأسعار والناس', ['paragraph', 'caption', 'paragraph']],
    ]);
    expect(JSON.stringify(article)).not.toMatch(/شارك المقال|تابعنا|الصفحة الرئيسية|جميع الحقوق/);
  });
});
