// Term profiles of every article, for "more like this", cached like the index
// (by file size and mtime) in its own file so `qari list` never reads it.
import { stat } from 'node:fs/promises';
import { readArticleFile } from './read-file.js';
import { basename } from 'node:path';
import { termProfile, type TermProfile } from '../article/terms.js';
import { splitFrontMatter } from '../article/front-matter.js';
import type { ArticleEntry, Library } from './entry.js';
import { cacheFile, isFresh, readJsonCache, sameRecords, writeJsonCache, type JsonCache } from './json-cache.js';

interface CachedProfile extends TermProfile {
  size: number;
  mtimeMs: number;
}

const VERSION = 1;

export async function termsIndex(library: Library, env: NodeJS.ProcessEnv): Promise<Map<string, TermProfile>> {
  const file = cacheFile('terms', library.dir, env);
  const cache = await readJsonCache<CachedProfile>(file, VERSION);
  const fresh: JsonCache<CachedProfile> = new Map();
  const profiles = new Map<string, TermProfile>();
  const articles = library.entries.filter((entry): entry is ArticleEntry => entry.kind === 'article');
  await Promise.all(
    articles.map(async (entry) => {
      const profile = await profileOf(entry, cache.get(basename(entry.path)));
      if (!profile) return;
      fresh.set(basename(entry.path), profile);
      profiles.set(entry.id, profile);
    }),
  );
  if (!sameRecords(cache, fresh)) await writeJsonCache(file, VERSION, fresh);
  return profiles;
}

async function profileOf(entry: ArticleEntry, cached: CachedProfile | undefined): Promise<CachedProfile | undefined> {
  try {
    const info = await stat(entry.path);
    if (cached && isFresh(cached, info.size, info.mtimeMs)) return cached;
    const { body } = splitFrontMatter(readArticleFile(entry.path).text);
    // The title counts twice: it says best what the article is about.
    const profile = termProfile(`${entry.summary.title} ${entry.summary.title} ${body}`);
    return { size: info.size, mtimeMs: info.mtimeMs, ...profile };
  } catch {
    return undefined;
  }
}
