// A large folder's files stamped by the main thread and a worker together
// (shared-stamps.ts): the same sizes, mtimes and failures, so the same key
// for the index, as one thread stamping alone. And a first index, summaries and
// full text, made by two threads (shared-work.ts): the same index as one thread makes.
import { statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { scanFolder } from '../../src/library/scan-folder.js';
import { loadLibrary } from '../../src/library/load.js';
import { summariesOf, type Library } from '../../src/library/entry.js';
import { indexAllPending, indexPendingWithWorker, pendingCount } from '../../src/library/index/fulltext.js';
import { searchIndex } from '../../src/library/index/search-index.js';
import type { Database } from '../../src/library/index/sqlite.js';
import { parseQuery } from '../../src/search/query.js';
import { sharedStampsData } from '../../src/library/shared-stamps.js';
import { articleText, tempDir, writeFile } from '../support/library.js';
import { ROOT } from '../support/run-cli.js';

// The worker is the built one (npm run build): the sources have no .cjs to start.
const helper = pathToFileURL(join(ROOT, 'dist', 'scan-worker.cjs'));
const workWorker = pathToFileURL(join(ROOT, 'dist', 'work-worker.cjs'));

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
    const pairs = new Float64Array(data.stamps);
    expect(paths.map((_, index) => [pairs[2 * index], pairs[2 * index + 1]])).toEqual(paths.map((path) => [statSync(path).size, statSync(path).mtimeMs]));
  });

  it('stamps alone, and right, when the worker cannot start', () => {
    const dir = folder(300);
    const helped = scanFolder(dir, { helper: pathToFileURL(join(ROOT, 'dist', 'no-such-worker.cjs')), helperFrom: 1 });
    expect(helped.stamps).toBe(scanFolder(dir).stamps);
  });
});

const WORDS = ['المفاوضات', 'الجارية', 'الفصائل', 'تحذيرات', 'العراق', 'مستقبل', 'Unicode', 'terminal', 'الطرفية', 'القراءة'];

/** 1,100 articles (and two that cannot be read as they are), long enough that a worker starts before this thread has read them all, and takes its share. */
function largeLibrary(): string {
  const dir = tempDir('lib');
  for (let index = 0; index < 1_100; index++) {
    const words = Array.from({ length: 1_500 }, (_, at) => WORDS[(index * 7 + at * (index % 5 + 1)) % WORDS.length]).join(' ');
    const links = index % 4 === 0 ? `\n\nانظر [المقال ${index + 1}](a${index + 1}.md) و[موقعاً](https://example.org/${index}).` : '';
    writeFile(dir, index % 5 === 0 ? `part/a${index}` : `a${index}`, articleText(`عنوانٌ ${WORDS[index % WORDS.length]} ${index % 97}`, `## قسم ${index % 3}\n\n${words}${links}`, index % 7 === 0 ? 'related:\n  - a1\n  - عنوان 5\n' : ''));
  }
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x00, 0x01, 0x00, 0x02]));
  writeFileSync(join(dir, 'latin1.md'), Buffer.from('---\ntitle: caf\xe9\n---\nbody\n', 'latin1'));
  return dir;
}

const newCache = () => ({ ...process.env, XDG_CACHE_HOME: tempDir('cache') });
const rowsOf = (library: Library, queries: string[]) => queries.map((sql) => library.index?.prepare(sql).raw().all());

describe('a first index made on two threads', () => {
  it('holds the same rows, in the same order, as one made by one thread, broken and warned files included', async () => {
    const dir = largeLibrary();
    const rows = (library: Library) => rowsOf(library, ['SELECT name, size, mtime, id, title, title_key, date, dir, problem, warnings, entry FROM files ORDER BY doc', 'SELECT * FROM refs ORDER BY rowid']);
    const alone = await loadLibrary(dir, { env: newCache() });
    const helped = await loadLibrary(dir, { env: newCache(), workWorker });
    expect(rows(helped)).toEqual(rows(alone));
    expect(rows(alone)[0]).toHaveLength(1_102);
    expect(summariesOf(helped)).toEqual(summariesOf(alone));
    expect(helped.entries.map((entry) => [entry.kind, entry.id])).toEqual(alone.entries.map((entry) => [entry.kind, entry.id]));
  });

  it('indexes the same full text: the same telling stems, vocabulary and search hits as one thread', async () => {
    const dir = largeLibrary();
    const alone = await loadLibrary(dir, { env: newCache() });
    const helped = await loadLibrary(dir, { env: newCache() });
    indexAllPending(alone.index as Database, dir);
    indexAllPending(helped.index as Database, dir, workWorker);
    const text = (library: Library) => rowsOf(library, ['SELECT doc, indexed, terms FROM files ORDER BY doc', 'SELECT term, doc, cnt FROM fulltext_vocab ORDER BY term']);
    expect(text(helped)).toEqual(text(alone));
    expect((text(alone)[0] ?? []).filter((row) => (row as unknown[])[2] !== null)).toHaveLength(1_101);
    for (const query of ['المفاوضات', '"الفصائل تحذيرات"', 'terminal', 'عنوان']) {
      const hits = (library: Library) => searchIndex(library.index as Database, dir, parseQuery(query), 50);
      expect(hits(helped), query).toEqual(hits(alone));
    }
  });

  it("in the reader's background, with the worker making all the text, indexes the same; a worker that cannot start leaves it all to the slices", async () => {
    const dir = largeLibrary();
    const alone = await loadLibrary(dir, { env: newCache() });
    const background = await loadLibrary(dir, { env: newCache() });
    indexAllPending(alone.index as Database, dir);
    const db = background.index as Database;
    await indexPendingWithWorker(db, dir, pathToFileURL(join(ROOT, 'dist', 'no-such-worker.cjs')));
    expect(pendingCount(db)).toBe(1_102);
    await indexPendingWithWorker(db, dir, workWorker);
    expect(pendingCount(db)).toBe(0);
    const text = (library: Library) => rowsOf(library, ['SELECT doc, indexed, terms FROM files ORDER BY doc', 'SELECT term, doc, cnt FROM fulltext_vocab ORDER BY term']);
    expect(text(background)).toEqual(text(alone));
  });
});
