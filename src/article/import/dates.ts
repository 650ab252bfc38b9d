// A line that is a date, in the forms Arabic and English news pages use, to ISO
// YYYY-MM-DD: 31/01/2024, 31.01.2024, 31-01-2024, 2024-01-31, 2024/01/31,
// 31 يناير 2024, 31 كانون الثاني 2024, كانون الثاني/يناير, January 31, 2024,
// 31 Jan 2024, with Arabic-Indic or Persian digits, an optional weekday before,
// an optional "published" label and an optional time after.
import { asciiDigits } from './digits.js';
import { foldKey } from './fold.js';

/** Month names by month number, folded (see fold.ts): Egyptian/Gulf, Levantine/Iraqi, Maghrebi, Persian, English. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['يناير', 'ژانويه', 'كانون الثاني', 'جانفي', 'january', 'jan'],
  ['فبراير', 'فوريه', 'شباط', 'فيفري', 'february', 'feb'],
  ['مارس', 'اذار', 'march', 'mar'],
  ['ابريل', 'اوريل', 'نيسان', 'افريل', 'april', 'apr'],
  ['مايو', 'مه', 'ايار', 'ماي', 'may'],
  ['يونيو', 'ژوئن', 'يونيه', 'حزيران', 'جوان', 'june', 'jun'],
  ['يوليو', 'ژوئيه', 'يوليه', 'تموز', 'جويليه', 'يوليوز', 'july', 'jul'],
  ['اغسطس', 'اب', 'اوت', 'غشت', 'august', 'aug'],
  ['سبتمبر', 'سپتامبر', 'ايلول', 'شتنبر', 'september', 'sept', 'sep'],
  ['اكتوبر', 'اكتبر', 'تشرين الاول', 'october', 'oct'],
  ['نوفمبر', 'نوامبر', 'تشرين الثاني', 'نونبر', 'november', 'nov'],
  ['ديسمبر', 'دسامبر', 'كانون الاول', 'دجنبر', 'december', 'dec'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => names.forEach((name) => MONTH_BY_NAME.set(name, index + 1)));
// Longest first, so "كانون الثاني" wins over a shorter name that starts it.
const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A month, or two names of one month: "كانون الثاني/يناير", "شباط (فبراير)". */
const MONTH = `(${MONTH_ALTERNATION})\\.?(?:\\s*[/\\-–]\\s*(?:${MONTH_ALTERNATION})|\\s*\\((?:${MONTH_ALTERNATION})\\))?`;

const WEEKDAY = '(?:يوم\\s+)?(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thurs|fri|sat)\\.?';
const LABEL = '(?:(?:تم\\s+)?نشر\\s+(?:في|بتاريخ)|تاريخ\\s+النشر|اخر\\s+تحديث|تم\\s+التحديث|بتاريخ|التاريخ|published(?:\\s+on)?|posted(?:\\s+on)?|updated(?:\\s+on)?|last\\s+updated|date)\\s*:?';
const TIME = '(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:[صم]|صباحا|مساء|مساءا|ظهرا|am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:\\(?(?:gmt|utc)\\s*[+-]?\\d{0,2}:?\\d{0,2}\\)?|z|[+-]\\d{2}:?\\d{2}|بتوقيت\\s+\\S+(?:\\s+\\S+)?)?)';
/** A Hijri date a page gives beside the Gregorian one ("10 ربيع الثاني 1427 هـ"). */
const HIJRI_MONTH = '(?:محرم|صفر|ربيع الاول|ربيع الثاني|ربيع الاخر|جمادي الاولي|جمادي الاول|جمادي الثانيه|جمادي الاخره|جمادي الاخر|رجب|شعبان|رمضان|شوال|ذو القعده|ذي القعده|ذو الحجه|ذي الحجه)';
const HIJRI = `(?<!\\d)\\d{1,2}\\s+${HIJRI_MONTH}\\s+\\d{3,4}\\s*(?:هـ|ه)?(?![\\p{L}])`;

const NOT_DIGIT_BEFORE = '(?<![\\d\\p{L}])';
const NOT_DIGIT_AFTER = '(?!\\d)';
const DAY_FIRST = new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})${NOT_DIGIT_AFTER}`, 'u');
const YEAR_FIRST = new RegExp(`${NOT_DIGIT_BEFORE}(\\d{4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})${NOT_DIGIT_AFTER}`, 'u');
const DAY_NAME_YEAR = new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*(?:من\\s+)?${MONTH}\\s*[,،]?\\s*(\\d{4})${NOT_DIGIT_AFTER}(?:\\s*(?:م|ميلادي|ميلاديه)(?![\\p{L}]))?`, 'u');
const NAME_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})${NOT_DIGIT_AFTER}`, 'u');

/** What may stand beside the date on a date line: weekday, label, time, Hijri date, "الموافق", punctuation. */
const BESIDE_DATE = new RegExp(`${HIJRI}|${LABEL}|${WEEKDAY}(?![\\p{L}])|${TIME}|الموافق|(?<![\\p{L}])(?:م|at|t|الساعه|gmt|utc)(?![\\p{L}])|[,،\\-–—|•·@/():.\\[\\]]`, 'gu');
/** Words a date line may carry besides: an issue number ("العدد: 8101"), "in"/"on". */
const HEADER_WORDS = new Set(['العدد', 'عدد', 'رقم', 'الطبعه', 'issue', 'no', 'edition', 'في', 'on']);

/** The ISO date a whole line gives, or null when the line is not (only) a date. */
export function parseDateLine(line: string): string | null {
  if (line.length > 120) return null;
  const text = foldKey(asciiDigits(line));
  const found = findDate(text);
  if (!found) return null;
  const rest = (text.slice(0, found.start) + ' ' + text.slice(found.end)).replace(BESIDE_DATE, ' ');
  const words = rest.split(/\s+/).filter((word) => word !== '');
  if (words.length > 2 || !words.every((word) => /^\d+$/.test(word) || HEADER_WORDS.has(word))) return null;
  return found.iso;
}

/** The first Gregorian date in a line, where it is, and as ISO. */
function findDate(text: string): { start: number; end: number; iso: string } | null {
  const candidates: { start: number; end: number; iso: string | null }[] = [];
  let match = YEAR_FIRST.exec(text);
  if (match) candidates.push(at(match, isoDate(Number(match[1]), Number(match[3]), Number(match[4]))));
  match = DAY_FIRST.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    // Arabic pages write day first; a first number that cannot be a day-month pair the
    // other way round (01/31/2024) is read as month first.
    candidates.push(at(match, second > 12 && first <= 12 ? isoDate(year, first, second) : isoDate(year, second, first)));
  }
  match = DAY_NAME_YEAR.exec(text);
  if (match) candidates.push(at(match, isoDate(Number(match[3]), MONTH_BY_NAME.get(match[2] ?? '') ?? 0, Number(match[1]))));
  match = NAME_DAY_YEAR.exec(text);
  if (match) candidates.push(at(match, isoDate(Number(match[3]), MONTH_BY_NAME.get(match[1] ?? '') ?? 0, Number(match[2]))));
  const first = candidates.filter((candidate) => candidate.iso !== null).sort((a, b) => a.start - b.start)[0];
  return first && first.iso !== null ? { start: first.start, end: first.end, iso: first.iso } : null;
}

function at(match: RegExpExecArray, iso: string | null): { start: number; end: number; iso: string | null } {
  return { start: match.index, end: match.index + match[0].length, iso };
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
