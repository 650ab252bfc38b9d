// The importer reads the whole page: where the text is decides what the lines around
// it are. Each shape below is one that scraped pages have (navigation first, bylines
// without "بقلم", date lines with weekday/time/Hijri parts, menus and footers, related
// and teaser blocks, captions, a site name in the title, a lead repeated at the end),
// written for the project.
import { describe, expect, it } from 'vitest';
import { importText, type ClassifiedLine } from '../../../src/article/import/index.js';

const TEXT = [
  'افتتحت بلدية الوادي الأخضر صباح أمس محطة جديدة لتحلية مياه البحر، بعد ثلاث سنوات من العمل المتواصل، وقال رئيس البلدية إنّ المحطة ستغطي حاجة الأحياء الشرقية كلها خلال الصيف المقبل.',
  'وتعتمد المحطة على الطاقة الشمسية في تشغيل مضخاتها نهاراً، فيما تعمل ليلاً بالكهرباء العامة، وهو ما يخفض كلفة المتر المكعب إلى النصف تقريباً مقارنة بالمحطات القديمة في المنطقة.',
  'وأوضح مهندسو المشروع أنّ المرحلة الثانية ستبدأ في الربيع، وتشمل مدّ أنابيب جديدة إلى القرى الجبلية التي ما زالت تعتمد على الصهاريج المتنقلة في فصل الصيف الطويل والجاف.',
  'ويرى خبراء في شؤون المياه أنّ التجربة قد تتكرر في مدن ساحلية أخرى، لكنّهم يحذرون من أثر المياه المالحة المرتجعة على الثروة السمكية إن لم تُعالج قبل إعادتها إلى البحر.',
  'وتقول سكان الحي القديم إنّ الانقطاعات المتكررة في الصيف الماضي دفعتهم إلى شراء خزانات إضافية على أسطح البيوت، وإنّهم ينتظرون أن يروا أثر المحطة الجديدة قبل أن يتخلوا عنها.',
  'وفي ختام الافتتاح، وعدت البلدية بنشر تقرير شهري عن كميات المياه المنتجة وجودتها، وبفتح المحطة أمام زيارات طلاب المدارس والجامعات للتعرف إلى طريقة عملها عن قرب.',
];
const TITLE = 'محطة لتحلية المياه تغطي الأحياء الشرقية في الوادي الأخضر';

