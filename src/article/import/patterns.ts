// The fixed phrases the importer knows: related-list markers, site boilerplate,
// photo words in captions, and where a site names itself. Patterns run on
// foldKey(line) (fold.ts): no harakat, one alef, ة → ه, ى → ي, lower case.
import { foldKey } from './fold.js';
import { wordCount } from './shape.js';

const RELATED_MARKER = new RegExp(
  '^(?:مواضيع ذات صله|موضوعات ذات صله|مقالات ذات صله|اخبار ذات صله|ذات صله|مواضيع متعلقه|مقالات متعلقه|اخبار متعلقه|' +
    '(?:اقرا|طالع|شاهد) (?:ايضا|كذلك|المزيد)|اقرا|المزيد من (?:الاخبار|المقالات)|المزيد حول هذه القصه|حول هذه القصه|اخبار اخري|مقالات اخري|' +
    'قد يهمك ايضا|قد يهمك|قد يعجبك ايضا|قد يعجبك|ننصحك بقراءه|موضوعات مقترحه|مطالب مرتبط|متعلقہ مضامین|' +
    'الاكثر (?:قراءه|مشاهده|تصفحا|تداولا|شعبيه|تعليقا)|' +
    'related|related articles|related stories|related posts|related topics|related content|read more|read also|see also|more on this(?: story)?|more stories|' +
    'you may also like|most read|most popular|most viewed)' +
    '\\s*(?:[:：]\\s*(.*))?$',
);

/** The related-list marker a line is; `rest` is a title written after its colon on the same line. */
export function relatedMarker(line: string): { rest: string } | null {
  if (line.length > 300) return null;
  const match = RELATED_MARKER.exec(foldKey(line));
  if (!match) return null;
  if (!match[1]) return { rest: '' };
  // "اقرأ أيضاً: title": keep the title as written, past the marker's colon.
  const colon = line.search(/[:：]/);
  return { rest: colon < 0 ? '' : line.slice(colon + 1).trim() };
}

const SOCIAL = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'instagram', 'youtube', 'pinterest', 'reddit', 'email', 'e-mail',
  'print', 'copy link', 'messenger', 'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'واتس اب', 'تلغرام', 'تليجرام', 'تيليجرام', 'انستغرام',
  'انستجرام', 'يوتيوب', 'لينكد ان', 'طباعه', 'نسخ الرابط', 'البريد الالكتروني', 'ماسنجر',
]);

/** [pattern, reason, may end with a full stop]. */
const BOILERPLATE: readonly [RegExp, string, boolean?][] = [
  [/^انشر مقالك$|^(?:ل)?(?:ارسال|ارسل) (?:مقال|مقالك|مقالا|مساهمتك)(?:\s|$)|للنشر (?:في|علي|لدي)\s|(?:^|\s)(?:اضغط|انقر) هنا(?:\s|$)|سياسه (?:استقبال المساهمات|الخصوصيه)|^(?:write for us|submit (?:your|an) (?:article|story))|click here/, 'a publish-your-article prompt'],
  [/^(?:الصفحه الرئيسيه|الرئيسيه|home|home page|homepage)$|^(?:الرئيسيه|home)\s*[>»›/|]/, 'site navigation'],
  [/^(?:شارك|شاركوا|شاركها|مشاركه|شارك (?:المقال|الخبر|الموضوع|هذا المقال|هذا الخبر|هذه الصفحه)|(?:شارك|مشاركه) (?:علي|عبر) .{1,40})$/, 'a share prompt'],
  [/^(?:share|share this(?: article| story| post| page)?|share (?:on|via) .{1,40})$/, 'a share prompt'],
  [/^(?:اشترك|اشتركوا|اشترك الان|اشترك مجانا|اشترك (?:في|ب) ?(?:النشره|نشرتنا|القائمه البريديه|قناتنا|خدمه).{0,40}|للاشتراك (?:في|ب).{0,40})$/, 'a subscribe prompt'],
  [/^(?:subscribe|subscribe (?:now|today|for free|to .{1,40})|sign up(?: for| to| now).{0,40}|newsletter)$/, 'a subscribe prompt'],
  [/^(?:النشره (?:الاخباريه|البريديه|اليوميه)|القائمه البريديه)$/, 'a newsletter box'],
  [/^(?:تابعنا|تابعونا)(?:\s.{0,40})?$|^follow us(?:\s.{0,40})?$/, 'a follow-us prompt'],
  [/^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|(?:^|\s)(?:جميع الحقوق محفوظه|حقوق (?:النشر|الطبع)(?: والتوزيع)? محفوظه|all rights reserved)/, 'a copyright line', true],
  [/(?:ملفات تعريف الارتباط|ملفات الارتباط|الكوكيز|\bcookies?\b).{0,80}(?:نستخدم|يستخدم (?:هذا )?الموقع|موافق|اوافق|قبول|اقبل|we use|this (?:site|website) uses|accept|agree)|(?:نستخدم|يستخدم (?:هذا )?الموقع|we use|this (?:site|website) uses).{0,40}(?:ملفات تعريف الارتباط|الكوكيز|cookies)/, 'a cookie notice', true],
  [/^(?:اعلان|advertisement|sponsored|التعليقات|اضف تعليق|اترك تعليقا|leave a comment|comments|trending)$/, 'page furniture'],
];

