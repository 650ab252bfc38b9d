// A per-library cache file under $XDG_CACHE_HOME/qari: file name → a record
// keyed by the file's size and mtime. Reads forgive anything (a corrupt cache is
// an empty one); writes are atomic (temp file, then rename) and best effort.
import { readFileSync } from 'node:fs';
import { rename, writeFile, unlink } from 'node:fs/promises';
import { makeDirectory } from './make-directory.js';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Stamped {
  size: number;
  mtimeMs: number;
}

export type JsonCache<T extends Stamped> = Map<string, T>;

export function cacheFile(kind: string, libraryDir: string, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = createHash('sha256').update(libraryDir).digest('hex').slice(0, 16);
  return join(base, 'qari', `${kind}-${key}.json`);
}

export async function readJsonCache<T extends Stamped>(file: string, version: number): Promise<JsonCache<T>> {
  try {
    // Synchronous: the promise API decodes a multi-megabyte cache through a stream decoder, slower.
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; files?: Record<string, T> };
    if (data.version !== version || typeof data.files !== 'object' || data.files === null) return new Map();
    return new Map(Object.entries(data.files));
  } catch {
    return new Map();
  }
}

/** A cache that cannot be written only costs speed next time. */
export async function writeJsonCache<T extends Stamped>(file: string, version: number, cache: JsonCache<T>): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    makeDirectory(dirname(file));
    await writeFile(temp, JSON.stringify({ version, files: Object.fromEntries(cache) }));
    await rename(temp, file);
  } catch {
    await unlink(temp).catch(() => undefined);
  }
}

export function isFresh(record: Stamped | undefined, size: number, mtimeMs: number): boolean {
  return record !== undefined && record.size === size && record.mtimeMs === mtimeMs;
}

export function sameRecords<T>(before: Map<string, T>, after: Map<string, T>): boolean {
  if (before.size !== after.size) return false;
  for (const [name, record] of after) if (before.get(name) !== record) return false;
  return true;
}
