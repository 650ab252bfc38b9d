// The model back to an article file: what `import` writes and `cat --format markdown` prints.
// parseArticle(serializeArticle(a), a.id) gives `a` back.
import { isPlainScalar } from './front-matter-fast.js';
import type { Article, Block, InlineRun } from './model.js';

export function serializeArticle(article: Article): string {
  const parts = [frontMatter(article), ...blocksMarkdown(article.lead)];
  for (const section of article.sections) {
    parts.push(`## ${escapeInline(section.heading)}`, ...blocksMarkdown(section.blocks));
  }
  return `${parts.join('\n\n')}\n`;
}

/** Two lists in a row would read back as one: the second takes the other marker. */
function blocksMarkdown(blocks: readonly Block[]): string[] {
  let alternate = false;
  return blocks.map((block, index) => {
    const previous = blocks[index - 1];
    alternate = block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered ? !alternate : false;
    return block.type === 'list' ? listMarkdown(block, alternate) : blockMarkdown(block);
  });
}

function listMarkdown(block: Extract<Block, { type: 'list' }>, alternate: boolean): string {
  const marker = (index: number) => (block.ordered ? `${index + 1}${alternate ? ')' : '.'}` : alternate ? '*' : '-');
  return block.items.map((item, index) => `${marker(index)} ${escapeBlockStart(escapeInline(item))}`).join('\n');
}

/**
 * Front matter as YAML, written here rather than by the yaml library (112 KB of
 * code every command would load): scalars plain when that reads back the same,
 * else double-quoted, which is JSON's string syntax.
 */
function frontMatter(article: Article): string {
  const lines = [`title: ${yamlScalar(article.title)}`];
  if (article.date) lines.push(`date: ${article.date}`);
  lines.push(`lang: ${yamlScalar(article.lang)}`, `dir: ${article.dir}`);
  if (article.source) lines.push(`source: ${yamlScalar(article.source)}`);
  if (article.author) lines.push(`author: ${yamlScalar(article.author)}`);
  if (article.url) lines.push(`url: ${yamlScalar(article.url)}`);
  if (article.related.length > 0) lines.push('related:', ...article.related.map((entry) => `  - ${yamlScalar(entry)}`));
  return `---\n${lines.join('\n')}\n---`;
}

function yamlScalar(text: string): string {
  return isPlainScalar(text) ? text : JSON.stringify(text);
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
      return listMarkdown(block, false);
    case 'code': {
      const fence = codeFence(block.text, block.lang);
      return `${fence}${block.lang}\n${block.text}\n${fence}`;
    }
    case 'table':
      return tableMarkdown(block);
  }
}

/** A GFM table: the header row, its delimiter row, then the body rows. */
function tableMarkdown(block: Extract<Block, { type: 'table' }>): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [row(block.head.map(cellMarkdown)), row(block.head.map(() => '---')), ...block.rows.map((cells) => row(cells.map(cellMarkdown)))].join('\n');
}

/** A cell's text: escaped like any text (a `|` included, which would split the cell). */
function cellMarkdown(text: string): string {
  return escapeInline(text);
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
      return `[${escapeInline(text)}](${linkDestination(run.href ?? '')})`;
  }
}

/** A link target that reads back as written: backslash escapes, or `<…>` around one with spaces. */
function linkDestination(href: string): string {
  return /[\s<>]/.test(href) ? `<${href.replace(/[\\<>]/g, '\\$&')}>` : href.replace(/[\\()]/g, '\\$&');
}

/**
 * A fence the code cannot close: backticks, unless the language holds one (a
 * backtick fence's info string may not), and longer than any run in the code.
 */
function codeFence(text: string, lang: string): string {
  const char = lang.includes('`') ? '~' : '`';
  const longest = Math.max(0, ...(text.match(char === '`' ? /`+/g : /~+/g) ?? []).map((run) => run.length));
  return char.repeat(Math.max(3, longest + 1));
}

// Where GFM would make a link of plain text by itself: web addresses and e-mail.
const AUTOLINK = /(ftp|https?)(:\/\/)|(www)(\.)|(?<=[\w.+-])(@)(?=[\w-]+\.)/gi;

/**
 * Characters that would turn plain text into Markdown syntax. Text that GFM would
 * link by itself (a bare web address or e-mail) has its trigger escaped (`www\.`,
 * `https\://`, `\@`): qari writes every link it has as `[text](target)`, so any
 * other address is text and must read back as text, escapes and all. Line breaks
 * become spaces; other spacing (double spaces, U+00A0) is the text's.
 */
export function escapeInline(text: string): string {
  return escapeSyntax(text)
    .replace(AUTOLINK, (_, scheme?: string, slashes?: string, www?: string, dot?: string, at?: string) => (scheme ? `${scheme}\\${slashes}` : www ? `${www}\\${dot}` : `\\${at}`))
    .replace(/[ \t]*\n[ \t]*/g, ' ');
}

function escapeSyntax(text: string): string {
  return text.replace(/[\\`*_[\]<>|~!&]/g, (char) => `\\${char}`);
}

/** A paragraph must not start like a heading, quote, list item, rule or fence. */
function escapeBlockStart(text: string): string {
  return text.replace(/^(\s*)([#>+\-=]|\d+[.)])/, (_, space: string, marker: string) => `${space}${marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+\-=])$/, '\\$1')}`);
}
