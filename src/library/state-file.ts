// A small JSON state file: read (missing is empty; corrupt is an error the caller
// words), written atomically (temp file in the same folder, then rename).
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeDirectory } from './make-directory.js';
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
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    makeDirectory(dirname(path));
    await writeFile(temporary, `${JSON.stringify(data, null, 1)}\n`, { mode: 0o644 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new StateFileError(`cannot write ${path} (${reasonOf(error)})`);
  }
}
