// The feeds qari follows and what it has taken from each: $XDG_DATA_HOME/qari/feeds.json.
import { join } from 'node:path';
import { dataDir } from '../library/data-dir.js';
import { readStateFile, writeStateFile } from '../library/state-file.js';

export interface FeedRecord {
  url: string;
  title: string;
  added: string;
  /** Validators of the last full answer, for conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** Keys of the items already imported (or found in the library). */
  seen: string[];
  lastUpdate: string | null;
  lastError: string | null;
}

export function feedsFile(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), 'feeds.json');
}

export async function readFeeds(file: string): Promise<FeedRecord[]> {
  const data = await readStateFile(file);
  const list = (data as { feeds?: unknown } | undefined)?.feeds;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

export async function writeFeeds(file: string, feeds: readonly FeedRecord[]): Promise<void> {
  await writeStateFile(file, { version: 1, feeds });
}

function isRecord(value: unknown): value is FeedRecord {
  const record = value as FeedRecord | null;
  return typeof record === 'object' && record !== null && typeof record.url === 'string' && typeof record.title === 'string' && Array.isArray(record.seen);
}

/** A feed named on the command line: its URL, its position in `feed list` (1-based), or a word of its title. */
export function findFeed(feeds: readonly FeedRecord[], query: string): FeedRecord | undefined {
  if (/^\d+$/.test(query)) return feeds[Number(query) - 1];
  return feeds.find((feed) => feed.url === query) ?? feeds.find((feed) => feed.title.includes(query));
}
