// The Arabic interface: the same keys as en.ts. Key names are Arabic too
// (إدخال Enter, هروب Esc, مسافة Space); letter keys stay the letters to press.
import type { Catalogue } from '../catalogues.js';

export const ar: Catalogue = {
  'app.name': 'قارئ',
  'library.header': '{name} · {articles} · {dir}',
  'library.articles': { zero: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: '{n} مقالات', many: '{n} مقالاً', other: '{n} مقال' },
  'library.filtered': '{shown} من {total}',
  'library.hints': '↑↓ للتنقل · إدخال للفتح · / لتصفية العناوين · s للبحث في النصوص · q للخروج',
  'library.filter-hints': 'اكتب للتصفية · إدخال للإبقاء · هروب للمسح',
  'library.broken': '(تالف)',
  'library.empty': 'لا مقالات في {dir} (أضف مقالاً بالأمر {command} ملف)',
  'library.no-match': 'لا عنوان يطابق؛ هروب يمسح التصفية',

  'textsearch.prompt': 'البحث في النصوص: ',
  'textsearch.typing-hints': 'اكتب كلمات أو "عبارة" · إدخال للبحث · هروب للعودة',
  'textsearch.list-hints': '↑↓ للتنقل · إدخال للفتح عند أول نتيجة · s لبحث جديد · هروب للعودة',
  'textsearch.indexing': 'جارٍ فهرسة نصوص المكتبة…',
  'textsearch.none': '(لا مقال فيه هذه الكلمات)',
  'textsearch.count': { zero: 'لا نتائج عن {query}', one: 'نتيجة واحدة عن {query}', two: 'نتيجتان عن {query}', few: '{count} نتائج عن {query}', many: '{count} نتيجة عن {query}', other: '{count} نتيجة عن {query}' },

  'status.section': '{n} من {count}',
  'status.help': '? للمساعدة',
  'status.no-hits': 'لا نتائج',
  'status.hit': 'نتيجة {n} من {count}',
  'search.hints': 'إدخال للبحث · هروب للإلغاء',

  'contents.title': 'المحتويات',
  'contents.hints': 'إدخال للانتقال · هروب للإغلاق',
  'contents.empty': '(لا أقسام)',
  'related.title': 'مقالات ذات صلة',
  'related.hints': 'إدخال للفتح · هروب للإغلاق',
  'related.empty': '(لا شيء ذو صلة)',
  'related.looking': '(جارٍ البحث عن مقالات مشابهة…)',
  'related.missing': '(ليس في المكتبة)',
  'related.kind.link': 'رابط',
  'related.kind.related': 'ذو صلة',
  'related.kind.links-here': 'يشير إليه',
  'related.kind.similar': 'مشابه',
  'help.title': 'المفاتيح',
  'help.scroll': '↑↓ للتمرير · هروب للإغلاق',
  'help.more': '{first} إلى {last} من {count}',

  'keys.line': '↑ ↓  j k',
  'does.line': 'سطر',
  'keys.page': 'مسافة، صفحة↓، f  ·  صفحة↑، b',
  'does.page': 'صفحة',
  'keys.ends': 'g G  بداية نهاية',
  'does.ends': 'أول المقال، آخره',
  'keys.sections': '] جدولة  ·  [ إزاحة+جدولة',
  'does.sections': 'القسم التالي، السابق',
  'keys.section-n': '1–9',
  'does.section-n': 'القسم رقم ن',
  'keys.contents': 't',
  'does.contents': 'المحتويات',
  'keys.search': '/  n N',
  'does.search': 'بحث، النتيجة التالية والسابقة',
  'keys.related': 'r',
  'does.related': 'مقالات ذات صلة',
  'keys.history': 'حذف h ←  ·  → l',
  'does.history': 'رجوع، تقدم',
  'keys.text-search': 's (في المكتبة)',
  'does.text-search': 'البحث في نصوص المقالات',
  'keys.library': 'q',
  'does.library': 'المكتبة',
  'keys.close': 'هروب',
  'does.close': 'إغلاق هذا',
  'keys.help': '?',
  'does.help': 'هذه المفاتيح',
  'keys.quit': 'تحكم+C',
  'does.quit': 'خروج',

  'app.too-small': 'الطرفية صغيرة جدًا (على الأقل {columns}×{rows}) · q للخروج',
  'app.too-small-short': 'الطرفية صغيرة جدًا · q للخروج',
  'app.too-small-shorter': 'صغيرة جدًا · q للخروج',
  'app.too-small-shortest': 'صغيرة جدًا',
  'app.too-small-word': 'صغيرة',
  'app.loading': 'جارٍ تحميل {title} …',
  'app.failed': 'q للرجوع · {path}: {error}',

  'cli.bad-choice': 'يجب أن تكون قيمة {option} إحدى: {choices}، لا «{value}»',

  'error.unknown-command': 'لا أمر اسمه «{name}» (انظر qari --help)',
  'error.bidi-mode': 'يجب أن تكون قيمة --bidi إحدى: auto أو app أو terminal، لا «{value}»',
  'error.whole-number': 'يجب أن تكون قيمة --{name} عددًا صحيحًا ≥ {min}، لا «{value}»',
  'error.at-most': 'يجب ألا تزيد قيمة --{name} على {max}، لا {value}',
  'error.library-missing': 'مجلد المكتبة {dir} غير موجود',
  'error.library-not-folder': 'المكتبة {dir} ليست مجلدًا',
  'error.library-denied': 'تتعذر قراءة مجلد المكتبة {dir} (الإذن مرفوض)',
  'error.ambiguous': {
    two: '«{query}» يطابق مقالين ({ids})؛ اذكر المعرّف',
    few: '«{query}» يطابق {n} مقالات ({ids})؛ اذكر المعرّف',
    many: '«{query}» يطابق {n} مقالاً ({ids})؛ اذكر المعرّف',
    other: '«{query}» يطابق {n} مقال ({ids})؛ اذكر المعرّف',
  },
  'error.no-article': 'لا مقال «{query}» في {dir} (انظر qari list)',
  'error.path-reason': '{path}: {reason}',
  'warning.skipped': 'تُرك {path}: {reason}',
  'warning.file': 'تنبيه: {path}: {reason}',
  'error.list-no-article': 'الأمر list لا يأخذ مقالاً (أُعطي «{value}»)',
  'error.cat-needs': 'الأمر cat يحتاج إلى مقال (معرّف أو مسار أو جزء من عنوان)',
  'error.cat-one': 'الأمر cat يأخذ مقالاً واحدًا، لا {count}',
  'error.visual-text': 'الخيار --visual لا يعمل إلا مع --format text',
  'error.section-range': {
    zero: '--section {section}: لا أقسام في المقال (0 هو المقدمة)',
    one: '--section {section}: في المقال قسم واحد (0 هو المقدمة)',
    two: '--section {section}: في المقال قسمان (0 هو المقدمة)',
    few: '--section {section}: في المقال {n} أقسام (0 هو المقدمة)',
    many: '--section {section}: في المقال {n} قسمًا (0 هو المقدمة)',
    other: '--section {section}: في المقال {n} قسم (0 هو المقدمة)',
  },
  'error.format': 'يجب أن تكون قيمة --format إحدى: text أو markdown أو json، لا «{value}»',
  'error.related-needs': 'الأمر related يحتاج إلى مقال واحد',
  'error.import-needs': 'الأمر import يحتاج إلى ملف يقرؤه (أو - للدخل القياسي)',
  'error.import-one': 'الأمر import يأخذ ملفًا واحدًا، لا {count}',
  'error.id-md': 'قيمة --id هي الاسم بلا «.md»: جرّب --id {id}',
  'error.id-chars': 'يجب أن تتألف قيمة --id «{id}» من حروف لاتينية وأرقام و«.» و«_» و«-» (100 على الأكثر، ولا تبدأ بـ«.» أو «-»)',
  'error.read-back': 'المقال المستورد لن يُقرأ من جديد: {reason}',
  'error.too-large': '{path} أكبر من 50 ميغابايت؛ هذا ليس مقالاً',
  'error.stdin-too-large': 'الدخل القياسي أكبر من 50 ميغابايت؛ هذا ليس مقالاً',
  'error.exists': '{path} موجود؛ أضف --force للكتابة فوقه (أو اختر --id آخر)',
  'error.is-folder': '{path} مجلد، لا ملف',
  'error.bidi-one': 'الأمر bidi يأخذ ملفًا واحدًا على الأكثر، لا {count}',
  'error.dir': 'يجب أن تكون قيمة --dir إحدى: auto أو rtl أو ltr، لا «{value}»',
  'error.bidi-needs': 'الأمر bidi يحتاج إلى ملف أو نص على الدخل القياسي (qari bidi ملف، أو … | qari bidi)',
  'error.cannot-read': 'تتعذر قراءة {path}: {reason}',
  'error.line-too-long': 'تتعذر قراءة {path}: في الملف سطر يتجاوز حد 50 ميغابايت',
  'error.open-one': 'يفتح قارئ مقالاً واحدًا، لا {count}',
  'error.no-terminal': 'يحتاج القارئ إلى طرفية يقرأ منها المفاتيح (الدخل القياسي ليس طرفية، ولا يوجد /dev/tty)؛ جرّب qari list أو qari cat مقال',
  'error.cannot-write-output': 'تتعذر كتابة الخرج: {reason}',
  'error.empty-input': '{path} فارغ',
  'error.utf16': '{path} نص بترميز UTF-16؛ يقرأ الأمر qari import ترميز UTF-8 (حوّله: iconv -f UTF-16 -t UTF-8)',
  'error.binary': '{path} ملف ثنائي، لا نص',
  'error.blank': 'لا نص في {path}، أسطر فارغة فقط',
  'error.no-front-matter': 'لا ترويسة: يجب أن يبدأ الملف بسطر «---»',
  'error.front-matter-open': 'الترويسة لا تُغلق بسطر «---»',
  'error.front-matter-mapping': 'يجب أن تكون الترويسة أزواج «مفتاح: قيمة»',
  'error.front-matter-yaml': 'الترويسة ليست صالحة: {reason}',
  'error.front-matter-missing': 'لا {field} في الترويسة',
  'error.front-matter-text': 'يجب أن يكون الحقل «{field}» في الترويسة نصًا',
  'error.front-matter-date': 'التاريخ في الترويسة ليس تاريخًا (سنة-شهر-يوم)',
  'error.front-matter-date-value': 'التاريخ «{value}» في الترويسة ليس تاريخًا (سنة-شهر-يوم)',
  'error.front-matter-dir': 'يجب أن يكون الاتجاه في الترويسة rtl أو ltr، لا «{value}»',
  'error.front-matter-related': 'يجب أن يكون الحقل related في الترويسة قائمة',
  'error.markdown-too-large': 'نص المقال أكبر أو أعقد من أن يُقرأ',
  'warning.positions-unreadable': 'تتعذر قراءة {file} ({reason})؛ لن تُستعاد مواضع القراءة ولن تُحفظ',
  'warning.positions-locked': 'بقي {file} مقفلاً من نسخة أخرى من قارئ؛ لن تُحفظ آخر مواضع القراءة',
  'warning.positions-unwritable': 'تتعذر كتابة {file} ({reason})؛ لن تُحفظ مواضع القراءة',
  'warning.positions-corrupt-kept': '{file} تالف (حُفظ باسم {aside})؛ تبدأ مواضع القراءة من جديد',
  'warning.positions-corrupt': '{file} تالف؛ تبدأ مواضع القراءة من جديد',
  'reason.gone': 'لم يعد موجودًا (حُذف أو نُقل بعد قراءة المكتبة)',
  'reason.denied': 'تتعذر قراءته (الإذن مرفوض)',
  'reason.folder-not-article': 'مجلد، لا ملف مقال',
  'reason.empty': 'الملف فارغ',
  'reason.no-space': 'لا مساحة باقية على الجهاز',
  'reason.no-space-long': 'لا مساحة باقية على الجهاز',
  'reason.quota': 'تجاوز حصة القرص',
  'reason.read-only': 'نظام الملفات للقراءة فقط',
  'reason.read-only-long': 'نظام الملفات للقراءة فقط',
  'reason.permission': 'الإذن مرفوض',
  'reason.not-permitted': 'العملية غير مسموح بها',
  'reason.io': 'خطأ في الإدخال والإخراج',
  'reason.file-too-large': 'الملف كبير جدًا',
  'reason.no-such-file': 'لا ملف ولا مجلد بهذا الاسم',
  'reason.not-folder': 'جزء من المسار ليس مجلدًا',
  'reason.is-folder': 'مجلد',
  'reason.loop': 'حلقة من الروابط الرمزية',
  'reason.too-many-files': 'ملفات مفتوحة كثيرة جدًا',
  'reason.unavailable': 'المورد غير متاح مؤقتًا',
  'reason.unknown': 'خطأ غير معروف',
  'error.no-articles': 'لا مقالات (ملفات ‎.md) في {dir} ولا في مجلداته الفرعية',
  'warning.plain': 'تنبيه: {reason}',
  'error.search-needs': 'الأمر search يحتاج إلى ما يبحث عنه (كلمات، أو «عبارة» بين علامتي تنصيص)',
  'error.search-empty': 'لا كلمات في البحث (علامات ترقيم أو تشكيل فقط)',
  'reason.gone-short': 'لم يعد موجودًا',
  'reason.io-read': 'تتعذر قراءته (خطأ في الإدخال والإخراج)',
  'reason.unreadable': 'لا يُقرأ',
  'reason.bad-name': 'اسم الملف ليس UTF-8 صالحًا (غيّر اسم الملف)',
  'reason.broken-link': 'رابط رمزي مقطوع (هدفه غير موجود)',

  'cli.help': `قارئ: قارئ المقالات العربية في الطرفية

الاستعمال:
  qari [مقال]                   القارئ (المكتبة، أو المقال مفتوحًا)؛
                                إن لم يكن الخرج طرفية: كما في list أو cat
  qari list [--json] [--unread] مقال في كل سطر: المعرّف، التاريخ، العنوان، الأقسام، ذو الصلة
                                (--unread: المقالات التي لم تُفتح بعد فقط)
  qari cat مقال [--format text|markdown|json] [--section ن] [--width ن] [--visual]
  qari import ملف|رابط|- [--id معرّف] [--force] [--stdout] [--explain] [--keep-all] [--timeout ث]
                                نص، أو صفحة ويب محفوظة، أو صفحة على عنوان http(s)
  qari feed add رابط | list [--json] | update [موجز] [--max-items ن]
                                متابعة موجزات RSS/Atom/RDF/JSON؛ update يستورد الجديد منها
  qari bidi [ملف|-] [--width ن] [--dir auto|rtl|ltr] [--no-shape] [--no-mirror] [--no-pad]
  qari related مقال [--json]    ما تعرضه قائمة r في القارئ: روابط، ذو صلة، يشير إليه، مشابه
  qari search بحث [--json] [--limit ن]
                                المقالات مرتبة بحسب مطابقتها؛ «عبارة» بين علامتي تنصيص

المقال معرّف أو مسار أو جزء من عنوان لا يتكرر.

خيارات عامة:
  --library مجلد     مجلد المكتبة (أو QARI_LIBRARY؛ وإلا ‎./articles‎ إن وُجد،
                     وإلا مكتبتك ‎$XDG_DATA_HOME/qari/articles‎ التي ينشئها import،
                     مع المقالات المرفقة بقارئ)
  --bidi نمط         auto أو app أو terminal (أو QARI_BIDI): من يرتب النص العربي
  --lang ar|en       لغة الواجهة (أو QARI_LANG، وإلا LC_ALL أو LC_MESSAGES أو LANG)
  --digits latn|arab التواريخ والأعداد بأرقام لاتينية (31) أو عربية هندية (٣١)
  --months standard|levant  أسماء الأشهر: يناير أو كانون الثاني
  --no-color         بلا ألوان (وكذلك NO_COLOR)
  -h, --help         هذه المساعدة
  -v, --version      الإصدار

رموز الخروج: 0 نجاح، 1 خطأ في التشغيل، 2 خطأ في الاستعمال`,
};
