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
  'library.no-match': 'لا عنوان مطابق؛ هروب يمسح التصفية',

  'textsearch.prompt': 'البحث في النصوص: ',
  'textsearch.typing-hints': 'اكتب كلمات أو "عبارة" · إدخال للبحث · هروب للعودة',
  'textsearch.list-hints': '↑↓ للتنقل · إدخال للفتح عند أول نتيجة · s لبحث جديد · هروب للعودة',
  'textsearch.indexing': 'جارٍ فهرسة نصوص المكتبة…',
  'textsearch.none': '(لا مقال يحوي هذه الكلمات)',
  'textsearch.count': { zero: 'لا نتائج عن {query}', one: 'نتيجة واحدة عن {query}', two: 'نتيجتان عن {query}', few: '{count} نتائج عن {query}', many: '{count} نتيجةً عن {query}', other: '{count} نتيجة عن {query}' },

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
  'does.ends': 'أول المقال وآخره',
  'keys.sections': '] جدولة  ·  [ إزاحة+جدولة',
  'does.sections': 'القسم التالي والسابق',
  'keys.section-n': '1–9',
  'does.section-n': 'القسم رقم ن',
  'keys.contents': 't',
  'does.contents': 'المحتويات',
  'keys.search': '/  n N',
  'does.search': 'بحث، والنتيجة التالية والسابقة',
  'keys.related': 'r',
  'does.related': 'مقالات ذات صلة',
  'keys.history': 'حذف h ←  ·  → l',
  'does.history': 'رجوع وتقدّم',
  'keys.text-search': 's (في المكتبة)',
  'does.text-search': 'البحث في نصوص المقالات',
  'keys.library': 'q',
  'does.library': 'المكتبة',
  'keys.close': 'هروب',
  'does.close': 'إغلاق النافذة',
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
  'error.bidi-mode': 'يجب أن تكون قيمة --bidi إحدى: {choices}، لا «{value}»',
  'error.whole-number': 'يجب أن تكون قيمة --{name} عددًا صحيحًا ≥ {min}، لا «{value}»',
  'error.at-most': 'يجب ألا تزيد قيمة --{name} على {max}، وقد أُعطيت {value}',
  'error.library-missing': 'مجلد المكتبة {dir} غير موجود',
  'error.library-not-folder': 'المكتبة {dir} ليست مجلدًا',
  'error.library-unreadable': 'تتعذر قراءة مجلد المكتبة {dir} ({reason})',
  'error.ambiguous': {
    two: '«{query}» يطابق مقالين ({ids})؛ اذكر المعرّف',
    few: '«{query}» يطابق {n} مقالات ({ids})؛ اذكر المعرّف',
    many: '«{query}» يطابق {n} مقالاً ({ids})؛ اذكر المعرّف',
    other: '«{query}» يطابق {n} مقال ({ids})؛ اذكر المعرّف',
  },
  'error.no-article': 'لا مقال باسم «{query}» في {dir} (انظر qari list)',
  'error.path-reason': '{path}: {reason}',
  'warning.skipped': 'لم يُقرأ {path}: {reason}',
  'warning.file': 'تنبيه: {path}: {reason}',
  'error.list-no-article': 'الأمر list لا يأخذ مقالاً (أُعطي «{value}»)',
  'error.cat-needs': 'الأمر cat يحتاج إلى مقال (معرّف أو مسار أو جزء من عنوان)',
  'error.cat-one': 'الأمر cat يأخذ مقالاً واحدًا، وقد أُعطي {count}',
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
  'error.import-one': 'الأمر import يأخذ ملفًا واحدًا، وقد أُعطي {count}',
  'error.id-md': 'قيمة --id هي الاسم بلا «.md»: جرّب --id {id}',
  'error.id-chars': 'يجب أن تتألف قيمة --id «{id}» من حروف لاتينية وأرقام و«.» و«_» و«-» (100 على الأكثر، ولا تبدأ بـ«.» أو «-»)',
  'error.read-back': 'تتعذر قراءة المقال المستورد بعد كتابته: {reason}',
  'error.too-large': '{path} أكبر من 50 ميغابايت؛ هذا ليس مقالاً',
  'error.stdin-too-large': 'الدخل القياسي أكبر من 50 ميغابايت؛ هذا ليس مقالاً',
  'error.exists': '{path} موجود من قبل؛ أضف --force للكتابة فوقه (أو اختر --id آخر)',
  'error.is-folder': '{path} مجلد، لا ملف',
  'error.bidi-one': 'الأمر bidi يأخذ ملفًا واحدًا على الأكثر، وقد أُعطي {count}',
  'error.dir': 'يجب أن تكون قيمة --dir إحدى: auto أو rtl أو ltr، لا «{value}»',
  'error.bidi-needs': 'الأمر bidi يحتاج إلى ملف أو نص على الدخل القياسي (qari bidi ملف، أو … | qari bidi)',
  'error.cannot-read': 'تتعذر قراءة {path}: {reason}',
  'error.line-too-long': 'تتعذر قراءة {path}: في الملف سطر يتجاوز حد 50 ميغابايت',
  'error.open-one': 'الأمر qari يفتح مقالاً واحدًا، وقد أُعطي {count}',
  'error.no-terminal': 'يحتاج القارئ إلى طرفية يقرأ منها المفاتيح (الدخل القياسي ليس طرفية، ولا يوجد /dev/tty)؛ جرّب qari list أو qari cat مقال',
  'error.cannot-write-output': 'تتعذر كتابة الخرج: {reason}',
  'error.empty-input': '{path} فارغ',
  'error.utf16': '{path} نص بترميز UTF-16؛ يقرأ الأمر qari import ترميز UTF-8 (حوّله: iconv -f UTF-16 -t UTF-8)',
  'error.binary': '{path} ملف ثنائي، لا نص',
  'error.blank': 'لا نص في {path}، بل أسطر فارغة فقط',
  'error.no-front-matter': 'لا ترويسة: يجب أن يبدأ الملف بسطر «---»',
  'error.front-matter-open': 'الترويسة لا تُغلق بسطر «---»',
  'error.front-matter-mapping': 'يجب أن تكون الترويسة أزواج «مفتاح: قيمة»',
  'error.front-matter-yaml': 'الترويسة ليست YAML صالحًا',
  'error.front-matter-missing': 'ليس في الترويسة حقل {field}',
  'error.front-matter-text': 'يجب أن يكون الحقل «{field}» في الترويسة نصًا',
  'error.front-matter-date': 'الحقل date في الترويسة ليس تاريخًا بالصيغة سنة-شهر-يوم',
  'error.front-matter-date-value': 'التاريخ «{value}» في الترويسة ليس بالصيغة سنة-شهر-يوم',
  'error.front-matter-dir': 'يجب أن يكون الحقل dir في الترويسة rtl أو ltr، لا «{value}»',
  'error.front-matter-related': 'يجب أن يكون الحقل related في الترويسة قائمة',
  'error.markdown-too-large': 'نص المقال أكبر أو أعقد من أن يُقرأ',
  'warning.positions-unreadable': 'تتعذر قراءة {file} ({reason})؛ لن تُستعاد مواضع القراءة ولن تُحفظ',
  'warning.positions-locked': 'بقي {file} مقفلاً لدى نسخة أخرى من «قارئ»؛ لن تُحفظ آخر مواضع القراءة',
  'warning.positions-unwritable': 'تتعذر كتابة {file} ({reason})؛ لن تُحفظ مواضع القراءة',
  'warning.positions-corrupt-kept': '{file} تالف (حُفظ باسم {aside})؛ تبدأ مواضع القراءة من جديد',
  'warning.positions-corrupt': '{file} تالف؛ تبدأ مواضع القراءة من جديد',
  'reason.gone': 'لم يعد موجودًا (حُذف أو نُقل بعد قراءة المكتبة)',
  'reason.not-readable': 'تتعذر قراءته ({reason})',
  'reason.folder-not-article': 'مجلد، لا ملف مقال',
  'reason.empty': 'الملف فارغ',
  'reason.no-space': 'لا مساحة باقية على الجهاز',
  'reason.quota': 'نفدت حصتك من القرص',
  'reason.read-only': 'نظام الملفات للقراءة فقط',
  'reason.permission': 'الإذن مرفوض',
  'reason.not-permitted': 'العملية غير مسموح بها',
  'reason.io': 'خطأ في الإدخال والإخراج',
  'reason.file-too-large': 'الملف كبير جدًا',
  'reason.no-such-file': 'لا ملف ولا مجلد بهذا الاسم',
  'reason.not-folder': 'جزء من المسار ليس مجلدًا',
  'reason.is-folder': 'هو مجلد',
  'reason.loop': 'حلقة من الروابط الرمزية',
  'reason.name-too-long': 'اسم الملف طويل جدًا',
  'reason.too-many-files': 'ملفات مفتوحة كثيرة جدًا',
  'reason.unavailable': 'المورد غير متاح مؤقتًا',
  'reason.unknown': 'خطأ غير معروف',
  'warning.index-memory': '{path} ليس ملفًا عاديًا؛ يبقى فهرس المكتبة في الذاكرة هذه المرة',
  'warning.index-foreign': '{path} لم يكن فهرسًا لهذا الإصدار من «قارئ»؛ يُعاد بناؤه',
  'warning.index-corrupt': '{path} كان تالفًا؛ يُعاد بناؤه',
  'warning.index-update': 'يتعذر تحديث فهرس المكتبة ({reason})؛ ستُقرأ المكتبة من جديد في المرة القادمة',
  'error.feed-not-page': '{url} موجز، لا صفحة؛ تابعه بالأمر qari feed add {address}',
  'error.redirect-no-location': '{url}: تحويل ({status}) بلا عنوان Location',
  'error.too-many-redirects': {
    one: '{url}: أكثر من تحويل واحد',
    two: '{url}: أكثر من تحويلين',
    few: '{url}: أكثر من {n} تحويلات',
    many: '{url}: أكثر من {n} تحويلاً',
    other: '{url}: أكثر من {n} تحويل',
  },
  'error.server-answered': '{url}: ردّ الخادم بالرمز {status}',
  'error.not-web-address': '«{address}» ليس عنوان ويب',
  'error.not-fetched': '{scheme}: لا تُجلب هذه العناوين؛ http وhttps فقط',
  'error.download-too-large': '{url}: أكبر من {count} ميغابايت؛ لم يُنزَّل',
  'error.timed-out': {
    one: '{url}: لا رد خلال ثانية واحدة (انتهت المهلة)',
    two: '{url}: لا رد خلال ثانيتين (انتهت المهلة)',
    few: '{url}: لا رد خلال {n} ثوانٍ (انتهت المهلة)',
    many: '{url}: لا رد خلال {n} ثانيةً (انتهت المهلة)',
    other: '{url}: لا رد خلال {n} ثانية (انتهت المهلة)',
  },
  'error.no-host': '{host}: لا مضيف بهذا الاسم (فشل البحث في DNS)',
  'error.refused': '{host}: رُفض الاتصال',
  'error.closed-early': '{host}: أُغلق الاتصال قبل وصول الصفحة',
  'error.connection-timed-out': '{host}: انتهت مهلة الاتصال',
  'error.unreachable': '{host}: لا تصل إليه الشبكة',
  'error.download-failed': '{url}: فشل التنزيل ({reason})',
  'error.state-corrupt': '{path} تالف (ليس JSON)؛ انقله من مكانه لتبدأ من جديد',
  'error.state-unreadable': 'تتعذر قراءة {path} ({reason})',
  'error.state-unwritable': 'تتعذر كتابة {path} ({reason})',
  'error.not-a-feed': '{url} ليس موجزًا يقرؤه «قارئ» (RSS أو Atom أو RDF أو JSON Feed)',
  'error.no-article-on-page': 'لا مقال في الصفحة: لا عنوان ولا نص',
  'error.no-text-on-page': 'لا نص مقال في الصفحة',
  'error.feed-add-one': 'الأمر feed add يأخذ رابطًا واحدًا',
  'error.feed-list-none': 'الأمر feed list لا يأخذ أي وسيط',
  'error.feed-update-one': 'الأمر feed update يأخذ موجزًا واحدًا على الأكثر (رابطًا، أو رقمًا من feed list، أو كلمة من عنوانه)',
  'error.feed-needs': 'الأمر feed يحتاج إلى فعل: add رابط، أو list، أو update [موجز]',
  'error.feed-unknown': 'لا فعل «{action}» للأمر feed (add أو list أو update)',
  'error.feed-known': 'أنت تتابع {url} من قبل («{title}»)',
  'error.no-feed': 'لا موجز «{query}» (انظر qari feed list)',
  'error.no-feeds': 'لا موجزات بعد؛ أضف واحدًا بالأمر qari feed add رابط',
  'warning.feed-unread': 'تنبيه: {reason}؛ لن تُعلَّم المقالات الجديدة بأنها غير مقروءة',
  'warning.article-unread': 'تنبيه: {reason}؛ لن يُعلَّم المقال بأنه غير مقروء',
  'warning.feed': 'الموجز {name}: {reason}',
  'error.not-web-page': '{url} ليس صفحة ويب ({type})؛ يستورد «قارئ» صفحات HTML',
  'error.already-imported': '{url} في المكتبة من قبل باسم «{id}» ({path})؛ أضف --force لاستيراده من جديد',
  'error.no-articles': 'لا مقالات (ملفات ‎.md) في {dir} ولا في مجلداته الفرعية',
  'warning.plain': 'تنبيه: {reason}',
  'error.search-needs': 'الأمر search يحتاج إلى ما يبحث عنه (كلمات، أو «عبارة» بين علامتي تنصيص)',
  'error.search-empty': 'لا كلمات في البحث (علامات ترقيم أو تشكيل فقط)',
  'reason.unreadable': 'تتعذر قراءته',
  'reason.bad-name': 'اسم الملف ليس UTF-8 صالحًا (غيّر اسم الملف)',
  'reason.broken-link': 'رابط رمزي مقطوع (هدفه غير موجود)',
  'reason.bad-utf8': 'ليس UTF-8 صالحًا: عُرضت البايتات التالفة بالرمز �',
  'reason.over-limit': 'حجم الملف {size} ميغابايت، وهو فوق حد 50 ميغابايت',
  'reason.binary': 'ملف ثنائي (فيه بايتات NUL)',
  'reason.utf16-no-bom': 'نص UTF-16 بلا علامة ترتيب البايتات (حوّله إلى UTF-8)',
  'reason.not-regular': 'ليس ملفًا عاديًا',
  'reason.over-the-limit': 'فوق حد {size} ميغابايت',
  'reason.bad-port': 'منفذ محظور',
  'reason.tls': 'خطأ في TLS',
  'reason.no-content-type': 'بلا نوع محتوى',
  'error.unknown-option': 'خيار غير معروف {option} (انظر qari --help)',
  'error.option-needs-value': 'الخيار {option} يحتاج إلى قيمة',
  'error.option-takes-no-value': 'الخيار {option} لا يأخذ قيمة',
  'error.option-value-dash': 'الخيار {option} يحتاج إلى قيمة؛ والقيمة التي تبدأ بـ«-» تُكتب {option}=-…',
  'error.not-utf8': '{path} ليس UTF-8 صالحًا (بايت تالف عند الموضع {offset}) ولا يُقرأ عربيًا بترميز windows-1256 ولا ISO-8859-6؛ حوّله إلى UTF-8 أولاً (iconv -f ITS-ENCODING -t UTF-8)',
  'error.tls-failed': '{host}: فشل الاتصال الآمن ({reason})',
  'error.server-answered-text': '{url}: ردّ الخادم بالرمز {status}',
  'error.crashed': 'توقف «قارئ» بسبب خطأ غير متوقع: {reason}',
  'note.created-library': 'أُنشئ مجلد المكتبة {dir}؛ وسيعرضه «قارئ» من الآن',
  'note.downloading': 'جارٍ التنزيل من {host}… {received} كيلوبايت',
  'note.downloading-of': 'جارٍ التنزيل من {host}… {received} من {total} كيلوبايت',
  'name.standard-input': 'الدخل القياسي',

  'feed.added': {
    one: '{title}\t{url}\tعنصر واحد؛ يجلبه qari feed update',
    two: '{title}\t{url}\tعنصران؛ يجلبهما qari feed update',
    few: '{title}\t{url}\t{n} عناصر؛ يجلبها qari feed update',
    many: '{title}\t{url}\t{n} عنصرًا؛ يجلبها qari feed update',
    other: '{title}\t{url}\t{n} عنصر؛ يجلبها qari feed update',
  },
  'feed.update': '{name}: {result}',
  'feed.not-modified': 'لا جديد (لم يتغير)',
  'feed.nothing-new': 'لا جديد',
  'feed.new': { one: 'مقال جديد واحد', two: 'مقالان جديدان', few: '{n} مقالات جديدة', many: '{n} مقالاً جديدًا', other: '{n} مقال جديد' },
  'feed.with-failed': {
    one: '{added}، وتعذر استيراد عنصر واحد (يُعاد في التحديث القادم)',
    two: '{added}، وتعذر استيراد عنصرين (يُعادان في التحديث القادم)',
    few: '{added}، وتعذر استيراد {n} عناصر (تُعاد في التحديث القادم)',
    many: '{added}، وتعذر استيراد {n} عنصرًا (تُعاد في التحديث القادم)',
    other: '{added}، وتعذر استيراد {n} عنصر (تُعاد في التحديث القادم)',
  },

  'cli.help.list': `الاستعمال: qari list [--json] [--unread]

مقال في كل سطر، والحقول مفصولة بجدولة: المعرّف، التاريخ، العنوان، الأقسام، المقالات ذات الصلة.

  --json     الشيء نفسه بصيغة JSON
  --unread   المقالات التي لم تُفتح بعد فقط`,
  'cli.help.cat': `الاستعمال: qari cat مقال [--format text|markdown|json] [--section ن] [--width ن] [--visual]

المقال على الخرج القياسي. المقال معرّف أو مسار أو جزء من عنوان لا يتكرر.

  -f, --format صيغة    text (الافتراضية) أو markdown (ملف المقال كما يكتبه «قارئ») أو json
  -s, --section ن      القسم ن وحده (0 هو المقدمة)
  -w, --width ن        لفّ النص عند ن عمودًا
  --visual             الأسطر بترتيبها المرئي ومشكّلةً، كما يعرضها القارئ (مع text فقط؛
                       بعرض الطرفية ما لم يحدده --width)`,
  'cli.help.import': `الاستعمال: qari import ملف|رابط|- [--id معرّف] [--force] [--stdout] [--explain] [--keep-all] [--timeout ث]

يصنع مقالاً من نص منسوخ من صفحة، أو من صفحة ويب محفوظة، أو من صفحة على عنوان http(s)
(و- تقرأ الدخل القياسي)، ويكتبه في مكتبتك، ثم يطبع مساره.

  --id معرّف    اسم المقال في المكتبة (الافتراضي: يُشتق من عنوانه)
  --force       الكتابة فوق مقال بهذا الاسم، أو استيراد العنوان من جديد
  --stdout      طباعة المقال بدل كتابته في المكتبة
  --explain     بيان ما صار إليه كل سطر أو عنصر، ولماذا
  --keep-all    الإبقاء على الأسطر التي كانت ستُحذف، فقرات
  --timeout ث   التخلي عن التنزيل بعد ث ثانية (الافتراضي 20)`,
  'cli.help.feed': `الاستعمال: qari feed add رابط | list [--json] | update [موجز] [--max-items ن] [--timeout ث]

متابعة موجزات RSS وAtom وRDF وJSON.

  add رابط         متابعة موجز
  list             الموجزات المتابَعة: الرقم، العنوان، الرابط، المقالات المستوردة
  update [موجز]    استيراد العناصر الجديدة من كل الموجزات، أو من الموجز المذكور
                   (رابطه، أو رقمه في feed list، أو كلمة من عنوانه)
  --json           القائمة بصيغة JSON
  --max-items ن    ن عنصرًا جديدًا على الأكثر من كل موجز (الافتراضي 50)
  --timeout ث      التخلي عن التنزيل بعد ث ثانية (الافتراضي 20)`,
  'cli.help.bidi': `الاستعمال: qari bidi [ملف|-] [--width ن] [--dir auto|rtl|ltr] [--no-shape] [--no-mirror] [--no-pad]

يرتب كل سطر من الملف (أو من الدخل القياسي) ترتيبه المرئي بمحرك النصوص في «قارئ»،
لطرفية أو برنامج لا يرتب النص العربي بنفسه.

  -w, --width ن       أسطر لا يزيد عرضها على ن عمودًا (الافتراضي: عرض الطرفية، وإلا 80)
  --dir اتجاه         اتجاه الفقرات: auto (الافتراضي، من أول حرف قوي الاتجاه) أو rtl أو ltr
  --no-shape          بلا تشكيل للحروف العربية (أشكال العرض)
  --no-mirror         بلا عكس للأقواس
  --no-pad            بلا مسافات قبل الأسطر المحاذاة إلى اليمين`,
  'cli.help.related': `الاستعمال: qari related مقال [--json]

ما تعرضه قائمة r في القارئ، واحدًا في كل سطر: روابط، ذو صلة، يشير إليه، مشابه.

  --json     الشيء نفسه بصيغة JSON`,
  'cli.help.search': `الاستعمال: qari search بحث [--json] [--limit ن]

المقالات التي في نصها كل كلمات البحث، الأفضل مطابقةً أولاً؛ و«العبارة» بين علامتي
تنصيص يجب أن ترد كما هي.

  --json      الشيء نفسه بصيغة JSON
  --limit ن   ن مقالاً على الأكثر (الافتراضي 20)`,
  'cli.help.more': 'الخيارات التي يأخذها كل أمر (--library و--lang…): qari --help',

  'cli.help': `قارئ: قارئ المقالات العربية في الطرفية

الاستعمال:
  qari [مقال]                   القارئ (المكتبة، أو المقال مفتوحًا)؛
                                إن لم يكن الخرج طرفية: كما في list أو cat
  qari list [--json] [--unread] مقال في كل سطر: المعرّف، التاريخ، العنوان، الأقسام، المقالات ذات الصلة
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
                     مع المقالات المرفقة بـ«قارئ»)
  --bidi نمط         auto أو app أو terminal (أو QARI_BIDI): من يرتب النص العربي
  --lang ar|en       لغة الواجهة (أو QARI_LANG، وإلا LC_ALL أو LC_MESSAGES أو LANG)
  --digits latn|arab التواريخ والأعداد بأرقام لاتينية (31) أو عربية هندية (٣١)
  --months standard|levant  أسماء الأشهر: يناير أو كانون الثاني
  --no-color         بلا ألوان (وكذلك NO_COLOR)
  -h, --help         هذه المساعدة
  -v, --version      الإصدار

رموز الخروج: 0 نجاح، 1 خطأ في التشغيل، 2 خطأ في الاستعمال`,
};
