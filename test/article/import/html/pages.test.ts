// The page reader on pages written for the project in the shapes publishers use:
// metadata, sections, captions, quotes, related list, and no furniture in the body.
import { blockText } from '../../../../src/article/block-text.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../src/article/import/html/index.js';
import { decodeBytes } from '../../../../src/article/import/decode.js';
import type { Article, Block } from '../../../../src/article/model.js';

const fixture = (name: string) => decodeBytes(readFileSync(new URL(`../../../fixtures/web/${name}`, import.meta.url)), name).text;
const read = (name: string, pageUrl: string | null = null, libraryIds = new Map<string, string>()) => importHtml(fixture(name), { pageUrl, libraryIds }).article;

const allBlocks = (article: Article): Block[] => [...article.lead, ...article.sections.flatMap((section) => section.blocks)];
const bodyText = (article: Article) => [...article.sections.map((section) => section.heading), ...allBlocks(article).map(blockText)].join('\n');
const ofType = <T extends Block['type']>(article: Article, type: T) => allBlocks(article).filter((block): block is Extract<Block, { type: T }> => block.type === type);

describe('a news CMS page with JSON-LD, figures and related blocks', () => {
  const article = read('news-cms.html');

  it('takes title, date, author and source from JSON-LD over the other meta tags', () => {
    expect(article.title).toBe('افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الواحة');
    // article:published_time says the 9th and meta author "فريق التحرير": JSON-LD is trusted first.
    expect(article.date).toBe('2024-03-10');
    expect(article.author).toBe('سلمى الحداد');
    expect(article.source).toBe('صحيفة المرصد');
    expect(article.url).toBe('https://news.example/ar/2024/03/solar-desalination-oasis');
    expect([article.lang, article.dir]).toEqual(['ar', 'rtl']);
  });

  it('maps h2 to sections, figures to captions, the blockquote to a quote with its attribution', () => {
    expect(article.sections.map((section) => section.heading)).toEqual(['كيف تعمل المحطة؟', 'ردود الأهالي']);
    expect(ofType(article, 'caption').map((block) => block.text)).toEqual(['ألواح شمسية تحيط بخزانات المحطة الجديدة (تصوير: المرصد)', 'أغشية التناضح العكسي داخل المحطة']);
    expect(article.lead[0]).toEqual({ type: 'caption', text: 'ألواح شمسية تحيط بخزانات المحطة الجديدة (تصوير: المرصد)' });
    expect(ofType(article, 'quote')).toEqual([{ type: 'quote', text: 'لأول مرة منذ عشرين عاماً نفتح الصنبور فيخرج الماء عذباً.', attribution: 'أم خالد، من سكان الواحة' }]);
    expect(ofType(article, 'list')[0]?.items).toHaveLength(3);
  });

  it('keeps a table as rows of cells', () => {
    expect(ofType(article, 'table')).toEqual([{ type: 'table', head: ['السنة', 'الإنتاج اليومي (م³)'], rows: [['2024', '5000'], ['2026', '8000']] }]);
  });

  it('puts "اقرأ أيضاً", "مواضيع ذات صلة" and "الأكثر قراءة" in related, never in the body', () => {
    expect(article.related).toEqual(['موسم الأمطار الأضعف منذ عقدين', 'حفر آبار جديدة في القرى الجنوبية', 'مزارع الطاقة الشمسية تتوسع في الجنوب', 'الجفاف يهدد المحاصيل الشتوية', 'نهائي الكأس يحسم اليوم', 'أسعار الخضار في الأسواق']);
    const body = bodyText(article);
    for (const furniture of ['اقرأ أيضاً', 'موسم الأمطار', 'ذات صلة', 'الأكثر قراءة', 'سياسة', 'الرئيسية', 'جميع الحقوق', 'شارك', 'طاقة شمسية', 'بقلم', 'hacked', '10 مارس 2024']) {
      expect(body).not.toContain(furniture);
    }
  });

  it('makes links absolute against the canonical address, and library pages links to their ids', () => {
    const paragraph = ofType(article, 'paragraph')[1];
    expect(paragraph?.runs).toContainEqual(expect.objectContaining({ style: 'link', href: 'https://news.example/ar/2023/11/water-plan' }));
    expect(paragraph?.runs).toContainEqual(expect.objectContaining({ style: 'bold' }));
    const linked = read('news-cms.html', null, new Map([['https://news.example/ar/2023/11/water-plan', '2023-11-02-water-plan'], ['https://news.example/ar/2024/02/rain-season', '2024-02-01-rain']]));
    expect(ofType(linked, 'paragraph')[1]?.runs).toContainEqual(expect.objectContaining({ style: 'link', href: '2023-11-02-water-plan' }));
    expect(linked.related[0]).toBe('2024-02-01-rain');
  });
});

