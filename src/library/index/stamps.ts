// Each file's size and mtime, and one key for all of them: when the key is
// the one the index was last brought up to date with, nothing was edited,
// added, removed or renamed since, and what the index holds can be used as it
// is (down to a command's whole output, for `qari list`).
import { statSync } from 'node:fs';
import type { ScannedFile } from './scan.js';
import { Fingerprint } from '../fingerprint.js';
import { scalar, type Database } from './sqlite.js';

export type StampedFile = ScannedFile & ({ size: number; mtimeMs: number } | { size?: undefined; statError: unknown });

/** How an mtime is stored in the index: the exact double, as text. */
export function storedMtime(file: { mtimeMs: number }): string {
  return String(file.mtimeMs);
}

/** `known`: sizes and mtimes already taken (shared-stamps.ts), in pairs; a size below 0 is stamped again here, for its error. */
export function stampFiles(files: readonly ScannedFile[], known?: Float64Array): StampedFile[] {
  // One object a file, filled in place: 100,000 copies cost more than the stats.
  const stamped = files as Array<ScannedFile & { size?: number; mtimeMs?: number; statError?: unknown }>;
  for (let index = 0; index < stamped.length; index++) {
    const file = stamped[index] as (typeof stamped)[number];
    const size = known?.[2 * index] ?? -1;
    if (size >= 0) {
      file.size = size;
      file.mtimeMs = known?.[2 * index + 1] ?? 0;
      continue;
    }
    try {
      const info = statSync(file.path);
      file.size = info.size;
      file.mtimeMs = info.mtimeMs;
    } catch (statError) {
      file.statError = statError;
    }
  }
  return stamped as StampedFile[];
}

export function stampsKey(files: readonly StampedFile[]): string {
  const key = new Fingerprint();
  for (const file of files) {
    key.text(file.name);
    if (file.size === undefined) key.number(-1);
    else key.number(file.size).number(file.mtimeMs);
  }
  return key.digest();
}

export function storedStampsKey(db: Database): string | undefined {
  const value = scalar(db, "SELECT value FROM meta WHERE key = 'stamps'");
  return typeof value === 'string' ? value : undefined;
}

export function storeStampsKey(db: Database, key: string): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('stamps', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(key);
}
