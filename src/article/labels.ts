// Words qari adds around an article's text, in the article's language (its
// `lang`, not its direction: a Persian article is not labelled in Arabic). The
// importer reads them back, so `cat --format text` | `import` loses nothing.
// Languages without labels of their own get the English ones.
import { pluralForm } from '../i18n/plural.js';
import { formatters } from '../i18n/format.js';
import type { DigitSet, MonthNames, PluralForms } from '../i18n/types.js';
import { wordCount } from './words.js';

interface Labels {
  image: string;
  related: string;
  by: string;
  source: string;
  minutes: PluralForms;
}

const LABELS: Readonly<Record<string, Labels>> = {
  ar: {
    image: '[صورة]',
    related: 'مواضيع ذات صلة:',
    by: 'بقلم: {}',
    source: 'المصدر: {}',
    minutes: { one: 'دقيقة واحدة', two: 'دقيقتان', few: '{n} دقائق', other: '{n} دقيقة' },
  },
  fa: { image: '[تصویر]', related: 'مطالب مرتبط:', by: 'نویسنده: {}', source: 'منبع: {}', minutes: { other: '{n} دقیقه مطالعه' } },
  ur: { image: '[تصویر]', related: 'متعلقہ مضامین:', by: 'مصنف: {}', source: 'ماخذ: {}', minutes: { other: '{n} منٹ مطالعہ' } },
  en: { image: '[Image]', related: 'Related:', by: 'By {}', source: 'Source: {}', minutes: { other: '{n} min read' } },
};

function labelsOf(lang: string): Labels {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return LABELS[primary] ?? (LABELS.en as Labels);
}

function primaryOf(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary in LABELS ? primary : 'en';
}

export function captionMark(lang: string): string {
  return labelsOf(lang).image;
}

export function relatedLabel(lang: string): string {
  return labelsOf(lang).related;
}

// An author or source line: written under the title by `cat --format text`, and
// read back by the importer, which also knows the ways scraped pages write them.
// The patterns take every language's own label, so what one writes the other reads.

export function formatAuthorLine(author: string, lang: string): string {
  return labelsOf(lang).by.replace('{}', author);
}

export function formatSourceLine(source: string, lang: string): string {
  return labelsOf(lang).source.replace('{}', source);
}

/** A label's words before its `{}` and colon: 'بقلم: {}' → 'بقلم'. */
function labelWords(field: 'by' | 'source'): string[] {
  return Object.values(LABELS).map((labels) => labels[field].replace(/[:：]?\s*\{\}$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

const SCRAPED_AUTHOR = ['بقلم', 'كتب', 'كتبت', 'كتبه', 'اعداد', 'إعداد', 'تأليف', '(?:نشر|نشرت|نُشر|كتب|كتبت|أعده|اعده)\\s+(?:بواسطة|بواسطه)', 'بواسطة', 'بواسطه', 'by', 'written by', 'posted by', 'author'];
const AUTHOR = new RegExp(`^(?:${[...SCRAPED_AUTHOR, ...labelWords('by')].join('|')})\\s*[:：\\-–—]?\\s+(.+)$`, 'iu');
const SOURCE = new RegExp(`^(?:${['المصدر', 'مصدر', 'source', ...labelWords('source')].join('|')})\\s*[:：]\\s*(.+)$`, 'iu');

/** "بقلم: فلان", "By Jane Doe": an author line, and the name. */
export function parseAuthorLine(line: string): string | null {
  const name = AUTHOR.exec(line)?.[1]?.trim();
  if (!name || wordCount(name) > 6 || /[.!?؟،,:]$/.test(name)) return null;
  return name;
}

/** "المصدر: فلان", "Source: Site": the source a line names. */
export function parseSourceLine(line: string): string | null {
  const name = SOURCE.exec(line)?.[1]?.trim();
  if (!name || wordCount(name) > 5 || /[.!?؟،,]$/.test(name)) return null;
  return name;
}

export interface LabelFormat {
  digits: DigitSet;
  months: MonthNames;
}

const LATIN: LabelFormat = { digits: 'latn', months: 'standard' };

/** "8 دقائق", "۸ دقیقه مطالعه", "8 min read". */
export function readingTimeLabel(minutes: number, lang: string, format: LabelFormat = LATIN): string {
  const primary = primaryOf(lang);
  const text = pluralForm(labelsOf(lang).minutes, primary, minutes);
  return text.replace('{n}', formatters({ language: primary, ...format }).number(minutes));
}

/** The article's date as its language writes it ("31 يناير 2024", "31 Jan 2024"). */
export function articleDateLabel(iso: string, lang: string, format: LabelFormat = LATIN): string {
  return formatters({ language: primaryOf(lang), ...format }).date(iso);
}