describe('a WordPress post', () => {
  const article = read('wordpress-post.html');

  it('resolves the Yoast graph author reference and cuts the "– site" title suffix', () => {
    expect(article.title).toBe('دليل مختصر لكتابة سكربتات الصدفة الآمنة');
    expect(article.author).toBe('كريم منصور');
    expect(article.date).toBe('2023-07-04');
    expect(article.source).toBe('مدونة سطر الأوامر');
  });

  it('keeps code, the image caption, the ordered list and the cited quote; drops share, comments and sidebar', () => {
    expect(ofType(article, 'code')[0]).toEqual({ type: 'code', lang: '', text: "#!/usr/bin/env bash\nset -euo pipefail\nIFS=$'\\n\\t'" });
    expect(ofType(article, 'caption').map((block) => block.text)).toEqual(['نتيجة تشغيل السكربت مع الخيارات الصارمة']);
    expect(ofType(article, 'list')[0]).toMatchObject({ ordered: true, items: ['استعمل "$@" لتمرير الوسائط كما هي.', 'استعمل المصفوفات بدل السلاسل الطويلة.', 'افحص السكربت بأداة shellcheck قبل نشره.'] });
    expect(ofType(article, 'quote')[0]?.attribution).toBe('مثل شائع بين مديري الأنظمة');
    expect(article.related).toEqual(['المصفوفات في باش', 'أساسيات cron', 'حيل grep']);
    const body = bodyText(article);
    for (const furniture of ['شارك هذا', 'تويتر', 'ذات صلة', 'تعليق', 'اترك', 'أحدث المقالات', 'مدعوم بواسطة', 'تخطي إلى المحتوى', 'نُشر في', 'بواسطة']) expect(body).not.toContain(furniture);
  });
});

describe('a Wikipedia-like page', () => {
  const article = read('wiki-article.html');

  it('takes the title without " - site", the site as source, and no invented date or author', () => {
    expect(article.title).toBe('نهر الفضة (نهر خيالي)');
    expect(article.source).toBe('موسوعة الويكي');
    expect([article.date, article.author]).toEqual([null, null]);
  });

  it('reads sections and the thumbnail caption; no infobox, table of contents, edit links, references marks or navbox', () => {
    expect(article.sections.map((section) => section.heading)).toEqual(['الجغرافيا', 'التاريخ', 'المراجع']);
    expect(ofType(article, 'caption').map((block) => block.text)).toEqual(['مجرى النهر قرب المنبع في أوائل الربيع']);
    const body = bodyText(article);
    for (const furniture of ['412 كم', 'المحتويات', 'عدل', '[1]', 'نهر الذهب', 'نهر النحاس', 'تصنيفات', 'الموسوعة الحرة', 'ماذا يصل هنا', 'عدلت هذه الصفحة']) expect(body).not.toContain(furniture);
    expect(article.lead[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^نهر الفضة نهر خيالي/) });
  });
});

