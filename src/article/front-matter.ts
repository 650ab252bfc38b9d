// Splits `---` YAML front matter from the Markdown body and checks its fields.
import { parse as parseYaml } from 'yaml';
import { ArticleError } from './errors.js';
import { readSimpleYaml } from './front-matter-fast.js';

export interface FrontMatter {
  title: string;
  date: string | null;
  lang: string | undefined;
  dir: 'rtl' | 'ltr' | undefined;
  source: string | null;
  author: string | null;
  related: string[];
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function splitFrontMatter(source: string): { yaml: string; body: string } {
  const opening = OPENING.exec(source);
  if (!opening) throw new ArticleError('no front matter: the file must start with a line "---"');
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
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
    related: relatedList(fields.related),
  };
}

function parseFullYaml(yaml: string): unknown {
  try {
    return parseYaml(yaml, { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw new ArticleError(`front matter is not valid YAML: ${reason}`);
  }
}

function requiredText(value: unknown, name: string): string {
  const text = optionalText(value, name);
  if (text === null || text.trim() === '') throw new ArticleError(`front matter has no ${name}`);
  return text.trim();
}

/** Scalars become text (a title may be a number); lists and maps are refused. */
function optionalText(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ArticleError(`front matter field "${name}" must be text`);
}

function isoDate(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new ArticleError(`front matter date "${text}" is not a date (YYYY-MM-DD)`);
  }
  return text;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function direction(value: unknown): 'rtl' | 'ltr' | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'rtl' || value === 'ltr') return value;
  throw new ArticleError(`front matter dir must be rtl or ltr, not "${String(value)}"`);
}

function relatedList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ArticleError('front matter related must be a list');
  return value.filter((entry) => entry !== null && entry !== undefined).map((entry) => String(entry).trim()).filter(Boolean);
}
