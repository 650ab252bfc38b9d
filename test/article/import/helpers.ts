// Fixtures and seed variants for the importer's tests, and the "kept lines" view
// of an article used by the nothing-lost checks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Block } from '../../../src/article/model.js';
import type { ClassifiedLine } from '../../../src/article/import/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURES}${name}`;
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export const SEED = fixture('seed.txt');
export const SEED_LINES = SEED.split('\n');

/** The seed with its 1-based lines `from`–`to` removed. */
export function withoutLines(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
}

/** The seed with line `number` (1-based) replaced. */
export function replaceLine(text: string, number: number, replacement: string): string {
  const lines = text.split('\n');
  lines[number - 1] = replacement;
  return lines.join('\n');
}

/** The seed's structure as a person reading the scraped page sees it, line numbers included. */
export const SEED_STRUCTURE = {
  title: 'بعد مناقشة جدولة الانسحاب الأمريكي... هل تصمد القوات العراقية أمام تحديات داعش؟',
  date: '2024-01-31',
  source: 'حفريات',
  leadLines: [10, 12, 14, 16],
  headings: ['فحوى المفاوضات الجارية', 'تحذيرات الفصائل', 'حكومة بغداد تصرّح', 'مخاطر أمنية'],
  headingLines: [18, 34, 60, 74],
  quoteLines: [44, 66],
  attributions: ['باسم العوادي', 'النائب السابق مثال الألوسي'],
  captionLines: [22, 56, 78],
  captions: ['السوداني يرعى انطلاق الجولة الأولى للحوار الثنائي بين بغداد وواشنطن', 'الناطق الرسمي للحكومة العراقية باسم العوادي', 'النائب السابق مثال الألوسي'],
  relatedLines: [88, 90, 92],
  boilerplateLines: [97, 99, 100],
};

/**
 * The article's headings, paragraphs, quotes, captions, list items and code, in
 * document order, one string each as an input line would give them. Quotes in the
 * "Name: text" form come back as that one line; in the "text / — Name" form as two.
 */
export function articleLines(article: Article, quoteForm: 'name-colon' | 'dash' = 'name-colon'): string[] {
  const out: string[] = [];
  const add = (block: Block) => {
    switch (block.type) {
      case 'paragraph':
      case 'caption':
        out.push(block.text);
        break;
      case 'quote':
        if (block.attribution === null) out.push(block.text);
        else if (quoteForm === 'name-colon') out.push(`${block.attribution}: ${block.text}`);
        else out.push(block.text, `— ${block.attribution}`);
        break;
      case 'list':
        out.push(...block.items);
        break;
      case 'code':
        out.push(...block.text.split('\n'));
        break;
    }
  };
  article.lead.forEach(add);
  for (const section of article.sections) {
    out.push(section.heading);
    section.blocks.forEach(add);
  }
  return out;
}

/** Roles that are not body text: the header, the related list, dropped lines. */
const NOT_BODY = new Set(['title', 'title-repeat', 'date', 'author', 'source', 'related-marker', 'related-item', 'boilerplate', 'blank', 'quote-separator']);

/** The input's kept body lines (cleaned), in order; a caption without qari's "[صورة]" mark. */
export function keptLines(lines: readonly ClassifiedLine[]): string[] {
  return lines.filter((line) => !NOT_BODY.has(line.role)).map((line) => (line.role === 'caption' ? line.value : line.text));
}

/** The structure a round trip must keep: no ids, no inline style runs. */
export function structure(article: Article) {
  const plain = JSON.parse(JSON.stringify(article, (key, value: unknown) => (key === 'runs' ? undefined : value))) as Article;
  return { title: plain.title, date: plain.date, lang: plain.lang, dir: plain.dir, lead: plain.lead, sections: plain.sections, related: plain.related };
}
