// Inline Markdown tokens to plain text plus style runs (bold, italic, code, link).
import type { Token, Tokens } from 'marked';
import type { InlineRun } from './model.js';

export interface InlineText {
  text: string;
  runs: InlineRun[];
}

export function inlineText(tokens: readonly Token[] | undefined, fallback = ''): InlineText {
  const out: InlineText = { text: '', runs: [] };
  if (!tokens) {
    out.text = fallback;
    return out;
  }
  appendTokens(out, tokens);
  out.text = out.text.replace(/[ \t]*\n[ \t]*/g, ' ');
  return out;
}

function appendTokens(out: InlineText, tokens: readonly Token[]): void {
  for (const token of tokens) appendToken(out, token);
}

function appendToken(out: InlineText, token: Token): void {
  switch (token.type) {
    case 'strong':
      return styled(out, 'bold', (token as Tokens.Strong).tokens);
    case 'em':
      return styled(out, 'italic', (token as Tokens.Em).tokens);
    case 'codespan':
      return styledText(out, 'code', decodeEntities((token as Tokens.Codespan).text));
    case 'link': {
      const link = token as Tokens.Link;
      return styled(out, 'link', link.tokens, link.href);
    }
    case 'image':
      out.text += (token as Tokens.Image).text;
      return;
    case 'br':
      out.text += ' ';
      return;
    case 'html':
      // Raw HTML is not shown as markup; the reader is not a browser.
      return;
    default: {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested && nested.length > 0) return appendTokens(out, nested);
      const text = (token as { text?: string }).text ?? token.raw;
      out.text += decodeEntities(text);
    }
  }
}

function styled(out: InlineText, style: InlineRun['style'], tokens: Token[], href?: string): void {
  const start = out.text.length;
  appendTokens(out, tokens);
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
