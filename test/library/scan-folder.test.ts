// A large folder's files stamped by the main thread and a worker together
// (shared-stamps.ts): the same sizes, mtimes and failures, so the same key
// for the index, as one thread stamping alone.
import { statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { scanFolder } from '../../src/library/scan-folder.js';
import { sharedStampsData } from '../../src/library/shared-stamps.js';
import { articleText, tempDir, writeFile } from '../support/library.js';
import { ROOT } from '../support/run-cli.js';

// The worker is the built one (npm run build): the sources have no .cjs to start.
const helper = pathToFileURL(join(ROOT, 'dist', 'scan-worker.cjs'));

function folder(files: number): string {
  const dir = tempDir('lib');
  for (let index = 0; index < files; index++) writeFile(dir, index % 5 === 0 ? `part/a${index}` : `a${index}`, articleText(`عنوان ${index}`, 'نص.'.repeat(index % 9)));
  return dir;
}

const stamps = (scanned: ReturnType<typeof scanFolder>) =>
  scanned.files.map((file) => (file.size === undefined ? [file.name, String(file.statError)] : [file.name, file.size, file.mtimeMs]));

describe('a large folder stamped on two threads', () => {
  it('gives every file the size and mtime one thread gives, a failed stat its error, and the same key', () => {
    const dir = folder(700);
    utimesSync(join(dir, 'a1.md'), 1_700_000_000.123, 1_700_000_000.456);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    const alone = scanFolder(dir);
    const helped = scanFolder(dir, { helper, helperFrom: 1 });
    expect(stamps(helped)).toEqual(stamps(alone));
    expect(helped.stamps).toBe(alone.stamps);
    expect(helped.files.find((file) => file.name === 'broken.md')?.size).toBeUndefined();
  });

  it('takes the stamps a worker left in the shared list', async () => {
    const dir = folder(600);
    const paths = scanFolder(dir).files.map((file) => file.path);
    const data = sharedStampsData(paths);
    // The worker alone, with nothing taken by this thread: it must stamp every chunk.
    await new Promise((resolve, reject) => new Worker(helper, { workerData: { help: data } }).once('exit', resolve).once('error', reject));
    const pairs = new Float64Array(data.memory, data.memory.byteLength - paths.length * 16);
    expect(paths.map((_, index) => [pairs[2 * index], pairs[2 * index + 1]])).toEqual(paths.map((path) => [statSync(path).size, statSync(path).mtimeMs]));
  });

  it('stamps alone, and right, when the worker cannot start', () => {
    const dir = folder(300);
    const helped = scanFolder(dir, { helper: pathToFileURL(join(ROOT, 'dist', 'no-such-worker.cjs')), helperFrom: 1 });
    expect(helped.stamps).toBe(scanFolder(dir).stamps);
  });
});
