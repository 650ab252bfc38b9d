// An ASCII, typeable id from the date and the title: "2024-01-31-bad-mnaqsha-jdwla-alansihab".
// Arabic is transliterated letter by letter (no vowels but alef, waw, yeh), Latin
// loses its accents; when nothing typeable is left, a short stable hash of the title.
import { asciiDigits } from './digits.js';

const MAX_LENGTH = 60;

const ARABIC: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j',
  'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ى': 'a',
  'ي': 'y', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'y', 'ڤ': 'v', 'ڨ': 'g', 'ے': 'e', 'ٹ': 't', 'ڈ': 'd',
  'ڑ': 'r', 'ں': 'n', 'ھ': 'h', 'ۃ': 'a',
};

/** Harakat, Quranic marks, tatweel and ZWNJ/ZWJ: not letters, and not word breaks either. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]/g;

export function makeId(title: string, date: string | null): string {
  const prefix = date ? `${date}-` : '';
  const slug = cut(slugOf(title), MAX_LENGTH - prefix.length);
  if (slug !== '') return `${prefix}${slug}`;
  return `${prefix}${date ? '' : 'article-'}${hash(title)}`;
}

/** Lowercase ASCII words joined by hyphens. */
export function slugOf(text: string): string {
  const latin = [...asciiDigits(text).normalize('NFKC').replace(ARABIC_MARKS, '')]
    .map((char) => ARABIC[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** At most `length` characters, cut at a hyphen when one is near. */
function cut(slug: string, length: number): string {
  if (slug.length <= length) return slug;
  const head = slug.slice(0, length + 1);
  const hyphen = head.lastIndexOf('-');
  return (hyphen >= length / 2 ? head.slice(0, hyphen) : slug.slice(0, length)).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms. */
export function hash(text: string): string {
  let value = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    value ^= byte;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
