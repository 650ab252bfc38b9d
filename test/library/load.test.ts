// Loading a library from its index: what the list shows comes from a few
// columns; the whole summary of an article is read when first asked for, and
// it is the summary the file gives, even when the index changed in between.
// And the order the library lists its articles in; and a large library read in
// one pass with its stamps when nothing changed.
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEntries, loadIfUnchanged, loadLibrary, sortEntries } from '../../src/library/load.js';
import { articleEntry, summariesOf, type Library, type LibraryEntry } from '../../src/library/entry.js';
import { articleText, tempDir, writeFile } from '../support/library.js';
import { ROOT } from '../support/run-cli.js';

const RELATED = 'related:\n  - b\n';

function library(): { dir: string; load: () => Promise<Library> } {
  const dir = tempDir('lib');
  const env = { ...process.env, XDG_CACHE_HOME: tempDir('cache') };
  writeFile(dir, 'a', articleText('العنوان الأول', '## قسم أول\n\nنص.\n\n## قسم ثان\n\nنص.', `date: 2024-01-31\nlang: ar\nurl: https://example.org/a\n${RELATED}`));
  writeFile(dir, 'b', articleText('Second', 'Body.', 'lang: en\n'));
  return { dir, load: () => loadLibrary(dir, { env }) };
}

describe('a library loaded from its index', () => {
  it('lists the same titles, dates and directions, and gives the same whole summaries, as a first read of the files', async () => {
    const { load } = library();
    const first = await load();
    const again = await load();
    const shown = (lib: Library) => lib.entries.map((entry) => (entry.kind === 'article' ? [entry.id, entry.title, entry.date, entry.dir] : [entry.id]));
    expect(shown(again)).toEqual(shown(first));
    expect(shown(again)).toEqual([
      ['a', 'العنوان الأول', '2024-01-31', 'rtl'],
      ['b', 'Second', null, 'ltr'],
    ]);
    expect(summariesOf(again)).toEqual(summariesOf(first));
    expect(summariesOf(again)[0]).toMatchObject({ sections: ['قسم أول', 'قسم ثان'], related: ['b'], url: 'https://example.org/a' });
  });

  it('an article whose summary left the index after the start (another qari at work) is summarised from its file', async () => {
    const { dir, load } = library();
    await load();
    const listed = await load();
    // Another process: the file is removed and the index brought up to date without it.
    rmSync(join(dir, 'a.md'));
    await load();
    writeFileSync(join(dir, 'a.md'), articleText('العنوان الأول', '## قسم جديد\n\nنص.', `date: 2024-01-31\nlang: ar\n`));
    const entry = listed.entries.find((candidate) => candidate.id === 'a');
    expect(entry?.kind === 'article' && entry.summary.sections).toEqual(['قسم جديد']);
  });
});

describe('the library order', () => {
  const article = (id: string, title: string, date: string | null): LibraryEntry => articleEntry(id, `/lib/${id}.md`, { id, title, date, lang: 'ar', dir: 'rtl', source: null, author: null, related: [], sections: [] });
  const entryArb = fc.oneof(
    fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom('أ', 'ب', 'a', 'B', 'بب', '𝔸'), fc.constantFrom(null, '2024-01-31', '2024-02-01', '2023-12-31')).map(([id, title, date]) => article(id, title, date)),
    fc.string({ maxLength: 4 }).map((id): LibraryEntry => ({ kind: 'broken', id, path: `/lib/${id}.md`, error: 'unreadable' })),
  );

  it('newest first (undated last), then by title and id, broken files last: day by day, the same as one whole sort', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        expect(sortEntries(entries)).toEqual([...entries].sort(compareEntries));
      }),
    );
    const sorted = sortEntries([article('c', 'ب', null), article('b', 'ب', '2024-01-31'), { kind: 'broken', id: 'a', path: '/lib/a.md', error: 'x' }, article('d', 'أ', '2024-01-31'), article('e', 'ب', '2024-02-01')]);
    expect(sorted.map((entry) => entry.id)).toEqual(['e', 'd', 'b', 'c', 'a']);
  });
});

