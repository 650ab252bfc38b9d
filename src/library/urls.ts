// The web addresses of the library's articles (their `url` field): a page imported
// twice is noticed, and links to pages the library has become links to their ids.
import { loadLibrary } from './load.js';

export interface LibraryUrls {
  /** Address without #fragment → article id. */
  ids: Map<string, string>;
  byUrl: Map<string, { id: string; path: string }>;
}

/** A library folder that does not exist yet has no addresses. */
export async function libraryUrls(dir: string, env: NodeJS.ProcessEnv): Promise<LibraryUrls> {
  const urls: LibraryUrls = { ids: new Map(), byUrl: new Map() };
  let library;
  try {
    library = await loadLibrary(dir, { env });
  } catch {
    return urls;
  }
  for (const entry of library.entries) {
    if (entry.kind !== 'article' || !entry.summary.url) continue;
    urls.byUrl.set(entry.summary.url, { id: entry.id, path: entry.path });
    urls.ids.set(entry.summary.url.replace(/#.*$/, ''), entry.id);
  }
  return urls;
}
