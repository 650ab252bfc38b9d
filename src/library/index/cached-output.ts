// A command's whole output kept in the index, valid for one state of the
// library (its stamps key) and one build of qari: `qari list` over an
// unchanged library prints it without reading a single summary.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './sqlite.js';

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

let build: string | undefined;

/** This build of qari (its bundle's size and mtime): another build may print differently. */
function buildStamp(): string {
  if (build === undefined) {
    try {
      const info = statSync(fileURLToPath(import.meta.url));
      build = `${info.size}:${info.mtimeMs}`;
    } catch {
      build = 'unknown';
    }
  }
  return build;
}

export function cachedOutput(db: Database, kind: string, stamps: string): CommandOutput | undefined {
  try {
    const row = db.prepare('SELECT text FROM outputs WHERE kind = ? AND stamps = ?').raw().get(kind, `${stamps}:${buildStamp()}`) as [string] | undefined;
    return row ? (JSON.parse(row[0]) as CommandOutput) : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: an index that cannot be written only costs the next run its shortcut. */
export function storeOutput(db: Database, kind: string, stamps: string, output: CommandOutput): void {
  try {
    db.prepare('INSERT INTO outputs (kind, stamps, text) VALUES (?, ?, ?) ON CONFLICT(kind) DO UPDATE SET stamps = excluded.stamps, text = excluded.text').run(kind, `${stamps}:${buildStamp()}`, JSON.stringify(output));
  } catch {
    // read-only index, full disk: nothing to do
  }
}
