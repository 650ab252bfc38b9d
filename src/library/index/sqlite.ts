// The SQLite binding (libsql: a prebuilt binary from the npm registry, FTS5
// built in), loaded only by the commands that open an index, so `qari cat`
// and the help never pay for it. Only the calls qari makes are typed here.
import { createRequire } from 'node:module';

export interface Statement {
  run(...parameters: unknown[]): unknown;
  get(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown[];
  raw(on?: boolean): Statement;
}

export interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  close(): void;
}

type DatabaseConstructor = new (path: string, options?: { timeout?: number }) => Database;

let binding: DatabaseConstructor | undefined;

export function openDatabase(path: string): Database {
  // Required lazily, by name at run time: the bundle keeps the native module outside.
  binding ??= createRequire(import.meta.url)('libsql') as DatabaseConstructor;
  return new binding(path);
}

/** The first column of the first row, or undefined (the binding's pluck mode only works with all()). */
export function scalar(db: Database, sql: string, ...parameters: unknown[]): unknown {
  return (db.prepare(sql).raw().get(...parameters) as unknown[] | undefined)?.[0];
}

/** SQLite's "not a database" and "malformed" errors: the file is not an index we can use. */
export function isCorruptionError(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : '';
  return /SQLITE_(NOTADB|CORRUPT)/.test(code) || /not a database|malformed|file is encrypted/i.test(message);
}
