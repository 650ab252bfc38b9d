// The SQLite binding: libsql's prebuilt native module (from the npm registry,
// FTS5 built in), loaded only by the commands that open an index, so `qari cat`
// and the help never pay for it. libsql's own JavaScript wrapper finds the
// module for this platform through process.report.getReport(), which costs
// about 40 ms (twice) of a start budget of about 80: the module is required by
// its package name here instead, and the wrapper is the fallback for a
// platform this does not name. Only the calls qari makes are typed.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

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

type Handle = object;

/** The native module's functions qari uses (libsql 0.5.x, pinned). */
interface Native {
  databaseOpen(path: string, authToken: string, cipher: string, key: string, timeout: number, remoteKey: string): Handle;
  databasePrepareSync(this: Handle, sql: string): Handle;
  databaseExecSync(this: Handle, sql: string): void;
  databaseClose(this: Handle): void;
  statementRaw(this: Handle, on: boolean): void;
  statementGet(this: Handle, parameters: unknown[]): unknown;
  statementRun(this: Handle, parameters: unknown[]): unknown;
  statementRowsSync(this: Handle, parameters: unknown[]): Handle;
  rowsNext(this: Handle, into: unknown[]): void;
}

type DatabaseConstructor = new (path: string) => Database;

let open: ((path: string) => Database) | undefined;

export function openDatabase(path: string): Database {
  open ??= loadBinding();
  return open(path);
}

function loadBinding(): (path: string) => Database {
  // Required lazily, by name at run time: the bundle keeps the native module outside.
  const require = createRequire(import.meta.url);
  const target = nativeTarget();
  if (target) {
    try {
      const native = require(`@libsql/${target}`) as Native;
      return (path) => new NativeDatabase(native, path);
    } catch {
      // not installed for this platform: the wrapper knows better
    }
  }
  const Wrapper = require('libsql') as DatabaseConstructor;
  return (path) => new Wrapper(path);
}

/** libsql's package for this platform, as its wrapper would choose it (libc read from ldd, not from a process report). */
function nativeTarget(): string | undefined {
  const { platform, arch } = process;
  if (platform === 'darwin' && (arch === 'x64' || arch === 'arm64')) return `darwin-${arch}`;
  if (platform === 'win32' && arch === 'x64') return 'win32-x64-msvc';
  if (platform !== 'linux' || (arch !== 'x64' && arch !== 'arm64')) return undefined;
  try {
    const ldd = readFileSync('/usr/bin/ldd', 'latin1');
    if (ldd.includes('GNU C Library')) return `linux-${arch}-gnu`;
    if (ldd.includes('musl')) return `linux-${arch}-musl`;
  } catch {
    // no ldd to read
  }
  return undefined;
}

class NativeDatabase implements Database {
  private readonly handle: Handle;
  constructor(
    private readonly native: Native,
    path: string,
  ) {
    this.handle = native.databaseOpen(path, '', 'aes256cbc', '', 0, '');
  }
  prepare(sql: string): Statement {
    return new NativeStatement(this.native, this.native.databasePrepareSync.call(this.handle, sql));
  }
  exec(sql: string): void {
    this.native.databaseExecSync.call(this.handle, sql);
  }
  close(): void {
    this.native.databaseClose.call(this.handle);
  }
}

class NativeStatement implements Statement {
  constructor(
    private readonly native: Native,
    private readonly handle: Handle,
  ) {}
  raw(on = true): Statement {
    this.native.statementRaw.call(this.handle, on);
    return this;
  }
  run(...parameters: unknown[]): unknown {
    return this.native.statementRun.call(this.handle, parameters);
  }
  get(...parameters: unknown[]): unknown {
    return this.native.statementGet.call(this.handle, parameters);
  }
  all(...parameters: unknown[]): unknown[] {
    const rows = this.native.statementRowsSync.call(this.handle, parameters);
    const all: unknown[] = [];
    const batch: unknown[] = new Array(100);
    for (;;) {
      this.native.rowsNext.call(rows, batch);
      for (let index = 0; index < batch.length; index++) {
        const row = batch[index];
        if (!row) return all;
        all.push(row);
        batch[index] = undefined;
      }
    }
  }
}

/** The first column of the first row, or undefined. */
export function scalar(db: Database, sql: string, ...parameters: unknown[]): unknown {
  return (db.prepare(sql).raw().get(...parameters) as unknown[] | undefined)?.[0];
}

/** SQLite's "not a database" and "malformed" errors: the file is not an index we can use. */
export function isCorruptionError(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : '';
  return /SQLITE_(NOTADB|CORRUPT)/.test(code) || /not a database|malformed|file is encrypted/i.test(message);
}
