// Inline Markdown tokens to plain text plus style runs (bold, italic, code, link);
// and a lexer whose inline pass cannot be made to take minutes or blow the stack.
import { Lexer, type MarkedOptions, type Token, type Tokens } from 'marked';
import type { InlineRun } from './model.js';

export interface InlineText {
  text: string;
  runs: InlineRun[];
}

/** Deeper inline nesting (emphasis in emphasis in a link…) is read as the plain text it holds. */
const MAX_INLINE_DEPTH = 64;

export function inlineText(tokens: readonly Token[] | undefined, fallback = ''): InlineText {
  const out: InlineText = { text: '', runs: [] };
  if (!tokens) {
    out.text = fallback.replace(/\t/g, ' ');
    return out;
  }
  appendTokens(out, tokens, 0);
  return joinLines(out);
}

/**
 * Line breaks inside a paragraph (and the spaces around them) become one space, tabs
 * a space; style runs move with the text they cover.
 */
function joinLines(out: InlineText): InlineText {
  const text = out.text.replace(/\t/g, ' ');
  if (!text.includes('\n')) return { text, runs: out.runs };
  const shifted: number[] = new Array<number>(text.length + 1);
  let joined = '';
  let from = 0;
  for (const match of text.matchAll(/ *\n */g)) {
    const at = match.index;
    for (let index = from; index < at; index++) shifted[index] = joined.length + index - from;
    joined += text.slice(from, at);
    for (let index = at; index < at + match[0].length; index++) shifted[index] = joined.length;
    joined += ' ';
    from = at + match[0].length;
  }
  for (let index = from; index <= text.length; index++) shifted[index] = joined.length + index - from;
  joined += text.slice(from);
  const runs = out.runs
    .map((run) => ({ ...run, start: shifted[run.start] ?? joined.length, end: run.end > run.start ? (shifted[run.end - 1] ?? joined.length - 1) + 1 : (shifted[run.end] ?? joined.length) }))
    .filter((run) => run.end > run.start);
  return { text: joined, runs };
}

function appendTokens(out: InlineText, tokens: readonly Token[], depth: number): void {
  for (const token of tokens) appendToken(out, token, depth);
}

function appendToken(out: InlineText, token: Token, depth: number): void {
  if (depth > MAX_INLINE_DEPTH) {
    out.text += decodeEntities(token.raw);
    return;
  }
  switch (token.type) {
    case 'strong':
      return styled(out, 'bold', (token as Tokens.Strong).tokens, depth);
    case 'em':
      return styled(out, 'italic', (token as Tokens.Em).tokens, depth);
    case 'codespan':
      return styledText(out, 'code', decodeEntities((token as Tokens.Codespan).text));
    case 'link': {
      const link = token as Tokens.Link;
      return styled(out, 'link', link.tokens, depth, link.href);
    }
    case 'image': {
      // The alt text, with its escapes and entities read (marked keeps `text` raw).
      const image = token as Tokens.Image;
      if (image.tokens && image.tokens.length > 0) return appendTokens(out, image.tokens, depth + 1);
      out.text += image.text;
      return;
    }
    case 'br':
      out.text += ' ';
      return;
    case 'html':
      // Raw HTML is not shown as markup; the reader is not a browser.
      return;
    default: {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested && nested.length > 0) return appendTokens(out, nested, depth + 1);
      const text = (token as { text?: string }).text ?? token.raw;
      out.text += decodeEntities(text);
    }
  }
}

function styled(out: InlineText, style: InlineRun['style'], tokens: Token[], depth: number, href?: string): void {
  const start = out.text.length;
  appendTokens(out, tokens, depth + 1);
  pushRun(out, start, style, href);
}

function styledText(out: InlineText, style: InlineRun['style'], text: string): void {
  const start = out.text.length;
  out.text += text;
  pushRun(out, start, style);
}

function pushRun(out: InlineText, start: number, style: InlineRun['style'], href?: string): void {
  if (out.text.length === start) return;
  out.runs.push(href === undefined ? { start, end: out.text.length, style } : { start, end: out.text.length, style, href });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00A0' };

/** marked keeps character references in text; readers want the characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

// Markdown's inline syntax, each a character marked's inline lexer goes back over.
const INLINE_SYNTAX = /[*_~`[\]\\<>!&|]/g;
const EMPHASIS = /[*_]/g;
/**
 * marked's inline lexer is quadratic in the emphasis marks (`*`, `_`) of a paragraph:
 * each opener scans on for a closer. 1,000 marks cost it about 200 ms, 10,000 (`**a `
 * 5,000 times) 11 s, and 5,000 nested `*` overflow the stack; it also rescans the text
 * once per escape. Measured here: about 0.2 µs × marks² for emphasis, 0.2 ns × marks ×
 * length for the rest. So a paragraph may have at most MAX_EMPHASIS emphasis marks
 * (~30 ms), MAX_SYNTAX marks in all, marks × length up to MAX_SCAN; and a document
 * spends at most MAX_EMPHASIS_WORK of emphasis marks² (under a second) in all. Past a limit, a
 * paragraph shows as the plain text it is. Real articles stay far below (5,000 paragraphs
 * with ten emphasis marks each use a sixth of the budget).
 */
const MAX_EMPHASIS = 400;
const MAX_SYNTAX = 2000;
const MAX_SCAN = 50_000_000;
const MAX_EMPHASIS_WORK = 3_000_000;

function count(pattern: RegExp, src: string, limit: number): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(src) !== null) if (++found > limit) break;
  return found;
}

/** Work the inline pass has done over a document; lexers of one document share it. */
export interface InlineBudget {
  emphasisWork: number;
}

/** marked's lexer, with every inline pass (top level and nested) bounded as above. */
export class BoundedLexer extends Lexer {
  constructor(
    options: MarkedOptions = { gfm: true },
    private readonly budget: InlineBudget = { emphasisWork: 0 },
  ) {
    super(options);
  }

  /** Whether marked may lex `src` inline, within the paragraph's and the document's budgets. */
  affordable(src: string): boolean {
    const marks = count(INLINE_SYNTAX, src, MAX_SYNTAX);
    if (marks > MAX_SYNTAX || marks * src.length > MAX_SCAN) return false;
    const emphasis = count(EMPHASIS, src, MAX_EMPHASIS);
    if (emphasis > MAX_EMPHASIS || this.budget.emphasisWork + emphasis * emphasis > MAX_EMPHASIS_WORK) return false;
    this.budget.emphasisWork += emphasis * emphasis;
    return true;
  }

  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (this.affordable(src)) return super.inlineTokens(src, tokens);
    // Backslash escapes still mean their character, so what qari writes back reads the same.
    tokens.push({ type: 'text', raw: src, text: src.replace(ESCAPED, '$1') } as Tokens.Text);
    return tokens;
  }
}

/** A CommonMark backslash escape: ASCII punctuation after a backslash. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** Inline tokens of one line of Markdown (a heading), bounded. */
export function inlineTokensOf(markdown: string): Token[] {
  return new BoundedLexer().inlineTokens(markdown);
}
