import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { serializeArticle } from '../../src/article/serialize.js';
import { ArticleError } from '../../src/article/errors.js';
import { resolveDirection } from '../../src/text/index.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticle, bundledArticleFiles, SEED_ID } from '../support/articles.js';

const SEED_LINES = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8').split('\n');
const seedLine = (n: number) => (SEED_LINES[n - 1] ?? '').replace(/\s+/g, ' ').trim();

describe('every bundled article', () => {
  it.each(bundledArticleFiles())('%s parses, has a title and survives serialise → parse unchanged', (name) => {
    const id = name.replace(/\.md$/, '');
    const article = parseArticle(readFileSync(join(ARTICLES, name), 'utf8'), id);
    expect(article.title.length).toBeGreaterThan(0);
    expect(parseArticle(serializeArticle(article), id)).toEqual(article);
  });
});

describe('the seed article', () => {
  const article = bundledArticle(SEED_ID);

  it('has the metadata of the scraped page', () => {
    expect(article).toMatchObject({ title: seedLine(1), date: '2024-01-31', source: 'حفريات', lang: 'ar', dir: 'rtl' });
  });

  it('has the four lead paragraphs and the four sections', () => {
    expect(article.lead.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(article.sections.map((section) => section.heading)).toEqual(['فحوى المفاوضات الجارية', 'تحذيرات الفصائل', 'حكومة بغداد تصرّح', 'مخاطر أمنية']);
  });

  it('has two attributed pull quotes, three captions and three related titles', () => {
    const blocks = article.sections.flatMap((section) => section.blocks);
    const quotes = blocks.flatMap((block) => (block.type === 'quote' ? [block.attribution] : []));
    expect(quotes).toEqual(['باسم العوادي', 'النائب السابق مثال الألوسي']);
    expect(blocks.filter((block) => block.type === 'caption')).toHaveLength(3);
    expect(article.related).toEqual([seedLine(88), seedLine(90), seedLine(92)]);
  });

  it('keeps every body line of the scraped text, and none of its boilerplate', () => {
    const body = [...article.lead, ...article.sections.flatMap((section) => [{ type: 'heading', text: section.heading }, ...section.blocks])];
    const texts = body.map((block) => ('text' in block ? block.text : ''));
    const bodyLines = SEED_LINES.slice(9, 84).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
    const quoted = (line: string) => line.replace(/^(باسم العوادي|النائب السابق مثال الألوسي): /, '');
    expect(texts).toEqual(bodyLines.map(quoted));
    expect(JSON.stringify(article)).not.toContain('انشر مقالك');
    expect(JSON.stringify(article)).not.toContain('الصفحة الرئيسية');
  });
});

describe('Markdown blocks', () => {
  const parse = (body: string) => parseArticle(`---\ntitle: t\n---\n${body}`, 'x');

  it('reads inline styles as runs over plain text', () => {
    const [block] = parse('قبل **غامق** و [رابط](other-id) بعد').lead;
    expect(block).toEqual({
      type: 'paragraph',
      text: 'قبل غامق و رابط بعد',
      runs: [
        { start: 4, end: 8, style: 'bold' },
        { start: 11, end: 15, style: 'link', href: 'other-id' },
      ],
    });
  });

  it('reads lists, code and quotes without attribution', () => {
    const { lead } = parse('1. one\n2. two\n\n```sh\nqari list\n```\n\n> just a quote');
    expect(lead).toEqual([
      { type: 'list', ordered: true, items: ['one', 'two'] },
      { type: 'code', lang: 'sh', text: 'qari list' },
      { type: 'quote', text: 'just a quote', attribution: null },
    ]);
  });

  it('keeps Markdown-looking characters of plain text through a round trip', () => {
    const article = parse('x');
    article.lead = [{ type: 'paragraph', text: '# not a heading *nor* [a link] 1. or_a_list > quote' }];
    expect(parseArticle(serializeArticle(article), 'x').lead).toEqual(article.lead);
  });
});

describe('front matter problems are one clear ArticleError', () => {
  it.each([
    ['no front matter', '# hello'],
    ['never closed', '---\ntitle: x\n'],
    ['not YAML', '---\ntitle: [unclosed\n---\n'],
    ['no title', '---\ndate: 2024-01-01\n---\n'],
    ['a date that is not a date', '---\ntitle: x\ndate: 2024-02-31\n---\n'],
    ['a mapping as title', '---\ntitle:\n  a: b\n---\n'],
  ])('%s', (_, source) => {
    expect(() => parseArticle(source, 'x')).toThrow(ArticleError);
  });

  it('a title that is a number is read as text', () => {
    expect(parseArticle('---\ntitle: 1984\n---\n', 'x').title).toBe('1984');
  });
});

describe('an article without dir or lang', () => {
  // The reader lays the title out with the text engine; the article's direction
  // comes from the same rule, so a title never reads one way and the article another.
  it.each([
    ['مرحبا hello', 'rtl'],
    ['hello مرحبا', 'ltr'],
    ['Բարեւ: مقالة عن يريفان', 'ltr'], // Armenian is a strong left-to-right script
    ['東京 في الصيف', 'ltr'],
    ['\u2067عربي\u2069 notes', 'ltr'], // what lies inside an isolate does not decide
    ['2024: عام', 'rtl'],
  ])('takes its direction from the first strong letter of the title %j', (title, dir) => {
    const article = parseArticle(`---\ntitle: "${title}"\n---\n\ntext\n`, 'x');
    expect(article.dir).toBe(dir);
    expect(resolveDirection(title)).toBe(dir);
  });
});
