// The bundled articles, parsed, for tests that look at real content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/model.js';
import { ARTICLES } from './run-cli.js';

export const SEED_ID = 'iraq-withdrawal-2024';

export function bundledArticleFiles(): string[] {
  return readdirSync(ARTICLES).filter((name) => name.endsWith('.md'));
}

export function bundledArticle(id: string): Article {
  return parseArticle(readFileSync(join(ARTICLES, `${id}.md`), 'utf8'), id);
}
