// A page's title without its site: "… - CNNArabic.com", "… | الجزيرة نت",
// "… – مدونة سطر الأوامر". The tail goes when it is the site's name, when the page's
// <h1> is the head alone, or when it looks like a domain.
import { wordsKey } from '../fold.js';

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » ', ' • ', ' · '];

export interface TitleParts {
  title: string;
  /** What was cut off, when it was: the site's name as the page writes it. */
  site: string | null;
}

export function splitSiteSuffix(title: string, siteNames: readonly string[], heading: string | null): TitleParts {
  const sites = new Set(siteNames.map(wordsKey).filter(Boolean));
  for (const separator of SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + separator.length).trim();
    if (head === '' || tail === '') continue;
    const tailKey = wordsKey(tail);
    const isSite = sites.has(tailKey) || [...sites].some((site) => tailKey.includes(site) || site.includes(tailKey));
    const headIsHeading = heading !== null && wordsKey(heading) === wordsKey(head);
    const domain = /^[\w.-]+\.[a-z]{2,}$/i.test(tail);
    if (isSite || headIsHeading || domain) return { title: head, site: tail };
  }
  return { title, site: null };
}
