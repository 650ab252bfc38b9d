// Links in an article's body ([text](target)) to other articles: the target is
// an id, a path to an article file, or a title. Web addresses are not articles
// and are left out; a link to an article not in the library is listed unresolved.
import type { Article, Block } from '../article/model.js';
import type { ArticleLookup } from './resolve-related.js';
import { fold } from '../article/normalize.js';
import type { RelatedItem } from './related-list.js';

const WEB = /^(?:[a-z][a-z0-9+.-]*:|www\.|\/\/)/i;

export function bodyLinks(article: Article, lookup: ArticleLookup): RelatedItem[] {
  const items: RelatedItem[] = [];
  const seen = new Set<string>();
  for (const block of [...article.lead, ...article.sections.flatMap((section) => section.blocks)]) {
    for (const { text, href } of linksOf(block)) {
      if (seen.has(href) || WEB.test(href)) continue;
      seen.add(href);
      const target = lookup.byId.get(idOfPath(href)) ?? lookup.byFoldedTitle.get(fold(href));
      items.push(target ? { kind: 'link', id: target.id, title: target.title, date: target.date } : { kind: 'link', id: null, title: `${text} <${href}>`, date: null });
    }
  }
  return items;
}

function linksOf(block: Block): Array<{ text: string; href: string }> {
  if (block.type !== 'paragraph' && block.type !== 'quote') return [];
  return (block.runs ?? []).flatMap((run) => (run.style === 'link' && run.href ? [{ text: block.text.slice(run.start, run.end), href: run.href }] : []));
}

/** `other-id`, `./other-id.md`, `../articles/other-id.md` → `other-id`. */
function idOfPath(href: string): string {
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
