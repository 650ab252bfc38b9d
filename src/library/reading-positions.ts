// Where each article was left, remembered across runs in the XDG state
// directory. Written atomically; a corrupt or unwritable file is ignored with
// one warning, never a crash.
import { readFile } from 'node:fs/promises';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeDirectory } from './make-directory.js';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DocPosition } from '../document/position.js';

export type ReadingPositions = Map<string, DocPosition>;

export function positionsFile(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'qari', 'positions.json');
}

export async function readPositions(file: string, warn: (message: string) => void): Promise<ReadingPositions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') warn(`cannot read ${file}; reading positions are not restored`);
    return new Map();
  }
  try {
    const data = JSON.parse(text) as unknown;
    return new Map(Object.entries(data as Record<string, unknown>).filter((entry): entry is [string, DocPosition] => isPosition(entry[1])));
  } catch {
    warn(`${file} is corrupt; reading positions start afresh`);
    return new Map();
  }
}

/** Synchronous, so it also runs on the way out of a signal handler. */
export function writePositions(file: string, positions: ReadingPositions): void {
  const temp = `${file}.${process.pid}.tmp`;
  makeDirectory(dirname(file));
  try {
    writeFileSync(temp, JSON.stringify(Object.fromEntries(positions)));
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    throw error;
  }
}

function isPosition(value: unknown): value is DocPosition {
  const candidate = value as DocPosition | null;
  return typeof candidate === 'object' && candidate !== null && Number.isInteger(candidate.unit) && Number.isInteger(candidate.offset) && candidate.unit >= 0 && candidate.offset >= 0;
}
