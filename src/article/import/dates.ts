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
const TIME = '(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:[صم]|صباحا|مساء|مساءا|ظهرا|am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:gmt|utc|z|[+-]\\d{2}:?\\d{2}|بتوقيت\\s+\\S+(?:\\s+\\S+)?)?)';
const BEFORE = `^(?:${LABEL}\\s*)?(?:${WEEKDAY}\\s*[,،\\-–]?\\s*)?`;
const AFTER = `(?:\\s*(?:[,،\\-–|•·@]|الساعه|at|t)?\\s*${TIME})?\\s*[.]?$`;

const DAY_FIRST = new RegExp(`${BEFORE}(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})${AFTER}`);
const YEAR_FIRST = new RegExp(`${BEFORE}(\\d{4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})${AFTER}`);
const DAY_NAME_YEAR = new RegExp(`${BEFORE}(\\d{1,2})\\s*(?:من\\s+)?${MONTH}\\s*[,،]?\\s*(\\d{4})\\s*(?:م|ميلادي|ميلاديه)?${AFTER}`);
const NAME_DAY_YEAR = new RegExp(`${BEFORE}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})${AFTER}`);

/** The ISO date a whole line gives, or null when the line is not (only) a date. */
export function parseDateLine(line: string): string | null {
  if (line.length > 100) return null;
  const text = foldKey(asciiDigits(line));
  let match = YEAR_FIRST.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[3]), Number(match[4]));
  match = DAY_FIRST.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    // Arabic pages write day first; a first number that cannot be a day-month pair the
    // other way round (01/31/2024) is read as month first.
    return second > 12 && first <= 12 ? isoDate(year, first, second) : isoDate(year, second, first);
  }
  match = DAY_NAME_YEAR.exec(text);
  if (match) return isoDate(Number(match[3]), MONTH_BY_NAME.get(match[2] ?? '') ?? 0, Number(match[1]));
  match = NAME_DAY_YEAR.exec(text);
  if (match) return isoDate(Number(match[3]), MONTH_BY_NAME.get(match[1] ?? '') ?? 0, Number(match[2]));
  return null;
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
