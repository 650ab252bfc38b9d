// Round trips, so an article survives being piped out and imported again: its own text (`qari cat --format text`)
// imported again gives the same structure back; what import writes reads back.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/article/import/index.js';
import type { Article } from '../../../src/article/model.js';
import { parseArticle } from '../../../src/article/parse.js';
import { serializeArticle } from '../../../src/article/serialize.js';
import { articleText } from '../../../src/output/text.js';
import { bundledArticle, bundledArticleFiles, SEED_ID } from '../../support/articles.js';
import { articleLines, fixture, keptLines, SEED, structure } from './helpers.js';

/** `cat --format text` of an article whose related entries are not in the library. */
function textOf(article: Article): string {
  return articleText(article, article.related.map((ref) => ({ ref, id: null, title: null, date: null })));
}

/** The text format has no code language: compare code blocks without it. */
function withoutCodeLang(article: Article) {
  const shape = structure(article);
  const strip = (blocks: Article['lead']) => blocks.map((block) => (block.type === 'code' ? { ...block, lang: '' } : block));
  return { ...shape, lead: strip(shape.lead), sections: shape.sections.map((section) => ({ ...section, blocks: strip(section.blocks) })) };
}

describe('import, then cat --format text, then import again', () => {
  it('gives the seed structure back', () => {
    const first = importText(SEED).article;
    const again = importText(textOf(first));
    expect(structure(again.article)).toEqual(structure(first));
    expect(again.article.id).toBe(first.id);
  });

  it('keeps every line of the text: quotes come back from "text / — Name"', () => {
    const first = importText(SEED).article;
    const again = importText(textOf(first));
    expect(articleLines(again.article, 'dash')).toEqual(keptLines(again.lines));
  });

  it('is stable: a second round trip changes nothing', () => {
    const once = importText(textOf(importText(SEED).article)).article;
    const twice = importText(textOf(once)).article;
    expect(twice).toEqual(once);
  });

  it.each(['english.txt', 'levant.txt'])('gives the structure of the %s fixture back', (name) => {
    const first = importText(fixture(name)).article;
    expect(structure(importText(textOf(first)).article)).toEqual(structure(first));
  });

  it.each(bundledArticleFiles().map((file) => file.replace(/\.md$/, '')))('gives the bundled article %s back', (id) => {
    const article = bundledArticle(id);
    expect(withoutCodeLang(importText(textOf(article), { id }).article)).toEqual(withoutCodeLang(article));
  });

  it('the hand-checked seed article\'s text imports to its structure', () => {
    const article = bundledArticle(SEED_ID);
    expect(structure(importText(textOf(article)).article)).toEqual(structure(article));
  });
});

describe('import, then write, then read', () => {
  it.each([
    ['seed', SEED],
    ['english', fixture('english.txt')],
    ['levant', fixture('levant.txt')],
  ])('the %s article reads back unchanged, source and author included', (_, text) => {
    const { article } = importText(text);
    expect(parseArticle(serializeArticle(article), article.id)).toEqual(article);
  });
});