function page(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function roleOf(lines: readonly ClassifiedLine[], text: string): string | undefined {
  return lines.find((line) => line.text === text)?.role;
}

function rolesOf(lines: readonly ClassifiedLine[], texts: readonly string[]): (string | undefined)[] {
  return texts.map((text) => roleOf(lines, text));
}

describe('the title among navigation', () => {
  it('a "skip to content" line and a Latin site name before the headline are navigation', () => {
    const { article, lines } = importText(page('تخطى إلى المحتوى الرئيسي', 'WADI TIMES', 'الرئيسية', 'محليات', 'اقتصاد', TITLE, '12/03/2024', ...TEXT));
    expect(article.title).toBe(TITLE);
    expect(rolesOf(lines, ['تخطى إلى المحتوى الرئيسي', 'WADI TIMES', 'محليات', 'اقتصاد'])).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(article.lead.some((block) => block.type === 'caption')).toBe(false);
  });

  it('a page with no headline takes its title from the first paragraph, which stays in the text', () => {
    const { article, lines } = importText(page(...TEXT));
    expect(article.title).toBe('افتتحت بلدية الوادي الأخضر صباح أمس محطة جديدة لتحلية مياه البحر…');
    expect(lines[0]?.role).toBe('paragraph');
    expect(article.lead[0]).toEqual({ type: 'paragraph', text: TEXT[0] });
  });

  it('"Headline - Site.com" is the headline; the clean copy of it further down is a repeat', () => {
    const { article, lines } = importText(page(`${TITLE} - WadiNews.com`, 'وادي نيوز', 'الرئيسية', 'أخبار', 'رياضة', 'منوعات', TITLE, '2024-03-12', ...TEXT));
    expect(article.title).toBe(TITLE);
    expect(roleOf(lines, TITLE)).toBe('title-repeat');
  });

  it('"Headline | صحيفة الوادي" loses the site name when the headline stands alone elsewhere', () => {
    const { article } = importText(page(`${TITLE} | صحيفة الوادي`, 'الرئيسية', 'أخبار', 'رياضة', TITLE, ...TEXT));
    expect(article.title).toBe(TITLE);
  });
});

describe('the byline and the date', () => {
  it('a name without "بقلم" after the title is the author, and the date after it is read', () => {
    const { article, lines } = importText(page(TITLE, 'سلمى يوسف', '24 سبتمبر/ أيلول 2021', ...TEXT));
    expect(article.author).toBe('سلمى يوسف');
    expect(article.date).toBe('2021-09-24');
    expect(roleOf(lines, 'سلمى يوسف')).toBe('author');
  });

  it('a desk named after the date is the author, not a heading', () => {
    const { article } = importText(page(TITLE, '2024-03-12T09:30:00+03:00', 'قسم الأخبار المحلية', ...TEXT));
    expect(article.author).toBe('قسم الأخبار المحلية');
    expect(article.sections).toEqual([]);
  });

  it.each([
    ['الجمعة، 4 تشرين الأول/أكتوبر 2019، آخر تحديث 10:15 (GMT+0300)', '2019-10-04'],
    ['الأحد 12 شعبان 1440 هـ الموافق 17/4/2019 م', '2019-04-17'],
    ['العدد: 4410 - 2019 / 4 / 17 - 08:40', '2019-04-17'],
  ])('reads the date line %s', (line, iso) => {
    const { article, lines } = importText(page(TITLE, line, ...TEXT));
    expect(article.date).toBe(iso);
    expect(roleOf(lines, line)).toBe('date');
  });

  it('a navbox of short lines between the title and the text is not a byline', () => {
    const { article, lines } = importText(page(TITLE, 'مرافق البلدية', 'المياه', 'الكهرباء', 'النقل العام', 'الحدائق', ...TEXT));
    expect(article.author).toBeNull();
    expect(rolesOf(lines, ['مرافق البلدية', 'المياه', 'النقل العام'])).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });
});

describe('menus, footers and banners', () => {
  it('short lines after the text, once the footer starts, are dropped; a menu row of "|" parts anywhere', () => {
    const footer = ['شارك', 'من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'الرئيسية | محليات | اقتصاد | رياضة | منوعات', 'جميع الحقوق محفوظة لـ وادي نيوز © 2024'];
    const { article, lines } = importText(page(TITLE, ...TEXT, ...footer));
    expect(lines.filter((line) => footer.includes(line.text)).every((line) => line.role === 'boilerplate')).toBe(true);
    expect(article.lead.at(-1)).toEqual({ type: 'paragraph', text: TEXT[5] });
  });

  it('a cookie notice and a comments disclaimer are dropped, articles about cookies are not', () => {
    const cookie = 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. موافق';
    const disclaimer = 'التعليقات المنشورة لا تعبر عن رأي الموقع، ونحتفظ بحق حذف أي تعليق يسيء إلى الآخرين أو يخالف شروط النشر.';
    const { lines } = importText(page(cookie, TITLE, ...TEXT, disclaimer));
    expect(rolesOf(lines, [cookie, disclaimer])).toEqual(['boilerplate', 'boilerplate']);
    const about = 'وتحفظ المتصفحات ملفات تعريف الارتباط على جهاز القارئ لتتذكر تفضيلاته في الزيارة التالية.';
    expect(roleOf(importText(page(TITLE, ...TEXT.slice(0, 3), about, ...TEXT.slice(3))).lines, about)).toBe('paragraph');
  });
});

describe('related and more-news blocks', () => {
  it.each(['حول هذه القصة', 'الأكثر قراءة', 'إقرأ أيضاً', 'طالع أيضا', 'المزيد من الأخبار'])('"%s" starts a related list', (marker) => {
    const { article, lines } = importText(page(TITLE, ...TEXT, marker, 'عمال البلدية يصلحون خط المياه الرئيسي', 'مدارس الوادي تستعد للعام الدراسي الجديد'));
    expect(roleOf(lines, marker)).toBe('related-marker');
    expect(article.related).toEqual(['عمال البلدية يصلحون خط المياه الرئيسي', 'مدارس الوادي تستعد للعام الدراسي الجديد']);
  });

  it('teasers after the text (a headline and a one-line summary, three times) are related titles, their summaries dropped', () => {
    const teasers = [
      'مهرجان الزيتون يعود إلى ساحة البلدة القديمة',
      'يستقبل المهرجان هذا العام عارضين من عشر قرى مجاورة.',
      'افتتاح مكتبة عامة في الحي الغربي',
      'تضم المكتبة قاعة للأطفال وركناً للكتب المسموعة.',
      'طريق جديد يربط الوادي بالساحل',
      'يختصر الطريق زمن الرحلة إلى أقل من ساعة واحدة.',
    ];
    const { article, lines } = importText(page(TITLE, ...TEXT, ...teasers));
    expect(article.related).toEqual([teasers[0], teasers[2], teasers[4]]);
    expect(rolesOf(lines, [teasers[1] ?? '', teasers[3] ?? ''])).toEqual(['boilerplate', 'boilerplate']);
    expect(article.lead.at(-1)).toEqual({ type: 'paragraph', text: TEXT[5] });
  });

  it('a related list of titles each with its summary under it', () => {
    const { article } = importText(page(TITLE, ...TEXT, 'اقرأ أيضاً', 'افتتاح مكتبة عامة في الحي الغربي', 'تضم المكتبة قاعة للأطفال وركناً للكتب المسموعة.', 'طريق جديد يربط الوادي بالساحل', 'يختصر الطريق زمن الرحلة إلى أقل من ساعة واحدة.'));
    expect(article.related).toEqual(['افتتاح مكتبة عامة في الحي الغربي', 'طريق جديد يربط الوادي بالساحل']);
  });
});

describe('captions and headings', () => {
  it('a caption ending in "." with an agency credit is a caption', () => {
    const caption = 'عمال يركبون ألواحاً شمسية فوق مبنى المحطة. (الأناضول)';
    const { lines } = importText(page(TITLE, TEXT[0] ?? '', caption, ...TEXT.slice(1)));
    expect(roleOf(lines, caption)).toBe('caption');
  });

  it('in a page of blocks, a short sentence set apart before a paragraph is a caption, and a short name too', () => {
    const text = [TITLE, '', TEXT[0], TEXT[1], '', 'مدخل المحطة من جهة البحر.', TEXT[2], TEXT[3], '', 'مصطفى الحلبي', TEXT[4], TEXT[5]].join('\n');
    const { lines } = importText(text);
    expect(roleOf(lines, 'مدخل المحطة من جهة البحر.')).toBe('caption');
    expect(roleOf(lines, TEXT[2] ?? '')).toBe('paragraph');
  });

  it('a subheading right after a heading is a heading; numbered lines head sections', () => {
    const text = [TITLE, '', TEXT[0], '', 'التاريخ', 'البدايات الأولى (1950–1975)', TEXT[1], TEXT[2], '', '1- كلفة التشغيل والصيانة السنوية', TEXT[3], '2- أثر المحطة', TEXT[4]].join('\n');
    const { article } = importText(text);
    expect(article.sections.map((section) => section.heading)).toEqual(['التاريخ', 'البدايات الأولى (1950–1975)', '1- كلفة التشغيل والصيانة السنوية', '2- أثر المحطة']);
  });
});

describe('repeats and sources', () => {
  it('the lead repeated at the end of the page is dropped once, and nothing else', () => {
    const { article, lines } = importText(page(TITLE, '12/03/2024', 'سلمى يوسف', ...TEXT, TEXT[0] ?? ''));
    expect(lines.at(-1)?.role).toBe('boilerplate');
    expect(lines.at(-1)?.reason).toMatch(/repeats line 4, the lead/);
    expect(article.lead).toHaveLength(TEXT.length);
  });

  it('"المصدر : الجزيرة + وكالات" within the text is the source, not a heading', () => {
    const { article, lines } = importText(page(TITLE, ...TEXT.slice(0, 4), 'المصدر : وكالة الوادي + وكالات', ...TEXT.slice(4)));
    expect(article.source).toBe('وكالة الوادي + وكالات');
    expect(roleOf(lines, 'المصدر : وكالة الوادي + وكالات')).toBe('source');
    expect(article.sections).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('every dropped line is said with a reason, and --keep-all keeps them all', () => {
    const raw = page('تخطى إلى المحتوى الرئيسي', 'الرئيسية', 'محليات', 'اقتصاد', TITLE, ...TEXT, TEXT[0] ?? '', 'من نحن', 'اتصل بنا', 'سياسة الخصوصية');
    const { lines } = importText(raw);
    const dropped = lines.filter((line) => line.role === 'boilerplate');
    expect(dropped.map((line) => line.text)).toEqual(['تخطى إلى المحتوى الرئيسي', 'الرئيسية', 'محليات', 'اقتصاد', TEXT[0], 'من نحن', 'اتصل بنا', 'سياسة الخصوصية']);
    expect(dropped.every((line) => line.reason.length > 10)).toBe(true);
    const kept = importText(raw, { keepAll: true }).article;
    const texts = kept.lead.map((block) => ('text' in block ? block.text : ''));
    for (const line of dropped) expect(texts).toContain(line.text);
  });
});
