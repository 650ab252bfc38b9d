import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { summarizeArticle } from '../../src/article/summary.js';
import { readSimpleYaml } from '../../src/article/front-matter-fast.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticleFiles } from '../support/articles.js';

describe('the list summary agrees with the full parse', () => {
  it.each(bundledArticleFiles())('%s', (name) => {
    const source = readFileSync(join(ARTICLES, name), 'utf8');
    const article = parseArticle(source, 'x');
    const summary = summarizeArticle(source, 'x');
    expect(summary).toEqual({
      id: 'x',
      title: article.title,
      date: article.date,
      lang: article.lang,
      dir: article.dir,
      source: article.source,
      author: article.author,
      sections: article.sections.map((section) => section.heading),
      related: article.related,
    });
  });

  it('on headings in odd places: fenced code, setext, emphasis, closing hashes', () => {
    const source = '---\ntitle: t\n---\n## **Bold** one ##\n\n```\n## not a section\n```\n\nSetext two\n---\n\n- item\n---\n\n> ## quoted\n\n### three\n';
    const fromParse = parseArticle(source, 'x').sections.map((section) => section.heading);
    expect(summarizeArticle(source, 'x').sections).toEqual(fromParse);
    expect(fromParse).toEqual(['Bold one', 'Setext two']);
  });
});

describe('the fast front matter reader', () => {
  const scalar = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'abc xyz:#-\'"\\[]{}&*!|>%@`,?01.9 عربيةأ'.split('')), maxLength: 20 }),
    fc.constantFrom('true', 'null', '1984', '1.0', '2024-01-31', '~', 'yes', "'quoted'", '"double"', 'a: b', 'x #comment'),
    // Flow lists, as other tools write tags: the fast reader takes plain ones and leaves the rest.
    fc.constantFrom('[a, b]', '[]', '[ ]', '[عربية, سياسة]', '[a,b]', '[a, ]', '[a,, b]', '[a, [b]]', '[1, 2]', '[a: b]', '[a #c]', '[ a b ]', '[true, x]', '["q", x]', '[a, b] # c', '[a, b'),
  );
  const document = fc.array(fc.tuple(fc.constantFrom('title', 'date', 'lang', 'source', 'related'), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }))), { maxLength: 5 });

  it('never disagrees with the yaml library: it gives the same fields, or gives up', () => {
    fc.assert(
      fc.property(document, (pairs) => {
        const text = pairs.map(([key, value]) => (Array.isArray(value) ? `${key}:\n${value.map((item) => `  - ${item}`).join('\n')}` : `${key}: ${value}`)).join('\n');
        const fast = readSimpleYaml(text);
        if (fast === undefined) return;
        let slow: unknown;
        try {
          slow = parseYaml(text, { schema: 'core' });
        } catch {
          throw new Error(`fast reader accepted invalid YAML:\n${text}`);
        }
        expect(fast).toEqual(slow ?? {});
      }),
      { numRuns: 2000 },
    );
  });

  it('reads what qari writes without the yaml library', () => {
    for (const name of bundledArticleFiles()) {
      const source = readFileSync(join(ARTICLES, name), 'utf8');
      const yaml = source.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '';
      expect(readSimpleYaml(yaml), name).toBeDefined();
    }
  });
});
