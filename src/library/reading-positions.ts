// Where each article was left, remembered across runs in the XDG state
// directory (one JSON map, id → position). Read only if it is a regular file (a
// FIFO in its place would hang the open), bounded in size, written atomically.
// What could not be read is never replaced: a state file qari does not
// understand may still be the user's only copy.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DocPosition } from '../document/position.js';
import { makeDirectory } from './make-directory.js';
import { writeFileAtomicSync } from './atomic-write.js';
import { readRegularFileSync, TooLargeError } from './read-bounded.js';
import { errorCode, reasonOf } from './system-errors.js';

export type ReadingPositions = Map<string, DocPosition>;

/** Far more than any number of articles read; a bigger file is not ours. */
const MAX_POSITIONS_BYTES = 16 * 1024 * 1024;

export function positionsFile(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'qari', 'positions.json');
}

export type PositionsRead =
  | { kind: 'read'; positions: ReadingPositions }
  | { kind: 'missing' }
  | { kind: 'corrupt' }
  /** Not to be read, nor replaced: a FIFO, a device, unreadable, too big. */
  | { kind: 'unreadable'; reason: string };

/** Synchronous: it runs again, under a lock, right before each write. */
export function readPositionsFile(file: string): PositionsRead {
  let text: string;
  try {
    text = readRegularFileSync(file, MAX_POSITIONS_BYTES).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    if (error instanceof TooLargeError) return { kind: 'unreadable', reason: `larger than ${MAX_POSITIONS_BYTES / 1048576} MB` };
    return { kind: 'unreadable', reason: reasonOf(error) };
  }
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'read', positions: new Map() };
    return { kind: 'read', positions: new Map(Object.entries(data as Record<string, unknown>).filter((entry): entry is [string, DocPosition] => isPosition(entry[1]))) };
  } catch {
    return { kind: 'corrupt' };
  }
}

/** Atomic (atomic-write.ts); throws what went wrong. */
export function writePositions(file: string, positions: ReadingPositions): void {
  makeDirectory(dirname(file));
  writeFileAtomicSync(file, JSON.stringify(Object.fromEntries(positions)));
}

function isPosition(value: unknown): value is DocPosition {
  const candidate = value as DocPosition | null;
  return typeof candidate === 'object' && candidate !== null && Number.isInteger(candidate.unit) && Number.isInteger(candidate.offset) && candidate.unit >= 0 && candidate.offset >= 0;
}
