// Which articles have not been opened yet: imports add their file, the reader removes
// it when the article is opened. A state file of its own in qari's data folder,
// keyed by the article file's absolute path.
import { join, resolve } from 'node:path';
import { dataDir } from './data-dir.js';
import { readStateFile, writeStateFile } from './state-file.js';

export function unreadFile(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), 'unread.json');
}

export async function readUnread(file: string): Promise<Set<string>> {
  const data = await readStateFile(file);
  const list = (data as { unread?: unknown } | undefined)?.unread;
  return new Set(Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : []);
}

export async function markUnread(file: string, paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  const unread = await readUnread(file);
  for (const path of paths) unread.add(resolve(path));
  await writeStateFile(file, { unread: [...unread].sort() });
}

/** True when the mark was there (and is now gone). */
export async function markRead(file: string, path: string): Promise<boolean> {
  const unread = await readUnread(file);
  if (!unread.delete(resolve(path))) return false;
  await writeStateFile(file, { unread: [...unread].sort() });
  return true;
}
