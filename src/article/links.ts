// Links in an article's Markdown body ([text](target)), outside code, in the
// order they appear; images and web addresses are not links to articles.
import { FenceTracker } from './fences.js';

export interface MarkdownLink {
  text: string;
  href: string;
}

const LINK = /(!?)\[([^\]\n]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const CODE_SPAN = /`+[^`\n]*`+/g;
const WEB = /^(?:[a-z][a-z0-9+.-]*:|www\.|\/\/)/i;

export function articleLinks(body: string): MarkdownLink[] {
  if (!body.includes('](')) return [];
  const links: MarkdownLink[] = [];
  const seen = new Set<string>();
  const fences = new FenceTracker();
  for (const line of body.split('\n')) {
    if (fences.isCode(line) || !line.includes('](') || /^(?: {4}|\t)/.test(line)) continue;
    for (const match of line.replace(CODE_SPAN, '').matchAll(LINK)) {
      const [, image, text = '', href = ''] = match;
      if (image || WEB.test(href) || seen.has(href)) continue;
      seen.add(href);
      links.push({ text: text.replace(/[*_`]/g, ''), href });
    }
  }
  return links;
}

/** `other-id`, `./other-id.md`, `../articles/other-id.md` → `other-id`. */
export function idOfLink(href: string): string {
  const path = href.split(/[?#]/)[0] ?? '';
  const name = (safelyDecoded(path) ?? path).split('/').pop() ?? '';
  return name.replace(/\.md$/i, '');
}

/** `%zz` is not an escape: the link is taken as written. */
function safelyDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
