// Dates, numbers and percentages in a language and digit set, by Intl. The
// numbering system is always named: ICU's default for plain `ar` changed between
// versions (Arabic-Indic, then Latin), and the reader chooses it, not ICU.
import type { DigitSet, MonthNames } from './types.js';

export interface FormatOptions {
  /** A BCP 47 language tag: the interface's, or an article's. */
  language: string;
  digits: DigitSet;
  months: MonthNames;
}

export interface Formatters {
  /** An ISO date (YYYY-MM-DD) as a reader writes it: "31 Jan 2024", "31 يناير 2024"; anything else as given. */
  date(iso: string): string;
  number(value: number): string;
  /** 0–100 → "37%", "37٪". */
  percent(value: number): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const made = new Map<string, Formatters>();

/** One set per language, digits and months for the whole run: the reader's labels ask again for every article. */
export function formatters(options: FormatOptions): Formatters {
  const key = `${options.language}|${options.digits}|${options.months}`;
  let found = made.get(key);
  if (!found) made.set(key, (found = makeFormatters(options)));
  return found;
}

function makeFormatters({ language, digits, months }: FormatOptions): Formatters {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const locale = `${localeOf(primary, months)}-u-nu-${numberingSystem(primary, digits)}`;
  // Built on first use: a DateTimeFormat costs 30–50 ms to make, more than a whole
  // `qari list` over a cached index, and most commands format no date at all.
  const dates = once(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: primary === 'en' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }));
  const numbers = once(() => new Intl.NumberFormat(locale, { useGrouping: false }));
  const percents = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  return {
    date(iso) {
      const match = ISO_DATE.exec(iso);
      if (!match) return iso;
      const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      return Number.isNaN(time) ? iso : dates().format(time);
    },
    number: (value) => numbers().format(value),
    percent: (value) => percents().format(value / 100),
  };
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** English dates day first ("31 Jan 2024"); Levantine month names are Syria's. */
function localeOf(primary: string, months: MonthNames): string {
  if (primary === 'en') return 'en-GB';
  if (primary === 'ar') return months === 'levant' ? 'ar-SY' : 'ar';
  return primary;
}

/** "Native" digits are the language's own: Arabic-Indic for Arabic, the extended set for Persian and Urdu. */
function numberingSystem(primary: string, digits: DigitSet): string {
  if (digits === 'latn') return 'latn';
  if (primary === 'ar') return 'arab';
  if (primary === 'fa' || primary === 'ur') return 'arabext';
  return 'latn';
}
