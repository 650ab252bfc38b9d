// Everything the reader's `r` list and `qari related` show for an article,
// read from the index (no article is parsed): the links in its body, its
// `related` entries (resolved first), the articles whose `related` entries
// name it, and, when fewer than three related entries resolve, the articles
// most like it (BM25 over the index, the article's own main stems as the query).
import { fold } from '../../article/normalize.js';
import { scalar, type Database } from './sqlite.js';

/** `link`: a link in the article's body (listed with the related ones). */
export type RelatedKind = 'link' | 'related' | 'links-here' | 'similar';

export interface RelatedItem {
  kind: RelatedKind;
  /** Null for an entry or link that is not in the library. */
  id: string | null;
  /** The article's title, or the entry as written when unresolved. */
  title: string;
  date: string | null;
}

export const WANTED_RELATED = 3;

interface Target {
  id: string;
  title: string;
  date: string | null;
}

export interface RelatedResult {
  items: RelatedItem[];
  /** False while the article's text is not indexed yet: similar ones may follow. */
  complete: boolean;
}

export function relatedFromIndex(db: Database, article: { id: string; title: string }): RelatedResult {
  const resolve = resolver(db);
  const source = db.prepare('SELECT name, indexed, terms FROM files WHERE id = ? ORDER BY name LIMIT 1').raw().get(article.id) as [string, number, string | null] | undefined;
  const refs = source
    ? (db.prepare('SELECT kind, ref, text, key_id, key_title FROM refs WHERE source = ? ORDER BY position').raw().all(source[0]) as Array<['related' | 'link', string, string | null, string, string]>)
    : [];
  const links: RelatedItem[] = refs
    .filter(([kind]) => kind === 'link')
    .map(([, ref, text, keyId, keyTitle]) => {
      const target = resolve(keyId, keyTitle);
      return target ? { kind: 'link', id: target.id, title: target.title, date: target.date } : { kind: 'link', id: null, title: `${text ?? ''} <${ref}>`, date: null };
    });
  const related = refs.filter(([kind]) => kind === 'related').map(([, ref, , keyId, keyTitle]) => ({ ref, target: resolve(keyId, keyTitle) }));
  const resolved: RelatedItem[] = related.flatMap(({ target }) => (target ? [{ kind: 'related' as const, ...target }] : []));
  const unresolved: RelatedItem[] = related.flatMap(({ ref, target }) => (target ? [] : [{ kind: 'related' as const, id: null, title: ref, date: null }]));
  const linksHere = linkingHere(db, article, resolve);
  const listed = new Set([article.id, ...[...resolved, ...linksHere].flatMap((item) => (item.id ? [item.id] : []))]);
  const missing = WANTED_RELATED - new Set(resolved.map((item) => item.id)).size;
  const indexed = source?.[1] === 1;
  const similar = missing > 0 && indexed ? mostSimilar(db, stemsOf(source?.[2] ?? null), listed, missing) : [];
  return { items: [...links, ...resolved, ...unresolved, ...linksHere, ...similar], complete: !source || indexed || missing <= 0 };
}

/** An entry names an article by id, else by its title after Arabic folding. */
function resolver(db: Database): (keyId: string, keyTitle: string) => Target | undefined {
  const byId = db.prepare('SELECT id, title, date FROM files WHERE id = ? AND title IS NOT NULL ORDER BY name LIMIT 1').raw();
  const byTitle = db.prepare('SELECT id, title, date FROM files WHERE title_key = ? ORDER BY date DESC, title, id LIMIT 1').raw();
  const cache = new Map<string, Target | undefined>();
  return (keyId, keyTitle) => {
    const key = `${keyId}\n${keyTitle}`;
    if (!cache.has(key)) {
      const row = (byId.get(keyId) ?? (keyTitle === '' ? undefined : byTitle.get(keyTitle))) as [string, string, string | null] | undefined;
      cache.set(key, row ? { id: row[0], title: row[1], date: row[2] } : undefined);
    }
    return cache.get(key);
  };
}

function linkingHere(db: Database, article: { id: string; title: string }, resolve: (keyId: string, keyTitle: string) => Target | undefined): RelatedItem[] {
  const candidates = db
    .prepare(
      `SELECT DISTINCT f.id, f.title, f.date, r.key_id, r.key_title FROM refs r JOIN files f ON f.name = r.source
       WHERE r.kind = 'related' AND (r.key_id = ? OR r.key_title = ?) AND f.id != ? AND f.title IS NOT NULL
       ORDER BY f.date DESC, f.title, f.id`,
    )
    .raw()
    .all(article.id, fold(article.title), article.id) as Array<[string, string, string | null, string, string]>;
  const seen = new Set<string>();
  const items: RelatedItem[] = [];
  for (const [id, title, date, keyId, keyTitle] of candidates) {
    if (seen.has(id) || resolve(keyId, keyTitle)?.id !== article.id) continue;
    seen.add(id);
    items.push({ kind: 'links-here', id, title, date });
  }
  return items;
}

function mostSimilar(db: Database, profile: string[], exclude: ReadonlySet<string>, count: number): RelatedItem[] {
  const stems = rarest(db, profile);
  if (stems.length === 0) return [];
  const match = stems.map((stem) => `"${stem.replace(/"/g, '""')}"`).join(' OR ');
  const rows = db
    .prepare(
      `SELECT f.id, f.title, f.date FROM fulltext JOIN files f ON f.doc = fulltext.rowid
       WHERE fulltext MATCH ? AND f.title IS NOT NULL ORDER BY bm25(fulltext, 3.0, 2.0, 1.0), f.id LIMIT ?`,
    )
    .raw()
    .all(match, count + exclude.size) as Array<[string, string, string | null]>;
  return rows.filter(([id]) => !exclude.has(id)).slice(0, count).map(([id, title, date]) => ({ kind: 'similar', id, title, date }));
}

/** How many of the article's stems make the query, and how common one may be (a share of the articles). */
const QUERY_STEMS = 8;
const MAX_SHARE = 0.05;

/**
 * The article's rarest stems found in other articles too: they say most about
 * it, and their lists in the index are short, so the query stays fast over
 * 100,000 articles (the most common stems would have it read nearly all).
 */
function rarest(db: Database, profile: readonly string[]): string[] {
  if (profile.length === 0) return [];
  const documents = Number(scalar(db, 'SELECT count(*) FROM files'));
  const rows = db.prepare(`SELECT term, doc FROM fulltext_vocab WHERE term IN (${profile.map(() => '?').join(', ')})`).raw().all(...profile) as Array<[string, number]>;
  const shared = rows.filter(([, frequency]) => frequency >= 2).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const limit = Math.max(50, documents * MAX_SHARE);
  const uncommon = shared.filter(([, frequency]) => frequency <= limit);
  return (uncommon.length >= 3 ? uncommon : shared.slice(0, 3)).slice(0, QUERY_STEMS).map(([term]) => term);
}

function stemsOf(terms: string | null): string[] {
  try {
    const parsed = JSON.parse(terms ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
