// Splits `---` YAML front matter from the Markdown body and checks its fields.
// Articles come from the web: controls and escape sequences are dropped here, as
// the file is read, so no model field, list line or re-serialised file
// ever carries them. Bidi controls stay (real text needs them); outputs contain them.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Article } from './model.js';
import { directionOfLanguage } from './language-direction.js';
import { resolveDirection } from '../text/paragraph-direction.js';
import { sanitize } from '../text/sanitize.js';
import { ArticleError } from './errors.js';
import { readSimpleYaml } from './front-matter-fast.js';

export interface FrontMatter {
  title: string;
  date: string | null;
  lang: string | undefined;
  dir: 'rtl' | 'ltr' | undefined;
  source: string | null;
  author: string | null;
  url: string | null;
  related: string[];
}

/** The front matter's first line, and (in what follows it) its last. */
export const FRONT_MATTER_OPENING = /^\uFEFF?---[ \t]*\r?\n/;
export const FRONT_MATTER_CLOSING = /^---[ \t]*$/m;

export function splitFrontMatter(raw: string): { yaml: string; body: string } {
  const source = dropControls(raw);
  const opening = FRONT_MATTER_OPENING.exec(source);
  if (!opening) throw new ArticleError('no front matter: the file must start with a line "---"');
  const rest = source.slice(opening[0].length);
  const closing = FRONT_MATTER_CLOSING.exec(rest);
  if (!closing) throw new ArticleError('front matter is never closed with a line "---"');
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  return { yaml: rest.slice(0, closing.index), body };
}

export function readFrontMatter(yaml: string): FrontMatter {
  const data = readSimpleYaml(yaml) ?? parseFullYaml(yaml);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ArticleError('front matter must be a YAML mapping (key: value lines)');
  }
  const fields = data as Record<string, unknown>;
  return {
    title: requiredText(fields.title, 'title'),
    date: isoDate(fields.date),
    lang: optionalText(fields.lang, 'lang') ?? undefined,
    dir: direction(fields.dir),
    source: optionalText(fields.source, 'source'),
    author: optionalText(fields.author, 'author'),
    url: webAddress(optionalText(fields.url, 'url')),
    related: relatedList(fields.related),
  };
}

/**
 * The yaml library, loaded only for front matter the fast reader gives up on:
 * 112 KB of code that qari's own files never need.
 */
function yamlLibrary(): typeof Yaml {
  return createRequire(import.meta.url)('yaml') as typeof Yaml;
}

function parseFullYaml(yaml: string): unknown {
  try {
    return yamlLibrary().parse(yaml, { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw new ArticleError(`front matter is not valid YAML: ${reason}`);
  }
}

function requiredText(value: unknown, name: string): string {
  const text = optionalText(value, name);
  // Only spaces and invisible format characters (ZWSP, bidi controls…) are no title either.
  if (text === null || !VISIBLE.test(text)) throw new ArticleError(`front matter has no ${name}`);
  return text.trim();
}

/** Scalars become text (a title may be a number); lists and maps are refused. One line, no controls. */
function optionalText(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return oneLine(String(value));
  throw new ArticleError(`front matter field "${name}" must be text`);
}

const VISIBLE = /[^\s\p{Cf}\p{Cc}]/u;

// C0 but LF and TAB, DEL, C1, U+2028/2029, and surrogates (a lone one becomes U+FFFD).
const CONTROLS = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]/;

/**
 * The article file without controls: C0 but LF and TAB, DEL, C1 (the 8-bit CSI U+009B
 * too) and whole escape sequences (CSI, OSC such as clipboard writes and title changes,
 * DCS…) are dropped, CR too (callers fold CRLF first). Lines and tabs stay, so Markdown
 * keeps its structure and code its indentation. Text without controls comes back as is.
 */
export function dropControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (CONTROLS.test(line) ? line.split('\t').map(sanitize).join('\t') : line))
    .join('\n');
}

/** A field's text as one line: controls dropped, tabs and line breaks as spaces. */
function oneLine(text: string): string {
  return sanitize(text);
}

function isoDate(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ArticleError('front matter date is not a date (YYYY-MM-DD)');
    return value.toISOString().slice(0, 10);
  }
  const text = oneLine(String(value)).trim();
  // A date and time (2024-01-31T10:00:00Z, 2024-01-31 10:00 +03:00) gives its date.
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{1,2}:\d{2})/.exec(text);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new ArticleError(`front matter date "${shorten(text)}" is not a date (YYYY-MM-DD)`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

function direction(value: unknown): 'rtl' | 'ltr' | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'rtl' || value === 'ltr') return value;
  throw new ArticleError(`front matter dir must be rtl or ltr, not "${shorten(oneLine(String(value)))}"`);
}

function relatedList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ArticleError('front matter related must be a list');
  const scalars = value.filter((entry) => typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean');
  return scalars.map((entry) => oneLine(String(entry)).trim()).filter(Boolean);
}

/** Only http(s) addresses are kept: the field is shown and matched, never opened by qari. */
function webAddress(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : null;
}

/** A value quoted in an error message: one short line. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The article's header from its front matter: direction and language resolved. */
export function articleHeader(meta: FrontMatter): Pick<Article, 'title' | 'date' | 'lang' | 'dir' | 'source' | 'author' | 'url' | 'related'> {
  const dir = meta.dir ?? (meta.lang ? directionOfLanguage(meta.lang) : undefined) ?? resolveDirection(meta.title);
  return {
    title: meta.title,
    date: meta.date,
    lang: meta.lang ?? (dir === 'rtl' ? 'ar' : 'en'),
    dir,
    source: meta.source,
    author: meta.author,
    ...(meta.url ? { url: meta.url } : {}),
    related: meta.related,
  };
}

