// mkdir -p with a bound. Node 20's mkdir(path, { recursive: true }) loops for
// ever where a parent cannot be created yet reports that it is missing (under
// /proc, say): qari hung at quit. This walks up at most MAX_DEPTH parents.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorCode } from './system-errors.js';

const MAX_DEPTH = 64;

export function makeDirectory(path: string, depth = 0): void {
  try {
    mkdirSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path || depth >= MAX_DEPTH) throw error;
    makeDirectory(parent, depth + 1);
    mkdirSync(path);
  }
}
