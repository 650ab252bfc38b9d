// A small JSON state file: read (missing is empty; corrupt is an error the caller
// words), written atomically (atomic-write.ts).
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { makeDirectory } from './make-directory.js';
import { temporaryPatternOf, writeFileAtomic } from './atomic-write.js';
import { removeStaleTemps } from './stale-temps.js';
import { errorCode, reasonOf } from './system-errors.js';

export class StateFileError extends Error {}

export async function readStateFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new StateFileError(`cannot read ${path} (${reasonOf(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StateFileError(`${path} is corrupt (not JSON); move it away to start afresh`);
  }
}

export async function writeStateFile(path: string, data: unknown): Promise<void> {
  try {
    makeDirectory(dirname(path));
    removeStaleTemps(dirname(path), readdirSync(dirname(path)), temporaryPatternOf(basename(path)));
    await writeFileAtomic(path, `${JSON.stringify(data, null, 1)}\n`);
  } catch (error) {
    throw new StateFileError(`cannot write ${path} (${reasonOf(error)})`);
  }
}
