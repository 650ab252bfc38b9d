// The rules one by one, on small inputs.
import { describe, expect, it } from 'vitest';
import { classifyText, explainLines, importText } from '../../../src/article/import/index.js';

const NBSP = '\u00A0';
const P1 = 'تناقش الحكومة آليات جدولة الانسحاب في محاولة منها لإرضاء الفصائل الحليفة.';
const P2 = 'ويحاول رئيس الحكومة إرضاء الجانب الآخر وحلفائه في البلاد، وتحديداً الفصائل المسلحة.';
const P3 = 'وقال مراقبون إنّ المحادثات ستأخذ عدة أشهر، وربما يتطلب الخروج أكثر من عام.';

function roles(text: string): string[] {
  return classifyText(text)
    .filter((line) => line.role !== 'blank' && line.role !== 'quote-separator')
    .map((line) => line.role);
}

describe('the header', () => {
  it('the first line is the title; later copies of it are dropped as repeats', () => {
    expect(roles(`العنوان هنا\n\nالعنوان هنا\n\n${P1}`)).toEqual(['title', 'title-repeat', 'paragraph']);
  });

  it('a repeat differing only in spaces or harakat is still a repeat', () => {
    expect(roles(`العنوانُ هنا\n\n العنوان  هنا${NBSP}\n\n${P1}`)).toEqual(['title', 'title-repeat', 'paragraph']);
  });

  it('works without a repeat, without a date, and with the date first', () => {
    expect(roles(`العنوان\n\n${P1}`)).toEqual(['title', 'paragraph']);
    expect(roles(`31/01/2024\n\nالعنوان\n\n${P1}`)).toEqual(['date', 'title', 'paragraph']);
    expect(importText(`العنوان\n\n${P1}`).article.date).toBeNull();
  });

  it('takes an author line in the header', () => {
    const { article } = importText(`العنوان\n\nبقلم: سارة أحمد\n\n${P1}`);
    expect(article.author).toBe('سارة أحمد');
  });

  it('a title later in the body is text, not a repeat', () => {
    expect(roles(`العنوان\n\n${P1}\n\nالعنوان\n\n${P2}`)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('boilerplate', () => {
  it.each([
    'انشر مقالك',
    'لإرسال مقال للنشر في حفريات اضغط هنا سياسة استقبال المساهمات',
    'الصفحة الرئيسية',
    'الرئيسية > سياسة',
    'شارك',
    'شارك المقال',
    'شارك على فيسبوك',
    'اشترك في النشرة البريدية',
    'تابعنا',
    'تابعونا على تويتر',
    'فيسبوك تويتر واتساب',
    'Share',
    'Share this article',
    'Share on X',
    'Subscribe',
    'Subscribe to our newsletter',
    'Follow us on Instagram',
    'Facebook | Twitter | Email',
    '© 2024 Example News. All rights reserved.',
    'جميع الحقوق محفوظة لـ مجلة المدينة © 2024',
  ])('%s is dropped', (line) => {
    expect(roles(`العنوان\n\n${P1}\n\n${line}`)).toEqual(['title', 'paragraph', 'boilerplate']);
  });

  it.each([
    'شارك آلاف المتظاهرين في المسيرة التي انطلقت من وسط المدينة صباح أمس.',
    'تابعنا الحدث منذ بدايته، ورأينا كيف تغيّرت المواقف خلال ساعات.',
    'Share prices fell sharply on Monday after the announcement.',
    'حقوق النشر في العالم العربي ما زالت تعاني من ضعف الحماية.',
    'Copyright law is changing fast.',
  ])('a sentence that starts like a prompt is kept: %s', (line) => {
    expect(roles(`العنوان\n\n${P1}\n\n${line}`)).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('gives the site name as the source', () => {
    expect(importText(`العنوان\n\n${P1}\n\nلإرسال مقال للنشر في حفريات اضغط هنا`).article.source).toBe('حفريات');
    expect(importText(`Title\n\nText here.\n\n© 2024 Valley Chronicle. All rights reserved.`).article.source).toBe('Valley Chronicle');
    expect(importText(`العنوان\n\n${P1}`).article.source).toBeNull();
  });

  it('only boilerplate is no article', () => {
    expect(() => importText('انشر مقالك\n\nالصفحة الرئيسية\n')).toThrow(/only site boilerplate/);
  });
});

describe('the related list', () => {
  it.each(['مواضيع ذات صلة:', 'اقرأ أيضاً', 'اقرأ أيضا:', 'إقرأ أيضًا', 'Related', 'Related articles', 'Read more', 'Read more:'])('%s starts it', (marker) => {
    const { article, lines } = importText(`العنوان\n\n${P1}\n\n${marker}\n\nعنوان أول\n\nعنوان ثانٍ: ما السبب؟`);
    expect(lines.filter((line) => line.role !== 'blank').map((line) => line.role)).toEqual(['title', 'paragraph', 'related-marker', 'related-item', 'related-item']);
    expect(article.related).toEqual(['عنوان أول', 'عنوان ثانٍ: ما السبب؟']);
  });

  it('"اقرأ أيضاً: title" inside the text is one related title, and the text goes on', () => {
    const { article } = importText(`العنوان\n\n${P1}\n\nاقرأ أيضاً: الحرف اليدوية تقاوم النسيان\n\n${P2}`);
    expect(article.related).toEqual(['الحرف اليدوية تقاوم النسيان']);
    expect(article.lead.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('ends at a paragraph, bullets are not part of the titles, duplicates are dropped', () => {
    const { article, lines } = importText(`العنوان\n\n${P1}\n\nاقرأ أيضاً\n\n- عنوان أول\n- عنوان أول\n\n${P2}`);
    expect(article.related).toEqual(['عنوان أول']);
    expect(lines.find((line) => line.text === P2)?.role).toBe('paragraph');
  });

  it('"Read more about…" in a sentence is not a marker', () => {
    expect(roles(`Title\n\nRead more about the war in the archive.`)).toEqual(['title', 'paragraph']);
  });
});

describe('pull quotes', () => {
  it('"Name: quote" set off by lines of only U+00A0', () => {
    const { article, lines } = importText(`العنوان\n\n${P1}\n\n${NBSP}\n\nباسم العوادي: مهمة التحالف ستنتهي خلال دورة الحكومة الحالية\n\n${NBSP}\n\n${P2}`);
    expect(article.lead[1]).toEqual({ type: 'quote', text: 'مهمة التحالف ستنتهي خلال دورة الحكومة الحالية', attribution: 'باسم العوادي' });
    expect(lines.filter((line) => line.spaceOnly).map((line) => line.role)).toEqual(['quote-separator', 'quote-separator']);
  });

  it('"Name: quote" set off by wider gaps than the paragraphs have', () => {
    const text = `العنوان\n\n${P1}\n\n${P2}\n\n${P3}\n\n\n\nباسم العوادي: مهمة التحالف ستنتهي خلال دورة الحكومة الحالية\n\n\n\n${P1}\n\n${P2}`;
    expect(importText(text).article.lead[3]).toMatchObject({ type: 'quote', attribution: 'باسم العوادي' });
  });

  it('"Name: text" in the flow of paragraphs stays a paragraph', () => {
    const line = 'وقال الفصيل في بيانه: إنّ الرد سيكون الاستمرار بالعمليات.';
    expect(roles(`العنوان\n\n${P1}\n\n${line}\n\n${P2}`)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a line then "— Name" (qari\'s text output) is a quote with its attribution', () => {
    const { article } = importText(`العنوان\n\n${P1}\n\nمهمة التحالف ستنتهي خلال دورة الحكومة الحالية\n— باسم العوادي\n\n${P2}`);
    expect(article.lead[1]).toEqual({ type: 'quote', text: 'مهمة التحالف ستنتهي خلال دورة الحكومة الحالية', attribution: 'باسم العوادي' });
  });

  it('quoted text between two U+00A0 lines is a quote without attribution', () => {
    const { article } = importText(`العنوان\n\n${P1}\n${NBSP}\n«القراءة حوار هادئ بين القارئ والكاتب»\n${NBSP}\n${P2}`);
    expect(article.lead[1]).toEqual({ type: 'quote', text: '«القراءة حوار هادئ بين القارئ والكاتب»', attribution: null });
  });

  it('dialogue lines starting with a dash and ending a sentence are not attributions', () => {
    expect(roles(`العنوان\n\n${P1}\n— كيف حالك اليوم؟`)).not.toContain('attribution');
  });
});

describe('headings and captions', () => {
  const body = (middle: string) => `العنوان\n\n${P1}\n\n${middle}\n\n${P2}\n\n${P3}`;

  it('a few words without final punctuation between paragraphs: a heading', () => {
    expect(roles(body('مخاطر أمنية'))).toEqual(['title', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('a short question: a heading', () => {
    expect(roles(body('ماذا بعد انسحاب القوات من البلاد؟'))).toContain('heading');
  });

  it('a long descriptive line without final punctuation: a caption', () => {
    expect(roles(body('السوداني يرعى انطلاق الجولة الأولى للحوار الثنائي بين بغداد وواشنطن'))).toContain('caption');
  });

  it('a line naming a photo or an agency: a caption', () => {
    expect(roles(body('صورة أرشيفية'))).toContain('caption');
    expect(roles(body('جانب من الاجتماع (رويترز)'))).toContain('caption');
  });

  it('a line naming someone a pull quote is attributed to: a caption', () => {
    const text = `العنوان\n\n${P1}\n\n${NBSP}\nمثال الألوسي: واشنطن قالت لبغداد إنّها مستعدة لسماع كل الآراء\n${NBSP}\n\n${P2}\n\nمثال الألوسي\n\n${P3}`;
    expect(roles(text)).toEqual(['title', 'paragraph', 'quote', 'paragraph', 'caption', 'paragraph']);
  });

  it('a caption marked as one ("[صورة] …", "Image: …") loses the mark', () => {
    const { article } = importText(body('[صورة] مخاطر أمنية'));
    expect(article.lead[1]).toEqual({ type: 'caption', text: 'مخاطر أمنية' });
    expect(importText(body('Image: A dry riverbed')).article.lead[1]).toEqual({ type: 'caption', text: 'A dry riverbed' });
  });

  it('a short line with nothing after it heads nothing: a caption', () => {
    expect(roles(`العنوان\n\n${P1}\n\nمخاطر أمنية جديدة`)).toEqual(['title', 'paragraph', 'caption']);
  });

  it('a short line right after a heading is its image caption', () => {
    expect(roles(body('مخاطر أمنية\n\nالحدود الشرقية للبلاد'))).toEqual(['title', 'paragraph', 'heading', 'caption', 'paragraph', 'paragraph']);
  });

  it('long lines without final punctuation are paragraphs', () => {
    const long = 'كلمة '.repeat(20).trim();
    expect(roles(body(long))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('English headings may be longer than Arabic ones', () => {
    const text = 'Title\n\nFirst paragraph of the text.\n\nTerminals that help, and those that do not\n\nSecond paragraph.\n\nThird one.';
    expect(roles(text)).toEqual(['title', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });
});

describe('lists and code', () => {
  it('bulleted and numbered lines make lists', () => {
    const { article } = importText(`العنوان\n\n${P1}\n\n- أول\n- ثانٍ\n\n١. واحد\n٢. اثنان`);
    expect(article.lead.slice(1)).toEqual([
      { type: 'list', ordered: false, items: ['أول', 'ثانٍ'] },
      { type: 'list', ordered: true, items: ['واحد', 'اثنان'] },
    ]);
  });

  it('a chunk of command lines in blank-line separated text is code', () => {
    const { article } = importText(`العنوان\n\n${P1}\n\nqari cat x --width 60\nqari bidi < notes.txt\n\n${P2}`);
    expect(article.lead[1]).toEqual({ type: 'code', lang: '', text: 'qari cat x --width 60\nqari bidi < notes.txt' });
  });
});

describe('the source line', () => {
  it('"المصدر: X" as the last line of the text gives the source', () => {
    const { article } = importText(`العنوان\n\n${P1}\n\nالمصدر: وكالة الأنباء\n\nانشر مقالك`);
    expect(article.source).toBe('وكالة الأنباء');
    expect(article.lead).toHaveLength(1);
  });
});

describe('--explain text', () => {
  it('has one line per input line: number, role, reason, then the text', () => {
    const text = `العنوان\n\n31/01/2024\n\n${P1}\n\nمخاطر أمنية\n\n${P2}`;
    const explained = explainLines(classifyText(text)).trimEnd().split('\n');
    expect(explained).toHaveLength(text.split('\n').length);
    expect(explained[0]).toMatch(/^1\s+title\s+the headline: first on the page \+3, .* \| العنوان$/);
    expect(explained[1]).toMatch(/^2\s+blank\s+empty$/);
    expect(explained[2]).toMatch(/^3\s+date\s+a date before the text → 2024-01-31 \| 31\/01\/2024$/);
    expect(explained[6]).toMatch(/^7\s+heading\s+short, no final punctuation: 2 words -2 .*= -\d \| مخاطر أمنية$/);
  });

  it('leaves bidi controls out of the shown text', () => {
    expect(explainLines(classifyText('\u202Eعنوان\u202C'))).not.toMatch(/[\u202A-\u202E]/);
  });
});

describe('never throws on odd input', () => {
  it.each(['', '\n\n\n', NBSP, '\u0000\u0001', 'x', '؟', ':', '— x', '- ', '1. ', 'a'.repeat(100_000)].map((text) => [text.slice(0, 10), text]))('%j…', (_, text) => {
    expect(() => classifyText(text)).not.toThrow();
  });
});

describe('pull quotes: what does not set a line off', () => {
  const NB = '\u00A0';
  const P = 'تناقش الحكومة آليات جدولة الانسحاب في محاولة منها لإرضاء الفصائل الحليفة.';

  it('reported speech ("وقال الفصيل: …") between U+00A0 lines stays a paragraph', () => {
    const { article } = importText(`العنوان\n\n${P}\n${NB}\nوقال الفصيل: إنّ الرد سيكون الاستمرار بالعمليات\n${NB}\n${P2}`);
    expect(article.lead.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('when U+00A0 lines separate every paragraph they set nothing off', () => {
    const paragraphs = Array.from({ length: 8 }, (_, index) => (index === 4 ? 'المتحدث باسم الوزارة: الاجتماع سيعقد في موعده المحدد' : P));
    const { article } = importText(`العنوان\n${NB}\n${paragraphs.join(`\n${NB}\n`)}`);
    expect(article.lead.every((block) => block.type !== 'quote')).toBe(true);
  });
});

describe('quotes marked with ">"', () => {
  const P = 'تناقش الحكومة آليات جدولة الانسحاب في محاولة منها لإرضاء الفصائل الحليفة.';

  it('"> text" is a quote; lines of one chunk join; "— Name" after them is the attribution', () => {
    const { article } = importText(`العنوان\n\n${P}\n\n> القراءة ليست سباقاً،\n> بل حوار هادئ.\n— من دفتر قارئ\n\n> سطر بلا اسم\n\n${P}`);
    expect(article.lead.slice(1, 3)).toEqual([
      { type: 'quote', text: 'القراءة ليست سباقاً، بل حوار هادئ.', attribution: 'من دفتر قارئ' },
      { type: 'quote', text: 'سطر بلا اسم', attribution: null },
    ]);
  });
});