describe('a large library unchanged since it was indexed, read in one pass with its stamps', () => {
  // The worker is the built one (npm run build): the sources have no .cjs to start.
  const scanWorker = pathToFileURL(join(ROOT, 'dist', 'scan-worker.cjs'));
  const setup = () => {
    const dir = tempDir('lib');
    const env = { ...process.env, XDG_CACHE_HOME: tempDir('cache') };
    for (let index = 0; index < 30; index++) writeFile(dir, index % 3 === 0 ? `part/a${index}` : `a${index}`, articleText(`عنوان ${index % 7}`, 'نص.', `date: 2024-01-${String((index % 28) + 1).padStart(2, '0')}\n`));
    const options = { env, stampInWorkerFrom: 10, scanWorker };
    return { dir, env, options };
  };
  const shown = (library: Library) => library.entries.map((entry) => (entry.kind === 'article' ? [entry.id, entry.path, entry.title, entry.date, entry.dir] : [entry.id, entry.path]));

  it('lists exactly what a full load lists, in the same order, from the index and then from the rows kept beside it', async () => {
    const { dir, options } = setup();
    const full = await loadLibrary(dir, options);
    for (const from of ['index', 'kept rows']) {
      const { library } = await loadIfUnchanged(dir, options);
      expect(library, from).toBeDefined();
      expect(shown(library as Library), from).toEqual(shown(full));
      expect(summariesOf(library as Library), from).toEqual(summariesOf(full));
    }
    expect(readdirSync(join(options.env.XDG_CACHE_HOME, 'qari')).some((name) => name.endsWith('.rows'))).toBe(true);
  });

  it('reads the index again when the kept rows are garbled or cut short, and sorts them again when out of order', async () => {
    const { dir, options } = setup();
    const full = await loadLibrary(dir, options);
    await loadIfUnchanged(dir, options);
    const cache = join(options.env.XDG_CACHE_HOME, 'qari');
    const rowsFile = join(cache, readdirSync(cache).find((name) => name.endsWith('.rows')) ?? '');
    const kept = readFileSync(rowsFile, 'utf8');
    const [header, rows] = [kept.slice(0, kept.indexOf('\n') + 1), JSON.parse(kept.slice(kept.indexOf('\n') + 1)) as unknown[]];
    const reordered = header + JSON.stringify([...rows].reverse());
    const strange = [header + JSON.stringify([null, ...rows.slice(1)]), header + '{"rows": 1}', header + JSON.stringify(rows.map(() => 7))];
    for (const garbled of [kept.slice(0, -200), kept.replace(/"عنوان 3"/g, '3'), kept.replace(/\[[^[\]]*"a1[0-9]?\.md"[^\]]*\],?/, ''), reordered, ...strange]) {
      writeFileSync(rowsFile, garbled);
      const { library } = await loadIfUnchanged(dir, options);
      expect(library).toBeDefined();
      expect(shown(library as Library)).toEqual(shown(full));
    }
  });

  it('gives way to a full load when a file changed, a file cannot be stamped, the index is new, or the library is small', async () => {
    const { dir, options } = setup();
    expect((await loadIfUnchanged(dir, options)).library).toBeUndefined();
    await loadLibrary(dir, options);
    expect((await loadIfUnchanged(dir, { ...options, stampInWorkerFrom: 31 })).library).toBeUndefined();
    writeFile(dir, 'a1', articleText('عنوان آخر أطول من الأول', 'نص.'));
    expect((await loadIfUnchanged(dir, options)).library).toBeUndefined();
    await loadLibrary(dir, options);
    expect((await loadIfUnchanged(dir, options)).library).toBeDefined();
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    await loadLibrary(dir, options);
    expect((await loadIfUnchanged(dir, options)).library).toBeUndefined();
  });
});
