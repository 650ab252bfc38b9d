// The reading positions of a running reader: read once at start, saved soon
// after each move (a kill loses at most the last moments) and at exit. Each save
// merges under a lock: the file is read again and only the articles this reader
// moved in are written over, so two readers open at once keep each other's.
import { readdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { DocPosition } from '../document/position.js';
import { withFileLock } from './file-lock.js';
import { readPositionsFile, writePositions, type ReadingPositions } from './reading-positions.js';
import { temporaryPatternOf } from './atomic-write.js';
import { removeStaleTemps } from './stale-temps.js';
import { makeDirectory } from './make-directory.js';
import { reasonOf } from './system-errors.js';

/** A move is saved this long after the last one: scrolling writes a few times a second at most. */
export const SAVE_DELAY_MS = 500;
/** How long a save waits for another reader's save to finish. */
const LOCK_WAIT_MS = 1_000;

export class PositionStore {
  private readonly positions: ReadingPositions;
  private readonly moved = new Map<string, DocPosition>();
  private readonly warned = new Set<string>();
  /** False when the file could not be read: it is then never replaced. */
  private readonly writable: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly file: string,
    private readonly warn: (message: string) => void,
  ) {
    this.removeStaleTemps();
    const read = readPositionsFile(file);
    this.writable = read.kind !== 'unreadable';
    if (read.kind === 'unreadable') warn(`cannot read ${file} (${read.reason}); reading positions are not restored or remembered`);
    if (read.kind === 'corrupt') this.setCorruptAside();
    this.positions = read.kind === 'read' ? read.positions : new Map();
  }

  get(id: string): DocPosition | undefined {
    return this.positions.get(id);
  }

  set(id: string, top: DocPosition): void {
    this.positions.set(id, top);
    this.moved.set(id, top);
    if (this.timer === undefined && this.writable) {
      this.timer = setTimeout(() => this.save(), SAVE_DELAY_MS);
      this.timer.unref();
    }
  }

  /** Writes what moved since the last save; synchronous, so it also runs from a signal handler. */
  save(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.writable || this.moved.size === 0) return;
    try {
      makeDirectory(dirname(this.file));
      const locked = withFileLock(`${this.file}.lock`, LOCK_WAIT_MS, () => this.merge());
      if (!locked) this.warnOnce('busy', `${this.file} stayed locked by another qari; the last reading positions are not remembered`);
    } catch (error) {
      this.warnOnce(reasonOf(error), `cannot write ${this.file} (${reasonOf(error)}); reading positions are not remembered`);
    }
  }

  private merge(): void {
    const current = readPositionsFile(this.file);
    // Made unreadable or corrupt by someone else since: left as it is.
    if (current.kind === 'unreadable') throw new Error(`it cannot be read: ${current.reason}`);
    if (current.kind === 'corrupt') throw new Error('it is corrupt');
    const merged: ReadingPositions = current.kind === 'read' ? current.positions : new Map();
    for (const [id, top] of this.moved) merged.set(id, top);
    writePositions(this.file, merged);
    this.moved.clear();
  }

  /** A corrupt file is kept beside, for whoever wants what is left of it; positions start afresh. */
  private setCorruptAside(): void {
    const aside = `${this.file}.corrupt`;
    try {
      renameSync(this.file, aside);
      this.warn(`${this.file} is corrupt (kept as ${aside}); reading positions start afresh`);
    } catch {
      // Still there: the next save finds it corrupt and leaves it alone.
      this.warn(`${this.file} is corrupt; reading positions start afresh`);
    }
  }

  private removeStaleTemps(): void {
    const dir = dirname(this.file);
    try {
      removeStaleTemps(dir, readdirSync(dir), temporaryPatternOf(basename(this.file)));
    } catch {
      // No state folder yet: nothing to clean.
    }
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warn(message);
  }
}
