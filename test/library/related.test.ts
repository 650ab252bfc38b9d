import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { summariesOf } from '../../src/library/entry.js';
import { relatedItems } from '../../src/library/related-list.js';
import { termsIndex } from '../../src/library/terms-index.js';
import { mostSimilar } from '../../src/library/similar.js';
import { termProfile } from '../../src/article/terms.js';
import { ARTICLES, runCli } from '../support/run-cli.js';
import { SEED_ID } from '../support/articles.js';

const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'qari-cache-')) };

async function itemsFor(id: string) {
  const library = await loadLibrary(ARTICLES, { env });
  const summaries = summariesOf(library);
  const summary = summaries.find((candidate) => candidate.id === id);
  if (!summary) throw new Error(`no ${id}`);
  return relatedItems(summary, summaries, await termsIndex(library, env));
}

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
    const library = await loadLibrary(ARTICLES, { env });
    const summaries = summariesOf(library);
    const [seed] = summaries.filter((summary) => summary.id === SEED_ID);
    if (!seed) throw new Error('no seed');
    const items = relatedItems({ ...seed, id: 'probe', related: ['فن القراءه المتانيه'] }, summaries);
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
    // The seed resolves none of its related titles; the Arabic guide links here, so it is not
    // repeated as similar; the English article shares no words with it, so it is not similar.
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(3);
    expect(similar).not.toContain(SEED_ID);
    expect(similar).not.toContain('terminal-arabic-mixed');
    expect(similar).not.toContain('why-terminals-get-arabic-wrong');
  });

  it('is not added when three related entries resolve', async () => {
    expect((await itemsFor('terminal-arabic-mixed')).some((item) => item.kind === 'similar')).toBe(false);
  });

  it('ranks by shared words, Arabic prefixes stripped, ties in a stable order', () => {
    const profiles = new Map([
      ['query', termProfile('الانسحاب العسكري من العراق والقوات')],
      ['close', termProfile('وانسحاب القوات العسكرية من العراق')],
      ['far', termProfile('القراءة المتأنية والحركات')],
      ['tie-b', termProfile('العراق')],
      ['tie-a', termProfile('العراق')],
    ]);
    expect(mostSimilar('query', profiles, 4).map((item) => item.id)).toEqual(['close', 'tie-a', 'tie-b']);
  });
});

describe('qari related', () => {
  it('prints kind, id, date and title a line, and JSON for scripts', () => {
    const text = runCli(['related', SEED_ID], { env });
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^related\t-\t-\t/);
    const json = JSON.parse(runCli(['related', SEED_ID, '--json'], { env }).stdout) as Array<{ kind: string }>;
    expect(json.map((item) => item.kind).slice(0, 4)).toEqual(['related', 'related', 'related', 'links-here']);
    expect(json.slice(4).every((item) => item.kind === 'similar')).toBe(true);
  });
});

describe('links in the body', () => {
  it('resolve by id or path, skip web addresses, and keep unknown targets unresolved', async () => {
    const { bodyLinks } = await import('../../src/library/body-links.js');
    const { articleLookup } = await import('../../src/library/resolve-related.js');
    const { parseArticle } = await import('../../src/article/parse.js');
    const library = await loadLibrary(ARTICLES, { env });
    const article = parseArticle(
      '---\ntitle: t\n---\nsee [one](slow-reading-harakat), [two](../articles/iraq-withdrawal-2024.md), [web](https://example.org) and [gone](no-such-article)\n',
      'probe',
    );
    const links = bodyLinks(article, articleLookup(summariesOf(library)));
    expect(links.map((link) => [link.kind, link.id])).toEqual([
      ['link', 'slow-reading-harakat'],
      ['link', SEED_ID],
      ['link', null],
    ]);
  });
});
