// Classified lines to the Article model: the lead is what comes before the first
// heading; quote lines before a "— Name" line join into one quote; list items in
// a row make one list; related titles go to `related`.
import type { Article, Block } from '../model.js';
import { detectLanguage } from './lang.js';
import { makeId } from './make-id.js';
import { siteName } from './patterns.js';
import { titleFromParagraph } from './title.js';
import { wordsKey } from './fold.js';
import { ImportError } from './errors.js';
import { DROPPED_ROLES, type ClassifiedLine, type Role } from './types.js';

export interface BuildOptions {
  /** The article id; made from the date and title when not given. */
  id?: string;
  /** Keep the lines the importer would drop (navigation, footers, repeats) as paragraphs where they stand. */
  keepAll?: boolean;
}

export function buildArticle(classified: readonly ClassifiedLine[], options: BuildOptions = {}): Article {
  const lines = options.keepAll ? classified.map(keptLine) : classified;
  const title = lines.find((line) => line.role === 'title')?.value ?? titleFromText(lines);
  if (title === undefined) throw new ImportError(noTextReason(lines));
  const date = lines.find((line) => line.role === 'date')?.value ?? null;
  const lead: Block[] = [];
  const sections: Article['sections'] = [];
  const related: string[] = [];
  let blocks = lead;
  let previous: ClassifiedLine | undefined;
  for (const line of lines) {
    if (DROPPED_ROLES.has(line.role)) continue;
    switch (line.role) {
      case 'heading':
        blocks = [];
        sections.push({ heading: line.value, blocks });
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', text: line.value });
        break;
      case 'caption':
        blocks.push({ type: 'caption', text: line.value });
        break;
      case 'quote':
        addQuote(blocks, line, previous);
        break;
      case 'attribution':
        addAttribution(blocks, line);
        break;
      case 'list-item':
        addListItem(blocks, line, previous);
        break;
      case 'code':
        addCode(blocks, line, previous);
        break;
      case 'related-item':
        if (!related.some((title) => wordsKey(title) === wordsKey(line.value))) related.push(line.value);
        break;
      default:
        break;
    }
    previous = line;
  }
  const author = lines.find((line) => line.role === 'author')?.value ?? null;
  const source = lines.find((line) => line.role === 'source')?.value ?? siteOf(lines);
  const { lang, dir } = detectLanguage(lines.filter((line) => !DROPPED_ROLES.has(line.role)).map((line) => line.value).join('\n'));
  return { id: options.id ?? makeId(title, date), title, date, lang, dir, source, author, lead, sections, related };
}

/** With --keep-all: a dropped line with text is a paragraph. */
function keptLine(line: ClassifiedLine): ClassifiedLine {
  if (line.text === '' || !DROPPED_ROLES.has(line.role)) return line;
  return { ...line, role: 'paragraph', reason: `${line.reason} (kept: --keep-all)`, value: line.text };
}

/** A page without a headline: the first words of its first paragraph stand for one. */
function titleFromText(lines: readonly ClassifiedLine[]): string | undefined {
  const first = lines.find((line) => line.role === 'paragraph' || line.role === 'caption' || line.role === 'heading');
  return first ? titleFromParagraph(first.value) : undefined;
}

function addQuote(blocks: Block[], line: ClassifiedLine, previous: ClassifiedLine | undefined): void {
  const last = blocks.at(-1);
  // A quote wrapped over several lines of one chunk, waiting for its "— Name".
  if (last?.type === 'quote' && last.attribution === null && !line.attribution && previous?.role === 'quote' && previous.chunk === line.chunk) {
    last.text = `${last.text} ${line.value}`;
    return;
  }
  blocks.push({ type: 'quote', text: line.value, attribution: line.attribution ?? null });
}

function addAttribution(blocks: Block[], line: ClassifiedLine): void {
  const last = blocks.at(-1);
  if (last?.type === 'quote' && last.attribution === null) last.attribution = line.value;
  else blocks.push({ type: 'paragraph', text: line.text });
}

function addListItem(blocks: Block[], line: ClassifiedLine, previous: ClassifiedLine | undefined): void {
  const last = blocks.at(-1);
  const ordered = line.ordered ?? false;
  if (last?.type === 'list' && last.ordered === ordered && previous?.role === 'list-item') last.items.push(line.value);
  else blocks.push({ type: 'list', ordered, items: [line.value] });
}

function addCode(blocks: Block[], line: ClassifiedLine, previous: ClassifiedLine | undefined): void {
  const last = blocks.at(-1);
  if (last?.type === 'code' && previous?.role === 'code' && previous.chunk === line.chunk) last.text = `${last.text}\n${line.value}`;
  else blocks.push({ type: 'code', lang: '', text: line.value });
}

function siteOf(lines: readonly ClassifiedLine[]): string | null {
  for (const line of lines) {
    if (line.role !== 'boilerplate') continue;
    const name = siteName(line.text);
    if (name) return name;
  }
  return null;
}

function noTextReason(lines: readonly ClassifiedLine[]): string {
  const roles = new Set<Role>(lines.map((line) => line.role));
  return roles.has('boilerplate') ? 'no article text: only site boilerplate' : 'no article text: only blank lines';
}
