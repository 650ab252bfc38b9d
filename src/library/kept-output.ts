// A command's whole output kept beside the library's index, valid for one state
// of the library (its stamps key, index/stamps.ts) and one build of qari:
// `qari list` over an unchanged library prints it without opening the index or
// reading a single summary. A plain file, not a row of the index: reading it
// costs a millisecond where loading SQLite and reading a megabyte row cost 40.
// Like the index, it can be deleted at any time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryPatternOf, writeFileAtomicSync } from './atomic-write.js';
import { cacheBase } from './index/open-index.js';
import { makeDirectory } from './make-directory.js';
import { removeStaleTemps } from './stale-temps.js';

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** An output as kept: bytes, written out as they are (decoding a megabyte of Arabic to write it back cost 10 ms). */
export interface KeptOutput {
  stdout: Uint8Array;
  stderr: Uint8Array;
}

/** The first line of the file: what the output is valid for, and how many bytes of stderr follow it. */
interface Header {
  valid: string;
  stderr: number;
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

function keptFile(libraryDir: string, env: NodeJS.ProcessEnv, kind: string): string {
  return `${cacheBase(libraryDir, env)}.${kind}`;
}

export function keptOutput(libraryDir: string, env: NodeJS.ProcessEnv, kind: string, stamps: string): KeptOutput | undefined {
  try {
    const file = keptFile(libraryDir, env, kind);
    // Only a regular file: a FIFO here would hang the command.
    if (!statSync(file).isFile()) return undefined;
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<Header>;
    if (header.valid !== `${stamps}:${buildStamp()}` || typeof header.stderr !== 'number') return undefined;
    const stderrEnd = newline + 1 + header.stderr;
    if (stderrEnd > bytes.length) return undefined;
    return { stderr: bytes.subarray(newline + 1, stderrEnd), stdout: bytes.subarray(stderrEnd) };
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs the next run its shortcut. */
export function keepOutput(libraryDir: string, env: NodeJS.ProcessEnv, kind: string, stamps: string, output: CommandOutput): void {
  try {
    const file = keptFile(libraryDir, env, kind);
    makeDirectory(dirname(file));
    removeStaleTemps(dirname(file), readdirSync(dirname(file)), temporaryPatternOf(basename(file)));
    const header: Header = { valid: `${stamps}:${buildStamp()}`, stderr: Buffer.byteLength(output.stderr) };
    writeFileAtomicSync(file, `${JSON.stringify(header)}\n${output.stderr}${output.stdout}`);
  } catch {
    // read-only cache, full disk: nothing to do
  }
}
