import { describe, expect, it } from 'vitest';
import { articleDateLabel, captionMark, formatAuthorLine, formatSourceLine, parseAuthorLine, parseSourceLine, readingTimeLabel, relatedLabel } from '../../src/article/labels.js';
import { parseArticle } from '../../src/article/parse.js';
import { articleUnits } from '../../src/document/units.js';

const article = (lang: string) => parseArticle(`---\ntitle: عنوان\ndate: 2024-01-31\nlang: ${lang}\ndir: rtl\n---\nمتن\n\n![تصویر یک]()\n`, 'x');

describe("an article's own labels", () => {
  it('follow its language, not its direction', () => {
    expect([captionMark('ar'), captionMark('fa'), captionMark('ur'), captionMark('he')]).toEqual(['[صورة]', '[تصویر]', '[تصویر]', '[Image]']);
    expect(relatedLabel('fa')).not.toBe(relatedLabel('ar'));
  });

  it('of a Persian article are Persian in the reader, with its date and reading time', () => {
    const texts = articleUnits(article('fa')).map((unit) => unit.text);
    expect(texts.some((text) => text.startsWith('[تصویر]'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/صورة|دقيقة|يناير/);
    expect(texts[1]).toContain('دقیقه مطالعه');
    expect(articleUnits(article('ar')).map((unit) => unit.text)[1]).toMatch(/^31 يناير 2024 · دقيقة واحدة$/u);
  });

  it('say reading time with Arabic dual and plural forms', () => {
    expect([1, 2, 3, 7, 11, 100].map((minutes) => readingTimeLabel(minutes, 'ar'))).toEqual(['دقيقة واحدة', 'دقيقتان', '3 دقائق', '7 دقائق', '11 دقيقة', '100 دقيقة']);
    expect(readingTimeLabel(7, 'ar', { digits: 'arab', months: 'standard' })).toBe('٧ دقائق');
    expect(readingTimeLabel(4, 'en')).toBe('4 min read');
  });

  it('write the date as the article language does', () => {
    expect(articleDateLabel('2024-01-31', 'en')).toBe('31 Jan 2024');
    expect(articleDateLabel('2024-01-31', 'ar', { digits: 'latn', months: 'levant' }).replace(/\u200f/g, '')).toBe('31 كانون الثاني 2024');
  });
});

describe("a Persian article's text", () => {
  it('reads back through the importer with its Persian caption and related labels', async () => {
    const { importText } = await import('../../src/article/import/index.js');
    const { articleText } = await import('../../src/output/text.js');
    const persian = parseArticle('---\ntitle: عنوان فارسی\nlang: fa\nrelated:\n  - یک مقاله دیگر\n---\nمتن اول مقاله اینجاست و کمی طولانی است.\n\n![تصویر یک ساختمان]()\n\n## بخش\n\nمتن دوم.\n', 'x');
    const text = articleText(persian, [{ ref: 'یک مقاله دیگر', id: null, title: null, date: null }]);
    expect(text).toContain('[تصویر] تصویر یک ساختمان');
    const again = importText(text).article;
    expect(again.lead.some((block) => block.type === 'caption' && block.text === 'تصویر یک ساختمان')).toBe(true);
    expect(again.related).toEqual(['یک مقاله دیگر']);
  });
});

describe('author and source lines', () => {
  // cat --format text writes them in the article's language; import must read each back.
  it.each(['ar', 'fa', 'ur', 'en', 'de'])('written for a %s article read back as the same name', (lang) => {
    expect(parseAuthorLine(formatAuthorLine('سارة خليل', lang))).toBe('سارة خليل');
    expect(parseAuthorLine(formatAuthorLine('Jane Doe', lang))).toBe('Jane Doe');
    expect(parseSourceLine(formatSourceLine('موقع حفريات', lang))).toBe('موقع حفريات');
  });

  it('as scraped pages write them', () => {
    expect(parseAuthorLine('كتب: أحمد علي')).toBe('أحمد علي');
    expect(parseAuthorLine('Posted by Sam Lee')).toBe('Sam Lee');
    expect(parseAuthorLine('بقلم هذا ليس اسمًا بل جملة طويلة جدًا لا تنتهي')).toBeNull();
    expect(parseSourceLine('Source: Reuters')).toBe('Reuters');
  });
});
