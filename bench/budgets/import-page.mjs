// `qari import PAGE.html --stdout`: a 500 KB Arabic news page (navigation, JSON-LD,
// figures, sections, related blocks, footer) to an article, whole process, against
// `node -e 0`. This loads the web bundle (HTML parser, Readability) that no other
// command loads. No budget set beforehand: the limit is this row's own, set when it
// was added so that a slower page reader shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE } from '../qari.mjs';
import { processVsNode, ratioRow, runsNote } from './common.mjs';

const LIMIT = 25;
const PAGE_BYTES = 500 * 1024;

const SENTENCES = [
  'قالت الهيئة العامة للأرصاد إن موجة الحر ستستمر حتى نهاية الأسبوع مع ارتفاع ملحوظ في نسبة الرطوبة على المناطق الساحلية.',
  'وأضاف المتحدث باسم الوزارة أن فرق الصيانة تعمل على مدار الساعة لإعادة التيار الكهربائي إلى الأحياء المتضررة.',
  'ويرى خبراء الاقتصاد أن ارتفاع أسعار الشحن سينعكس على أسعار السلع المستوردة خلال الأشهر المقبلة.',
  'وشهدت المدينة القديمة إقبالاً كبيراً من الزوار بعد افتتاح الأسواق التي خضعت للترميم خلال العامين الماضيين.',
];

/** A page of about PAGE_BYTES, written once into the bench's temp folder. */
function writePage(dir) {
  const head = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير مطول عن الطقس والاقتصاد | صحيفة المقياس</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"تقرير مطول عن الطقس والاقتصاد","datePublished":"2024-06-01","author":{"name":"كاتب التقارير"},"publisher":{"name":"صحيفة المقياس"}}</script>
<script>var tracking = 1;</script></head><body><header><nav><ul>${'<li><a href="/section">قسم</a></li>'.repeat(30)}</ul></nav></header><main><article><h1>تقرير مطول عن الطقس والاقتصاد</h1>`;
  const tail = `</article><aside><h2>الأكثر قراءة</h2><ul>${'<li><a href="/a">عنوان مقال آخر</a></li>'.repeat(20)}</ul></aside></main><footer>جميع الحقوق محفوظة</footer></body></html>`;
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let index = 0; size < PAGE_BYTES; index++) {
    const chunk =
      index % 12 === 0
        ? `<h2>القسم ${index / 12 + 1}</h2><figure><img src="/i${index}.jpg" alt="صورة"><figcaption>صورة من موقع الحدث رقم ${index}</figcaption></figure>`
        : `<p>${SENTENCES[index % SENTENCES.length]} <a href="/story/${index}">تفاصيل</a> ${SENTENCES[(index + 1) % SENTENCES.length]}</p>`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  parts.push(tail);
  const file = join(dir, 'page-500kb.html');
  writeFileSync(file, parts.join('\n'));
  return file;
}

export default {
  id: 'import-page',
  what: 'qari import of a 500 KB web page (whole process)',
  budget: `≤ ${LIMIT}× node -e 0`,
  async measure(ctx) {
    const dir = join(ctx.tmp, 'import-page');
    mkdirSync(join(dir, 'library'), { recursive: true });
    const page = writePage(dir);
    const argv = [NODE, ctx.bin, 'import', page, '--stdout', '--library', join(dir, 'library')];
    const result = await processVsNode(ctx, argv, {
      timeoutMs: 60_000,
      check: (output) => {
        if (!output || !output.includes('title: تقرير مطول عن الطقس والاقتصاد') || output.includes('جميع الحقوق')) throw new Error('qari import did not read the page right');
      },
    });
    return ratioRow(this, result.measured, result.baseline, LIMIT, { baselineWhat: 'node -e 0', note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'process', args: ['import', join(ctx.tmp, 'import-page', 'page-500kb.html'), '--stdout'] }),
};