describe('a print page and a page without markup', () => {
  it('print page: author, date and source from the byline line, which leaves the body', () => {
    const article = read('print-page.html');
    expect(article).toMatchObject({ title: 'مكتبة الحي تفتح أبوابها مساءً', date: '2022-11-02', author: 'نادر العلي', source: 'جريدة الضاحية' });
    expect(allBlocks(article)).toHaveLength(3);
    expect(bodyText(article)).not.toMatch(/بقلم|طبعت هذه الصفحة/);
  });

  it('a windows-1256 page that declares no charset: detected, read by Readability, menu dropped', () => {
    const bytes = readFileSync(new URL('../../../fixtures/web/windows-1256-no-charset.html', import.meta.url));
    const decoded = decodeBytes(bytes, 'page');
    expect(decoded).toMatchObject({ encoding: 'windows-1256', source: 'detected' });
    const article = importHtml(decoded.text, { pageUrl: null }).article;
    expect(article.title).toBe('أسواق المدينة القديمة تستعيد زوارها');
    expect(allBlocks(article)).toHaveLength(3);
    expect(bodyText(article)).not.toContain('الرئيسية');
  });
});

describe('an older CMS page that marks nothing (read through Readability)', () => {
  const article = read('old-cms.html', 'https://mirsad.example/2019/09/15/schools.html');

  it('finds the date in the page\'s date line, cuts the ".com" title suffix, keeps the three paragraphs', () => {
    expect(article).toMatchObject({ title: 'المدارس تستقبل طلابها بعد عطلة طويلة', date: '2019-09-15', source: 'المرصد نيوز', author: null });
    expect(ofType(article, 'paragraph').map((block) => block.text.slice(0, 20))).toEqual(['بيروت (المرصد) -- عا', 'وقالت الوزارة إن الك', 'ويشكو أهالٍ من ارتفا']);
  });

  it('drops the comment notice, the date line, navigation and footer; "الأكثر تصفحاً" goes to related', () => {
    expect(bodyText(article)).not.toMatch(/تعليقات|الآراء الواردة|آخر تحديث|الصفحة الرئيسية|شروط الخدمة/);
    expect(article.related).toEqual(['أمطار غزيرة تغلق الطرق الجبلية', 'ارتفاع سعر ربطة الخبز']);
  });
});

describe('hostile pages', () => {
  it('text is sanitised: escape sequences and controls never reach the model; scripts never run', () => {
    const html = '<html><head><title>عنوان \u001b]0;pwned\u0007 الصفحة</title></head><body><article><h1>عنوان الصفحة</h1><p>فقرة \u001b[31mحمراء\u001b[0m فيها \u0007 جرس وسطر طويل بما يكفي ليكون نصاً حقيقياً من نصوص المقالات في الصحف اليومية العربية المعروفة.</p><script>globalThis.ran = true</script><img src=x onerror="globalThis.ran = true"></article></body></html>';
    const article = importHtml(html, { pageUrl: null }).article;
    expect(JSON.stringify(article)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('links with other schemes stay plain text', () => {
    const html = '<html><body><article><h1>ع</h1><p>اضغط <a href="javascript:alert(1)">هنا</a> أو <a href="file:///etc/passwd">هناك</a> أو <a href="data:text/html,x">هنالك</a> في نص طويل بما يكفي ليقرأ فقرة من فقرات المقالة العادية في أي صحيفة.</p></article></body></html>';
    const article = importHtml(html, { pageUrl: 'https://site.example/a' }).article;
    expect(ofType(article, 'paragraph')[0]?.runs ?? []).toEqual([]);
  });

  it('a page nested 20,000 deep (a tag never closed) is read, not a stack overflow', () => {
    const depth = 20_000;
    const html = `<html><body><article><h1>عنوان</h1>${'<div>'.repeat(depth)}<p>${'نص عميق جداً '.repeat(40)}</p>${'</div>'.repeat(depth)}</article></body></html>`;
    const article = importHtml(html, { pageUrl: null }).article;
    expect(bodyText(article)).toContain('نص عميق جداً');
  });

  it('a page with no text is one clear error', () => {
    expect(() => importHtml('<html><head></head><body><nav><a href="/">x</a></nav></body></html>', { pageUrl: null })).toThrow(/^no article/);
  });
});
