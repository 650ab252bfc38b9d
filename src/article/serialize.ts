// The model back to an article file: what `import` writes and `cat --format markdown` prints.
// parseArticle(serializeArticle(a), a.id) gives `a` back.
import { stringify } from 'yaml';
import type { Article, Block, InlineRun } from './model.js';

export function serializeArticle(article: Article): string {
  const parts = [frontMatter(article), ...article.lead.map(blockMarkdown)];
  for (const section of article.sections) {
    parts.push(`## ${escapeInline(section.heading)}`, ...section.blocks.map(blockMarkdown));
  }
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(article: Article): string {
  const fields: Record<string, unknown> = { title: article.title };
  if (article.date) fields.date = article.date;
  fields.lang = article.lang;
  fields.dir = article.dir;
  if (article.source) fields.source = article.source;
  if (article.author) fields.author = article.author;
  if (article.related.length > 0) fields.related = article.related;
  return `---\n${stringify(fields, { lineWidth: 0 })}---`;
}

export function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return escapeBlockStart(withRuns(block.text, block.runs));
    case 'quote': {
      const lines = [`> ${escapeBlockStart(withRuns(block.text, block.runs))}`];
      if (block.attribution) lines.push('>', `> — ${escapeInline(block.attribution)}`);
      return lines.join('\n');
    }
    case 'caption':
      return `![${escapeInline(block.text)}]()`;
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${escapeBlockStart(escapeInline(item))}`).join('\n');
    case 'code': {
      const fence = block.text.includes('```') ? '~~~~' : '```';
      return `${fence}${block.lang}\n${block.text}\n${fence}`;
    }
  }
}

/** Markdown for plain text with its style runs put back as `**`, `*`, backticks and links. */
function withRuns(text: string, runs: readonly InlineRun[] | undefined): string {
  if (!runs || runs.length === 0) return escapeInline(text);
  const sorted = [...runs].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let position = 0;
  for (const run of sorted) {
    if (run.start < position) continue; // overlapping runs: keep the first
    out += escapeInline(text.slice(position, run.start)) + styledMarkdown(text.slice(run.start, run.end), run);
    position = run.end;
  }
  return out + escapeInline(text.slice(position));
}

function styledMarkdown(text: string, run: InlineRun): string {
  switch (run.style) {
    case 'bold':
      return `**${escapeInline(text)}**`;
    case 'italic':
      return `*${escapeInline(text)}*`;
    case 'code':
      return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
    case 'link':
      return `[${escapeInline(text)}](${(run.href ?? '').replace(/[()\s]/g, encodeURIComponent)})`;
  }
}

/** Characters that would turn plain text into Markdown syntax. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~!&]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}

/** A paragraph must not start like a heading, quote, list item, rule or fence. */
function escapeBlockStart(text: string): string {
  return text.replace(/^(\s*)([#>+\-=]|\d+[.)])/, (_, space: string, marker: string) => `${space}${marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+\-=])$/, '\\$1')}`);
}