/** A page's word about its comments: how they are moderated, that they are not its view. */
const COMMENT_POLICY = /(?:التعليقات|تعليقك|تعليقاتكم|تعليقات القراء|\bcomments?\b).{0,120}(?:نشرها|مراجعه|ارشادات|سياسه|شروط|policy|guidelines|moderat)|(?:لا|ولا) (?:تعبر|يعبر|تعكس|يعكس) (?:بالضروره )?عن (?:راي|رأي|وجهه نظر|موقف)|do not (?:necessarily )?reflect the views/;

/** A cheap look before folding: the words a comment policy cannot do without. */
const MAY_BE_POLICY = /تعليق|تعبر|يعبر|تعكس|يعكس|comment|reflect/i;

/** A row of menu entries: three or more short parts between "|" or "•". */
function menuRow(line: string): boolean {
  const parts = line.split(/\s[|•·]\s|\s*\|\s*/).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length >= 3 && parts.every((part) => wordCount(part) <= 6 && !/[.!]$/.test(part));
}

/** Why a line is site boilerplate, or null when it is not. */
export function boilerplateReason(line: string): string | null {
  if (line.length <= 600 && MAY_BE_POLICY.test(line) && wordCount(line) <= 80 && COMMENT_POLICY.test(foldKey(line))) return 'what the site says about comments';
  if (/[|•·]/.test(line) && menuRow(line)) return 'a row of menu entries';
  if (line.length > 250 || wordCount(line) > 20) return null;
  const sentence = /[.!?؟]["'»”)]?$/.test(line);
  const key = foldKey(line);
  for (const [pattern, reason, mayEndSentence] of BOILERPLATE) {
    if ((mayEndSentence || !sentence) && pattern.test(key)) return reason;
  }
  const tokens = key.replace(/[|•·,،\-–—/]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (tokens !== '' && allSocial(tokens)) return 'a row of share buttons';
  return null;
}

/** "facebook twitter whatsapp", "فيس بوك تويتر": every word a share button. */
function allSocial(tokens: string): boolean {
  const words = tokens.split(' ');
  let index = 0;
  while (index < words.length) {
    const two = `${words[index]} ${words[index + 1] ?? ''}`;
    if (SOCIAL.has(two)) index += 2;
    else if (SOCIAL.has(words[index] ?? '')) index += 1;
    else return false;
  }
  return true;
}

const SITE_NAME: readonly RegExp[] = [
  /للنشر\s+(?:في|على|لدى|عبر)\s+(.+?)(?=\s+(?:اضغط|انقر|عبر|من خلال|هنا|يرجى|يمكنك|راسلنا)(?:\s|$)|\s*[.,،:؛|]|$)/,
  /(?:جميع الحقوق محفوظة|حقوق النشر محفوظة|حقوق الطبع محفوظة)\s*(?:لـ|ل)\s*(.+?)(?=\s*[©\d.,،|]|\s+-|$)/,
  /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:[-–]\s*)?([^\d|,.©]+?)(?=\s*[.,|]|\s+all rights|\s+\d{4}|$)/i,
];

/** The site's own name where boilerplate gives it ("…للنشر في حفريات اضغط هنا…", "© 2024 Site"). */
export function siteName(line: string): string | null {
  for (const pattern of SITE_NAME) {
    const name = pattern.exec(line)?.[1]?.trim();
    if (name && wordCount(name) <= 4 && name.length <= 40 && /\p{L}/u.test(name)) return name;
  }
  return null;
}

const PHOTO_WORDS =
  /(?:^|\s|\()(?:صوره|الصوره|صوره ارشيفيه|ارشيفيه|مصدر الصوره|تصوير|رويترز|فرانس برس|ا ف ب|جيتي|getty images|getty|reuters|afp|ap photo|epa|shutterstock|file photo|photo by|photograph)(?:\s|\)|:|$)/;

/** The line names a photo, a photographer or a photo agency, as captions do. */
export function hasPhotoWords(line: string): boolean {
  return PHOTO_WORDS.test(foldKey(line));
}

const CAPTION_PREFIX = /^(?:\[(?:صورة|الصورة|تصویر|image|photo|picture)\]\s*|\[(?:صورة|الصورة|تصویر|image|photo|picture)\s*[:：]\s*(.+)\]$|(?:صورة|الصورة|تصویر|image|photo|picture)\s*[:：]\s*|(?:🖼️?|📷)\s*)/iu;

/** "[صورة] text", "[Image: text]", "صورة: text", "📷 text": a caption marked as one, and its text. */
export function markedCaption(line: string): string | null {
  const match = CAPTION_PREFIX.exec(line);
  if (!match) return null;
  const text = (match[1] ?? line.slice(match[0].length)).trim();
  return text === '' || wordCount(text) > 40 ? null : text;
}
