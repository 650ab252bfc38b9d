// Work shared by the main thread and a worker thread (shared-stamps.ts,
// shared-work.ts): a list cut into chunks, each taken by whichever thread
// asks next, from a counter in shared memory. Neither thread waits for the other
// however late the worker starts; a worker that never starts leaves every chunk
// to the main thread, and the chunks a stuck or dead worker took are done again.

// [next chunk, chunks done], then a done flag per chunk.
const NEXT = 0;
const DONE = 1;
const FLAGS = 2;

export class ChunkQueue {
  private readonly slots: Int32Array;

  constructor(
    memory: SharedArrayBuffer,
    readonly chunks: number,
  ) {
    this.slots = new Int32Array(memory, 0, FLAGS + chunks);
  }

  static memory(chunks: number): SharedArrayBuffer {
    return new SharedArrayBuffer((FLAGS + chunks) * 4);
  }

  /** The next chunk no thread has taken, or undefined when none is left. */
  take(): number | undefined {
    const chunk = Atomics.add(this.slots, NEXT, 1);
    return chunk < this.chunks ? chunk : undefined;
  }

  finish(chunk: number): void {
    Atomics.store(this.slots, FLAGS + chunk, 1);
    Atomics.add(this.slots, DONE, 1);
    Atomics.notify(this.slots, DONE);
  }

  /**
   * Blocks until every chunk is done, or until none has been done for `stallMs`;
   * calls `onProgress` whenever some were. Returns the chunks still not done.
   */
  awaitAll(stallMs: number, onProgress: () => void = () => undefined): number[] {
    let done = Atomics.load(this.slots, DONE);
    while (done < this.chunks) {
      if (Atomics.wait(this.slots, DONE, done, stallMs) === 'timed-out') break;
      done = Atomics.load(this.slots, DONE);
      onProgress();
    }
    onProgress();
    const left: number[] = [];
    for (let chunk = 0; chunk < this.chunks; chunk++) if (Atomics.load(this.slots, FLAGS + chunk) === 0) left.push(chunk);
    return left;
  }
}

/** The items of `chunk` when `count` items are cut into chunks of `size`. */
export function chunkRange(chunk: number, size: number, count: number): { start: number; end: number } {
  return { start: chunk * size, end: Math.min(count, (chunk + 1) * size) };
}
