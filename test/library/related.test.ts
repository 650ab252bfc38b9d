import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { relatedList, type RelatedItem } from '../../src/library/related-list.js';
import { indexAllPending } from '../../src/library/index/fulltext.js';
import { runCli } from '../support/run-cli.js';
import { SEED_ID } from '../support/articles.js';
import { articleText, copyOfBundled, tempDir, writeFile } from '../support/library.js';

const env = { XDG_CACHE_HOME: tempDir('cache') };

async function itemsIn(dir: string, id: string): Promise<RelatedItem[]> {
  const library = await loadLibrary(dir, { env });
  if (library.index) indexAllPending(library.index, dir);
  const entry = library.entries.find((candidate) => candidate.id === id);
  if (entry?.kind !== 'article') throw new Error(`no ${id}`);
  return relatedList(library, { id, title: entry.summary.title }).items;
}

const bundled = copyOfBundled();
const itemsFor = (id: string) => itemsIn(bundled, id);

describe('related entries', () => {
  it('resolve by id, resolved ones first, each with its date', async () => {
    const items = await itemsFor('terminal-arabic-mixed');
    expect(items.filter((item) => item.kind === 'related').map((item) => [item.id, item.date])).toEqual([
      [SEED_ID, '2024-01-31'],
      ['slow-reading-harakat', '2024-02-20'],
      ['why-terminals-get-arabic-wrong', '2024-02-10'],
    ]);
  });

  it('that match nothing stay, with no id (the seed lists three titles not in the library)', async () => {
    const unresolved = (await itemsFor(SEED_ID)).filter((item) => item.kind === 'related');
    expect(unresolved).toHaveLength(3);
    expect(unresolved.every((item) => item.id === null && item.title.length > 0)).toBe(true);
  });

  it('resolve by title after Arabic folding (harakat, hamza, ta marbuta)', async () => {
    const dir = copyOfBundled();
    writeFile(dir, 'probe', articleText('Probe', 'body', 'related:\n  - فن القراءه المتانيه\n'));
    const items = await itemsIn(dir, 'probe');
    expect(items[0]).toMatchObject({ kind: 'related', id: 'slow-reading-harakat' });
  });
});

describe('links here', () => {
  it('lists the articles that name this one as related', async () => {
    const linksHere = (await itemsFor(SEED_ID)).filter((item) => item.kind === 'links-here');
    expect(linksHere.map((item) => item.id)).toEqual(['terminal-arabic-mixed']);
  });
});

describe('more like this', () => {
  it('adds articles sharing words when fewer than three related entries resolve, none listed twice', async () => {
    const items = await itemsFor(SEED_ID);
    const similar = items.filter((item) => item.kind === 'similar').map((item) => item.id);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(3);
    expect(similar).not.toContain(SEED_ID);
    // It links here, so it is not repeated as similar.
    expect(similar).not.toContain('terminal-arabic-mixed');
  });

  it('is not added when three related entries resolve', async () => {
    expect((await itemsFor('terminal-arabic-mixed')).some((item) => item.kind === 'similar')).toBe(false);
  });

  it('ranks the article sharing the most words first, Arabic prefixes stripped', async () => {
    const dir = tempDir('lib');
    writeFile(dir, 'query', articleText('الانسحاب العسكري من العراق', 'القوات العسكرية تنسحب من العراق والقوات باقية'));
    writeFile(dir, 'close', articleText('وانسحاب القوات', 'وانسحاب القوات العسكرية من العراق، والعسكري في القوات'));
    writeFile(dir, 'far', articleText('القراءة المتأنية', 'القراءة المتأنية والحركات في العراق'));
    writeFile(dir, 'none', articleText('Terminals', 'nothing shared here at all'));
    const similar = (await itemsIn(dir, 'query')).filter((item) => item.kind === 'similar').map((item) => item.id);
    expect(similar).toEqual(['close', 'far']);
  });
});

describe('qari related', () => {
  it('prints kind, id, date and title a line, and JSON for scripts', () => {
    const text = runCli(['--library', bundled, 'related', SEED_ID], { env });
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^related\t-\t-\t/);
    const json = JSON.parse(runCli(['--library', bundled, 'related', SEED_ID, '--json'], { env }).stdout) as Array<{ kind: string }>;
    expect(json.map((item) => item.kind).slice(0, 4)).toEqual(['related', 'related', 'related', 'links-here']);
    expect(json.slice(4).every((item) => item.kind === 'similar')).toBe(true);
  });

  it('lists the links in the body first, as the r list does', async () => {
    const json = JSON.parse(runCli(['--library', bundled, 'related', 'terminal-arabic-mixed', '--json'], { env }).stdout) as RelatedItem[];
    expect(json).toEqual(await itemsFor('terminal-arabic-mixed'));
    expect(json[0]).toMatchObject({ kind: 'link', id: 'slow-reading-harakat' });
  });
});

describe('links in the body', () => {
  it('resolve by id or path, skip web addresses and code, and keep unknown targets unresolved', async () => {
    const dir = copyOfBundled();
    writeFile(
      dir,
      'probe',
      articleText('Probe', 'see [one](slow-reading-harakat), [two](../articles/iraq-withdrawal-2024.md), [web](https://example.org) and [gone](no-such-article)\n\n```\n[code](why-terminals-get-arabic-wrong)\n```\n'),
    );
    const links = (await itemsIn(dir, 'probe')).filter((item) => item.kind === 'link');
    expect(links.map((link) => [link.id, link.title])).toEqual([
      ['slow-reading-harakat', 'فَنُّ القِرَاءَةِ المُتَأَنِّيَةِ'],
      [SEED_ID, expect.any(String)],
      [null, 'gone <no-such-article>'],
    ]);
  });
});
