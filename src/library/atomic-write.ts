// Writes a file so that whoever reads it sees the old content or the new, never a
// part: the data goes to a temporary file beside the target (the same folder, so
// the same file system), is flushed to the disk, then takes the target's name.
// The temporary name is hidden and carries the writer's pid, so a later run can
// tell a killed writer's leftover from a file still being written (stale-temps.ts).
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lazily } from './lazy-require.js';

const fsPromises = lazily<typeof import('node:fs/promises')>('node:fs/promises');

/** Puts the finished temporary file in the target's place; the default renames over it. */
export type Placing = (temporary: string, target: string) => Promise<void>;

const MODE = 0o644;

/** `.NAME.PID.RANDOM.tmp` beside `target`. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString('hex')}.tmp`);
}

/** Temporary files of the targets whose names match `name` (a pattern's source); group 1 is the writer's pid. */
export function temporaryPattern(name: string): RegExp {
  return new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
}

/** The temporary files of exactly this file name. */
export function temporaryPatternOf(fileName: string): RegExp {
  return temporaryPattern(fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export async function writeFileAtomic(target: string, text: string, place?: Placing): Promise<void> {
  const { open, rename, rm } = fsPromises();
  const temporary = temporaryPath(target);
  try {
    const handle = await open(temporary, 'wx', MODE);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (place ?? rename)(temporary, target);
  } finally {
    // After a rename there is nothing left to remove; after a link, or a failure, there is.
    await rm(temporary, { force: true });
  }
}

/** The same, synchronous: for what must also be written from a signal handler. */
export function writeFileAtomicSync(target: string, text: string): void {
  const temporary = temporaryPath(target);
  try {
    const fd = openSync(temporary, 'wx', MODE);
    try {
      writeFileSync(fd, text, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}
