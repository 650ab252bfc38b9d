// Each file's size and mtime, and one key for all of them: when the key is
// the one the index was last brought up to date with, nothing was edited,
// added, removed or renamed since, and what the index holds can be used as it
// is (down to a command's whole output, for `qari list`).
import { statSync } from 'node:fs';
import type { ScannedFile } from './scan.js';
import { fingerprint } from '../fingerprint.js';
import { scalar, type Database } from './sqlite.js';

export type StampedFile = ScannedFile & ({ size: number; mtime: string } | { size?: undefined; statError: unknown });

export function stampFiles(files: readonly ScannedFile[]): StampedFile[] {
  // One object a file, filled in place: 100,000 spread copies cost more than the stats.
  const stamped = files as StampedFile[];
  for (const file of stamped) {
    try {
      const info = statSync(file.path);
      Object.assign(file, { size: info.size, mtime: String(info.mtimeMs) });
    } catch (statError) {
      Object.assign(file, { statError });
    }
  }
  return stamped;
}

export function stampsKey(files: readonly StampedFile[]): string {
  let text = '';
  for (const file of files) text += file.size === undefined ? `${file.name}\t-\n` : `${file.name}\t${file.size}\t${file.mtime}\n`;
  return fingerprint(text);
}

export function storedStampsKey(db: Database): string | undefined {
  const value = scalar(db, "SELECT value FROM meta WHERE key = 'stamps'");
  return typeof value === 'string' ? value : undefined;
}

export function storeStampsKey(db: Database, key: string): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('stamps', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(key);
}
